package org.csi.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** POST /quantifications and its reads (CSI-RQ): validation of every field, then a synchronous Monte Carlo run. */
final class Quantifications {
    static final int MIN_ITERATIONS = 10_000;
    static final int MAX_ITERATIONS = 200_000;
    private static final Set<String> FREQUENCY = Set.of("poisson", "pert");
    private static final Set<String> MAGNITUDE = Set.of("pert", "lognormal");
    private static final Set<String> VULNERABILITY = Set.of("pert", "fixed");

    /** Derives scenarios for an application (CSI-RQ "applicationId"); supplied by the underwriting part. */
    interface Derivation {
        List<ScenarioDerivation.Derived> derive(Principal caller, String applicationId);
    }

    private final Set<Fault> faults;
    private final TestClocks clocks;
    private final Store store;
    private final MonteCarlo engine;
    private final SecureRandom seeds = new SecureRandom();
    private Derivation derivation;

    Quantifications(Set<Fault> faults, TestClocks clocks) {
        this.faults = faults;
        this.clocks = clocks;
        this.store = new Store("quantification", "qnt_", "quantificationId", clocks);
        this.engine = new MonteCarlo(faults);
    }

    void derivedBy(Derivation d) {
        this.derivation = d;
    }

    Store store() {
        return store;
    }

    ApiResponse create(Principal caller, JsonNode body) {
        Roles.require(caller, "INSURER", "SERVICE_PROVIDER");
        Violations errors = new Violations();
        JsonNode iterations = body.path("iterations");
        if (!iterations.canConvertToInt() || !iterations.isIntegralNumber()) {
            errors.add(iterations.isMissingNode() ? "REQUIRED" : "INVALID_FORMAT", "/iterations", "iterations must be an integer.");
        } else if (iterations.asInt() < MIN_ITERATIONS || iterations.asInt() > MAX_ITERATIONS) {
            errors.add("OUT_OF_RANGE", "/iterations", "iterations must be from 10000 to 200000.");
        }
        JsonNode seed = body.path("seed");
        if (!seed.isMissingNode() && !(seed.isIntegralNumber() && seed.canConvertToLong() && seed.asLong() >= 0)) {
            errors.add("OUT_OF_RANGE", "/seed", "seed must be an integer from 0 to 2^63-1.");
        }
        List<MonteCarlo.Scenario> scenarios = new ArrayList<>();
        List<ScenarioDerivation.Derived> derived = null;
        JsonNode given = body.path("scenarios");
        if (given.isMissingNode() && body.path("applicationId").isTextual()) {
            derived = derivation.derive(caller, body.path("applicationId").asText());
            derived.forEach(d -> scenarios.add(d.scenario()));
        } else if (!given.isArray() || given.isEmpty()) {
            errors.add(given.isMissingNode() ? "REQUIRED" : "INVALID_FORMAT", "/scenarios", "scenarios must be a non-empty array.");
        } else {
            for (int i = 0; i < given.size(); i++) {
                MonteCarlo.Scenario s = scenario(given.get(i), "/scenarios/" + i, errors);
                if (s != null) scenarios.add(s);
            }
        }
        if (faults.contains(Fault.RQ03_FIRST_ERROR_ONLY) && errors.size() > 1) {
            Violations first = new Violations();
            errors.forFirst(first::add);
            errors = first;
        }
        TestClocks.Clock clock = clocks.attach(caller, body.path("testClockId").textValue(), "/testClockId");
        if (faults.contains(Fault.RQ03_INPUTS_UNVALIDATED)) errors = new Violations();
        errors.throwIfAny();
        if (faults.contains(Fault.GEN16_SLOW_QUANTIFICATIONS)) Pause.everyTenth(3500);
        long usedSeed = seed.isMissingNode() ? seeds.nextLong() & Long.MAX_VALUE : seed.asLong();
        Store.Doc done = run(caller, clock, body.path("applicationId").textValue(), iterations.asInt(), usedSeed, scenarios, derived);
        if (!clocks.varies(Variant.QUANTIFICATIONS_ASYNC)) return ApiResponse.json(201, done.toJson());
        // QUANTIFICATIONS_ASYNC: 202 RUNNING; the results show 1 s later (README §4.7: within 300 s).
        ObjectNode results;
        synchronized (done) {
            results = done.json.deepCopy();
            ObjectNode running = Json.object();
            for (String m : List.of("quantificationId", "applicationId", "iterations", "seed", "createdAt", "testMode", "testClockId")) {
                if (results.has(m)) running.set(m, results.get(m));
            }
            running.put("status", "RUNNING");
            done.json.removeAll();
            done.json.setAll(running);
        }
        java.util.concurrent.CompletableFuture.delayedExecutor(1, java.util.concurrent.TimeUnit.SECONDS).execute(() -> {
            synchronized (done) {
                done.json.setAll(results);
            }
        });
        return ApiResponse.json(202, done.toJson());
    }

    /** Runs and stores a quantification; the underwriting part calls it for pricing with a seed fixed by its inputs. */
    Store.Doc run(Principal caller, TestClocks.Clock clock, String applicationId, int iterations, long seed,
                  List<MonteCarlo.Scenario> scenarios, List<ScenarioDerivation.Derived> derived) {
        ObjectNode q = Json.object();
        if (applicationId != null) q.put("applicationId", applicationId);
        int reported = faults.contains(Fault.RQ01_ITERATIONS_NOT_ECHOED) ? MIN_ITERATIONS : iterations;
        q.put("status", "COMPLETED").put("iterations", reported).put("seed", seed)
                .put("methodology", "OPEN_FAIR_MONTE_CARLO").put("modelVersion", MonteCarlo.MODEL_VERSION);
        engine.run(scenarios, iterations, seed, q);
        if (derived != null) {
            for (int i = 0; i < derived.size(); i++) ((ObjectNode) q.get("scenarios").get(i)).setAll(derived.get(i).inputs());
        }
        return store.create(caller, clock, q);
    }

    private MonteCarlo.Scenario scenario(JsonNode s, String at, Violations errors) {
        int before = errors.size();
        if (!s.path("scenarioId").isTextual()) errors.add("REQUIRED", at + "/scenarioId", "scenarioId is required.");
        JsonNode f = s.path("frequency");
        Distribution lef = null, tef = null, v = null;
        if (f.has("lossEventFrequency")) {
            lef = read(f.get("lossEventFrequency"), at + "/frequency/lossEventFrequency",
                    faults.contains(Fault.RQ02_PERT_FREQUENCY_REFUSED) ? Set.of("poisson") : FREQUENCY, false, errors);
        } else if (f.has("threatEventFrequency")) {
            tef = read(f.get("threatEventFrequency"), at + "/frequency/threatEventFrequency", FREQUENCY, false, errors);
            v = read(f.path("vulnerability"), at + "/frequency/vulnerability", VULNERABILITY, true, errors);
        } else {
            errors.add("REQUIRED", at + "/frequency", "frequency needs lossEventFrequency or threatEventFrequency.");
        }
        Distribution primary = read(s.path("primaryLossMagnitude"), at + "/primaryLossMagnitude", MAGNITUDE, false, errors);
        Distribution secondary = null;
        double p = 0;
        if (s.has("secondaryLossMagnitude") || s.has("secondaryLossProbability")) {
            secondary = read(s.path("secondaryLossMagnitude"), at + "/secondaryLossMagnitude", MAGNITUDE, false, errors);
            JsonNode prob = s.path("secondaryLossProbability");
            if (!prob.isNumber() || prob.asDouble() < 0 || prob.asDouble() > 1) {
                errors.add(prob.isMissingNode() ? "REQUIRED" : "OUT_OF_RANGE", at + "/secondaryLossProbability", "A probability in [0,1] is required.");
            }
            p = prob.asDouble();
        }
        if (errors.size() > before) return null;
        return new MonteCarlo.Scenario(s.path("scenarioId").asText(), s.path("name").asText(""), lef, tef, v, primary, secondary, p);
    }

    private Distribution read(JsonNode d, String pointer, Set<String> allowed, boolean unit, Violations errors) {
        double z = faults.contains(Fault.RQ02_P5P95_WRONG_Z) ? 1.959963984540054 : Distribution.Z95;
        return Distribution.read(d, pointer, allowed, unit, errors, z);
    }
}
