package org.csi.harness.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.csi.harness.verdict.Outcome;
import org.csi.harness.verdict.ScenarioResult;

/**
 * The Allure side of a run, set up as Allure's users know it: environment, executor and report name; categories by
 * clause and kind of failure; history carried from the same solution's previous run (Trend, History); the pack text
 * shipped beside the report for the clause links; a report in one file that opens from disk; the Chinese UI.
 */
public final class AllureReport {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The pack's text, shipped with every report so that clause links work offline: {@code pack/CSI-GEN.md#gen-01}. */
    public static final String PACK_DIR = "pack";
    public static final List<String> PACK_FILES = List.of("README.md", "conformance-levels.md", "fixtures.md", "CSI-GEN.md", "CSI-CAT.md",
            "CSI-UW.md", "CSI-RQ.md", "CSI-CLM.md", "CSI-MON.md", "CSI-ER.md");
    /** The report's UI language (Allure 2's {@code --lang}). */
    public static final String LANGUAGE = "zh";

    private AllureReport() {}

    public static void writeEnvironment(Path results, Map<String, String> environment) {
        StringBuilder props = new StringBuilder();
        environment.forEach((k, v) -> props.append(k).append('=').append(escape(v)).append('\n'));
        Files2.writeAtomically(results.resolve("environment.properties"), props.toString());
        writeCategories(results, List.of());
    }

    /** executor.json: who made the results (the harness), which run, and the report's name; buildOrder numbers the Trend. */
    public static void writeExecutor(Path results, String harness, String version, String runId, String reportName) {
        int order = 1;
        try {
            Path trend = results.resolve("history").resolve("history-trend.json");
            if (Files.isRegularFile(trend)) order = JSON.readTree(trend.toFile()).size() + 1;
        } catch (IOException e) {
            order = 1;
        }
        ObjectNode e = JSON.createObjectNode().put("name", harness + " " + version).put("type", "csi-harness")
                .put("buildName", runId).put("buildOrder", order).put("reportName", reportName);
        Files2.writeAtomically(results.resolve("executor.json"), e.toPrettyString());
    }

    /**
     * Copies the history of the previous run's report ({@code allure-report/history/}) into these results, so that
     * the new report's Trend and History continue it. Nothing to copy (first run, --no-html before): no history.
     */
    public static boolean carryHistory(Path results, Path previousRun) {
        if (previousRun == null) return false;
        Path from = previousRun.resolve("allure-report").resolve("history");
        if (!Files.isDirectory(from)) return false;
        try (Stream<Path> files = Files.list(from)) {
            Path to = Files.createDirectories(results.resolve("history"));
            for (Path f : files.filter(Files::isRegularFile).toList()) Files.copy(f, to.resolve(f.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot carry the Allure history of " + previousRun + ": " + e.getMessage(), e);
        }
    }

    /**
     * Aligns each result that did not pass with the engine's verdict (FAIL: failed; CANNOT_TELL: broken), says first
     * its clause, kind and the expected-vs-observed, marks the step of the exchange its verdict rests on, and writes
     * categories.json with one category per clause and kind. {@code decisive}: scenario id → title of that exchange.
     */
    public static void classify(Path results, List<ScenarioResult> scenarios, Map<String, String> decisive) {
        Map<String, ScenarioResult> byLocation = new LinkedHashMap<>();
        scenarios.forEach(s -> byLocation.put(s.id().replaceFirst("^classpath:", ""), s));
        Map<String, FailureKind> seen = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(results)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith("-result.json")).sorted().toList()) {
                ObjectNode r = (ObjectNode) JSON.readTree(f.toFile());
                ScenarioResult s = byLocation.get(r.path("fullName").asText());
                if (s == null || s.outcome() == Outcome.PASS || s.outcome() == Outcome.NOT_APPLICABLE) continue;
                String clause = null;
                for (JsonNode l : r.path("labels")) if (l.path("name").asText().equals("clause")) clause = l.path("value").asText();
                if (clause == null) continue;
                FailureKind kind = FailureKind.of(s.outcome(), s.reason());
                seen.put(clause + "\u0000" + kind.name(), kind);
                ObjectNode details = r.with("statusDetails");
                String message = details.path("message").asText(s.reason() == null ? "" : s.reason());
                String exchange = decisive.get(s.id());
                details.put("message", clause + " · " + kind.title() + "\n预期与实际 Expected vs observed: " + message
                        + (exchange == null ? "" : "\n决定性交互 Decisive exchange: " + exchange));
                r.put("status", s.outcome() == Outcome.FAIL ? "failed" : "broken");
                if (exchange != null) markDecisive(r.path("steps"), exchange);
                Files2.writeAtomically(f, r.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot classify the Allure results in " + results + ": " + e.getMessage(), e);
        }
        List<String[]> categories = new ArrayList<>();
        seen.forEach((key, kind) -> categories.add(new String[] {key.substring(0, key.indexOf('\u0000')), kind.name()}));
        writeCategories(results, categories);
    }

    /** Renames the last step of that exchange, searched depth-first in step order. */
    private static boolean markDecisive(JsonNode steps, String title) {
        List<JsonNode> list = new ArrayList<>();
        steps.forEach(list::add);
        for (int i = list.size() - 1; i >= 0; i--) {
            ObjectNode step = (ObjectNode) list.get(i);
            if (markDecisive(step.path("steps"), title)) return true;
            if (step.path("name").asText().equals(title)) {
                step.put("name", "★ 决定性交互 Decisive exchange · " + title);
                return true;
            }
        }
        return false;
    }

    /** One category per clause and kind seen ({clause, Kind name}), then the two catch-alls. */
    static void writeCategories(Path results, List<String[]> clauseKinds) {
        ArrayNode c = JSON.createArrayNode();
        for (String[] ck : clauseKinds) {
            FailureKind kind = FailureKind.valueOf(ck[1]);
            String head = ck[0] + " · " + kind.title();
            c.addObject().put("name", head).put("messageRegex", "(?s)" + Pattern.quote(head) + "\\n.*")
                    .putArray("matchedStatuses").add(kind.outcome == Outcome.FAIL ? "failed" : "broken");
        }
        c.addObject().put("name", "不通过 FAIL: the solution contradicts the clause").putArray("matchedStatuses").add("failed");
        ArrayNode rest = c.addObject().put("name", "无法判定 CANNOT_TELL: precondition or harness problem").putArray("matchedStatuses");
        rest.add("broken").add("skipped").add("unknown");
        Files2.writeAtomically(results.resolve("categories.json"), c.toPrettyString());
    }

    /**
     * For each clause with a scenario that did not pass (else its first scenario), the link from the run folder to
     * that scenario's page in the report: {@code allure-report/index.html#testresult/<uid>}.
     */
    public static Map<String, String> testLinks(Path runDir, Path report, List<ScenarioResult> scenarios) {
        Map<String, String> uidByLocation = new LinkedHashMap<>();
        try {
            for (Map.Entry<String, byte[]> e : embedded(report.resolve("index.html")).entrySet()) {
                if (!e.getKey().startsWith("data/test-cases/")) continue;
                JsonNode c = JSON.readTree(e.getValue());
                uidByLocation.put(c.path("fullName").asText(), c.path("uid").asText());
            }
        } catch (IOException | IllegalArgumentException e) {
            return Map.of();
        }
        String index = runDir.toAbsolutePath().relativize(report.toAbsolutePath().resolve("index.html")).toString().replace('\\', '/');
        Map<String, String> links = new LinkedHashMap<>();
        List<ScenarioResult> ordered = new ArrayList<>(scenarios);
        ordered.sort(java.util.Comparator.comparing((ScenarioResult s) -> s.outcome() == Outcome.PASS ? 1 : 0).thenComparing(ScenarioResult::id));
        for (ScenarioResult s : ordered) {
            String uid = uidByLocation.get(s.id().replaceFirst("^classpath:", ""));
            if (uid == null) continue;
            for (String clause : s.clauses()) links.putIfAbsent(clause, index + "#testresult/" + uid);
        }
        return links;
    }

    private static final Pattern EMBEDDED = Pattern.compile("d\\('([A-Za-z0-9_./-]+)','([A-Za-z0-9+/=]*)'\\)");

    /** Copies the pack's text into {@code dir}/pack, where clause links point. */
    public static void shipPack(Path dir) {
        try {
            Path to = Files.createDirectories(dir.resolve(PACK_DIR));
            for (String name : PACK_FILES) {
                try (InputStream in = AllureReport.class.getResourceAsStream("/fixtures/pack/text/" + name)) {
                    if (in == null) throw new IllegalStateException("the harness lacks the pack text fixtures/pack/text/" + name);
                    Files.copy(in, to.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the pack text to " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The link of a clause to its text in the pack shipped with a report: {@code pack/CSI-GEN.md#gen-01}. */
    public static String clauseLink(String standard, String clause) {
        return PACK_DIR + "/" + standard + ".md#" + clause.toLowerCase(java.util.Locale.ROOT);
    }

    private static String escape(String v) {
        StringBuilder s = new StringBuilder();
        for (char c : (v == null ? "" : v).toCharArray()) {
            if (c > 126) s.append(String.format("\\u%04x", (int) c)); else s.append(c);
        }
        return s.toString();
    }

    /** The Allure command line unpacked beside the harness jar by the build, if any. */
    public static Optional<Path> generator() {
        try {
            Path jar = Path.of(AllureReport.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path base = jar.getParent().resolve("allure");
            if (!Files.isDirectory(base)) base = jar.getParent().getParent().resolve("allure");
            if (!Files.isDirectory(base)) return Optional.empty();
            try (Stream<Path> dirs = Files.list(base)) {
                return dirs.map(d -> d.resolve("bin").resolve("allure")).filter(Files::isRegularFile).findFirst();
            }
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    /** JVM options for the report generator's process when the environment sets none. */
    static final String GENERATOR_JAVA_OPTS = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC";

    /** Generates the HTML report; returns an error message, or null on success. */
    public static String generate(Path results, Path report) {
        return generate(results, report, null);
    }

    /**
     * Generates the HTML report named {@code name}, in Chinese, as one file: {@code index.html} holds the app and
     * every data file, so it opens from disk or from inside an unzipped certification package (a report of many
     * files reads data/ with requests a browser refuses on file://). The history it embeds is also written out to
     * {@code history/}, which the next run of the same solution carries on; the pack text is copied in for the
     * clause links. Returns an error message, or null on success.
     */
    public static String generate(Path results, Path report, String name) {
        Optional<Path> allure = generator();
        if (allure.isEmpty()) return "the Allure report generator is not installed (run: mvn -q -DskipTests package)";
        try {
            String error = run(allure.get(), results, report, name, true);
            if (error != null) return error;
            for (Map.Entry<String, byte[]> e : embedded(report.resolve("index.html")).entrySet()) {
                if (!e.getKey().startsWith("history/")) continue;
                Path f = report.resolve(e.getKey()).normalize();
                if (!f.startsWith(report.resolve("history"))) continue;
                Files.createDirectories(f.getParent());
                Files.write(f, e.getValue());
            }
            shipPack(report);
            return null;
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            return "cannot finish the Allure report: " + e.getMessage();
        }
    }

    /** The files a one-file report embeds ({@code d('data/test-cases/….json','<base64>')}), by path. */
    public static Map<String, byte[]> embedded(Path index) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        java.util.regex.Matcher m = EMBEDDED.matcher(Files.readString(index));
        while (m.find()) files.put(m.group(1), java.util.Base64.getDecoder().decode(m.group(2)));
        return files;
    }

    private static String run(Path allure, Path results, Path report, String name, boolean singleFile) {
        try {
            Path log = Files.createTempFile("allure-generate", ".log");
            List<String> cmd = new ArrayList<>(List.of("sh", allure.toString(), "generate", results.toString(), "-o", report.toString(), "--clean",
                    "--lang", LANGUAGE));
            if (name != null) cmd.addAll(List.of("--name", name));
            if (singleFile) cmd.add("--single-file");
            ProcessBuilder generate = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
            // A short-lived JVM: the quick compiler only and the serial collector finish it sooner and in half the memory
            // (BENCHMARKS.md). The operator's own JAVA_OPTS, if any, win.
            generate.environment().putIfAbsent("JAVA_OPTS", GENERATOR_JAVA_OPTS);
            Process p = generate.start();
            if (!p.waitFor(180, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return "the Allure report generator did not finish within 180 s";
            }
            String out = Files.readString(log);
            Files.deleteIfExists(log);
            if (p.exitValue() != 0 || !Files.exists(report.resolve("index.html"))) {
                return "the Allure report generator failed: " + out.lines().reduce((a, b) -> b).orElse("exit " + p.exitValue());
            }
            return null;
        } catch (IOException e) {
            return "cannot run the Allure report generator: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted while generating the Allure report";
        }
    }
}
