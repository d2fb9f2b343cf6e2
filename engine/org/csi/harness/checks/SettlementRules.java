package org.csi.harness.checks;

import org.csi.harness.verdict.ClauseViolation;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.csi.harness.oracle.PayableOracle;

/** CLM-09: a reported settlement equals the harness's recomputation, field by field, to the fen. */
public final class SettlementRules {
    private SettlementRules() {}

    /** Returns expected vs reported for the evidence; any difference fails the clause with all differences listed. */
    public static String requireMatches(JsonNode reported, PayableOracle.Settlement expected) {
        List<String> wrong = new ArrayList<>();
        StringBuilder evidence = new StringBuilder("expected (harness) vs reported (solution)\n");
        for (PayableOracle.Item i : expected.items()) {
            JsonNode r = find(reported.path("items"), "itemId", i.itemId());
            compare("item " + i.itemId() + " coveredAmount", i.coveredAmount(), r.at("/coveredAmount/amount"), wrong, evidence);
            if (i.coveredMinutes() != null && r.has("coveredMinutes") && r.path("coveredMinutes").asLong() != i.coveredMinutes()) {
                wrong.add("item " + i.itemId() + " coveredMinutes " + r.path("coveredMinutes") + ", expected " + i.coveredMinutes());
            }
        }
        List<String> codes = new ArrayList<>();
        reported.path("sections").forEach(s -> codes.add(s.path("code").asText()));
        List<String> expectedCodes = expected.sections().stream().map(PayableOracle.Section::code).toList();
        if (!codes.equals(expectedCodes)) wrong.add("sections are " + codes + ", expected " + expectedCodes + " (one per section with items, canonical order)");
        for (PayableOracle.Section s : expected.sections()) {
            JsonNode r = find(reported.path("sections"), "code", s.code());
            compare(s.code() + " loss", s.loss(), r.at("/loss/amount"), wrong, evidence);
            compare(s.code() + " retentionApplied", s.retentionApplied(), r.at("/retentionApplied/amount"), wrong, evidence);
            compare(s.code() + " subLimit", s.subLimit(), r.at("/subLimit/amount"), wrong, evidence);
            compare(s.code() + " payable", s.payable(), r.at("/payable/amount"), wrong, evidence);
        }
        compare("aggregateRemainingBefore", expected.aggregateRemainingBefore(), reported.at("/aggregateRemainingBefore/amount"), wrong, evidence);
        compare("payable", expected.payable(), reported.at("/payable/amount"), wrong, evidence);
        compare("minimumDeterminableAmount", expected.minimumDeterminableAmount(), reported.at("/minimumDeterminableAmount/amount"), wrong, evidence);
        compare("advancesPaid", expected.advancesPaid(), reported.at("/advancesPaid/amount"), wrong, evidence);
        compare("balanceDue", expected.balanceDue(), reported.at("/balanceDue/amount"), wrong, evidence);
        ClauseViolation.require(wrong.isEmpty(), "the settlement differs from the recomputation: " + String.join("; ", wrong) + "\n" + evidence + expected.explain());
        return evidence.toString();
    }

    private static void compare(String what, BigDecimal expected, JsonNode reported, List<String> wrong, StringBuilder evidence) {
        evidence.append(what).append(": ").append(expected.toPlainString()).append(" vs ").append(reported.isMissingNode() ? "(missing)" : reported.asText()).append('\n');
        boolean same = reported.isTextual() && reported.asText().matches("-?\\d+\\.\\d{2}") && new BigDecimal(reported.asText()).compareTo(expected) == 0;
        if (!same) wrong.add(what + " is " + (reported.isMissingNode() ? "missing" : reported.asText()) + ", expected " + expected.toPlainString());
    }

    private static JsonNode find(JsonNode array, String key, String value) {
        for (JsonNode n : array) if (n.path(key).asText().equals(value)) return n;
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }
}
