package org.csi.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/** One feature runs from the JUnit Platform suite, as from an IDE: against the embedded reference, every scenario passes. */
class FeatureSuiteTest {
    @Test
    void oneFeatureRunsThroughTheSuiteAgainstTheEmbeddedReference() {
        EngineExecutionResults results = EngineTestKit.engine("junit-platform-suite")
                .selectors(selectClass(FeatureSuite.class))
                .configurationParameter("cucumber.features", "classpath:features/CSI-GEN/GEN-04.feature")
                .execute();
        List<Event> finished = results.testEvents().finished().list();
        List<String> names = finished.stream().map(e -> e.getTestDescriptor().getDisplayName()).toList();
        List<String> notPassed = finished.stream()
                .filter(e -> e.getRequiredPayload(TestExecutionResult.class).getStatus() != TestExecutionResult.Status.SUCCESSFUL)
                .map(e -> e.getTestDescriptor().getDisplayName() + ": " + e.getRequiredPayload(TestExecutionResult.class).getThrowable().orElse(null))
                .toList();
        assertEquals(List.of(), notPassed);
        assertEquals(6, finished.size(), "the six scenarios of GEN-04 and nothing else: " + names);
        assertTrue(names.stream().allMatch(n -> n.startsWith("GEN-04 ")), names.toString());
    }
}
