package org.csi.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * In the normal test command: the JMH benchmarks of BENCHMARKS.md (c) still build and run, one tiny iteration each in
 * this JVM (no fork, no warm-up, 20 ms), so that they cannot rot between benchmark runs. Measures nothing worth reading.
 */
class BenchmarkSmokeTest {
    @Test
    void checkBenchmarksRunOnce() throws Exception {
        Collection<RunResult> results = new Runner(new OptionsBuilder().include(CheckBenchmark.class.getName() + "\\.").forks(0)
                .warmupIterations(0).measurementIterations(1).measurementTime(TimeValue.milliseconds(20)).shouldFailOnError(true).build()).run();
        assertEquals(5, results.size(), "every benchmark ran");
        for (RunResult r : results) assertTrue(r.getPrimaryResult().getScore() > 0, r.getParams().getBenchmark() + " took some time");
    }
}
