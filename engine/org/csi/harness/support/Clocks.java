package org.csi.harness.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import org.csi.harness.http.Caller;
import org.csi.harness.http.Reply;
import org.csi.harness.run.Fixtures;

/** Test clocks as pack README §4.8 describes them: create, advance, wait until READY. */
public final class Clocks {
    /** RFC 3339 with seconds always written: OffsetDateTime.toString() would drop ":00". */
    private static final DateTimeFormatter RFC3339 = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    private Clocks() {}

    public static String rfc3339(OffsetDateTime t) {
        return RFC3339.format(t);
    }

    public static OffsetDateTime t0() {
        return OffsetDateTime.parse(Fixtures.get("gen/clock.json").path("T0").asText());
    }

    public static ObjectNode body(String name, OffsetDateTime frozenTime) {
        ObjectNode b = JsonNodeFactory.instance.objectNode().put("frozenTime", rfc3339(frozenTime));
        if (name != null) b.put("name", name);
        return b;
    }

    public static Reply create(Caller caller, String name, OffsetDateTime frozenTime) {
        return caller.post("/test-clocks", body(name, frozenTime));
    }

    public static Reply advance(Caller caller, String clockId, OffsetDateTime to) {
        return caller.post("/test-clocks/" + clockId + "/advance", JsonNodeFactory.instance.objectNode().put("frozenTime", rfc3339(to)));
    }

    /** Polls until the clock is READY again; a clock that stays ADVANCING past the timeout fails the clause. */
    public static JsonNode awaitReady(Caller caller, String clockId, Duration timeout) {
        return Poll.untilStatus("test clock " + clockId, () -> caller.get("/test-clocks/" + clockId).expectStatus(200).json(), "READY", null,
                timeout, Duration.ofSeconds(1));
    }

    public static boolean sameInstant(String a, OffsetDateTime b) {
        try {
            return OffsetDateTime.parse(a).toInstant().equals(b.toInstant());
        } catch (RuntimeException e) {
            return false;
        }
    }
}
