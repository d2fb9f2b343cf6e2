package org.csi.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.csi.harness.verdict.ClauseViolation;
import org.csi.harness.evidence.EvidenceLog;
import org.csi.harness.evidence.Exchange;
import org.csi.harness.evidence.Redactor;
import org.csi.harness.evidence.ScenarioEvidence.Artefact;
import org.junit.jupiter.api.Test;

/** A check's explanation reaches the evidence whether the check passes or fails. */
class EvidenceLogTest {
    @Test
    void passingAndFailingChecksBothLeaveTheirExplanation() {
        EvidenceLog log = new EvidenceLog(new Redactor());
        log.begin("s");
        log.checked("RQ-08 calibration", () -> "exact 364708.18, simulated 364001.00, within 3 %");
        ClauseViolation v = assertThrows(ClauseViolation.class, () -> log.checked("CLM-09 settlement", () -> {
            throw new ClauseViolation("payable is 865000.00, expected 965000.00\nretention applied once: 50000.00");
        }));
        log.end();
        assertEquals(List.of(new Artefact("RQ-08 calibration", "exact 364708.18, simulated 364001.00, within 3 %"),
                new Artefact("CLM-09 settlement — FAILED", v.getMessage())), log.of("s").artefacts());
    }

    /** A shared walk is recorded once, not under the scenario that triggered it, and counts in every scenario that uses it. */
    @Test
    void aSharedWalkIsEvidenceOfEveryScenarioThatUsesIt() {
        EvidenceLog log = new EvidenceLog(new Redactor());
        Exchange call = new Exchange("2025-06-02T09:00:00+08:00", 3, "POST", "http://127.0.0.1/csi/v1/applications", 201, "req", "resp");
        log.begin("first", List.of("@UW-09"));
        log.shared("uw-fleet-T1", () -> {
            log.exchange(new EvidenceLog.Captured("POST", "http://127.0.0.1/csi/v1/applications", 201, "application/json", "{}"), call);
            return null;
        });
        log.attachShared("uw-fleet-T1");
        log.artefact("own check", "ok");
        log.end();
        log.begin("second", List.of("@CAT-07"));
        log.attachShared("uw-fleet-T1");
        log.end();
        assertEquals(List.of(), log.of("first").exchanges(), "the walk's exchange is not the first scenario's own");
        assertEquals(2, log.of("first").count());
        assertEquals(1, log.of("second").count());
        assertEquals(List.of(call), log.of("second").walks().get("uw-fleet-T1").exchanges());
    }

    /** A rule broken inside a shared walk fails, at its end, each scenario whose clause owns the rule, and only those. */
    @Test
    void aBreachInASharedWalkFailsOnlyTheScenariosThatOwnTheRule() {
        EvidenceLog log = new EvidenceLog(new Redactor());
        log.begin("cat", List.of("@CAT-07"));
        log.shared("rc-std-product", () -> {
            assertFalse(log.judges(Set.of("GEN-13")), "a shared walk judges nothing itself");
            log.breach("GET /catalog/products → 200 breaks GEN-13", Set.of("GEN-13"));
            return null;
        });
        log.attachShared("rc-std-product");
        assertFalse(log.judges(Set.of("GEN-13")));
        assertTrue(log.judges(Set.of("CAT-07", "CAT-01")));
        log.end();
        log.begin("gen13", List.of("@GEN-13", "@MUST"));
        log.attachShared("rc-std-product");
        ClauseViolation v = assertThrows(ClauseViolation.class, log::end);
        assertEquals("GET /catalog/products → 200 breaks GEN-13", v.getMessage());
    }
}
