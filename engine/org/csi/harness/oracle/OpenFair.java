package org.csi.harness.oracle;

import com.fasterxml.jackson.databind.JsonNode;

/** Closed forms of the Open FAIR model as CSI-RQ states them: calibration (RQ-08/09) and expected loss (RQ-11). */
public final class OpenFair {
    /** z of the 95th percentile of the standard normal, as CSI-RQ fixes it for the p5/p95 lognormal form. */
    public static final double Z95 = 1.6448536269514722;

    private OpenFair() {}

    /** ALE = λ·exp(μ + σ²/2) for Poisson(λ) frequency and lognormal(μ, σ) severity. */
    public static double ale(double lambda, double mu, double sigma) {
        return lambda * Math.exp(mu + sigma * sigma / 2);
    }

    /** P(L = 0) = exp(−λ). */
    public static double zeroLossProbability(double lambda) {
        return Math.exp(-lambda);
    }

    /** Σ E[frequency] × (E[primary] + p·E[secondary]) over derived scenarios (RQ-11). */
    public static double expectedLoss(JsonNode scenarios) {
        double total = 0;
        for (JsonNode s : scenarios) total += expectedLossOfScenario(s);
        return total;
    }

    public static double expectedLossOfScenario(JsonNode s) {
        JsonNode f = s.path("frequency");
        double frequency = f.has("lossEventFrequency") ? mean(f.get("lossEventFrequency"))
                : mean(f.path("threatEventFrequency")) * mean(f.path("vulnerability"));
        double secondary = s.has("secondaryLossMagnitude") ? s.path("secondaryLossProbability").asDouble() * mean(s.get("secondaryLossMagnitude")) : 0;
        return frequency * (mean(s.path("primaryLossMagnitude")) + secondary);
    }

    /** E[poisson] = λ, E[PERT] = (min + 4·mode + max)/6, E[lognormal] = exp(μ + σ²/2), E[fixed] = value. */
    public static double mean(JsonNode d) {
        return switch (d.path("type").asText()) {
            case "poisson" -> d.path("lambda").asDouble();
            case "pert" -> (d.path("min").asDouble() + 4 * d.path("mode").asDouble() + d.path("max").asDouble()) / 6;
            case "fixed" -> d.path("value").asDouble();
            case "lognormal" -> {
                double mu, sigma;
                if (d.has("p5")) {
                    mu = (Math.log(d.path("p5").asDouble()) + Math.log(d.path("p95").asDouble())) / 2;
                    sigma = (Math.log(d.path("p95").asDouble()) - Math.log(d.path("p5").asDouble())) / (2 * Z95);
                } else {
                    mu = d.path("mu").asDouble();
                    sigma = d.path("sigma").asDouble();
                }
                yield Math.exp(mu + sigma * sigma / 2);
            }
            default -> throw new IllegalArgumentException("unknown distribution type " + d.path("type"));
        };
    }
}
