package org.csi.harness.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/** Run-to-run trend of conformance-levels.md §7: the same solution's previous run beside this one. */
public final class Trend {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Trend() {}

    /** The same solution's latest earlier scorecard among the sibling run folders of {@code out}. */
    public static Optional<JsonNode> previousRun(Path out, String vendor, String solution, String startedAt) {
        return previousRunFolder(out, vendor, solution, startedAt).flatMap(RunFolder::completeScorecard);
    }

    /** The folder of that run (its allure-report/history/ carries the Allure Trend on). */
    public static Optional<Path> previousRunFolder(Path out, String vendor, String solution, String startedAt) {
        List<Path> all = earlierRunFolders(out, vendor, solution, startedAt);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** Every complete earlier run of the same solution among the sibling run folders of {@code out}, oldest first. */
    public static List<Path> earlierRunFolders(Path out, String vendor, String solution, String startedAt) {
        Path runs = out.toAbsolutePath().getParent();
        if (runs == null || !Files.isDirectory(runs)) return List.of();
        try (Stream<Path> dirs = Files.list(runs)) {
            // Only complete runs count: a run killed after its scorecard was written is not a previous run.
            List<Map.Entry<Path, JsonNode>> found = new ArrayList<>();
            for (Path d : dirs.filter(Files::isDirectory).toList()) {
                RunFolder.completeScorecard(d).filter(s -> Objects.equals(text(s.path("solution").path("vendor")), vendor)
                                && Objects.equals(text(s.path("solution").path("name")), solution)
                                && s.path("startedAt").asText().compareTo(startedAt) < 0)
                        .ifPresent(s -> found.add(Map.entry(d, s)));
            }
            found.sort(Comparator.comparing((Map.Entry<Path, JsonNode> e) -> e.getValue().path("startedAt").asText()));
            return found.stream().map(Map.Entry::getKey).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static String text(JsonNode n) {
        return n.isTextual() ? n.asText() : null;
    }

    /** {comparable, packScoreDelta, levelChange, newlyFailing, newlyPassing}; runs on other pack versions are not comparable. */
    public static ObjectNode compare(JsonNode current, JsonNode previous) {
        ObjectNode t = JSON.createObjectNode();
        boolean comparable = current.path("packVersion").asText().equals(previous.path("packVersion").asText());
        t.put("comparable", comparable);
        if (!comparable) return t;
        if (current.path("packScore").isNumber() && previous.path("packScore").isNumber()) {
            t.put("packScoreDelta", BigDecimal.valueOf(current.path("packScore").asDouble())
                    .subtract(BigDecimal.valueOf(previous.path("packScore").asDouble())).setScale(1, RoundingMode.HALF_UP).doubleValue());
        } else {
            t.putNull("packScoreDelta");
        }
        String from = previous.path("level").asText();
        String to = current.path("level").asText();
        if (from.equals(to)) t.putNull("levelChange"); else t.put("levelChange", from + "->" + to);
        Map<String, String> before = outcomes(previous);
        Map<String, String> now = outcomes(current);
        var failing = t.putArray("newlyFailing");
        var passing = t.putArray("newlyPassing");
        now.forEach((id, outcome) -> {
            String was = before.get(id);
            if (outcome.equals("FAIL") && !"FAIL".equals(was)) failing.add(id);
            if (outcome.equals("PASS") && was != null && !"PASS".equals(was)) passing.add(id);
        });
        return t;
    }

    private static Map<String, String> outcomes(JsonNode scorecard) {
        Map<String, String> m = new HashMap<>();
        for (JsonNode st : scorecard.path("standards")) {
            for (JsonNode c : st.path("clauses")) m.put(c.path("id").asText(), c.path("outcome").asText());
        }
        return m;
    }
}
