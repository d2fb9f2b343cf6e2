package org.csi.reference;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** RFC 3339 times with an offset (pack README §4.1); the platform writes them in UTC+08:00. */
final class Times {
    static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
    private static final DateTimeFormatter OUT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss[.SSS]XXX");
    private static final DateTimeFormatter NO_OFFSET = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss[.SSS]");

    private Times() {}

    static String format(Instant instant) {
        return OUT.format(instant.truncatedTo(ChronoUnit.MILLIS).atOffset(CHINA));
    }

    /** The GEN13_TIME_WITHOUT_OFFSET fault: local time with the offset dropped. */
    static String formatWithoutOffset(Instant instant) {
        return NO_OFFSET.format(instant.truncatedTo(ChronoUnit.MILLIS).atOffset(CHINA));
    }

    /** Parses an RFC 3339 timestamp that carries Z or ±hh:mm; null when it does not. */
    static Instant parseOrNull(String text) {
        if (text == null || !text.matches("\\d{4}-\\d{2}-\\d{2}[Tt]\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?([Zz]|[+-]\\d{2}:\\d{2})")) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.toUpperCase()).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
