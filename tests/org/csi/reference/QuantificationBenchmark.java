package org.csi.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.csi.harness.checks.PremiumRules;
import org.csi.harness.checks.QuantificationRules;
import org.csi.harness.oracle.OpenFair;
import org.csi.harness.oracle.PremiumOracle;
import org.csi.harness.fixtures.Fixtures;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * RQ-CAL-1 (λ 0.5, lognormal μ 13, σ 1) through the reference Monte Carlo engine at 10,000 and 200,000 iterations,
 * beside what the harness spends judging one result: the closed forms, the RQ-04/05/06 checks on the result, and a
 * premium recomputation (UW-09). Run by {@link QuantificationBenchmarkTest}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class QuantificationBenchmark {
    @Param({"10000", "200000"})
    public int iterations;

    private final MonteCarlo engine = new MonteCarlo(EnumSet.noneOf(Fault.class));
    private List<MonteCarlo.Scenario> cal1;
    private JsonNode c;
    private ObjectNode result;
    private JsonNode derivation;

    @Setup
    public void setUp() throws Exception {
        c = Fixtures.get("rq/cases.json").path("calibration").path("RQ-CAL-1");
        cal1 = List.of(new MonteCarlo.Scenario("S1", "RQ-CAL-1", new Distribution.Poisson(c.path("lambda").asDouble()), null, null,
                new Distribution.Lognormal(c.path("mu").asDouble(), c.path("sigma").asDouble()), null, 0));
        result = simulate();
        derivation = new com.fasterxml.jackson.databind.ObjectMapper().readTree(PremiumRules.WORKED_EXAMPLE);
    }

    /** The reference engine: one quantification of RQ-CAL-1, seed 1. */
    @Benchmark
    public ObjectNode referenceEngine() {
        return simulate();
    }

    /** The harness: closed-form ALE and P(L=0), percentile order and curve shape of one result. */
    @Benchmark
    public double harnessQuantificationChecks() {
        QuantificationRules.requirePercentileOrder(result);
        QuantificationRules.requireCurveShape(result);
        return OpenFair.ale(c.path("lambda").asDouble(), c.path("mu").asDouble(), c.path("sigma").asDouble())
                + OpenFair.zeroLossProbability(c.path("lambda").asDouble());
    }

    /** The harness: the UW-09 premium recomputation in exact decimals. */
    @Benchmark
    public PremiumOracle.Recomputation harnessPremiumRecomputation() {
        return PremiumOracle.recompute(derivation);
    }

    private ObjectNode simulate() {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        engine.run(cal1, iterations, 1, out);
        return out;
    }
}
