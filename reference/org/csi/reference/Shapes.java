package org.csi.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The variants of shape that apply to every answer alike (pack README §4.1): unset members left out or written as
 * null, and an extra vendor member in every object. Applied to a copy of each body just before it is written.
 */
final class Shapes {
    /**
     * Nulls the pack gives a meaning other than "not yet known" (the end of a list, no GB/T 30279 level, no CVE), and
     * nulls the client sent that are stored and echoed as given (questionnaire answers, a forensic timeline).
     */
    private static final Set<String> MEANINGFUL_NULLS = Set.of("nextCursor", "gbt30279Level", "cveId", "exfiltration",
            "lastRestoreTestDate", "lastExercisedDate");
    /** Members a claim shows once they are known (CSI-CLM claim fields: agreedAt?, paidAt?, denialNotice?, lateDamages?). */
    private static final List<String> CLAIM_LATER = List.of("agreedAt", "paidAt", "denialNotice", "lateDamages");
    /** Members an obligation shows once they are known (README §4.6). */
    private static final List<String> OBLIGATION_LATER = List.of("metAt", "breachedAt");
    /** Results an assessment or a quantification shows once COMPLETED (CSI-UW, CSI-RQ). */
    private static final List<String> ASSESSMENT_LATER = List.of("findings", "riskItems", "reportVersion", "approvedBy");
    private static final List<String> QUANTIFICATION_LATER = List.of("aleCNY", "percentilesCNY", "zeroLossProbability", "lossExceedanceCurve", "scenarios");

    private Shapes() {}

    static void apply(Set<Variant> variants, JsonNode body) {
        if (variants.contains(Variant.UNSET_MEMBERS_ABSENT)) dropNulls(body);
        if (variants.contains(Variant.UNSET_MEMBERS_NULL)) addNulls(body, false);
        if (variants.contains(Variant.EXTRA_MEMBERS)) addExtras(body);
    }

    private static void dropNulls(JsonNode node) {
        if (node instanceof ObjectNode o) {
            List<String> nulls = new ArrayList<>();
            o.fields().forEachRemaining(e -> {
                if (e.getValue().isNull() && !MEANINGFUL_NULLS.contains(e.getKey())) nulls.add(e.getKey());
            });
            o.remove(nulls);
        }
        node.forEach(Shapes::dropNulls);
    }

    private static void addNulls(JsonNode node, boolean inObligations) {
        if (node instanceof ObjectNode o) {
            if (o.has("claimId") && o.has("notifiedAt")) CLAIM_LATER.forEach(m -> { if (!o.has(m)) o.putNull(m); });
            if (inObligations && o.has("code") && o.has("status")) OBLIGATION_LATER.forEach(m -> { if (!o.has(m)) o.putNull(m); });
            boolean running = o.has("status") && !o.path("status").asText().equals("COMPLETED");
            if (running && o.has("assessmentId") && o.has("methods")) ASSESSMENT_LATER.forEach(m -> { if (!o.has(m)) o.putNull(m); });
            if (running && o.has("quantificationId") && o.has("iterations")) QUANTIFICATION_LATER.forEach(m -> { if (!o.has(m)) o.putNull(m); });
            o.fields().forEachRemaining(e -> addNulls(e.getValue(), e.getKey().equals("obligations")));
        } else {
            node.forEach(n -> addNulls(n, inObligations));
        }
    }

    /**
     * The answer itself, list entries and the platform's own sub-objects get the extra member; data the client sent and
     * the platform echoes (answersRelied must deep-equal the answers, UW-08), and money's fixed {amount, currency}, do not.
     */
    private static void addExtras(JsonNode node) {
        if (!(node instanceof ObjectNode o)) return;
        o.put("vendorNote", "参考实现扩展 / reference extension");
        for (String member : PLATFORM_OBJECTS) {
            JsonNode child = o.get(member);
            if (child instanceof ObjectNode c) c.put("vendorNote", "参考实现扩展 / reference extension");
            if (child != null && child.isArray()) child.forEach(Shapes::addExtras);
        }
    }

    private static final List<String> PLATFORM_OBJECTS = List.of("data", "obligations", "errors", "links", "timeBar", "coverageChecks",
            "requiredDocuments", "findings", "riskItems", "gradeHistory", "standards", "scenarios");
}
