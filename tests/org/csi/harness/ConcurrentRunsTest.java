package org.csi.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.csi.harness.run.ConformanceRun;
import org.csi.harness.verdict.ClauseOutcome;
import org.junit.jupiter.api.Test;

/**
 * Runs that don't collide (fixtures.md F-CAN): two whole runs at once on one machine, each in its own JVM as two
 * {@code ./csi run} would be, both reach L3 (quick mode: the windows are not what this tests) with the outcomes of a plain run, and each lists canary addresses of its own.
 */
class ConcurrentRunsTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void twoRunsAtOnceBothReachL3WithThePlainRunsOutcomes() throws Exception {
        Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "tmp")), "csi-concurrent-");
        ConformanceRun.Report plain = ConformanceRun.execute(new ConformanceRun.Options(null, null, null, null, dir.resolve("plain"), 2, false,
                null, null, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).quickMode(true));
        Map<String, String> expected = new TreeMap<>();
        for (ClauseOutcome o : plain.outcomes()) expected.put(o.clause().id(), o.outcome().name());
        assertEquals("L3", plain.scorecard().path("level").asText());

        List<Process> runs = new ArrayList<>();
        for (String name : List.of("a", "b")) {
            runs.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", System.getProperty("java.class.path"),
                    "org.csi.harness.cli.Csi", "run", "--quick", "--no-html", "--out", dir.resolve(name).toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve(name + ".log").toFile()).start());
        }
        for (Process p : runs) {
            assertTrue(p.waitFor(10, TimeUnit.MINUTES), "a run ended");
            assertEquals(0, p.exitValue(), Files.readString(dir.resolve((runs.indexOf(p) == 0 ? "a" : "b") + ".log")));
        }
        List<JsonNode> canaries = new ArrayList<>();
        for (String name : List.of("a", "b")) {
            Path out = dir.resolve(name);
            String log = Files.readString(dir.resolve(name + ".log"));
            JsonNode scorecard = JSON.readTree(out.resolve("scorecard.json").toFile());
            assertEquals("L3", scorecard.path("level").asText(), log);
            Map<String, String> outcomes = new TreeMap<>();
            for (JsonNode st : scorecard.path("standards")) {
                for (JsonNode c : st.path("clauses")) outcomes.put(c.path("id").asText(), c.path("outcome").asText());
            }
            assertEquals(expected, outcomes, name + "\n" + log);
            JsonNode used = JSON.readTree(out.resolve("config.json").toFile()).at("/run/canaries");
            // CAN-A..E, and MON-06's dedicated instances of CAN-C and CAN-D.
            for (String id : List.of("CAN-A", "CAN-B", "CAN-C", "CAN-D", "CAN-E")) assertTrue(used.has(id), "the run lists the canary addresses it used: " + used);
            assertEquals(7, used.size(), "with MON-06's two dedicated instances: " + used);
            assertTrue(log.contains("canaries: CAN-A " + used.path("CAN-A").asText()), "and prints them: " + log);
            canaries.add(used);
        }
        assertNotEquals(canaries.get(0).path("CAN-A").asText(), canaries.get(1).path("CAN-A").asText(), "each run has canaries of its own");
    }
}
