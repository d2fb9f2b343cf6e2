package org.csi.harness.run;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.Result;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestCaseFinished;
import java.util.function.BiConsumer;

/** The Cucumber plugin through which the engine hears of every finished scenario (one per Cucumber invocation). */
public final class CucumberBridge implements ConcurrentEventListener {
    private final BiConsumer<TestCase, Result> sink;

    CucumberBridge(BiConsumer<TestCase, Result> sink) {
        this.sink = sink;
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestCaseFinished.class, e -> {
            sink.accept(e.getTestCase(), e.getResult());
        });
    }
}
