package org.csi.harness.checks;

import org.csi.harness.verdict.ClauseViolation;
import java.util.List;

/** GEN-15 and GEN-16: latency percentiles under concurrent clients, and no 5xx or 429 on the way. */
public final class LatencyRules {
    private LatencyRules() {}

    /** Returns the distribution for the evidence; p99Max ≤ 0 means no p99 bound. */
    public static String requireWithin(List<LatencySample> samples, long p95Max, long p99Max) {
        ClauseViolation.require(!samples.isEmpty(), "no call was timed");
        long p50 = LatencySample.percentile(samples, 50), p95 = LatencySample.percentile(samples, 95), p99 = LatencySample.percentile(samples, 99);
        long max = samples.stream().mapToLong(LatencySample::millis).max().orElse(0);
        String evidence = samples.size() + " calls: p50 " + p50 + " ms, p95 " + p95 + " ms, p99 " + p99 + " ms, max " + max + " ms";
        ClauseViolation.require(p95 <= p95Max, "p95 is " + p95 + " ms, more than " + p95Max + " ms (" + evidence + ")");
        ClauseViolation.require(p99Max <= 0 || p99 <= p99Max, "p99 is " + p99 + " ms, more than " + p99Max + " ms (" + evidence + ")");
        long failed = samples.stream().filter(x -> x.status() >= 400).count();
        ClauseViolation.require(failed == 0, failed + " of " + samples.size() + " timed calls did not succeed; statuses "
                + samples.stream().map(LatencySample::status).distinct().sorted().toList());
        return evidence;
    }

    public static void requireNoOverload(List<LatencySample> samples) {
        long bad = samples.stream().filter(s -> s.status() >= 500 || s.status() == 429).count();
        ClauseViolation.require(bad == 0, bad + " of " + samples.size() + " calls answered 5xx or 429");
    }
}
