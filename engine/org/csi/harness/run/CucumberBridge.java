package org.csi.harness.run;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.TestCaseFinished;

/** The Cucumber plugin through which the engine hears of every finished scenario. */
public final class CucumberBridge implements ConcurrentEventListener {
    private final RunContext run;

    CucumberBridge(RunContext run) {
        this.run = run;
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestCaseFinished.class, e -> {
            var sink = run.sink;
            if (sink != null) sink.accept(e.getTestCase(), e.getResult());
        });
    }
}
