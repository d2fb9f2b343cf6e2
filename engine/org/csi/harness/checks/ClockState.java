package org.csi.harness.checks;

import org.csi.harness.time.Rfc3339;
import org.csi.harness.verdict.ClauseViolation;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import org.csi.harness.http.Reply;

/** GEN-14: a clock's status and frozen time. */
public final class ClockState {
    private ClockState() {}

    public static void requireReadyAt(JsonNode clock, OffsetDateTime expected) {
        ClauseViolation.require("READY".equals(clock.path("status").asText()), "status is " + clock.path("status") + ", expected READY");
        ClauseViolation.require(Rfc3339.sameInstant(clock.path("frozenTime").asText(), expected),
                "frozenTime is " + clock.path("frozenTime") + ", expected " + Rfc3339.format(expected));
    }

    /** The clock as another party's calls left it: same frozen time, READY. */
    public static void requireUnchanged(JsonNode before, JsonNode now) {
        ClauseViolation.require(now.path("frozenTime").asText().equals(before.path("frozenTime").asText())
                && "READY".equals(now.path("status").asText()), "the clock changed after the other tenant's calls: " + now);
    }

    /** GEN-14: a resource made on a clock carries the clock's frozen time in the member. */
    public static void requireStampedAtFrozenTime(JsonNode resource, String member, JsonNode clock) {
        ClauseViolation.require(Rfc3339.sameInstant(resource.path(member).asText(), OffsetDateTime.parse(clock.path("frozenTime").asText())),
                member + " is " + resource.path(member) + ", the clock's frozenTime is " + clock.path("frozenTime"));
    }

    /** GEN-14: after its clock is deleted a resource is gone (404) or marked archived:true. */
    public static void requireArchivedOrGone(Reply r) {
        r.expectStatus(200, 404);
        ClauseViolation.require(r.status() == 404 || r.json().path("archived").asBoolean(false), r.describe() + ": the resource survives its clock without archived:true");
    }
}
