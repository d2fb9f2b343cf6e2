package org.csi.harness.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import org.csi.harness.checks.ClauseViolation;
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
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        long pause = 100;
        while (!q.path("status").asText().equals("COMPLETED")) {
            ClauseViolation.require(!q.path("status").asText().equals("FAILED"), "quantification " + q.path("quantificationId").asText() + " FAILED");
            ClauseViolation.require(System.nanoTime() < deadline, "quantification " + q.path("quantificationId").asText() + " not COMPLETED after 300 s");
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for a quantification");
            }
            pause = Math.min(pause * 2, 2000);
            q = caller.get("/quantifications/" + q.path("quantificationId").asText()).expectStatus(200).json();
        }
        return q;
    }
}
