package org.csi.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.csi.harness.certify.CertificationPackage;
import org.csi.harness.certify.Signer;
import org.csi.harness.report.RunFolder;
import org.csi.harness.report.Trend;
import org.junit.jupiter.api.Test;

/**
 * A run killed with SIGKILL at five points (mid-scenarios, right after the scorecard, the evidence, the EARL
 * document, and during the Allure report) leaves a folder without a completion marker, which the trend, the pilot
 * and certify then ignore or refuse; a run left alone is marked complete and counts.
 */
class KilledRunTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void killedRunsAreMarkedIncompleteAndIgnored() throws Exception {
        Path runs = Files.createTempDirectory("csi-killed");
        Process whole = csi(runs.resolve("0-whole"));
        assertTrue(whole.waitFor(180, TimeUnit.SECONDS), "the whole run ends");
        JsonNode complete = RunFolder.completeScorecard(runs.resolve("0-whole")).orElseThrow(() -> new AssertionError("the whole run is marked complete"));

        List<Predicate<Path>> points = List.of(
                d -> hasFile(d.resolve("allure-results"), "-result.json"),
                d -> Files.exists(d.resolve("scorecard.json")),
                d -> Files.exists(d.resolve("evidence.json")),
                d -> Files.exists(d.resolve("earl.jsonld")),
                d -> Files.isDirectory(d.resolve("allure-report")));
        List<String> killedAt = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            Path dir = runs.resolve((i + 1) + "-killed");
            Process p = csi(dir);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
            while (p.isAlive() && !points.get(i).test(dir) && System.nanoTime() < deadline) Thread.sleep(2);
            assertTrue(p.isAlive(), "point " + (i + 1) + " is reached while the run is still going: " + output(p));
            p.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL: no shutdown hook, no finally
            assertFalse(Files.exists(dir.resolve(RunFolder.MARKER)), "point " + (i + 1) + ": a killed run has no completion marker");
            assertTrue(RunFolder.whyIncomplete(dir).contains("incomplete run") || RunFolder.whyIncomplete(dir).contains("no scorecard.json"));
            killedAt.add(dir.getFileName().toString());
            assertNoHalfWrittenFile(dir);
        }

        // Trend: the previous run of a new run is the complete one, though the killed ones started later.
        JsonNode previous = Trend.previousRun(runs.resolve("9-next"), complete.path("solution").path("vendor").asText(),
                complete.path("solution").path("name").asText(), "9999").orElseThrow();
        assertEquals(complete.path("runId").asText(), previous.path("runId").asText());

        // Pilot: the killed runs are skipped, each named; the complete run is the one counted.
        Path pilot = Files.createTempDirectory("csi-killed-pilot");
        CliTest.Outcome o = CliTest.csi("pilot", runs.toString(), "--out", pilot.toString());
        assertEquals(0, o.status(), o.out() + o.err());
        for (String k : killedAt.subList(1, killedAt.size())) assertTrue(o.out().contains("skipped: ") && o.out().contains(k), o.out());
        JsonNode p = JSON.readTree(pilot.resolve("pilot-scorecard.json").toFile());
        assertEquals(1, p.path("solutions").size());
        assertEquals(complete.path("runId").asText(), p.path("solutions").get(0).path("runId").asText());

        // Certify: a half-written run is not packaged.
        for (String k : killedAt.subList(1, killedAt.size())) {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> CertificationPackage.write(runs.resolve(k), runs.resolve(k + ".zip"), Signer.generate()));
            assertTrue(e.getMessage().contains("half-written"), e.getMessage());
            assertFalse(Files.exists(runs.resolve(k + ".zip")));
        }
    }

    /** Files are written under a temporary name and moved: a killed run may leave a .part file, never a torn report. */
    private static void assertNoHalfWrittenFile(Path dir) throws Exception {
        for (String f : List.of("scorecard.json", "evidence.json", "earl.jsonld", "config.json", "capability.json")) {
            if (Files.exists(dir.resolve(f))) JSON.readTree(dir.resolve(f).toFile());
        }
    }

    private static boolean hasFile(Path dir, String suffix) {
        if (!Files.isDirectory(dir)) return false;
        try (Stream<Path> s = Files.list(dir)) {
            return s.anyMatch(f -> f.getFileName().toString().endsWith(suffix));
        } catch (Exception e) {
            return false;
        }
    }

    /** ./csi run in its own JVM: CAT-01 only (GEN-01 always runs), with the Allure HTML so the last point lasts. */
    private static Process csi(Path out) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "org.csi.harness.cli.Csi", "run", "--tags", "@CAT-01", "--threads", "1", "--out", out.toString())
                .redirectErrorStream(true).redirectOutput(Files.createTempFile("csi-killed", ".log").toFile()).start();
    }

    private static String output(Process p) {
        return "exit " + (p.isAlive() ? "(running)" : p.exitValue());
    }
}
