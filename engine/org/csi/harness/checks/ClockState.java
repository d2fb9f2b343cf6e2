package org.csi.harness.checks;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import org.csi.harness.support.Clocks;

/** GEN-14: a clock's status and frozen time. */
public final class ClockState {
    private ClockState() {}

    public static void requireReadyAt(JsonNode clock, OffsetDateTime expected) {
        ClauseViolation.require("READY".equals(clock.path("status").asText()), "status is " + clock.path("status") + ", expected READY");
        ClauseViolation.require(Clocks.sameInstant(clock.path("frozenTime").asText(), expected),
                "frozenTime is " + clock.path("frozenTime") + ", expected " + Clocks.rfc3339(expected));
    }

    /** The clock as another party's calls left it: same frozen time, READY. */
    public static void requireUnchanged(JsonNode before, JsonNode now) {
        ClauseViolation.require(now.path("frozenTime").asText().equals(before.path("frozenTime").asText())
                && "READY".equals(now.path("status").asText()), "the clock changed after the other tenant's calls: " + now);
    }
}
