package org.csi.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.csi.harness.report.Files2;
import org.csi.harness.run.ConformanceRun;
import org.csi.reference.ReferenceSolution;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * BENCHMARKS.md (a): a whole default run (embedded reference, 2 threads, Allure HTML) beside the floor, a plain JDK
 * HttpClient replay of the same exchanges against a fresh reference ({@link Replay}), side by side in one JVM; twice, the
 * first cold as {@code ./csi run} is. Also where the run's time goes: on the wire, in scenarios, before and after them.
 * Writes reports/bench-floor.md. Not in the normal test command:
 * {@code mvn -B -o test -Dcsi.excludedGroups=none -Dgroups=benchmark -Dtest=FloorBenchmarkTest}.
 */
@Tag("benchmark")
class FloorBenchmarkTest {
    @Test
    void defaultRunBesideItsReplay() throws Exception {
        StringBuilder md = new StringBuilder("# Floor: a default run beside a JDK HttpClient replay of its exchanges\n\n")
                .append(String.format("Machine: %d cores, %d MiB max heap, Java %s.%n%n", Runtime.getRuntime().availableProcessors(),
                        Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version")))
                .append("| round | run s | scenarios s (sum) | wire s (sum) | exchanges | replay s | same status | ratio run/replay |\n|---|---|---|---|---|---|---|---|\n");
        for (String round : new String[] {"cold", "warm"}) {
            Path out = Files.createTempDirectory("csi-floor-").resolve("run");
            long t0 = System.nanoTime();
            ConformanceRun.Report report = ConformanceRun.execute(new ConformanceRun.Options(null, null, null, null, out, 2, true, null, null,
                    new PrintStream(OutputStream.nullOutputStream(), true, "UTF-8")));
            double run = (System.nanoTime() - t0) / 1e9;
            assertEquals(100.0, report.scorecard().path("packScore").asDouble(), "the run measured is a whole passing run");
            double[] split = split(out);
            Replay replay = new Replay(out);
            ReferenceSolution fresh = ReferenceSolution.start(ReferenceSolution.Options.defaults().withTokenTtl(Duration.ofMinutes(10)));
            double floor;
            try {
                floor = replay.against(fresh, 2) / 1e9;
            } finally {
                fresh.close();
            }
            double same = 100.0 * replay.sameStatus.get() / replay.exchanges;
            assertTrue(same > 90, "the replay walks the run's paths: " + same + " % of statuses as recorded");
            md.append(String.format("| %s | %.1f | %.1f | %.1f | %d | %.1f | %.1f %% | %.2f× |%n", round, run, split[0], split[1], replay.exchanges,
                    floor, same, run / floor));
        }
        md.append("\nrun: ConformanceRun.execute wall (planning dry run, scenarios, judging, every report and the Allure HTML); scenarios and wire: ")
                .append("sums over scenarios (two threads, so about twice the wall they cover) of their duration and of their exchanges' ")
                .append("durations, from evidence.json, each exchange once; replay: the same exchanges, 2 threads, JDK HttpClient, nothing checked.\n");
        Files2.writeAtomically(Path.of("reports", "bench-floor.md"), md.toString());
        System.out.println(md);
    }

    /** Sum of scenario durations and of exchange durations (each exchange once) in a run's evidence.json, in seconds. */
    static double[] split(Path run) throws Exception {
        JsonNode evidence = new ObjectMapper().readTree(run.resolve("evidence.json").toFile());
        long scenarios = 0, wire = 0;
        Set<String> seen = new HashSet<>();
        for (JsonNode c : evidence.path("clauses")) {
            for (JsonNode s : c.path("scenarios")) {
                scenarios += s.path("millis").asLong();
                for (JsonNode e : s.path("exchanges")) if (seen.add(e.path("at").asText() + e.path("title").asText())) wire += e.path("millis").asLong();
            }
        }
        return new double[] {scenarios / 1e3, wire / 1e3};
    }
}
