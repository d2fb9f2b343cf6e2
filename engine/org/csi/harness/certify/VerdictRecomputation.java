package org.csi.harness.certify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.csi.harness.verdict.Clause;
import org.csi.harness.verdict.ClauseCatalog;
import org.csi.harness.verdict.ClauseOutcome;
import org.csi.harness.verdict.Declaration;
import org.csi.harness.verdict.Outcome;
import org.csi.harness.verdict.Scoring;

/** Recomputes verdicts, scores, blocking failures and level from a scorecard's clause outcomes (§3-§5). */
public final class VerdictRecomputation {
    private static final ObjectMapper JSON = new ObjectMapper();

    private VerdictRecomputation() {}

    public static List<String> check(byte[] scorecardBytes, byte[] evidenceBytes) {
        List<String> problems = new ArrayList<>();
        JsonNode s;
        try {
            s = JSON.readTree(scorecardBytes);
        } catch (IOException e) {
            return List.of("scorecard.json: not JSON");
        }
        ClauseCatalog catalog = ClauseCatalog.load();
        Map<String, Set<String>> declared = new LinkedHashMap<>();
        for (JsonNode d : s.path("declared")) {
            Set<String> profiles = new LinkedHashSet<>();
            d.path("profiles").forEach(p -> profiles.add(p.asText()));
            declared.put(d.path("id").asText(), profiles);
        }
        // A run whose capability document was unusable recorded no capability digest: its declaration was unknown.
        Declaration declaration = s.path("solution").path("capabilityDigest").isTextual() ? Declaration.of(declared) : Declaration.NONE;
        Map<String, String> reported = new HashMap<>();
        List<ClauseOutcome> outcomes = new ArrayList<>();
        for (JsonNode st : s.path("standards")) {
            for (JsonNode c : st.path("clauses")) reported.put(c.path("id").asText(), c.path("outcome").asText());
        }
        for (Clause c : catalog.clauses()) {
            String o = reported.get(c.id());
            if (o == null) {
                problems.add("scorecard.json: clause " + c.id() + " is missing");
                continue;
            }
            try {
                outcomes.add(new ClauseOutcome(c, Outcome.valueOf(o), null, 0));
            } catch (IllegalArgumentException e) {
                problems.add("scorecard.json: clause " + c.id() + " has outcome " + o);
            }
        }
        if (!problems.isEmpty()) return problems;
        Scoring.PackResult r = Scoring.score(catalog, declaration, outcomes);
        for (Scoring.StandardResult expected : r.standards()) {
            JsonNode st = null;
            for (JsonNode x : s.path("standards")) if (x.path("id").asText().equals(expected.id())) st = x;
            if (st == null) {
                problems.add("scorecard.json: standard " + expected.id() + " is missing");
                continue;
            }
            compare(problems, expected.id() + " verdict", st.path("verdict").asText(), expected.verdict().name());
            compare(problems, expected.id() + " score", st.path("score").isNull() ? null : st.path("score").asDouble(), expected.score());
            List<String> blocking = new ArrayList<>();
            st.path("blockingFailures").forEach(b -> blocking.add(b.asText()));
            compare(problems, expected.id() + " blocking failures", blocking, expected.blockingFailures());
        }
        compare(problems, "pack score", s.path("packScore").isNull() ? null : s.path("packScore").asDouble(), r.packScore());
        compare(problems, "SHOULD pass rate", s.path("shouldPassRate").asDouble(), r.shouldPassRate());
        compare(problems, "level", s.path("level").asText(), r.level());
        if (evidenceBytes != null) {
            try {
                for (JsonNode c : JSON.readTree(evidenceBytes).path("clauses")) {
                    String id = c.path("id").asText();
                    if (!Objects.equals(reported.get(id), c.path("outcome").asText())) {
                        problems.add("evidence.json: " + id + " is " + c.path("outcome").asText() + " but scorecard.json says " + reported.get(id));
                    }
                }
            } catch (IOException e) {
                problems.add("evidence.json: not JSON");
            }
        }
        return problems;
    }

    private static void compare(List<String> problems, String what, Object stated, Object recomputed) {
        if (!Objects.equals(stated, recomputed)) {
            problems.add("scorecard.json: " + what + " is " + stated + ", but the clause outcomes give " + recomputed);
        }
    }
}
