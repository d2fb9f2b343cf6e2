package org.csi.harness.run;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.cucumber.core.backend.CucumberBackendException;
import io.cucumber.core.backend.ObjectFactory;
import java.util.concurrent.CompletableFuture;
import org.csi.harness.support.RunContext;
import org.junit.jupiter.api.Test;

/** The run's object factory: the run's context injected, one instance of a class per scenario, one factory per thread. */
class RunObjectsTest {
    private static final RunContext RUN = new RunContext(null, null, null, null, null, null, null, null);

    public static final class Scene {
        final RunContext run;

        public Scene(RunContext run) {
            this.run = run;
        }
    }

    public static final class StepsA {
        final Scene scene;

        public StepsA(Scene scene) {
            this.scene = scene;
        }
    }

    public static final class StepsB {
        final Scene scene;
        final RunContext run;

        public StepsB(Scene scene, RunContext run) {
            this.scene = scene;
            this.run = run;
        }
    }

    public static final class TwoWays {
        public TwoWays() {}

        public TwoWays(Scene s) {}
    }

    static final class PackagePrivateSteps {
        final Scene scene;

        PackagePrivateSteps(Scene scene) {
            this.scene = scene;
        }
    }

    @Test
    void aPackagePrivateGlueClassWithOneConstructorIsMadeToo() {
        RunObjects f = new RunObjects(RUN);
        f.start();
        assertSame(f.getInstance(Scene.class), f.getInstance(PackagePrivateSteps.class).scene);
    }

    @Test
    void stepClassesOfAScenarioShareTheirObjectsAndGetTheRun() {
        RunObjects f = new RunObjects(RUN);
        f.start();
        StepsA a = f.getInstance(StepsA.class);
        StepsB b = f.getInstance(StepsB.class);
        assertSame(a.scene, b.scene, "one Scene per scenario, shared by the step classes");
        assertSame(RUN, b.run);
        assertSame(RUN, a.scene.run);
        f.stop();
        f.start();
        assertNotSame(a.scene, f.getInstance(StepsA.class).scene, "the next scenario starts afresh");
        assertSame(RUN, f.getInstance(RunContext.class));
    }

    @Test
    void eachThreadHasItsOwnFactoryForTheSameRun() throws Exception {
        var supplier = RunObjects.perThread(RUN);
        ObjectFactory here = supplier.get();
        assertSame(here, supplier.get());
        ObjectFactory there = CompletableFuture.supplyAsync(supplier::get).get();
        assertNotSame(here, there);
        there.start();
        assertSame(RUN, there.getInstance(Scene.class).run);
    }

    @Test
    void aClassWithoutOneObviousConstructorIsRefusedWithItsName() {
        RunObjects f = new RunObjects(RUN);
        f.start();
        var e = assertThrows(CucumberBackendException.class, () -> f.getInstance(TwoWays.class));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("TwoWays"), e.getMessage());
    }
}
