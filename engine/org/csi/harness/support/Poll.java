package org.csi.harness.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.function.Supplier;
import org.csi.harness.verdict.ClauseViolation;

/**
 * Reads a resource again and again until its status is the one awaited, pausing 10 ms after the first read and half as
 * long again after each (10, 15, 22, 33 … ms) up to a cap: a resource ready at once costs no pause, one ready after
 * t ms is seen by about 1.5·t, and a slow one is read no more often than the cap allows.
 */
public final class Poll {
    /** The first pause. */
    static final long FIRST_PAUSE_MILLIS = 10;

    private Poll() {}

    /**
     * @param what names the resource in messages; @param failed a status that ends the wait as a failure (or null).
     * Still not {@code done} after {@code timeout}, or {@code failed}, fails the clause.
     */
    public static JsonNode untilStatus(String what, Supplier<JsonNode> read, String done, String failed, Duration timeout, Duration maxPause) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Backoff pauses = new Backoff(maxPause, what);
        while (true) {
            JsonNode r = read.get();
            String status = r.path("status").asText();
            if (status.equals(done)) return r;
            ClauseViolation.require(failed == null || !status.equals(failed), what + " is " + failed);
            ClauseViolation.require(System.nanoTime() < deadline, what + " was still " + status + " after " + timeout.toSeconds() + " s");
            pauses.pause();
        }
    }

    /** The pauses between reads of one resource: 10 ms first, then half as long again each time, never longer than the cap. */
    public static final class Backoff {
        private final long capMillis;
        private final String what;
        private double next = FIRST_PAUSE_MILLIS;

        public Backoff(Duration cap, String what) {
            this.capMillis = Math.max(FIRST_PAUSE_MILLIS, cap.toMillis());
            this.what = what;
        }

        /** How long the next {@link #pause()} will sleep. */
        public long nextMillis() {
            return Math.min((long) next, capMillis);
        }

        public void pause() {
            try {
                Thread.sleep(nextMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + what);
            }
            next = Math.min(next * 1.5, capMillis);
        }
    }
}
