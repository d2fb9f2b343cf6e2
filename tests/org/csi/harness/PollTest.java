package org.csi.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.csi.harness.support.Poll;
import org.csi.harness.verdict.ClauseViolation;
import org.junit.jupiter.api.Test;

/** Polls start short and back off: no fixed sleep between reads (issue 11, point 9). */
class PollTest {
    static JsonNode status(String s) {
        return JsonNodeFactory.instance.objectNode().put("status", s);
    }

    @Test
    void pausesStartAtTenMillisecondsAndGrowByHalfUpToTheCap() {
        Poll.Backoff b = new Poll.Backoff(Duration.ofMillis(40), "x");
        List<Long> pauses = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            pauses.add(b.nextMillis());
            b.pause();
        }
        assertEquals(List.of(10L, 15L, 22L, 33L, 40L, 40L), pauses);
    }

    @Test
    void aResourceReadyAtOnceIsReadOnceWithoutPausing() {
        AtomicInteger reads = new AtomicInteger();
        Poll.untilStatus("r", () -> {
            reads.incrementAndGet();
            return status("READY");
        }, "READY", null, Duration.ofSeconds(5), Duration.ofSeconds(1));
        assertEquals(1, reads.get(), "read once: a pause comes only after a read that is not ready");
    }

    @Test
    void aResourceReadyAfter150MillisecondsIsSeenWellBefore300() {
        long t0 = System.nanoTime();
        JsonNode r = Poll.untilStatus("assessment", () -> status((System.nanoTime() - t0) / 1_000_000 >= 150 ? "COMPLETED" : "RUNNING"),
                "COMPLETED", "FAILED", Duration.ofSeconds(5), Duration.ofSeconds(2));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals("COMPLETED", r.path("status").asText());
        assertTrue(ms < 280, "seen after " + ms + " ms (the old 100 ms, 200 ms pauses saw it at 300)");
    }

    @Test
    void theFailedStatusAndTheTimeoutFailTheClause() {
        ClauseViolation failed = assertThrows(ClauseViolation.class, () -> Poll.untilStatus("q", () -> status("FAILED"), "COMPLETED", "FAILED",
                Duration.ofSeconds(5), Duration.ofSeconds(1)));
        assertTrue(failed.getMessage().contains("q is FAILED"), failed.getMessage());
        ClauseViolation late = assertThrows(ClauseViolation.class, () -> Poll.untilStatus("c", () -> status("ADVANCING"), "READY", null,
                Duration.ofMillis(60), Duration.ofMillis(20)));
        assertTrue(late.getMessage().contains("c was still ADVANCING"), late.getMessage());
    }
}
