package org.csi.harness.pilot;

import org.csi.harness.time.Rfc3339;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.csi.harness.config.ConfigException;
import org.csi.harness.report.RunFolder;
import org.csi.harness.report.Trend;
import org.csi.harness.verdict.ClauseCatalog;

/**
 * The pilot scorecard of conformance-levels.md §8: the latest run of each solution, a solution × standard matrix,
 * level counts, median scores, the most failed clauses and each solution's trend.
 */
public final class PilotScorecard {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** How a solution is named in the pilot, and whether its name may be published. */
    public record Consent(String solutionKey, String displayName, boolean consentToPublish) {}

    private PilotScorecard() {}

    /** The scorecard of every complete run in the given run folders or folders of runs (two levels deep). */
    public static List<JsonNode> scorecards(List<Path> dirs) {
        return scorecards(dirs, s -> {});
    }

    /** As {@link #scorecards(List)}; each incomplete run is skipped and told to {@code skipped} with the reason. */
    public static List<JsonNode> scorecards(List<Path> dirs, java.util.function.Consumer<String> skipped) {
        List<JsonNode> found = new ArrayList<>();
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) throw new ConfigException("not a run folder: " + dir);
            try (Stream<Path> files = Files.walk(dir, 2)) {
                for (Path f : files.filter(p -> p.getFileName().toString().equals("scorecard.json")).toList()) {
                    Optional<JsonNode> s = RunFolder.completeScorecard(f.getParent());
                    if (s.isPresent()) found.add(s.get()); else skipped.accept(RunFolder.whyIncomplete(f.getParent()));
                }
            } catch (IOException e) {
                throw new ConfigException("cannot read " + dir + ": " + e.getMessage());
            }
        }
        if (found.isEmpty()) throw new ConfigException("no complete run found in " + dirs);
        return found;
    }

    static String solutionOf(JsonNode scorecard) {
        return scorecard.path("solution").path("vendor").asText("?") + " — " + scorecard.path("solution").path("name").asText("?");
    }

    /** Builds the pilot scorecard; with {@code publish}, names without consent are replaced by their keys. */
    public static ObjectNode build(String pilotId, List<JsonNode> runs, Map<String, Consent> consents, boolean publish) {
        String pack = ClauseCatalog.load().packVersion();
        Map<String, List<JsonNode>> bySolution = new TreeMap<>();
        runs.stream().filter(r -> r.path("packVersion").asText().equals(pack))
                .forEach(r -> bySolution.computeIfAbsent(solutionOf(r), k -> new ArrayList<>()).add(r));
        ObjectNode p = JSON.createObjectNode().put("pilotId", pilotId)
                .put("generatedAt", Rfc3339.format(OffsetDateTime.now(ZoneOffset.ofHours(8)))).put("packVersion", pack);
        ArrayNode solutions = p.putArray("solutions");
        Map<String, Integer> levelCounts = new LinkedHashMap<>();
        for (String level : List.of("NONE", "L1", "L2", "L3")) levelCounts.put(level, 0); // in this order, every run
        Map<String, List<Double>> scores = new TreeMap<>();
        Map<String, int[]> declaredConformant = new TreeMap<>();
        Map<String, Integer> fails = new TreeMap<>();
        int n = 0;
        for (var e : bySolution.entrySet()) {
            List<JsonNode> history = e.getValue().stream().sorted(Comparator.comparing((JsonNode r) -> r.path("startedAt").asText())
                    .thenComparing(r -> r.path("runId").asText())).toList();
            JsonNode latest = history.get(history.size() - 1);
            Optional<JsonNode> previous = history.size() > 1 ? Optional.of(history.get(history.size() - 2)) : Optional.empty();
            n++;
            java.util.Set<String> taken = new java.util.HashSet<>();
            consents.values().forEach(x -> taken.add(x.solutionKey()));
            while (!consents.containsKey(e.getKey()) && taken.contains(String.format("S-%02d", n))) n++; // never a key the consent file gives another
            Consent c = consents.getOrDefault(e.getKey(), new Consent(String.format("S-%02d", n), e.getKey(), false));
            ObjectNode s = solutions.addObject().put("solutionKey", c.solutionKey())
                    .put("displayName", publish && !c.consentToPublish() ? c.solutionKey() : c.displayName())
                    .put("consentToPublish", c.consentToPublish()).put("runId", latest.path("runId").asText())
                    .put("level", latest.path("level").asText());
            s.set("packScore", latest.path("packScore"));
            if (latest.path("provisional").asBoolean(false)) s.put("provisional", true);
            levelCounts.merge(latest.path("level").asText(), 1, Integer::sum);
            ArrayNode matrix = s.putArray("matrix");
            for (JsonNode st : latest.path("standards")) {
                String id = st.path("id").asText();
                String verdict = st.path("verdict").asText();
                int evidence = 0;
                for (JsonNode cl : st.path("clauses")) {
                    evidence += cl.path("evidenceCount").asInt();
                    if (cl.path("outcome").asText().equals("FAIL")) fails.merge(cl.path("id").asText(), 1, Integer::sum);
                }
                ObjectNode cell = matrix.addObject().put("standard", id).put("verdict", verdict);
                cell.set("score", st.path("score"));
                cell.set("blockingFailures", st.path("blockingFailures"));
                cell.put("evidenceCount", evidence);
                if (!verdict.equals("NOT_DECLARED")) {
                    int[] dc = declaredConformant.computeIfAbsent(id, k -> new int[2]);
                    dc[0]++;
                    if (verdict.equals("CONFORMANT")) dc[1]++;
                    if (st.path("score").isNumber()) scores.computeIfAbsent(id, k -> new ArrayList<>()).add(st.path("score").asDouble());
                }
            }
            // The trend over every recorded run of the solution, oldest first (the page draws it).
            ArrayNode runsOf = s.putArray("history");
            for (JsonNode r : history) {
                ObjectNode h = runsOf.addObject().put("runId", r.path("runId").asText()).put("startedAt", r.path("startedAt").asText());
                h.set("packScore", r.path("packScore").isNumber() ? r.path("packScore") : null);
                h.put("level", r.path("level").asText());
            }
            JsonNode trend = previous.map(prev -> (JsonNode) Trend.compare(latest, prev)).orElse(latest.path("trend"));
            if (trend == null || trend.isNull() || trend.isMissingNode()) {
                s.putNull("trend");
            } else {
                ObjectNode t = s.putObject("trend");
                t.set("packScoreDelta", trend.path("packScoreDelta").isMissingNode() ? null : trend.path("packScoreDelta"));
                t.set("levelChange", trend.path("levelChange").isMissingNode() ? null : trend.path("levelChange"));
            }
        }
        ObjectNode summary = p.putObject("summary");
        ObjectNode lc = summary.putObject("levelCounts");
        levelCounts.forEach(lc::put);
        ArrayNode per = summary.putArray("perStandard");
        declaredConformant.forEach((id, dc) -> {
            ObjectNode x = per.addObject().put("standard", id).put("declared", dc[0]).put("conformant", dc[1]);
            List<Double> sc = scores.getOrDefault(id, List.of());
            if (sc.isEmpty()) x.putNull("medianScore"); else x.put("medianScore", median(sc));
        });
        ArrayNode top = summary.putArray("topFailingClauses");
        fails.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(10).forEach(f -> top.addObject().put("id", f.getKey()).put("failCount", f.getValue()));
        return p;
    }

    static double median(List<Double> values) {
        List<Double> v = values.stream().sorted().toList();
        int m = v.size() / 2;
        double median = v.size() % 2 == 1 ? v.get(m) : (v.get(m - 1) + v.get(m)) / 2;
        return java.math.BigDecimal.valueOf(median).setScale(1, java.math.RoundingMode.HALF_UP).doubleValue();
    }

    private static final java.util.Set<String> CONSENT_TOP = java.util.Set.of("solutions");
    private static final java.util.Set<String> CONSENT_MEMBERS = java.util.Set.of("solution", "solutionKey", "displayName", "consentToPublish");

    /**
     * Consent file: {"solutions": [{"solution": "<vendor> — <name>", "solutionKey", "displayName", "consentToPublish"}]}.
     * Checked whole before anything is published: an unknown member (a misspelt "consentToPublish" would otherwise
     * publish nothing, or the wrong thing), a member given twice, a solution or key listed twice, a missing solution or
     * key, or a consent that is not true/false is a {@link ConfigException} naming the entry (csi exits 2).
     */
    public static Map<String, Consent> consents(Path file) {
        Map<String, Consent> m = new LinkedHashMap<>();
        if (file == null) return m;
        JsonNode doc;
        try {
            doc = JSON.copy().enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION).readTree(file.toFile());
        } catch (IOException e) {
            throw new ConfigException("cannot read the consent file " + file + ": " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (doc == null || !doc.isObject()) throw new ConfigException("the consent file " + file + " is not a JSON object {\"solutions\": [...]}");
        doc.fieldNames().forEachRemaining(k -> {
            if (!CONSENT_TOP.contains(k)) throw new ConfigException("the consent file " + file + " has an unknown member '" + k + "' (known: solutions)");
        });
        if (!doc.path("solutions").isArray()) throw new ConfigException("the consent file " + file + " needs \"solutions\": an array");
        Map<String, String> keys = new LinkedHashMap<>();
        int i = 0;
        for (JsonNode s : doc.path("solutions")) {
            String where = "the consent file " + file + ", solutions[" + i++ + "]";
            if (!s.isObject()) throw new ConfigException(where + " is not an object");
            s.fieldNames().forEachRemaining(k -> {
                if (!CONSENT_MEMBERS.contains(k)) {
                    throw new ConfigException(where + " has an unknown member '" + k + "' (known: solution, solutionKey, displayName, consentToPublish)");
                }
            });
            String solution = s.path("solution").asText("");
            String key = s.path("solutionKey").asText("");
            if (!s.path("solution").isTextual() || solution.isBlank()) throw new ConfigException(where + " lacks \"solution\" (\"<vendor> — <name>\" as in the scorecards)");
            if (!s.path("solutionKey").isTextual() || key.isBlank()) throw new ConfigException(where + " lacks \"solutionKey\"");
            if (s.has("consentToPublish") && !s.path("consentToPublish").isBoolean()) throw new ConfigException(where + ": consentToPublish must be true or false");
            if (s.has("displayName") && !s.path("displayName").isTextual()) throw new ConfigException(where + ": displayName must be a string");
            if (m.containsKey(solution)) throw new ConfigException(where + " lists '" + solution + "' a second time");
            if (keys.containsKey(key)) throw new ConfigException(where + " gives the key '" + key + "' that '" + keys.get(key) + "' has already");
            keys.put(key, solution);
            m.put(solution, new Consent(key, s.path("displayName").asText(solution), s.path("consentToPublish").asBoolean(false)));
        }
        return m;
    }
}
