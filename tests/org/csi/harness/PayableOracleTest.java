package org.csi.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.csi.harness.oracle.PayableOracle;
import org.csi.harness.support.ClaimEdges;
import org.csi.harness.support.ClaimFixtures;
import org.csi.harness.time.Rfc3339;
import org.junit.jupiter.api.Test;

/** The payable-amount oracle on the three worked examples of CSI-CLM, on the advance case and on the harness's edge cases. */
class PayableOracleTest {
    static PayableOracle.Settlement settle(String caseId) {
        JsonNode c = ClaimFixtures.caseOf(caseId);
        return settle(c, ClaimFixtures.items(c), BigDecimal.ZERO);
    }

    static PayableOracle.Settlement settle(JsonNode c, JsonNode items, BigDecimal advances) {
        JsonNode terms = ClaimFixtures.terms(c.path("policy").asText());
        boolean denied = c.at("/decision/decision").asText().equals("DENIED");
        return PayableOracle.settle(terms, items, denied, ClaimFixtures.paidBefore(c.path("policy").asText()), advances.setScale(2),
                ClaimFixtures.canonicalOrder());
    }

    /** An outage of exactly the QUALIFYING waiting period covers nothing; one minute more covers every minute. */
    @Test
    void waitingPeriodEndingExactlyAtTheOutageEnd() {
        JsonNode c = ClaimFixtures.caseOf("EDGE-WAIT");
        PayableOracle.Settlement s = settle("EDGE-WAIT");
        assertEquals(0L, s.items().get(0).coveredMinutes(), s.explain());
        assertEquals("0.00", s.items().get(0).coveredAmount().toPlainString(), s.explain());
        assertEquals("210000.00", s.payable().toPlainString(), s.explain());
        ArrayNode longer = ClaimFixtures.items(c);
        ObjectNode bi = (ObjectNode) longer.get(0).path("bi");
        bi.put("outageEnd", Rfc3339.format(OffsetDateTime.parse(bi.path("outageEnd").asText()).plusMinutes(1)));
        PayableOracle.Settlement more = settle(c, longer, BigDecimal.ZERO);
        assertEquals(721L, more.items().get(0).coveredMinutes(), more.explain());
        assertEquals("150208.33", more.items().get(0).coveredAmount().toPlainString(), more.explain());
    }

    /** One minute past the indemnity period: QUALIFYING covers min(H, IPm) minutes, from minute 0. */
    @Test
    void outageOneMinuteLongerThanTheIndemnityPeriod() {
        PayableOracle.Settlement s = settle("EDGE-IP");
        assertEquals(129600L, s.items().get(0).coveredMinutes(), s.explain());
        assertEquals("216000.00", s.items().get(0).coveredAmount().toPlainString(), s.explain());
        assertEquals("266000.00", s.payable().toPlainString(), s.explain());
    }

    /** 1,000.01 × 750 / 60 = 12,500.125: exactly half a fen after an even fen, so HALF_UP (12,500.13) is the only right answer. */
    @Test
    void businessInterruptionOnHalfAFen() {
        assertEquals(new BigDecimal("1000.01"), ClaimEdges.halfFenHourlyLoss(750, new BigDecimal("1000.00")));
        JsonNode c = ClaimFixtures.caseOf("EDGE-HALF-FEN");
        assertEquals("1000.01", c.at("/items/0/bi/hourlyLoss").asText());
        BigDecimal exact = new BigDecimal("1000.01").multiply(BigDecimal.valueOf(750)).divide(BigDecimal.valueOf(60));
        assertEquals("12500.125", exact.toPlainString());
        PayableOracle.Settlement s = settle("EDGE-HALF-FEN");
        assertEquals(750L, s.items().get(0).coveredMinutes(), s.explain());
        assertEquals("12500.13", s.items().get(0).coveredAmount().toPlainString(), s.explain());
        assertEquals("37499.87", s.sections().get(1).retentionApplied().toPlainString(), s.explain());
        assertEquals("62500.13", s.payable().toPlainString(), s.explain());
    }

    /** The AGREED part fits in the aggregate remaining; the whole claim, after an advance on it, exhausts it mid-way. */
    @Test
    void aggregateExhaustedMidClaim() {
        JsonNode c = ClaimFixtures.caseOf("EDGE-AGG");
        PayableOracle.Settlement assessed = settle("EDGE-AGG");
        assertEquals("100000.00", assessed.minimumDeterminableAmount().toPlainString(), assessed.explain());
        assertEquals("1800000.00", assessed.aggregateRemainingBefore().toPlainString(), assessed.explain());
        PayableOracle.Settlement agreed = settle(c, ClaimFixtures.allAgreed(ClaimFixtures.items(c)), new BigDecimal("100000.00"));
        BigDecimal sections = agreed.sections().stream().map(PayableOracle.Section::payable).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals("2100000.00", sections.toPlainString(), agreed.explain());
        assertEquals("1800000.00", agreed.payable().toPlainString(), agreed.explain());
        assertEquals("1700000.00", agreed.balanceDue().toPlainString(), agreed.explain());
    }

    /** AGREED items that the retention absorbs leave a minimum determinable amount of exactly 0. */
    @Test
    void minimumDeterminableAmountAbsorbedByTheRetention() {
        PayableOracle.Settlement s = settle("EDGE-ZERO-MIN");
        assertEquals("AGREED", ClaimFixtures.items(ClaimFixtures.caseOf("EDGE-ZERO-MIN")).get(0).path("status").asText());
        assertEquals("0.00", s.minimumDeterminableAmount().toPlainString(), s.explain());
        assertEquals("250000.00", s.payable().toPlainString(), s.explain());
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
