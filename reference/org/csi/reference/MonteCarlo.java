package org.csi.reference;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

/** The Open FAIR Monte Carlo engine of CSI-RQ: seeded, single-threaded, so a seed always gives the same bytes. */
final class MonteCarlo {
    static final String MODEL_VERSION = "csi-ref-ofair-1.0";
    private static final int[] PERCENTILES = {50, 90, 95, 99};

    /** A scenario: frequency is either a loss-event frequency, or threat-event frequency × vulnerability. */
    record Scenario(String scenarioId, String name, Distribution lef, Distribution tef, Distribution vulnerability,
                    Distribution primary, Distribution secondary, double secondaryProbability) {
        double expectedLoss() {
            double frequency = lef != null ? lef.mean() : tef.mean() * vulnerability.mean();
            return frequency * (primary.mean() + (secondary == null ? 0 : secondaryProbability * secondary.mean()));
        }
    }

    private final Set<Fault> faults;

    MonteCarlo(Set<Fault> faults) {
        this.faults = faults;
    }

    /** Runs the simulation and writes the result members (CSI-RQ "Result") into {@code out}. */
    void run(List<Scenario> scenarios, int iterations, long seed, ObjectNode out) {
        SplittableRandom rng = new SplittableRandom(faults.contains(Fault.RQ07_SEED_IGNORED) ? System.nanoTime() : seed);
        int s = scenarios.size();
        double[][] losses = new double[s][iterations];
        double[][] primaryOnly = new double[s][iterations];
        long[] events = new long[s];
        double[] total = new double[iterations];
        for (int i = 0; i < iterations; i++) {
            for (int j = 0; j < s; j++) {
                Scenario sc = scenarios.get(j);
                int n = eventCount(sc, rng);
                events[j] += n;
                double loss = 0, primary = 0;
                for (int e = 0; e < n; e++) {
                    double p = primary(sc.primary(), rng);
                    primary += p;
                    loss += p;
                    if (sc.secondary() != null && rng.nextDouble() < sc.secondaryProbability()) loss += sc.secondary().sample(rng);
                }
                losses[j][i] = loss;
                primaryOnly[j][i] = primary;
                total[i] += loss;
            }
        }
        out.put("aleCNY", cents(mean(total)));
        double[] sorted = total.clone();
        Arrays.sort(sorted);
        ObjectNode percentiles = percentiles(sorted);
        out.set("percentilesCNY", percentiles);
        long zeros = Arrays.stream(sorted).filter(x -> x == 0).count();
        out.put("zeroLossProbability", (double) zeros / iterations);
        out.set("lossExceedanceCurve", curve(sorted, (int) zeros, percentiles));
        ArrayNode perScenario = out.putArray("scenarios");
        for (int j = 0; j < s; j++) {
            double[] mine = losses[j].clone();
            Arrays.sort(mine);
            double ale = mean(faults.contains(Fault.RQ10_SCENARIO_ALE_PRIMARY_ONLY) ? primaryOnly[j] : losses[j]);
            ObjectNode p = percentiles(mine);
            if (faults.contains(Fault.RQ04_SCENARIO_PERCENTILES_SWAPPED)) {
                String p90 = p.get("p90").asText();
                p.put("p90", p.get("p95").asText()).put("p95", p90);
            }
            perScenario.addObject().put("scenarioId", scenarios.get(j).scenarioId()).put("aleCNY", cents(ale))
                    .put("lefMean", BigDecimal.valueOf((double) events[j] / iterations).setScale(6, RoundingMode.HALF_UP))
                    .set("percentilesCNY", p);
        }
    }

    private double primary(Distribution d, SplittableRandom rng) {
        if (d instanceof Distribution.Lognormal l && faults.contains(Fault.RQ08_LOGNORMAL_MEAN_BIASED)) {
            return Math.exp(l.mu() - l.sigma() * l.sigma() / 2 + l.sigma() * rng.nextGaussian());
        }
        return d.sample(rng);
    }

    private int eventCount(Scenario sc, SplittableRandom rng) {
        double rate;
        if (sc.lef() != null) {
            rate = sc.lef() instanceof Distribution.Poisson p && p.lambda() < 0.01 && faults.contains(Fault.RQ09_TINY_RATE_FLOORED)
                    ? Distribution.Poisson.count(rng, 0.01) : sc.lef().sample(rng);
        } else {
            double v = sc.vulnerability().sample(rng);
            if (faults.contains(Fault.RQ11_VULNERABILITY_INVERTED)) v = 1 - v;
            double tef = sc.tef() instanceof Distribution.Poisson p ? p.lambda() : sc.tef().sample(rng);
            rate = tef * v;
        }
        // A poisson frequency samples its count directly; a PERT frequency is the uncertain rate of a Poisson count.
        int n = sc.lef() instanceof Distribution.Poisson ? (int) rate : Distribution.Poisson.count(rng, rate);
        if (n == 0 && faults.contains(Fault.RQ09_EMPTY_YEAR_DRAWS_EVENT) && rng.nextDouble() < 0.25) n = 1;
        return n;
    }

    private ObjectNode percentiles(double[] sorted) {
        ObjectNode p = Json.object();
        for (int q : PERCENTILES) {
            int reportedQ = q == 95 && faults.contains(Fault.RQ06_P95_IS_P90) ? 90 : q;
            p.put("p" + q, cents(nearestRank(sorted, reportedQ, 100)));
        }
        return p;
    }

    /** P_q = L(⌈q·N⌉), in integer arithmetic: q = num/den. */
    private static double nearestRank(double[] sorted, long num, long den) {
        long n = sorted.length;
        long rank = (num * n + den - 1) / den;
        return sorted[(int) Math.max(0, rank - 1)];
    }

    /** Points at 0, at each percentile and at 40 ranks spread over the non-zero losses; ascending, deduplicated. */
    private ArrayNode curve(double[] sorted, int zeros, ObjectNode percentiles) {
        TreeMap<BigDecimal, Double> points = new TreeMap<>();
        if (!faults.contains(Fault.RQ05_CURVE_WITHOUT_ZERO_POINT)) points.put(new BigDecimal("0.00"), 0.0);
        percentiles.forEach(p -> points.put(new BigDecimal(p.asText()), 0.0));
        int positives = sorted.length - zeros;
        for (int k = 1; k <= 40 && positives > 0; k++) {
            points.put(new BigDecimal(cents(sorted[zeros + (int) ((long) (positives - 1) * k / 40)])), 0.0);
        }
        ArrayNode curve = Json.array();
        for (BigDecimal x : points.keySet()) {
            if (faults.contains(Fault.RQ05_CURVE_WITHOUT_ZERO_POINT) && x.signum() == 0) continue;
            curve.addObject().put("lossCNY", x.toPlainString()).put("exceedanceProbability", exceedance(sorted, x.doubleValue()));
        }
        return curve;
    }

    /** The share of iterations whose loss is > x. */
    private static double exceedance(double[] sorted, double x) {
        int lo = 0, hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= x) lo = mid + 1; else hi = mid;
        }
        return (double) (sorted.length - lo) / sorted.length;
    }

    private static double mean(double[] xs) {
        double sum = 0;
        for (double x : xs) sum += x;
        return sum / xs.length;
    }

    static String cents(double x) {
        return BigDecimal.valueOf(x).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
