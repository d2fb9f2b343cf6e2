package org.csi.harness.run;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.TestCaseFinished;

/** The Cucumber plugin through which the engine hears of every finished scenario. */
public final class CucumberBridge implements ConcurrentEventListener {
    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestCaseFinished.class, e -> {
            var sink = RunContext.current().sink;
            if (sink != null) sink.accept(e.getTestCase(), e.getResult());
        });
    }
}
