package org.csi.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import org.csi.harness.checks.PremiumRules;
import org.csi.harness.oracle.OpenFair;
import org.csi.harness.oracle.PremiumOracle;
import org.csi.harness.oracle.SeverityScale;
import org.csi.harness.oracle.UsccCheck;
import org.csi.harness.fixtures.Fixtures;
import org.junit.jupiter.api.Test;

/** The harness's oracles against the worked examples and closed forms printed in the pack. */
class OracleTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void usccCheckCharacterOfThePackExample() {
        assertEquals('Y', UsccCheck.checkCharacter("91130104MA0CNK016"));
        for (JsonNode o : Fixtures.get("uw/organisations.json").path("organisations")) assertNull(UsccCheck.expectedError(o.path("uscc").asText()), o.toString());
        for (JsonNode bad : Fixtures.get("uw/organisations.json").path("invalidUscc")) {
            assertEquals(bad.path("expectedCode").asText(), UsccCheck.expectedError(bad.path("code").asText()), bad.toString());
        }
    }

    @Test
    void premiumOfTheWorkedExampleIsRoundedOnce() throws Exception {
        assertEquals(new BigDecimal("128911.63"), PremiumRules.workedExample().expected());
        // One rounding at the end: 1000.00 × 0.0000045 × 1.2 = 0.0054 → 0.01; rounding after each factor would give 0.00.
        PremiumOracle.Recomputation r = PremiumOracle.recompute(JSON.readTree("""
                {"exposureBase":{"amount":{"amount":"1000.00","currency":"CNY"}},"baseRate":"0.0000045","modifiers":[{"factor":"1.2"}]}"""));
        assertEquals(new BigDecimal("0.01"), r.expected());
    }

    @Test
    void minimumPremiumAndFormatProblems() throws Exception {
        PremiumOracle.Recomputation r = PremiumOracle.recompute(JSON.readTree("""
                {"exposureBase":{"amount":{"amount":"1000.00","currency":"CNY"}},"baseRate":"0.000000001",
                 "modifiers":[{"factor":"1.0000001"},{"factor":"0"}],"minimumPremium":{"amount":"500.00","currency":"CNY"}}"""));
        assertEquals(new BigDecimal("500.00"), r.expected());
        assertEquals(3, r.problems().size(), r.problems().toString());
    }

    @Test
    void severityBoundaries() {
        assertEquals(new SeverityScale.Expected("CRITICAL", "EXTREME"), SeverityScale.of(new BigDecimal("9.0")));
        assertEquals(new SeverityScale.Expected("HIGH", "HIGH"), SeverityScale.of(new BigDecimal("8.9")));
        assertEquals(new SeverityScale.Expected("HIGH", "HIGH"), SeverityScale.of(new BigDecimal("7.5")));
        assertEquals(new SeverityScale.Expected("MEDIUM", "MEDIUM"), SeverityScale.of(new BigDecimal("4.0")));
        assertEquals(new SeverityScale.Expected("LOW", "LOW"), SeverityScale.of(new BigDecimal("0.1")));
        assertEquals(new SeverityScale.Expected("NONE", null), SeverityScale.of(new BigDecimal("0.0")));
    }

    @Test
    void closedFormsGiveThePacksCalibrationValues() {
        for (var e : iterable(Fixtures.get("rq/cases.json").path("calibration"))) {
            JsonNode c = e.getValue();
            double ale = OpenFair.ale(c.path("lambda").asDouble(), c.path("mu").asDouble(), c.path("sigma").asDouble());
            assertEquals(c.path("packAle").asText(), new BigDecimal(ale).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString(), e.getKey());
            assertEquals(c.path("packZeroLoss").asDouble(), OpenFair.zeroLossProbability(c.path("lambda").asDouble()), 5e-7, e.getKey());
        }
    }

    @Test
    void expectedLossOfDerivedInputs() throws Exception {
        JsonNode s = JSON.readTree("""
                [{"frequency":{"threatEventFrequency":{"type":"poisson","lambda":2.0},"vulnerability":{"type":"pert","min":0.1,"mode":0.2,"max":0.3}},
                  "primaryLossMagnitude":{"type":"fixed","value":1000},"secondaryLossMagnitude":{"type":"fixed","value":500},"secondaryLossProbability":0.5}]""");
        assertEquals(2.0 * 0.2 * (1000 + 0.5 * 500), OpenFair.expectedLoss(s), 1e-9);
    }

    private static Iterable<java.util.Map.Entry<String, JsonNode>> iterable(JsonNode n) {
        return n::fields;
    }
}
