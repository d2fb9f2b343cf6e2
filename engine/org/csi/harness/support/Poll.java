package org.csi.harness.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.function.Supplier;
import org.csi.harness.verdict.ClauseViolation;

/** Reads a resource again and again, pausing 100 ms and doubling up to a cap, until its status is the one awaited. */
public final class Poll {
    private Poll() {}

    /**
     * @param what names the resource in messages; @param failed a status that ends the wait as a failure (or null).
     * Still not {@code done} after {@code timeout}, or {@code failed}, fails the clause.
     */
    public static JsonNode untilStatus(String what, Supplier<JsonNode> read, String done, String failed, Duration timeout, Duration maxPause) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long pause = 100;
        while (true) {
            JsonNode r = read.get();
            String status = r.path("status").asText();
            if (status.equals(done)) return r;
            ClauseViolation.require(failed == null || !status.equals(failed), what + " is " + failed);
            ClauseViolation.require(System.nanoTime() < deadline, what + " was still " + status + " after " + timeout.toSeconds() + " s");
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + what);
            }
            pause = Math.min(pause * 2, maxPause.toMillis());
        }
    }
}
