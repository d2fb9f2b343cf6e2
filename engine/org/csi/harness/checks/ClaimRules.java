package org.csi.harness.checks;

import org.csi.harness.time.Rfc3339;
import org.csi.harness.verdict.ClauseViolation;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.csi.harness.http.Reply;

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
    public static void requireDue(JsonNode claim, String code, OffsetDateTime from, Duration period) {
        JsonNode o = obligation(claim, code);
        OffsetDateTime expected = from.plus(period);
        ClauseViolation.require(o.path("dueAt").isTextual() && Rfc3339.sameInstant(o.path("dueAt").asText(), expected),
                code + " is due " + o.path("dueAt") + ", expected " + Rfc3339.format(expected) + " (" + Rfc3339.format(from) + " + " + period.toDays() + " days)");
    }

    /** timeBar{status, limitAt} with limitAt = eventDiscoveredAt + 2 calendar years in UTC+08:00. */
    public static void requireTimeBar(JsonNode claim, String status) {
        OffsetDateTime limit = OffsetDateTime.parse(claim.path("eventDiscoveredAt").asText()).withOffsetSameInstant(java.time.ZoneOffset.ofHours(8)).plusYears(2);
        ClauseViolation.require(claim.at("/timeBar/limitAt").isTextual() && Rfc3339.sameInstant(claim.at("/timeBar/limitAt").asText(), limit),
                "limitAt is " + claim.at("/timeBar/limitAt") + ", expected " + Rfc3339.format(limit));
        ClauseViolation.require(claim.at("/timeBar/status").asText().equals(status), "timeBar.status is " + claim.at("/timeBar/status")
                + " for notifiedAt " + claim.path("notifiedAt").asText() + " and limitAt " + Rfc3339.format(limit) + ", expected " + status);
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
        // README §4.1: null or absent (a value that does not exist is not yet known either).
        ClauseViolation.require(claim.at("/links/underwritingDecisionId").isNull() || claim.at("/links/underwritingDecisionId").isMissingNode(),
                "a test-helper policy has no decision, yet underwritingDecisionId is " + claim.at("/links/underwritingDecisionId"));
    }

    /** A money member with exactly this amount. */
    public static void requireAmount(JsonNode money, String expected, String what) {
        boolean same = money.path("amount").isTextual() && money.path("currency").asText().equals("CNY")
                && new java.math.BigDecimal(money.path("amount").asText()).compareTo(new java.math.BigDecimal(expected)) == 0;
        String shown = money.path("amount").isTextual() ? money.path("amount").asText() + " " + money.path("currency").asText() : money.toString();
        ClauseViolation.require(same, what + " is " + shown + ", expected " + expected + " CNY");
    }

    /** A time member of the claim that must be the clock's now (the solution stamps it, CLM-01/03/06). */
    public static void requireNow(JsonNode time, OffsetDateTime now, String what) {
        ClauseViolation.require(time.isTextual() && Rfc3339.sameInstant(time.asText(), now), what + " is " + time + ", the clock's now is " + Rfc3339.format(now));
    }

    /** CLM-01: NOTIFIED, notifiedAt now, eventDiscoveredAt exactly as sent. */
    public static void requireNotified(JsonNode claim, OffsetDateTime now, String discoveredAtSent) {
        requireStatus(claim, "NOTIFIED");
        requireNow(claim.path("notifiedAt"), now, "notifiedAt");
        ClauseViolation.require(claim.path("eventDiscoveredAt").asText().equals(discoveredAtSent),
                "eventDiscoveredAt is " + claim.path("eventDiscoveredAt") + ", sent " + discoveredAtSent);
    }

    /** CLM-03: with every required document received the claim is DOCUMENTS_COMPLETE, stamped now. */
    public static void requireDocumentsComplete(JsonNode claim, OffsetDateTime now) {
        ClauseViolation.require(claim.path("status").asText().equals("DOCUMENTS_COMPLETE"), "status is " + claim.path("status") + " with every document uploaded");
        requireNow(claim.path("documentsCompleteAt"), now, "documentsCompleteAt");
    }

    public static void requireStatus(JsonNode claim, String status) {
        ClauseViolation.require(claim.path("status").asText().equals(status), "status is " + claim.path("status") + ", expected " + status);
    }

    /**
     * CLM-07: the DENIAL_NOTICE obligation has the status, unless the solution issued the notice with the decision itself
     * ({@code decidedAt}: when the decision was made, as the claim or the decision's answer shows it).
     */
    public static void requireDenialNotice(JsonNode claim, OffsetDateTime decidedAt, String status) {
        if (!claim.path("denialNotice").isObject()) {
            requireObligationStatus(claim, "DENIAL_NOTICE", status);
            return;
        }
        ClauseViolation.require(claim.at("/denialNotice/issuedAt").isTextual() && Rfc3339.sameInstant(claim.at("/denialNotice/issuedAt").asText(), decidedAt),
                "the automatic denial notice was issued at " + claim.at("/denialNotice/issuedAt") + ", not at the decision " + Rfc3339.format(decidedAt));
    }

    /** CLM-12: the FINAL payment met its obligation and closed the payments as PAID. */
    public static void requirePaidInTime(JsonNode claim) {
        requireObligationStatus(claim, "PAYMENT", "MET");
        ClauseViolation.require(claim.path("status").asText().equals("PAID"), "status is " + claim.path("status") + " after the FINAL payment");
    }

    /** CLM-13: an illegal transition is refused with 409 ILLEGAL_STATE_TRANSITION naming the current state. */
    public static void requireIllegalTransition(Reply reply, String state) {
        reply.expectStatus(409);
        ProblemDetails.requirePointerError(reply, "ILLEGAL_STATE_TRANSITION", null);
        ClauseViolation.require(reply.json().path("currentState").asText().equals(state), "currentState is " + reply.json().path("currentState") + ", expected " + state);
    }

    /** CLM-13: a refused call leaves the claim exactly as it was. */
    public static void requireUnchanged(JsonNode before, JsonNode after) {
        ClauseViolation.require(after.equals(before), "the refused call changed the claim: was " + before + ", is " + after);
    }

    /** CLM-14: the policy's aggregate paid to date and remaining. */
    public static void requireAggregate(JsonNode policy, String paid, String remaining) {
        requireAmount(policy.path("aggregatePaidToDate"), paid, "aggregatePaidToDate");
        requireAmount(policy.path("aggregateRemaining"), remaining, "aggregateRemaining");
    }

    /** CLM-12: payable, advances paid and the balance due of a settlement. */
    public static void requireBalance(JsonNode settlement, String payable, String advances, String balance) {
        requireAmount(settlement.path("payable"), payable, "payable");
        requireAmount(settlement.path("advancesPaid"), advances, "advancesPaid");
        requireAmount(settlement.path("balanceDue"), balance, "balanceDue");
    }

    /** CLM-16: a claim on a policy bound under CSI-UW links the decision the policy was bound on. */
    public static void requireLinkedDecision(JsonNode claim, String decisionId) {
        ClauseViolation.require(claim.at("/links/underwritingDecisionId").asText().equals(decisionId),
                "links.underwritingDecisionId is " + claim.at("/links/underwritingDecisionId") + ", the policy was bound on decision " + decisionId);
    }

    /** GEN-05: refused decision and payment calls left the claim DOCUMENTS_COMPLETE with no advance paid. */
    public static void requireNothingDecided(JsonNode claim, JsonNode settlement) {
        ClauseViolation.require(claim.path("status").asText().equals("DOCUMENTS_COMPLETE"), "the claim is " + claim.path("status") + " after refused calls");
        ClauseViolation.require(settlement.at("/advancesPaid/amount").asText().equals("0.00"), "a refused payment shows in advancesPaid " + settlement.path("advancesPaid"));
    }
}
