package org.csi.harness.run;

import io.cucumber.core.backend.CucumberBackendException;
import io.cucumber.core.backend.ObjectFactory;
import io.cucumber.core.runtime.ObjectFactorySupplier;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.csi.harness.support.RunContext;

/**
 * Cucumber's object factory for one run: constructor injection, new step objects for every scenario, and the run's
 * {@link RunContext} for every constructor that asks for it. A class is made once per scenario, so the step classes
 * of a scenario share one {@code World}; a scenario on another thread has its own factory ({@link #perThread}).
 *
 * <p>A conformance run gives Cucumber its factories directly. The public no-argument constructor is there for
 * Cucumber's service loader, when Cucumber is started by something else than a run (the JUnit Platform suite of an
 * IDE): it then serves the context of {@link StandaloneRun}, which starts the embedded reference solution.
 */
public final class RunObjects implements ObjectFactory {
    private final RunContext run;
    private final Map<Class<?>, Object> instances = new HashMap<>();
    private final Deque<Class<?>> making = new ArrayDeque<>();

    /** For Cucumber's service loader only: no run is in progress, so one is started against the embedded reference. */
    public RunObjects() {
        this(StandaloneRun.context());
    }

    public RunObjects(RunContext run) {
        if (run == null) throw new IllegalArgumentException("a run context is needed");
        this.run = run;
    }

    /** One factory per thread: Cucumber builds a runner per thread and starts and stops its factory around each scenario. */
    static ObjectFactorySupplier perThread(RunContext run) {
        ThreadLocal<RunObjects> factories = ThreadLocal.withInitial(() -> new RunObjects(run));
        return factories::get;
    }

    @Override
    public void start() {
        instances.clear();
    }

    @Override
    public void stop() {
        instances.clear();
    }

    @Override
    public boolean addClass(Class<?> glueClass) {
        return true;
    }

    @Override
    public <T> T getInstance(Class<T> type) {
        if (type == RunContext.class) return type.cast(run);
        Object made = instances.get(type);
        if (made == null) {
            made = make(type);
            instances.put(type, made);
        }
        return type.cast(made);
    }

    private Object make(Class<?> type) {
        if (making.contains(type)) throw new CucumberBackendException("constructor cycle while making " + type.getName() + ": " + making);
        Constructor<?>[] constructors = type.getConstructors();
        // A package-private glue class has a package-private implicit constructor: take it when it is the only one.
        if (constructors.length == 0) constructors = type.getDeclaredConstructors();
        if (constructors.length != 1) {
            throw new CucumberBackendException(type.getName() + " needs exactly one public constructor to be injected, not " + constructors.length);
        }
        Constructor<?> c = constructors[0];
        if (!c.canAccess(null)) c.setAccessible(true);
        making.push(type);
        try {
            Class<?>[] parameters = c.getParameterTypes();
            Object[] args = new Object[parameters.length];
            for (int i = 0; i < parameters.length; i++) args[i] = getInstance(parameters[i]);
            return c.newInstance(args);
        } catch (InvocationTargetException e) {
            throw new CucumberBackendException("making " + type.getName() + " failed: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new CucumberBackendException("cannot make " + type.getName() + ": " + e, e);
        } finally {
            making.pop();
        }
    }
}
