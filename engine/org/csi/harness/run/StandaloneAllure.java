package org.csi.harness.run;

import io.qameta.allure.Allure;
import io.qameta.allure.cucumber7jvm.AllureCucumber7Jvm;
import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;

/**
 * The Allure plugin for Cucumber started outside a conformance run (the JUnit Platform suite): it starts the
 * {@link StandaloneRun} first, so that results and attachments go through the redacting writer to
 * {@code target/feature-suite/allure-results}, never to Allure's default folder in the working directory.
 */
public final class StandaloneAllure implements ConcurrentEventListener {
    private final AllureCucumber7Jvm allure;

    public StandaloneAllure() {
        StandaloneRun.context();
        this.allure = new AllureCucumber7Jvm(Allure.getLifecycle());
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        allure.setEventPublisher(publisher);
    }
}
