package org.csi.harness.checks;

import org.csi.harness.verdict.ClauseViolation;
import org.csi.harness.http.Reply;

/** GEN-08: a replay with the same key and body answers like the first call, with the same resource. */
public final class IdempotentReplay {
    private IdempotentReplay() {}

    public static void requireSameAnswer(Reply first, Reply replay, int createdStatus, String idField) {
        first.expectStatus(createdStatus);
        ClauseViolation.require(replay.status() == first.status(), "the replay answered " + replay.status() + ", the first call " + first.status());
        String a = first.json().path(idField).asText();
        String b = replay.json().path(idField).asText();
        ClauseViolation.require(a.equals(b), "the replay created another resource: " + a + " then " + b);
    }
}
