package org.csi.harness.checks;

import org.csi.harness.verdict.ClauseViolation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.csi.harness.evidence.EvidenceLog;

/** GEN-13: every captured timestamp carries an offset; every money amount has two decimals and currency CNY. */
public final class FormatScan {
    private static final Pattern TIMESTAMP = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}[Tt]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?([Zz]|[+-]\\d{2}:\\d{2})$");
    private static final Pattern AMOUNT = Pattern.compile("^-?\\d+\\.\\d{2}$");
    private static final ObjectMapper JSON = new ObjectMapper();

    private FormatScan() {}

    public record Counts(int timestamps, int amounts) {}

    public static Counts require(List<EvidenceLog.Captured> captured) {
        List<String> wrong = new ArrayList<>();
        int[] counts = new int[2];
        for (EvidenceLog.Captured c : captured) {
            if (c.body() == null || c.contentType() == null || !c.contentType().contains("json")) continue;
            JsonNode json;
            try {
                json = JSON.readTree(c.body());
            } catch (Exception e) {
                continue;
            }
            scan(json, "", c.method() + " " + c.url(), wrong, counts);
        }
        ClauseViolation.require(wrong.isEmpty(), wrong.size() + " values break the time and money formats: "
                + String.join("; ", wrong.subList(0, Math.min(10, wrong.size()))));
        return new Counts(counts[0], counts[1]);
    }

    /** Timestamps are the members named …At or …Time (pack README §4.1); money is any object with amount and currency. */
    private static void scan(JsonNode node, String pointer, String where, List<String> wrong, int[] counts) {
        if (node.isObject()) {
            if (node.has("amount") && node.has("currency")) {
                counts[1]++;
                if (!AMOUNT.matcher(node.path("amount").asText()).matches() || !node.path("amount").isTextual()
                        || !"CNY".equals(node.path("currency").asText())) {
                    wrong.add(where + " " + pointer + " = " + node);
                }
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                var f = it.next();
                String p = pointer + "/" + f.getKey();
                if ((f.getKey().endsWith("At") || f.getKey().endsWith("Time")) && f.getValue().isTextual()) {
                    counts[0]++;
                    if (!TIMESTAMP.matcher(f.getValue().asText()).matches()) wrong.add(where + " " + p + " = \"" + f.getValue().asText() + "\"");
                }
                scan(f.getValue(), p, where, wrong, counts);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) scan(node.get(i), pointer + "/" + i, where, wrong, counts);
        }
    }
}
