package org.csi.harness.run;

import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import java.nio.file.Path;
import org.csi.harness.config.HarnessConfig;
import org.csi.harness.evidence.EvidenceLog;
import org.csi.harness.evidence.RedactingResultsWriter;
import org.csi.harness.evidence.Redactor;
import org.csi.harness.target.EmbeddedReference;
import org.csi.harness.support.RunContext;

/**
 * The run context when Cucumber is started by something other than a conformance run, typically a developer running
 * one feature from the IDE through the JUnit Platform suite: the embedded reference solution without faults is started
 * on a free loopback port, once per JVM, and stopped when the JVM exits. Nothing is judged or scored: the scenarios
 * pass or fail as JUnit tests. Allure results go to {@code target/feature-suite/allure-results}.
 */
final class StandaloneRun {
    static final Path ALLURE_RESULTS = Path.of("target", "feature-suite", "allure-results");
    private static RunContext context;

    private StandaloneRun() {}

    static synchronized RunContext context() {
        if (context == null) context = start();
        return context;
    }

    private static RunContext start() {
        EmbeddedReference target = new EmbeddedReference(null, null);
        HarnessConfig config = HarnessConfig.defaults().withTarget(target.baseUrl()).withCredentials(target.credentials());
        Redactor redactor = new Redactor();
        ConformanceRun.keepSecret(redactor, config);
        Allure.setLifecycle(new AllureLifecycle(new RedactingResultsWriter(ALLURE_RESULTS, redactor)));
        System.out.println("CSI feature suite: no conformance run in progress; " + target.identity());
        RunContext c = ConformanceRun.open(config, target.baseUrl(), new EvidenceLog(redactor), redactor, System.out,
                org.csi.harness.time.ObservationWindows.PACK);
        java.lang.Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            c.close();
            target.close();
        }, "csi-feature-suite-stop"));
        return c;
    }
}
