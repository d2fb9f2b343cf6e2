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
import org.csi.harness.checks.QuantificationRules;
import org.csi.harness.support.PremiumFloor;
import org.csi.harness.support.Quantifier;
import org.csi.harness.verdict.ClauseViolation;
import java.math.RoundingMode;
import java.util.List;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
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

    /** Exactly half a fen after an even fen: only HALF_UP gives the pack's answer (HALF_EVEN and truncation go down). */
    @Test
    void premiumOnHalfAFenRoundsUp() throws Exception {
        PremiumOracle.Recomputation r = PremiumOracle.recompute(JSON.readTree("""
                {"exposureBase":{"amount":{"amount":"1000000.00","currency":"CNY"}},"baseRate":"0.00012343","modifiers":[{"factor":"1.5"}]}"""));
        assertEquals(0, new BigDecimal("185.145").compareTo(r.exactProduct()), r.explain());
        assertEquals(new BigDecimal("185.15"), r.expected(), r.explain());
        assertEquals(new BigDecimal("185.14"), r.exactProduct().setScale(2, RoundingMode.HALF_EVEN), "the tie tells HALF_EVEN apart");
        assertEquals(new BigDecimal("185.14"), r.exactProduct().setScale(2, RoundingMode.DOWN), "the tie tells truncation apart");
    }

    /** The edge of max(minimumPremium, …): an exposure whose product is a quarter of the minimum gives the minimum. */
    @Test
    void exposureBelowTheMinimumPremium() throws Exception {
        PremiumOracle.Recomputation quoted = PremiumOracle.recompute(JSON.readTree("""
                {"exposureBase":{"amount":{"amount":"356000000.00","currency":"CNY"}},"baseRate":"0.00031",
                 "modifiers":[{"factor":"1.100"},{"factor":"0.900"},{"factor":"0.950"},{"factor":"1.150"},{"factor":"1.080"}],
                 "minimumPremium":{"amount":"10000.00","currency":"CNY"}}"""));
        assertFalse(PremiumFloor.floorBinds(quoted), quoted.explain());
        BigDecimal exposure = PremiumFloor.exposureBelowMinimum(quoted);
        PremiumOracle.Recomputation moved = PremiumOracle.recompute(JSON.readTree("""
                {"exposureBase":{"amount":{"amount":"%s","currency":"CNY"}},"baseRate":"0.00031",
                 "modifiers":[{"factor":"1.100"},{"factor":"0.900"},{"factor":"0.950"},{"factor":"1.150"},{"factor":"1.080"}],
                 "minimumPremium":{"amount":"10000.00","currency":"CNY"}}""".formatted(exposure.toPlainString())));
        assertTrue(PremiumFloor.floorBinds(moved), moved.explain());
        assertTrue(moved.rounded().compareTo(new BigDecimal("2400")) > 0 && moved.rounded().compareTo(new BigDecimal("2600")) < 0, moved.explain());
        assertEquals(new BigDecimal("10000.00"), moved.expected(), moved.explain());
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

    /** RQ-CAL-0, at λ = 0: ALE exactly 0 and P(L=0) exactly 1, with no tolerance; a rate floored to 0.01 fails both. */
    @Test
    void zeroRateCalibrationCase() throws Exception {
        JsonNode c = Quantifier.calibrationCase(Quantifier.ZERO_RATE_CASE);
        assertEquals(0.0, OpenFair.ale(c.path("lambda").asDouble(), c.path("mu").asDouble(), c.path("sigma").asDouble()));
        assertEquals(1.0, OpenFair.zeroLossProbability(c.path("lambda").asDouble()));
        assertEquals(0.0, c.path("zeroLossTolerance").asDouble());
        assertEquals(10000, c.path("iterations").asInt());
        List<JsonNode> clean = List.of(run("0.00", 1), run("0.00", 1), run("0.00", 1));
        QuantificationRules.requireAleCalibrated("RQ-CAL-0", c, clean);
        QuantificationRules.requireZeroLossCalibrated("RQ-CAL-0", c, clean);
        List<JsonNode> floored = List.of(run("7301.47", 0.9901), run("7288.10", 0.9899), run("7295.02", 0.99));
        assertThrows(ClauseViolation.class, () -> QuantificationRules.requireAleCalibrated("RQ-CAL-0", c, floored));
        assertThrows(ClauseViolation.class, () -> QuantificationRules.requireZeroLossCalibrated("RQ-CAL-0", c, floored));
    }

    private static JsonNode run(String ale, double zeroLoss) {
        return JSON.createObjectNode().put("aleCNY", ale).put("zeroLossProbability", zeroLoss);
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
