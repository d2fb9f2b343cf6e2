package org.csi.harness.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.csi.harness.http.Caller;
import org.csi.harness.http.Reply;
import org.csi.harness.http.Request;
import org.csi.harness.fixtures.Fixtures;
import org.csi.harness.verdict.Declaration;

/** Calls every endpoint of the declared standards once (fixtures/gen/endpoints.json), with real resource ids. */
public final class EndpointSweep {
    private EndpointSweep() {}

    public static List<Reply> call(Caller caller, String apiBaseUrl, Declaration declaration, Map<String, String> ids) {
        List<Reply> replies = new ArrayList<>();
        for (JsonNode e : Fixtures.get("gen/endpoints.json").path("endpoints")) {
            if (!declaration.declares(e.path("standard").asText())) continue;
            String path = e.path("path").asText();
            for (var id : ids.entrySet()) path = path.replace("{" + id.getKey() + "}", id.getValue());
            path = path.replaceAll("\\{([A-Za-z]+)}", "csi-unknown-$1");
            Request r = Request.of(e.path("method").asText(), apiBaseUrl + path);
            if (e.has("body")) r = r.body("application/json", e.get("body").toString().getBytes(StandardCharsets.UTF_8));
            replies.add(caller.send(r));
        }
        return replies;
    }
}
