package org.csi.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.csi.harness.verdict.ClauseViolation;
import org.csi.harness.evidence.EvidenceLog;
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
}
