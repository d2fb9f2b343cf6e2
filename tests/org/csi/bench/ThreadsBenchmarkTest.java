package org.csi.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.csi.harness.report.Files2;
import org.csi.harness.run.ConformanceRun;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * BENCHMARKS.md (b): a whole default run against the embedded reference answering every request 50 ms late (the
 * reference's LATENCY=50 switch, as across a network), at 1, 2, 4 and 8 threads, without the Allure HTML; writes
 * reports/bench-threads.md. {@code mvn -B -o test -Dcsi.excludedGroups=none -Dgroups=benchmark -Dtest=ThreadsBenchmarkTest}.
 */
@Tag("benchmark")
class ThreadsBenchmarkTest {
    @Test
    void wallTimeAtOneToEightThreads() throws Exception {
        StringBuilder md = new StringBuilder("# A default run, the reference answering 50 ms late, at 1 to 8 threads\n\n")
                .append(String.format("%d cores, Java %s; no Allure HTML.%n%n| threads | wall s | exchanges | pack score |%n|---|---|---|---|%n",
                        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version")));
        for (int threads : new int[] {1, 2, 4, 8}) {
            Path out = Files.createTempDirectory("csi-threads-").resolve("run");
            long t0 = System.nanoTime();
            ConformanceRun.Report r = ConformanceRun.execute(new ConformanceRun.Options(null, null, null, null, out, threads, false, "LATENCY=50", null,
                    new PrintStream(OutputStream.nullOutputStream(), true, "UTF-8")));
            double wall = (System.nanoTime() - t0) / 1e9;
            assertEquals(100.0, r.scorecard().path("packScore").asDouble(), "a whole passing run at " + threads + " threads");
            md.append(String.format("| %d | %.1f | %d | %.1f |%n", threads, wall, new Replay(out).exchanges, r.scorecard().path("packScore").asDouble()));
            System.out.println(md);
        }
        Files2.writeAtomically(Path.of("reports", "bench-threads.md"), md.toString());
    }
}
