package org.csi.harness.run;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.PickleStepTestStep;
import io.cucumber.plugin.event.Result;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestStepFinished;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

/**
 * The Cucumber plugin through which the engine hears of every finished scenario (one per Cucumber invocation). It
 * notes the first step that failed in each scenario, so that ScenarioVerdicts can tell set-up (a Given step) from an
 * assertion about the solution.
 */
public final class CucumberBridge implements ConcurrentEventListener {
    private final BiConsumer<TestCase, Result> sink;
    private final Map<UUID, PickleStepTestStep> firstFailed = new ConcurrentHashMap<>();

    CucumberBridge(BiConsumer<TestCase, Result> sink) {
        this.sink = sink;
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestStepFinished.class, e -> {
            if (e.getResult().getStatus() == Status.FAILED && e.getTestStep() instanceof PickleStepTestStep step) {
                firstFailed.putIfAbsent(e.getTestCase().getId(), step);
            }
        });
        publisher.registerHandlerFor(TestCaseFinished.class, e -> {
            PickleStepTestStep failed = firstFailed.remove(e.getTestCase().getId());
            sink.accept(e.getTestCase(), ScenarioVerdicts.attribute(e.getTestCase(), failed, e.getResult()));
        });
    }
}
