package org.csi.harness.checks;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.csi.harness.support.Clocks;

/** CSI-CLM rules over a claim as the solution returns it: statutory obligations, time bar, documents, links. */
public final class ClaimRules {
    private ClaimRules() {}

    public static JsonNode obligation(JsonNode claim, String code) {
        for (JsonNode o : claim.path("obligations")) if (o.path("code").asText().equals(code)) return o;
        throw new ClauseViolation("the claim has no " + code + " obligation; obligations are " + claim.path("obligations"));
    }

    public static void requireObligationStatus(JsonNode claim, String code, String status) {
        JsonNode o = obligation(claim, code);
        ClauseViolation.require(o.path("status").asText().equals(status), code + " is " + o.path("status") + " (due " + o.path("dueAt").asText()
                + "), expected " + status);
    }

    /** The obligation falls due exactly {@code period} after {@code from}. */
    public static void requireDue(JsonNode claim, String code, String from, Duration period) {
        JsonNode o = obligation(claim, code);
        OffsetDateTime expected = OffsetDateTime.parse(from).plus(period);
        ClauseViolation.require(o.path("dueAt").isTextual() && Clocks.sameInstant(o.path("dueAt").asText(), expected),
                code + " is due " + o.path("dueAt") + ", expected " + Clocks.rfc3339(expected) + " (" + from + " + " + period.toDays() + " days)");
    }

    /** timeBar{status, limitAt} with limitAt = eventDiscoveredAt + 2 calendar years in UTC+08:00. */
    public static void requireTimeBar(JsonNode claim, String status) {
        OffsetDateTime limit = OffsetDateTime.parse(claim.path("eventDiscoveredAt").asText()).withOffsetSameInstant(java.time.ZoneOffset.ofHours(8)).plusYears(2);
        ClauseViolation.require(claim.at("/timeBar/limitAt").isTextual() && Clocks.sameInstant(claim.at("/timeBar/limitAt").asText(), limit),
                "limitAt is " + claim.at("/timeBar/limitAt") + ", expected " + Clocks.rfc3339(limit));
        ClauseViolation.require(claim.at("/timeBar/status").asText().equals(status), "timeBar.status is " + claim.at("/timeBar/status")
                + " for notifiedAt " + claim.path("notifiedAt").asText() + " and limitAt " + Clocks.rfc3339(limit) + ", expected " + status);
    }

    /** requiredDocuments holds at least the codes the harness derived from the claimed sections. */
    public static void requireDocuments(JsonNode claim, List<String> minimum) {
        List<String> listed = new ArrayList<>();
        claim.path("requiredDocuments").forEach(d -> listed.add(d.path("code").asText()));
        List<String> missing = minimum.stream().filter(m -> !listed.contains(m)).toList();
        ClauseViolation.require(missing.isEmpty(), "requiredDocuments " + listed + " lacks " + missing);
    }

    public static void requireCoverageCheck(JsonNode claim, String code, String result) {
        for (JsonNode c : claim.path("coverageChecks")) {
            if (c.path("code").asText().equals(code)) {
                ClauseViolation.require(c.path("result").asText().equals(result), code + " is " + c.path("result") + ", expected " + result);
                return;
            }
        }
        throw new ClauseViolation("coverageChecks has no " + code + ": " + claim.path("coverageChecks"));
    }

    /** daysLate = ceil(((paidAt or now) − dueAt) / 1 day), with a basis. */
    public static void requireLateDamages(JsonNode claim, int days) {
        JsonNode late = claim.path("lateDamages");
        ClauseViolation.require(late.isObject(), "a BREACHED payment obligation without lateDamages: " + claim.path("obligations"));
        ClauseViolation.require(late.path("daysLate").asInt(-1) == days, "daysLate is " + late.path("daysLate") + ", expected " + days);
        ClauseViolation.require(!late.path("basis").asText().isBlank(), "lateDamages has no basis");
    }

    /** CLM-04: a supplement request lists every required document still missing. */
    public static void requireListsMissing(JsonNode request, List<String> missing) {
        List<String> listed = new ArrayList<>();
        request.path("items").forEach(i -> listed.add(i.asText()));
        ClauseViolation.require(listed.containsAll(missing), "the request lists " + listed + ", but " + missing + " are missing");
    }

    /** CLM-16: links name the claim's incident and at least one forensic report, and no decision for a test-helper policy. */
    public static void requireLinks(JsonNode claim, String incidentId) {
        ClauseViolation.require(claim.at("/links/incidentId").asText().equals(incidentId), "links.incidentId is " + claim.at("/links/incidentId") + ", expected " + incidentId);
        ClauseViolation.require(claim.at("/links/forensicReportIds").size() >= 1, "links.forensicReportIds is " + claim.at("/links/forensicReportIds"));
        ClauseViolation.require(claim.at("/links/underwritingDecisionId").isNull(),
                "a test-helper policy has no decision, yet underwritingDecisionId is " + claim.at("/links/underwritingDecisionId"));
    }

    /** A money member with exactly this amount. */
    public static void requireAmount(JsonNode money, String expected, String what) {
        ClauseViolation.require(money.path("amount").isTextual() && new java.math.BigDecimal(money.path("amount").asText()).compareTo(new java.math.BigDecimal(expected)) == 0,
                what + " is " + money + ", expected " + expected);
    }
}
