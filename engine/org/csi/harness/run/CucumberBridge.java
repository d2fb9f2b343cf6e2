package org.csi.harness.run;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.HookTestStep;
import io.cucumber.plugin.event.HookType;
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
    private final Map<UUID, Result> ownedBreach = new ConcurrentHashMap<>();

    CucumberBridge(BiConsumer<TestCase, Result> sink) {
        this.sink = sink;
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestStepFinished.class, e -> {
            if (e.getResult().getStatus() != Status.FAILED) return;
            if (e.getTestStep() instanceof PickleStepTestStep step) firstFailed.putIfAbsent(e.getTestCase().getId(), step);
            // The After hook raises a rule the scenario's clause owns that was broken inside a shared walk (EvidenceLog.end).
            if (e.getTestStep() instanceof HookTestStep hook && hook.getHookType() == HookType.AFTER
                    && e.getResult().getError() instanceof AssertionError) {
                ownedBreach.putIfAbsent(e.getTestCase().getId(), e.getResult());
            }
        });
        publisher.registerHandlerFor(TestCaseFinished.class, e -> {
            PickleStepTestStep failed = firstFailed.remove(e.getTestCase().getId());
            Result breach = ownedBreach.remove(e.getTestCase().getId());
            Result judged = ScenarioVerdicts.attribute(e.getTestCase(), failed, e.getResult());
            // FAIL wins (conformance-levels.md §1): a broken rule of the scenario's own clause outweighs an unmet precondition.
            if (breach != null && (judged.getStatus() != Status.FAILED || !(judged.getError() instanceof AssertionError))) {
                judged = new Result(Status.FAILED, e.getResult().getDuration(), breach.getError());
            }
            sink.accept(e.getTestCase(), judged);
        });
    }
}
