package org.csi.harness.checks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** One timed call of the PERF clauses (GEN-15, GEN-16): how long it took and the worst HTTP status seen on the way. */
public record LatencySample(long millis, int status) {
    /** The nearest-rank percentile {@code p} of the samples' times. */
    public static long percentile(List<LatencySample> samples, int p) {
        List<Long> ms = new ArrayList<>(samples.stream().map(LatencySample::millis).toList());
        Collections.sort(ms);
        int rank = (int) Math.ceil(p / 100.0 * ms.size());
        return ms.get(Math.max(0, rank - 1));
    }
}
