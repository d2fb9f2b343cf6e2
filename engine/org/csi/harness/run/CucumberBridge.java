package org.csi.harness.run;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.PickleStepTestStep;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestStepFinished;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Cucumber plugin through which the engine hears of every finished scenario. It notes the first step that failed
 * in each scenario, so that ScenarioVerdicts can tell set-up (a Given step) from an assertion about the solution.
 */
public final class CucumberBridge implements ConcurrentEventListener {
    private final Map<UUID, PickleStepTestStep> firstFailed = new ConcurrentHashMap<>();

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestStepFinished.class, e -> {
            if (e.getResult().getStatus() == Status.FAILED && e.getTestStep() instanceof PickleStepTestStep step) {
                firstFailed.putIfAbsent(e.getTestCase().getId(), step);
            }
        });
        publisher.registerHandlerFor(TestCaseFinished.class, e -> {
            PickleStepTestStep failed = firstFailed.remove(e.getTestCase().getId());
            var sink = RunContext.current().sink;
            if (sink != null) sink.accept(e.getTestCase(), ScenarioVerdicts.attribute(e.getTestCase(), failed, e.getResult()));
        });
    }
}
