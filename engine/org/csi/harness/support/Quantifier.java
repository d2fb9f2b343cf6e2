package org.csi.harness.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import org.csi.harness.http.Caller;
import org.csi.harness.http.Reply;
import org.csi.harness.run.Fixtures;

/** POST /quantifications and waiting for COMPLETED (CSI-RQ "Request"); request bodies from fixtures/rq/cases.json. */
public final class Quantifier {
    public static final Duration TIMEOUT = Duration.ofSeconds(300);

    private Quantifier() {}

    public static JsonNode cases() {
        return Fixtures.get("rq/cases.json");
    }

    /** A one-scenario request: poisson(λ) frequency and the given primary loss magnitude. */
    public static ObjectNode single(String clockId, double lambda, JsonNode primary, int iterations, Long seed) {
        ObjectNode s = JsonNodeFactory.instance.objectNode().put("scenarioId", "S1").put("name", "calibration");
        s.putObject("frequency").putObject("lossEventFrequency").put("type", "poisson").put("lambda", lambda);
        s.set("primaryLossMagnitude", primary);
        ArrayNode scenarios = JsonNodeFactory.instance.arrayNode().add(s);
        return request(clockId, scenarios, iterations, seed);
    }

    /** A calibration case of F-RQ (RQ-CAL-1 …) with a seed. */
    public static ObjectNode calibration(String clockId, String caseId, Long seed) {
        JsonNode c = cases().path("calibration").path(caseId);
        ObjectNode primary = JsonNodeFactory.instance.objectNode().put("type", "lognormal").put("mu", c.path("mu").asDouble())
                .put("sigma", c.path("sigma").asDouble());
        return single(clockId, c.path("lambda").asDouble(), primary, c.path("iterations").asInt(), seed);
    }

    /** Scenarios derived by the solution from an application (CSI-RQ "applicationId" without "scenarios"), 10,000 iterations, seed 1. */
    public static ObjectNode derived(String clockId, String applicationId) {
        return JsonNodeFactory.instance.objectNode().put("testClockId", clockId).put("applicationId", applicationId).put("iterations", 10000).put("seed", 1);
    }

    public static ObjectNode request(String clockId, JsonNode scenarios, int iterations, Long seed) {
        ObjectNode b = JsonNodeFactory.instance.objectNode().put("testClockId", clockId).put("iterations", iterations);
        if (seed != null) b.put("seed", seed);
        b.set("scenarios", scenarios.deepCopy());
        return b;
    }

    /** Posts and, on 202, polls until COMPLETED; any other outcome fails the clause. */
    public static JsonNode run(Caller caller, JsonNode request) {
        Reply r = caller.post("/quantifications", request).expectStatus(201, 202);
        return awaitCompleted(caller, r.json());
    }

    public static JsonNode awaitCompleted(Caller caller, JsonNode q) {
        if (q.path("status").asText().equals("COMPLETED")) return q;
        String id = q.path("quantificationId").asText();
        return Poll.untilStatus("quantification " + id, () -> caller.get("/quantifications/" + id).expectStatus(200).json(), "COMPLETED", "FAILED",
                TIMEOUT, Duration.ofSeconds(2));
    }
}
