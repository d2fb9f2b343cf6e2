package org.csi.harness.support;

import org.csi.harness.time.Rfc3339;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.csi.harness.http.Caller;
import org.csi.harness.http.Reply;
import org.csi.harness.fixtures.Fixtures;

/** Test clocks as pack README §4.8 describes them: create, advance, wait until READY. */
public final class Clocks {
    private Clocks() {}

    public static OffsetDateTime t0() {
        return OffsetDateTime.parse(Fixtures.get("gen/clock.json").path("T0").asText());
    }

    public static ObjectNode body(String name, OffsetDateTime frozenTime) {
        ObjectNode b = JsonNodeFactory.instance.objectNode().put("frozenTime", Rfc3339.format(frozenTime));
        if (name != null) b.put("name", name);
        return b;
    }

    public static Reply create(Caller caller, String name, OffsetDateTime frozenTime) {
        return caller.post("/test-clocks", body(name, frozenTime));
    }

    public static Reply advance(Caller caller, String clockId, OffsetDateTime to) {
        return caller.post("/test-clocks/" + clockId + "/advance", JsonNodeFactory.instance.objectNode().put("frozenTime", Rfc3339.format(to)));
    }

    /** The clock's frozen time, read from the solution. */
    public static OffsetDateTime now(Caller caller, String clockId) {
        return OffsetDateTime.parse(caller.get("/test-clocks/" + clockId).expectStatus(200).json().path("frozenTime").asText());
    }

    /** Advances the clock and waits, up to a minute, until it is READY at the new time; returns the clock. */
    public static JsonNode advanceUntilReady(Caller caller, String clockId, OffsetDateTime to) {
        advance(caller, clockId, to).expectStatus(200, 202);
        return awaitReady(caller, clockId, Duration.ofSeconds(60));
    }

    /** Advances to {@code to} in steps no longer than {@code step} (pack README §4.8: a solution may refuse jumps beyond 400 days); returns the clock. */
    public static JsonNode advanceInSteps(Caller caller, String clockId, OffsetDateTime to, Duration step) {
        JsonNode clock = null;
        for (OffsetDateTime now = now(caller, clockId); now.isBefore(to); now = now(caller, clockId)) {
            OffsetDateTime next = now.plus(step);
            clock = advanceUntilReady(caller, clockId, next.isAfter(to) ? to : next);
        }
        return clock;
    }

    /** Polls until the clock is READY again; a clock that stays ADVANCING past the timeout fails the clause. */
    public static JsonNode awaitReady(Caller caller, String clockId, Duration timeout) {
        return Poll.untilStatus("test clock " + clockId, () -> caller.get("/test-clocks/" + clockId).expectStatus(200).json(), "READY", null,
                timeout, Duration.ofSeconds(1));
    }

}
