package org.csi.harness.time;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/** Timestamps as pack README §4.1 writes them: RFC 3339 with an offset. */
public final class Rfc3339 {
    /** Seconds always written: OffsetDateTime.toString() would drop ":00". */
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    private Rfc3339() {}

    public static String format(OffsetDateTime t) {
        return FORMAT.format(t);
    }

    /** Whether the timestamp {@code a} names the same instant as {@code b}; false when {@code a} is not RFC 3339. */
    public static boolean sameInstant(String a, OffsetDateTime b) {
        try {
            return OffsetDateTime.parse(a).toInstant().equals(b.toInstant());
        } catch (RuntimeException e) {
            return false;
        }
    }
}
