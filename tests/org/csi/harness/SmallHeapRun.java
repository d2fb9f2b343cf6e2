package org.csi.harness;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.csi.harness.report.RunFolder;

/**
 * {@code csi run} in a JVM of its own with a small heap ({@value #HEAP}), as an operator starts it: the hostile
 * solutions stay in the test's JVM, the harness meets them under the memory it would have on a small runner, and the
 * process must end by itself (no thread keeps it alive) within the time given.
 */
final class SmallHeapRun {
    static final String HEAP = "-Xmx256m";

    /** What the run left: its exit status, its folder, its console, and its scorecard (the folder must be complete). */
    record Result(int exit, Path out, String console, long seconds, JsonNode scorecard) {
        /** Every clause of every standard: id → outcome and reason. */
        Map<String, JsonNode> clauses() {
            Map<String, JsonNode> all = new LinkedHashMap<>();
            for (JsonNode s : scorecard.path("standards")) for (JsonNode c : s.path("clauses")) all.put(c.path("id").asText(), c);
            return all;
        }
    }

    private SmallHeapRun() {}

    /** Runs {@code csi run --no-html --out <new folder> args...}; fails unless it ends within {@code maxSeconds} with a complete run folder. */
    static Result run(long maxSeconds, String... args) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("csi-small-heap-");
        Path out = dir.resolve("out");
        Path console = dir.resolve("console.txt");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP,
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-cp", System.getProperty("java.class.path"),
                "org.csi.harness.cli.Csi", "run", "--no-html", "--out", out.toString()));
        command.addAll(List.of(args));
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(console.toFile()).start();
        boolean ended = p.waitFor(maxSeconds, TimeUnit.SECONDS);
        if (!ended) p.destroyForcibly().waitFor();
        long seconds = (System.nanoTime() - t0) / 1_000_000_000L;
        String text = Files.readString(console, StandardCharsets.UTF_8);
        assertTrue(ended, "the run ends by itself within " + maxSeconds + " s; its console:\n" + tail(text));
        assertTrue(RunFolder.whyIncomplete(out) == null, RunFolder.whyIncomplete(out) + "; exit " + p.exitValue() + "; console:\n" + tail(text));
        try (var files = Files.walk(out)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".part")), "no half-written file is left");
        }
        new ObjectMapper().readTree(out.resolve("evidence.json").toFile());
        return new Result(p.exitValue(), out, text, seconds, new ObjectMapper().readTree(out.resolve("scorecard.json").toFile()));
    }

    static String tail(String text) {
        return text.length() <= 4000 ? text : "…" + text.substring(text.length() - 4000);
    }
}
