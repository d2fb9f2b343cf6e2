package org.csi.harness.certify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A package's rulings.json and vendor-comments.json against its scorecard. {@link VerdictRecomputation} recomputes
 * verdicts, scores and level from the clause outcomes alone, so rulings cannot enter them; this checks the rest of
 * the rule (verdict/Rulings): the scorecard shows exactly the packaged rulings and comments, each beside the outcome
 * the clause actually has, and shows none that the package does not hold.
 */
public final class RulingsCrossCheck {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] RULING_FIELDS = {"clause", "kind", "reason", "approver", "expiry", "riskNote"};
    private static final String[] COMMENT_FIELDS = {"clause", "comment", "author"};

    private RulingsCrossCheck() {}

    public static List<String> check(Map<String, byte[]> entries) {
        List<String> problems = new ArrayList<>();
        JsonNode scorecard;
        try {
            scorecard = JSON.readTree(entries.getOrDefault("scorecard.json", new byte[0]));
        } catch (IOException e) {
            return List.of(); // VerdictRecomputation reports an unreadable scorecard
        }
        if (scorecard == null) return List.of();
        Map<String, String> outcomes = new HashMap<>();
        for (JsonNode st : scorecard.path("standards")) for (JsonNode c : st.path("clauses")) outcomes.put(c.path("id").asText(), c.path("outcome").asText());
        compare(problems, entries.get("rulings.json"), "rulings.json", "rulings", scorecard.path("rulings"), RULING_FIELDS, outcomes);
        compare(problems, entries.get("vendor-comments.json"), "vendor-comments.json", "comments", scorecard.path("vendorComments"), COMMENT_FIELDS, outcomes);
        return problems;
    }

    private static void compare(List<String> problems, byte[] file, String name, String listKey, JsonNode shown, String[] fields,
                                Map<String, String> outcomes) {
        List<JsonNode> packaged = new ArrayList<>();
        if (file != null) {
            try {
                JSON.readTree(file).path(listKey).forEach(packaged::add);
            } catch (IOException e) {
                problems.add(name + ": not JSON");
                return;
            }
        }
        List<JsonNode> inScorecard = new ArrayList<>();
        shown.forEach(inScorecard::add);
        if (packaged.size() != inScorecard.size()) {
            problems.add("scorecard.json shows " + inScorecard.size() + " " + listKey + ", but the package's " + name + " holds " + packaged.size());
            return;
        }
        for (int i = 0; i < packaged.size(); i++) {
            JsonNode p = packaged.get(i), s = inScorecard.get(i);
            for (String f : fields) {
                String want = p.path(f).isMissingNode() || p.path(f).isNull() ? null : p.path(f).asText();
                String got = s.path(f).isMissingNode() || s.path(f).isNull() ? null : s.path(f).asText();
                if (!Objects.equals(want, got)) problems.add("scorecard.json: " + listKey + " entry " + (i + 1) + " " + f + " is " + got + ", but " + name + " says " + want);
            }
            String clause = s.path("clause").asText();
            if (!Objects.equals(s.path("outcome").asText(), outcomes.get(clause))) {
                problems.add("scorecard.json: " + listKey + " entry " + (i + 1) + " shows " + clause + " as " + s.path("outcome").asText()
                        + ", but its clause outcome is " + outcomes.get(clause) + " (a ruling never changes an outcome)");
            }
        }
    }
}
