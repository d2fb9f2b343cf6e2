package org.csi.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Collection;
import org.csi.harness.report.Files2;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * BENCHMARKS.md (c): {@link CheckBenchmark} with JMH, one fork, 3 × 1 s warm-up and 5 × 1 s measurement; writes
 * reports/bench-checks.md. {@code mvn -B -o test -Dcsi.excludedGroups=none -Dgroups=benchmark -Dtest=CheckBenchmarkTest}.
 */
@Tag("benchmark")
class CheckBenchmarkTest {
    @Test
    void schemaValidationAndOracles() throws Exception {
        Collection<RunResult> results = new Runner(new OptionsBuilder().include(CheckBenchmark.class.getName() + "\\.").forks(1)
                .warmupIterations(3).warmupTime(TimeValue.seconds(1)).measurementIterations(5).measurementTime(TimeValue.seconds(1)).build()).run();
        assertEquals(5, results.size(), "five benchmarks");
        StringBuilder md = new StringBuilder("# Schema validation and oracles (JMH)\n\n")
                .append(String.format("JMH, one fork, 3 × 1 s warm-up, 5 × 1 s measurement, average time per operation. %d cores, Java %s.%n%n",
                        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version")))
                .append("| benchmark | µs/op | ± (99.9 %) |\n|---|---|---|\n");
        for (RunResult r : results) {
            md.append(String.format("| %s | %.1f | %.1f |%n", r.getParams().getBenchmark().replaceAll(".*\\.", ""), r.getPrimaryResult().getScore(),
                    r.getPrimaryResult().getScoreError()));
        }
        Files2.writeAtomically(Path.of("reports", "bench-checks.md"), md.toString());
        System.out.println(md);
    }
}
