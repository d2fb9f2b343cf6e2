package org.csi.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import org.csi.harness.oracle.PayableOracle;
import org.csi.harness.support.ClaimFixtures;
import org.junit.jupiter.api.Test;

/** The payable-amount oracle on the three worked examples of CSI-CLM and on the advance case. */
class PayableOracleTest {
    static PayableOracle.Settlement settle(String caseId) {
        JsonNode c = ClaimFixtures.caseOf(caseId);
        JsonNode terms = ClaimFixtures.terms(c.path("policy").asText());
        boolean denied = c.at("/decision/decision").asText().equals("DENIED");
        return PayableOracle.settle(terms, ClaimFixtures.items(c), denied, ClaimFixtures.paidBefore(c.path("policy").asText()), BigDecimal.ZERO.setScale(2),
                ClaimFixtures.canonicalOrder());
    }

    @Test
    void workedExamples() {
        for (String id : new String[] {"CLM-EX1", "CLM-EX2", "CLM-EX3"}) {
            PayableOracle.Settlement s = settle(id);
            JsonNode expected = ClaimFixtures.caseOf(id).path("expected");
            assertEquals(expected.path("payable").asText(), s.payable().toPlainString(), id + "\n" + s.explain());
            for (PayableOracle.Item i : s.items()) assertEquals(expected.at("/covered/" + i.itemId()).asText(), i.coveredAmount().toPlainString(), id + " " + i);
        }
        PayableOracle.Settlement ex3 = settle("CLM-EX3");
        assertEquals("33333.33", ex3.sections().get(1).retentionApplied().toPlainString(), ex3.explain());
        assertEquals("16666.67", ex3.sections().get(2).retentionApplied().toPlainString(), ex3.explain());
        assertEquals("1800000.00", settle("CLM-EX2").aggregateRemainingBefore().toPlainString());
    }

    @Test
    void minimumDeterminableAmountOfTheAdvanceCase() {
        PayableOracle.Settlement s = settle("CLM-ADV");
        assertEquals("390000.00", s.minimumDeterminableAmount().toPlainString(), s.explain());
        assertEquals("0.00", settle("CLM-DENY").payable().toPlainString());
    }
}
