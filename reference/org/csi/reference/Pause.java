package org.csi.reference;

import java.util.concurrent.atomic.AtomicLong;

/** A deliberate delay, for the faults that make the reference slow (GEN-15, GEN-16). */
final class Pause {
    private static final AtomicLong CALLS = new AtomicLong();

    private Pause() {}

    /** Sleeps on one call in ten, so that the 95th percentile is slow while most calls are not. */
    static void everyTenth(long millis) {
        if (CALLS.incrementAndGet() % 10 != 0) return;
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
