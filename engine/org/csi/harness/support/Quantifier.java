package org.csi.harness.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.csi.harness.http.Caller;
import org.csi.harness.http.Reply;
import org.csi.harness.fixtures.Fixtures;

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

    /** A calibration case of F-RQ: λ, μ, σ, iterations and the tolerances. */
    public static JsonNode calibrationCase(String caseId) {
        return cases().path("calibration").path(caseId);
    }

    /** A calibration case of F-RQ (RQ-CAL-1 …) with a seed. */
    public static ObjectNode calibration(String clockId, String caseId, Long seed) {
        JsonNode c = calibrationCase(caseId);
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

    /** Every form RQ-01 names, one request each: TEF × vulnerability, PERT and poisson frequency of RQ-MULTI, then lognormal as mu/sigma and as p5/p95. */
    public static List<ObjectNode> everyForm(String clockId) {
        JsonNode multi = cases().path("multi").path("scenarios"), lognormal = cases().path("lognormalForms");
        List<ObjectNode> requests = new ArrayList<>();
        for (int i : new int[] {2, 1, 0}) requests.add(request(clockId, JsonNodeFactory.instance.arrayNode().add(multi.get(i)), 10_000, 5L));
        for (String form : new String[] {"muSigma", "p5p95"}) requests.add(single(clockId, 0.5, lognormal.path(form), 10_000, 5L));
        return requests;
    }

    /** RQ-CAL-1's scenario with its lognormal given as p5/p95 and as mu/sigma (RQ-02), on one seed. */
    public static List<ObjectNode> lognormalForms(String clockId, long seed) {
        JsonNode f = cases().path("lognormalForms");
        List<ObjectNode> requests = new ArrayList<>();
        for (String form : new String[] {"p5p95", "muSigma"}) requests.add(single(clockId, f.path("lambda").asDouble(), f.path(form), f.path("iterations").asInt(), seed));
        return requests;
    }

    /** How far apart the two lognormal forms' ALEs may be (F-RQ). */
    public static double lognormalTolerance() {
        return cases().at("/lognormalForms/tolerance").asDouble();
    }

    /** RQ-MULTI with its own seed. */
    public static ObjectNode multi(String clockId) {
        return multi(clockId, cases().at("/multi/seed").asLong());
    }

    /** RQ-MULTI with the given seed, or none. */
    public static ObjectNode multi(String clockId, Long seed) {
        JsonNode m = cases().path("multi");
        return request(clockId, m.path("scenarios"), m.path("iterations").asInt(), seed);
    }

    /** RQ-SENS: A and B on the same seed, B with the lower vulnerability. */
    public static List<ObjectNode> sensitivity(String clockId) {
        JsonNode s = cases().path("sensitivity");
        List<ObjectNode> requests = new ArrayList<>();
        for (String v : new String[] {"A", "B"}) {
            requests.add(request(clockId, JsonNodeFactory.instance.arrayNode().add(s.path(v)), s.path("iterations").asInt(), s.path("seed").asLong()));
        }
        return requests;
    }

    /** RQ-CAL-1 with seed 1 and the named invalid inputs of F-RQ applied. */
    public static ObjectNode invalid(String clockId, String... names) {
        ObjectNode body = calibration(clockId, "RQ-CAL-1", 1L);
        for (String name : names) {
            JsonNode fault = invalidInput(name);
            String at = fault.path("at").asText();
            if (fault.has("replace")) JsonEdits.set(body, at, fault.get("replace").deepCopy());
            else ((ObjectNode) (at.isEmpty() ? body : body.at(at))).setAll((ObjectNode) fault.get("set").deepCopy());
        }
        return body;
    }

    /** Where the solution should point for the named invalid input. */
    public static String invalidPointer(String name) {
        return invalidInput(name).path("pointer").asText();
    }

    /** One invalid input of F-RQ: "set" merges members at "at", "replace" replaces the node there. */
    private static JsonNode invalidInput(String name) {
        return Fixtures.named(cases().path("invalid"), name);
    }

    /** Runs each request in turn, as {@link #run} does. */
    public static List<JsonNode> runAll(Caller caller, List<ObjectNode> requests) {
        List<JsonNode> results = new ArrayList<>();
        for (ObjectNode r : requests) results.add(run(caller, r));
        return results;
    }
}
