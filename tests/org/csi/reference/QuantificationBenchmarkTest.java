package org.csi.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.csi.harness.report.Files2;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link QuantificationBenchmark} with JMH (one fork, warm-up then measurement, all in one run so the ratios
 * compare like with like) and writes reports/benchmark.md. Not part of the normal test command:
 * {@code mvn -B test -Dcsi.excludedGroups=none -Dgroups=benchmark}.
 */
@Tag("benchmark")
class QuantificationBenchmarkTest {
    @Test
    void quantificationAndRecomputationCosts() throws Exception {
        Options options = new OptionsBuilder().include(QuantificationBenchmark.class.getName())
                .forks(1).warmupIterations(3).warmupTime(org.openjdk.jmh.runner.options.TimeValue.seconds(1))
                .measurementIterations(5).measurementTime(org.openjdk.jmh.runner.options.TimeValue.seconds(1)).build();
        Collection<RunResult> results = new Runner(options).run();
        Map<String, double[]> us = new LinkedHashMap<>();
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark().replaceAll(".*\\.", "") + " @ " + r.getParams().getParam("iterations");
            us.put(name, new double[] {r.getPrimaryResult().getScore(), r.getPrimaryResult().getScoreError()});
        }
        assertEquals(6, us.size(), "three benchmarks at two iteration counts");
        double e10 = us.get("referenceEngine @ 10000")[0], e200 = us.get("referenceEngine @ 200000")[0];
        double checks = us.get("harnessQuantificationChecks @ 10000")[0], premium = us.get("harnessPremiumRecomputation @ 10000")[0];
        StringBuilder md = new StringBuilder("# Benchmark: RQ-CAL-1 and the harness's recomputation\n\n")
                .append("JMH, one fork, 3 × 1 s warm-up, 5 × 1 s measurement, average time per operation; all in one run.\n")
                .append(String.format("Machine: %d cores, Java %s.%n%n", Runtime.getRuntime().availableProcessors(), System.getProperty("java.version")))
                .append("| benchmark | iterations | µs/op | ± (99.9 %) |\n|---|---|---|---|\n");
        us.forEach((k, v) -> md.append(String.format("| %s | %s | %.1f | %.1f |%n", k.split(" @ ")[0], k.split(" @ ")[1], v[0], v[1])));
        md.append(String.format("%nRatios, side by side: engine 200,000 / 10,000 iterations = %.1f×; engine at 10,000 iterations / harness "
                + "quantification checks = %.0f×; engine at 200,000 / harness checks = %.0f×; premium recomputation %.1f µs.%n", e200 / e10, e10 / checks, e200 / checks, premium));
        Files2.writeAtomically(Path.of("reports", "benchmark.md"), md.toString());
        System.out.println(md);
    }
}
