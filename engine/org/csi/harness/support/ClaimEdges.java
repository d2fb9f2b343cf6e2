package org.csi.harness.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.csi.harness.fixtures.Fixtures;
import org.csi.harness.time.Rfc3339;

/**
 * Claim cases the harness generates at the edges of CSI-CLM's rules, where the pack's worked examples never land. Each
 * is derived from the rule text and the F-POL terms (not from any solution), in the shape of an F-CLM case of
 * clm/cases.json, so that the walks and the payable-amount oracle take them like the pack's own:
 * <ul>
 * <li>EDGE-WAIT: a business interruption lasting exactly the QUALIFYING waiting period (H = Wm: "H &gt; Wm" is false, c = 0);</li>
 * <li>EDGE-IP: a QUALIFYING business interruption one minute longer than the indemnity period (covered min(H, IPm) = IPm);</li>
 * <li>EDGE-HALF-FEN: a business interruption whose hourlyLoss × minutes / 60 is exactly half a fen after an even fen, so
 * that only round_HALF_UP gives the pack's answer (HALF_EVEN and truncation go down);</li>
 * <li>EDGE-AGG: items on PB whose sections sum to more than the aggregate remaining, with disputed items, so that an
 * advance on the claim is paid before the aggregate is exhausted mid-claim (step 5 caps at the remaining before this claim);</li>
 * <li>EDGE-ZERO-MIN: AGREED items that the retention absorbs entirely, so that minimumDeterminableAmount is exactly 0
 * while AGREED items exist (CLM-12: the advance obligation is then NOT_REQUIRED).</li>
 * </ul>
 */
public final class ClaimEdges {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private ClaimEdges() {}

    /** The edge case {@code id}, or null when {@code id} names none. */
    static JsonNode caseOf(String id) {
        return switch (id) {
            case "EDGE-WAIT" -> waitingPeriodExact();
            case "EDGE-IP" -> indemnityPeriodPlusOneMinute();
            case "EDGE-HALF-FEN" -> halfFen();
            case "EDGE-AGG" -> aggregateExhaustedMidClaim();
            case "EDGE-ZERO-MIN" -> retentionAbsorbsAgreed();
            default -> null;
        };
    }

    /** PA (QUALIFYING): i1 BI lasting exactly W hours at 12,500.00/h, i2 DATA 260,000.00; on EX3's clock and incident. */
    static ObjectNode waitingPeriodExact() {
        ObjectNode c = onPa();
        long minutes = 60L * policy("PA").at("/bi/waitingPeriodHours").asLong();
        ArrayNode items = c.putArray("items");
        items.add(bi("i1", EX3_OUTAGE_START, minutes, "12500.00"));
        items.add(amount("i2", "DATA_ASSET_RESTORATION", "260000.00"));
        return c;
    }

    /**
     * PA (QUALIFYING, IP days): i1 BI lasting IPm + 1 minutes at 100.00/h, on a clock of its own late in the policy period
     * (the outage starts 30 minutes before discovery and ends before the clock's now); i2 DATA 100,000.00.
     */
    static ObjectNode indemnityPeriodPlusOneMinute() {
        ObjectNode c = onPa();
        c.put("clock", "2025-12-20T09:00:00+08:00").put("eventDiscoveredAt", "2025-09-01T08:30:00+08:00");
        long minutes = 1440L * policy("PA").at("/bi/indemnityPeriodDays").asLong() + 1;
        ArrayNode items = c.putArray("items");
        items.add(bi("i1", "2025-09-01T08:00:00+08:00", minutes, "100.00"));
        items.add(amount("i2", "DATA_ASSET_RESTORATION", "100000.00"));
        return c;
    }

    /** PA: i1 BI of Wm + 30 covered minutes at the first hourlyLoss from 1,000.00 that lands on half a fen after an even fen; i2 DATA 100,000.00. */
    static ObjectNode halfFen() {
        ObjectNode c = onPa();
        long minutes = 60L * policy("PA").at("/bi/waitingPeriodHours").asLong() + 30;
        ArrayNode items = c.putArray("items");
        items.add(bi("i1", EX3_OUTAGE_START, minutes, halfFenHourlyLoss(minutes, new BigDecimal("1000.00")).toPlainString()));
        items.add(amount("i2", "DATA_ASSET_RESTORATION", "100000.00"));
        return c;
    }

    /**
     * The first hourly loss (in whole fen, from {@code from}) for which hourlyLoss × minutes / 60 is exactly half a fen and the
     * fen below it is even: hourlyLoss in fen × minutes ≡ 30 (mod 60), and ⌊hourlyLoss in fen × minutes / 60⌋ even.
     */
    public static BigDecimal halfFenHourlyLoss(long minutes, BigDecimal from) {
        long fen = from.movePointRight(2).longValueExact();
        for (long h = fen; h < fen + 6000; h++) {
            if (Math.floorMod(h * minutes, 60) == 30 && (h * minutes / 60) % 2 == 0) return BigDecimal.valueOf(h, 2);
        }
        throw new IllegalStateException("no hourly loss near " + from + " lands on half a fen for " + minutes + " minutes");
    }

    /**
     * PB (TIME_DEDUCTIBLE, aggregate remaining 1,800,000.00): i1 ER at its sub-limit (AGREED), i2 DATA_BREACH_LIABILITY at its
     * sub-limit and i3 BI covering 30,000 minutes past the waiting period at 2,000.00/h (both DISPUTED). The AGREED part
     * (minimumDeterminableAmount) fits within the remaining aggregate; all items together exceed it.
     */
    static ObjectNode aggregateExhaustedMidClaim() {
        ObjectNode c = ClaimFixtures.caseOf("CLM-EX2").deepCopy();
        JsonNode pb = policy("PB");
        ArrayNode items = c.putArray("items");
        items.add(amount("i1", "EMERGENCY_RESPONSE_COSTS", pb.at("/sections/EMERGENCY_RESPONSE_COSTS").asText()));
        items.add(amount("i2", "DATA_BREACH_LIABILITY", pb.at("/sections/DATA_BREACH_LIABILITY").asText()));
        items.add(bi("i3", "2025-03-01T08:00:00+08:00", 60L * pb.at("/bi/waitingPeriodHours").asLong() + 30_000, "2000.00"));
        c.putArray("disputed").add("i2").add("i3");
        c.putObject("decision").put("decision", "ACCEPTED");
        c.remove("expected");
        return c;
    }

    /** PA: i1 ER of the retention less 10,000.00 (AGREED, absorbed by the retention), i2 DATA 260,000.00 (DISPUTED). */
    static ObjectNode retentionAbsorbsAgreed() {
        ObjectNode c = onPa();
        BigDecimal absorbed = new BigDecimal(policy("PA").path("retention").asText()).subtract(new BigDecimal("10000.00"));
        ArrayNode items = c.putArray("items");
        items.add(amount("i1", "EMERGENCY_RESPONSE_COSTS", absorbed.toPlainString()));
        items.add(amount("i2", "DATA_ASSET_RESTORATION", "260000.00"));
        c.putArray("disputed").add("i2");
        return c;
    }

    /** EX3's outage start: on its clock, before its discovery. */
    private static final String EX3_OUTAGE_START = "2025-09-10T22:00:00+08:00";

    /** EX3's clock, PA, discovery and incident, with the decision ACCEPTED and no items yet. */
    private static ObjectNode onPa() {
        ObjectNode c = ClaimFixtures.caseOf("CLM-EX3").deepCopy();
        c.putObject("decision").put("decision", "ACCEPTED");
        c.remove("expected");
        return c;
    }

    private static JsonNode policy(String name) {
        return Fixtures.get("clm/policies.json").path("policies").path(name);
    }

    private static ObjectNode bi(String id, String start, long minutes, String hourlyLoss) {
        ObjectNode i = JSON.objectNode().put("itemId", id).put("section", "BUSINESS_INTERRUPTION");
        i.putObject("bi").put("outageStart", start).put("outageEnd", Rfc3339.format(OffsetDateTime.parse(start).plusMinutes(minutes)))
                .put("hourlyLoss", hourlyLoss);
        return i;
    }

    private static ObjectNode amount(String id, String section, String amount) {
        return JSON.objectNode().put("itemId", id).put("section", section).put("amount", amount);
    }
}
