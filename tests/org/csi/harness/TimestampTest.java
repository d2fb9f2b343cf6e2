package org.csi.harness;

import org.csi.harness.time.Rfc3339;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** A stamp made on the full minute keeps its seconds: the pilot scorecard once failed its own schema one run in sixty. */
class TimestampTest {
    @Test
    void fullMinuteKeepsItsSeconds() {
        OffsetDateTime onTheMinute = OffsetDateTime.parse("2026-11-29T10:20:00+08:00");
        assertNotEquals("2026-11-29T10:20:00+08:00", onTheMinute.toString(), "the JDK's own form drops :00, which is why Clocks formats");
        assertEquals("2026-11-29T10:20:00+08:00", Rfc3339.format(onTheMinute));
    }
}
