package org.csi.harness.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.UUID;
import org.csi.harness.http.Caller;
import org.csi.harness.http.Reply;

/** GEN-08: the same creating POST twice, with one fresh Idempotency-Key. */
public final class Replay {
    private Replay() {}

    public static List<Reply> twice(Caller caller, String path, JsonNode body) {
        String key = "csi-" + UUID.randomUUID();
        Reply first = caller.post(path, body, key);
        return List.of(first, caller.post(path, body, key));
    }
}
