package org.csi.harness.checks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.csi.harness.evidence.EvidenceLog.Captured;
import org.csi.harness.verdict.ClauseViolation;

/**
 * GEN-12: the contact's ID number and mobile are masked wherever the solution returns them, and never appear raw.
 * A failure names where (the exchange, and the JSON pointer) and what kind of value stood there, never the value.
 */
public final class PiiMasking {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ID = "/applicant/contact/idCardNumber";
    private static final String MOBILE = "/applicant/contact/mobile";

    private PiiMasking() {}

    /**
     * Each view (named for the report: the exchange it came from) shows the masked ID number and mobile.
     * {@code raw} maps each F-PII value's name ("ID number", "mobile") to the raw value, to say which one leaked.
     */
    public static void requireMasked(Map<String, JsonNode> views, String idCardNumber, String mobile, Map<String, String> raw) {
        List<String> wrong = new ArrayList<>();
        views.forEach((where, a) -> {
            check(where, a, ID, "ID number", idCardNumber, raw, wrong);
            check(where, a, MOBILE, "mobile", mobile, raw, wrong);
        });
        ClauseViolation.require(wrong.isEmpty(), String.join("; ", wrong));
    }

    private static void check(String where, JsonNode view, String pointer, String what, String masked, Map<String, String> raw, List<String> wrong) {
        JsonNode v = view.at(pointer);
        if (v.isTextual() && v.asText().equals(masked)) return;
        wrong.add(where + " at " + pointer + " does not show the " + what + " masked as " + masked + ": it holds " + kind(v, raw)
                + " (not repeated here)");
    }

    /** What a value is, without saying it: missing, a raw F-PII value (which), or another value. */
    private static String kind(JsonNode v, Map<String, String> raw) {
        if (v.isMissingNode() || v.isNull()) return "nothing";
        String text = v.asText();
        for (var r : raw.entrySet()) if (text.contains(r.getValue())) return "the raw " + r.getKey();
        return "another " + (v.isTextual() ? "string" : v.getNodeType().name().toLowerCase()) + " of " + text.length() + " characters";
    }

    /** No response captured in the run carries any of the raw values; a failure lists each exchange and pointer where one did. */
    public static void requireNeverRaw(List<Captured> captured, Map<String, String> raw) {
        List<String> seen = new ArrayList<>();
        for (Captured c : captured) {
            if (c.body() == null || raw.values().stream().noneMatch(c.body()::contains)) continue;
            String exchange = c.method() + " " + c.url() + " → " + c.status();
            JsonNode doc = parse(c.body());
            List<String> at = new ArrayList<>();
            if (doc != null) find(doc, "", raw, at);
            if (at.isEmpty()) {
                raw.forEach((name, value) -> {
                    if (c.body().contains(value)) at.add("the raw " + name + " in its body");
                });
            }
            seen.add(exchange + " returns " + String.join(", ", at));
        }
        ClauseViolation.require(seen.isEmpty(), "raw personal data in captured responses (values not repeated here): " + String.join("; ", seen));
    }

    private static void find(JsonNode node, String pointer, Map<String, String> raw, List<String> at) {
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> find(f.getValue(), pointer + "/" + escape(f.getKey()), raw, at));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) find(node.get(i), pointer + "/" + i, raw, at);
        } else if (node.isValueNode()) {
            raw.forEach((name, value) -> {
                if (node.asText().contains(value)) at.add("the raw " + name + " at " + (pointer.isEmpty() ? "/" : pointer));
            });
        }
    }

    private static String escape(String member) {
        return member.replace("~", "~0").replace("/", "~1");
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }
}
