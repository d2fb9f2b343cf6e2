package org.csi.harness.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.csi.harness.run.ScenarioVerdicts.Phase;
import org.junit.jupiter.api.Test;

/** Which part of a scenario a zh-CN step belongs to: set-up (Given) or an assertion about the solution (When/Then). */
class ScenarioVerdictsTest {
    @Test
    void givenWhenThenKeywordsAndTheConjunctionsThatFollowThem() {
        for (String given : new String[] {"假如 ", "假设 ", "假定 "}) assertEquals(Phase.GIVEN, ScenarioVerdicts.phase(given, Phase.THEN));
        assertEquals(Phase.WHEN, ScenarioVerdicts.phase("当 ", Phase.GIVEN));
        assertEquals(Phase.THEN, ScenarioVerdicts.phase("那么 ", Phase.WHEN));
        for (String and : new String[] {"而且 ", "并且 ", "同时 ", "但是 "}) {
            assertEquals(Phase.GIVEN, ScenarioVerdicts.phase(and, Phase.GIVEN), and + "after a Given is set-up");
            assertEquals(Phase.THEN, ScenarioVerdicts.phase(and, Phase.THEN), and + "after a Then is an assertion");
        }
    }

    /** The harness's own fault or the run's deadline: CANNOT_TELL, with the reason as the transport wrote it. */
    @Test
    void cannotTellIsCannotTellWithItsReason() {
        io.cucumber.plugin.event.Result failed = new io.cucumber.plugin.event.Result(io.cucumber.plugin.event.Status.FAILED,
                java.time.Duration.ZERO, new org.csi.harness.verdict.CannotTell("harness error: OutOfMemoryError: Java heap space (GET /x)"));
        ScenarioVerdicts.Verdict v = ScenarioVerdicts.of(failed, new org.csi.harness.evidence.Redactor());
        assertEquals(org.csi.harness.verdict.Outcome.CANNOT_TELL, v.outcome());
        assertEquals("harness error: OutOfMemoryError: Java heap space (GET /x)", v.reason());
    }
}
