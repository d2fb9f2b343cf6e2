package org.csi.harness.support;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.csi.harness.canary.Canary;
import org.csi.harness.verdict.ClauseViolation;

/**
 * Watches canaries' request logs for a window of real time (MON-06): any request beyond each canary's baseline FAILs the
 * clause at once; a quiet window returns the log counts for the evidence. Checked once a second.
 */
public final class CanaryWatch {
    private CanaryWatch() {}

    /** The current log size of each canary: the baseline from which no further request may arrive. */
    public static Map<String, Integer> baseline(Map<String, Canary> canaries) {
        Map<String, Integer> b = new LinkedHashMap<>();
        canaries.forEach((name, c) -> b.put(name, c.hits().size()));
        return b;
    }

    /** No canary logs a request beyond its baseline for {@code window}; {@code why} says what the request would break. */
    public static String requireQuiet(Map<String, Canary> canaries, Map<String, Integer> baseline, Duration window, String why) {
        long end = System.nanoTime() + window.toNanos();
        while (true) {
            for (var e : canaries.entrySet()) {
                List<Canary.Hit> hits = e.getValue().hits();
                int from = baseline.getOrDefault(e.getKey(), 0);
                if (hits.size() > from) {
                    throw new ClauseViolation(e.getKey() + " (" + e.getValue().url() + ") received " + (hits.size() - from) + " request(s) " + why
                            + ", first " + hits.get(from));
                }
            }
            long left = (end - System.nanoTime()) / 1_000_000;
            if (left <= 0) break;
            try {
                Thread.sleep(Math.min(1_000, left));
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while watching the canaries");
            }
        }
        StringBuilder log = new StringBuilder("watched " + window.toSeconds() + " s of real time\n");
        canaries.forEach((name, c) -> log.append(name).append(' ').append(c.url()).append(": ").append(c.hits().size()).append(" request(s) in all, ")
                .append(baseline.getOrDefault(name, 0)).append(" before the window\n"));
        return log.toString();
    }
}
