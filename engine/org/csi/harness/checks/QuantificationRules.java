package org.csi.harness.checks;

import org.csi.harness.verdict.ClauseViolation;
import static org.csi.harness.verdict.ClauseViolation.require;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.csi.harness.http.Reply;
import org.csi.harness.oracle.OpenFair;

/** The statistical checks of CSI-RQ on a COMPLETED quantification, written from the pack's definitions. */
public final class QuantificationRules {
    private static final String[] PERCENTILES = {"p50", "p90", "p95", "p99"};

    private QuantificationRules() {}

    /** RQ-04: 0 ≤ p50 ≤ p90 ≤ p95 ≤ p99, in the total and in every scenario. */
    public static void requirePercentileOrder(JsonNode q) {
        order(q.path("percentilesCNY"), "total");
        for (JsonNode s : q.path("scenarios")) order(s.path("percentilesCNY"), "scenario " + s.path("scenarioId").asText());
    }

    private static void order(JsonNode p, String where) {
        BigDecimal previous = BigDecimal.ZERO;
        for (String k : PERCENTILES) {
            BigDecimal v = new BigDecimal(p.path(k).asText());
            require(v.compareTo(previous) >= 0, where + ": " + k + " = " + v + " is below the previous percentile " + previous + " (RQ-04)");
            previous = v;
        }
    }

    /** RQ-05: ≥ 20 points, strictly ascending, starting at 0.00 with 1 − P(L=0), non-increasing in [0,1], a point per percentile. */
    public static void requireCurveShape(JsonNode q) {
        JsonNode curve = q.path("lossExceedanceCurve");
        require(curve.size() >= 20, "the loss exceedance curve has " + curve.size() + " points, at least 20 are required");
        require(curve.get(0).path("lossCNY").asText().equals("0.00"), "the curve's first point is " + curve.get(0).path("lossCNY").asText() + ", not \"0.00\"");
        double first = curve.get(0).path("exceedanceProbability").asDouble();
        double expected = 1 - q.path("zeroLossProbability").asDouble();
        require(Math.abs(first - expected) <= 1e-9, "the probability at 0.00 is " + first + ", but 1 − zeroLossProbability = " + expected);
        BigDecimal lastLoss = null;
        double lastP = 1;
        Set<String> losses = new HashSet<>();
        for (JsonNode point : curve) {
            BigDecimal loss = new BigDecimal(point.path("lossCNY").asText());
            double p = point.path("exceedanceProbability").asDouble();
            require(lastLoss == null || loss.compareTo(lastLoss) > 0, "lossCNY is not strictly ascending at " + loss);
            require(p >= 0 && p <= 1, "exceedanceProbability " + p + " at " + loss + " lies outside [0,1]");
            require(p <= lastP, "exceedanceProbability rises from " + lastP + " to " + p + " at " + loss);
            losses.add(loss.toPlainString());
            lastLoss = loss;
            lastP = p;
        }
        for (String k : PERCENTILES) {
            String v = q.path("percentilesCNY").path(k).asText();
            require(losses.contains(v), "the curve has no point at " + k + " = " + v);
        }
    }

    /** RQ-06: the exceedance probability at p95 lies in [0.04, 0.06] and at p99 in [0.005, 0.015] (when > 0). */
    public static String requireTailExceedance(JsonNode q) {
        StringBuilder evidence = new StringBuilder();
        band(q, "p95", 0.04, 0.06, evidence);
        band(q, "p99", 0.005, 0.015, evidence);
        return evidence.toString();
    }

    private static void band(JsonNode q, String k, double lo, double hi, StringBuilder evidence) {
        String v = q.path("percentilesCNY").path(k).asText();
        if (new BigDecimal(v).signum() == 0) return;
        Double p = null;
        for (JsonNode point : q.path("lossExceedanceCurve")) if (point.path("lossCNY").asText().equals(v)) p = point.path("exceedanceProbability").asDouble();
        require(p != null, "the curve has no point at " + k + " = " + v);
        evidence.append(k).append(" = ").append(v).append(": exceedance ").append(p).append(" in [").append(lo).append(", ").append(hi).append("]\n");
        require(p >= lo && p <= hi, "the exceedance probability at " + k + " = " + v + " is " + p + ", outside [" + lo + ", " + hi + "] (RQ-06)");
    }

    /** RQ-07: the result members that a seed fixes, as text: byte-identical means equal text. */
    public static String seededResult(JsonNode q) {
        List<String> parts = new ArrayList<>();
        for (String k : new String[] {"aleCNY", "percentilesCNY", "zeroLossProbability", "lossExceedanceCurve", "scenarios"}) {
            parts.add(k + "=" + q.path(k));
        }
        return String.join("\n", parts);
    }

    /** RQ-10: |aleCNY − Σ scenario aleCNY| ≤ 0.01 × number of scenarios. */
    public static String requireAdditive(JsonNode q) {
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode s : q.path("scenarios")) sum = sum.add(new BigDecimal(s.path("aleCNY").asText()));
        BigDecimal total = new BigDecimal(q.path("aleCNY").asText());
        BigDecimal allowed = new BigDecimal("0.01").multiply(BigDecimal.valueOf(q.path("scenarios").size()));
        String evidence = "aleCNY " + total + ", Σ scenario aleCNY " + sum + ", allowed difference " + allowed;
        require(total.subtract(sum).abs().compareTo(allowed) <= 0, "scenarios are not additive: " + evidence + " (RQ-10)");
        return evidence;
    }

    private static final java.util.Set<String> PROVENANCE = java.util.Set.of("ASSESSMENT_FINDING", "QUESTIONNAIRE", "INDUSTRY_DATA", "EXPERT_JUDGEMENT");

    /** RQ-12: derived scenarios carry provenance and ref; an ASSESSMENT_FINDING ref is a finding of the application's assessment. */
    public static void requireProvenance(JsonNode q, JsonNode assessment) {
        java.util.Set<String> findings = new java.util.HashSet<>();
        assessment.path("findings").forEach(f -> findings.add(f.path("findingId").asText()));
        ClauseViolation.require(!q.path("scenarios").isEmpty(), "the derived quantification has no scenarios");
        for (JsonNode s : q.path("scenarios")) {
            String id = s.path("scenarioId").asText(), provenance = s.path("provenance").asText();
            ClauseViolation.require(PROVENANCE.contains(provenance), "scenario " + id + " has provenance " + s.path("provenance"));
            ClauseViolation.require(!s.path("ref").asText().isBlank(), "scenario " + id + " has no ref");
            if (provenance.equals("ASSESSMENT_FINDING")) {
                ClauseViolation.require(findings.contains(s.path("ref").asText()), "scenario " + id + " cites finding " + s.path("ref").asText()
                        + ", not a finding of assessment " + assessment.path("assessmentId").asText() + " " + findings);
            }
        }
    }

    /** RQ-11: with the same seed, B (lower vulnerability) has an ALE and a p95 no higher than A's; returns both for the evidence. */
    public static String requireNotWorse(JsonNode a, JsonNode b) {
        String evidence = "A: aleCNY " + a.path("aleCNY").asText() + ", p95 " + a.at("/percentilesCNY/p95").asText()
                + "; B: aleCNY " + b.path("aleCNY").asText() + ", p95 " + b.at("/percentilesCNY/p95").asText();
        ClauseViolation.require(new java.math.BigDecimal(b.path("aleCNY").asText()).compareTo(new java.math.BigDecimal(a.path("aleCNY").asText())) <= 0
                && new java.math.BigDecimal(b.at("/percentilesCNY/p95").asText()).compareTo(new java.math.BigDecimal(a.at("/percentilesCNY/p95").asText())) <= 0,
                "lower vulnerability raised the loss: " + evidence);
        return evidence;
    }

    /** The median of the values (RQ-08/09 judge the median over seeds 1, 2 and 3). */
    public static double median(List<Double> xs) {
        List<Double> sorted = new ArrayList<>(xs);
        sorted.sort(Double::compare);
        return sorted.get(sorted.size() / 2);
    }

    /** RQ-01: COMPLETED, with one result for scenario S1. */
    public static void requireCompletedSingle(JsonNode q) {
        require(q.path("status").asText().equals("COMPLETED"), "status is " + q.path("status").asText());
        require(q.path("scenarios").size() == 1 && q.at("/scenarios/0/scenarioId").asText().equals("S1"),
                "the result should have one entry for scenario S1, has " + q.path("scenarios"));
    }

    /** RQ-01: every request completed. */
    public static void requireAllCompleted(List<JsonNode> qs, int expected) {
        require(qs.size() == expected, expected + " requests should have completed, " + qs.size() + " did");
        qs.forEach(q -> require(q.path("status").asText().equals("COMPLETED"), q.path("quantificationId") + " is not COMPLETED"));
    }

    /** RQ-01: the result echoes the requested iterations and seed. */
    public static void requireEchoed(JsonNode q, long iterations, long seed) {
        require(q.path("iterations").asLong() == iterations, "iterations is " + q.path("iterations") + ", requested " + iterations);
        require(q.path("seed").asLong() == seed, "seed is " + q.path("seed") + ", requested " + seed);
    }

    /** RQ-01: methodology and modelVersion are given. */
    public static void requireMethodology(JsonNode q) {
        require(!q.path("methodology").asText().isBlank(), "methodology is empty");
        require(!q.path("modelVersion").asText().isBlank(), "modelVersion is empty");
    }

    /** RQ-02: the p5/p95 and mu/sigma forms of one lognormal give ALEs within the relative tolerance; returns both for the evidence. */
    public static String requireFormsAgree(JsonNode p5p95, JsonNode muSigma, double tolerance) {
        double a = p5p95.path("aleCNY").asDouble(), b = muSigma.path("aleCNY").asDouble();
        String evidence = "p5/p95 form aleCNY " + a + ", mu/sigma form aleCNY " + b + ", relative difference " + Math.abs(a / b - 1);
        require(Math.abs(a / b - 1) <= tolerance, "the two lognormal forms disagree: " + evidence + " (allowed " + tolerance * 100 + " %)");
        return evidence;
    }

    /** RQ-03: a 422 whose errors[] has an OUT_OF_RANGE or UNKNOWN_ENUM_VALUE entry at the pointer. */
    public static void requireInputError(Reply r, String pointer) {
        r.expectStatus(422);
        boolean found = false;
        for (JsonNode e : r.json().path("errors")) {
            String code = e.path("code").asText();
            found |= e.path("pointer").asText().equals(pointer) && (code.equals("OUT_OF_RANGE") || code.equals("UNKNOWN_ENUM_VALUE"));
        }
        require(found, "no errors[] entry with code OUT_OF_RANGE or UNKNOWN_ENUM_VALUE at " + pointer + ": " + r.json().path("errors"));
    }

    /** RQ-03: every invalid input is reported, in one 422. */
    public static void requireErrorCount(Reply r, int n) {
        JsonNode errors = r.expectStatus(422).json().path("errors");
        require(errors.size() == n, "errors[] should have exactly " + n + " entries, has " + errors.size() + ": " + errors);
    }

    /** RQ-07: a run without a seed reports the seed it used. */
    public static long reportedSeed(JsonNode q) {
        require(q.path("seed").isIntegralNumber(), "a run without a seed must report the seed it used; seed is " + q.path("seed"));
        return q.path("seed").asLong();
    }

    /** RQ-07: the same seed gives the same result, member for member. */
    public static void requireSameResult(JsonNode first, JsonNode second) {
        require(seededResult(first).equals(seededResult(second)), "the same seed gave different results (seed " + second.path("seed") + ")");
    }

    /** RQ-08: the median ALE over the runs lies within the case's relative tolerance of λ·exp(μ+σ²/2); returns the recomputation. */
    public static String requireAleCalibrated(String caseName, JsonNode c, List<JsonNode> runs) {
        double exact = OpenFair.ale(c.path("lambda").asDouble(), c.path("mu").asDouble(), c.path("sigma").asDouble());
        List<Double> ales = values(runs, "aleCNY");
        // At exact = 0 (λ = 0) a relative error is undefined: the median must then be 0 itself.
        double m = median(ales), error = exact == 0 ? Math.abs(m) : Math.abs(m / exact - 1), tolerance = c.path("aleTolerance").asDouble();
        String evidence = String.format("%s: exact ALE λ·exp(μ+σ²/2) = %.2f; simulated aleCNY (seeds 1,2,3) = %s; median %.2f; %s error %.4f; tolerance ±%.3f",
                caseName, exact, ales, m, exact == 0 ? "absolute" : "relative", error, tolerance);
        require(error <= tolerance, "ALE is not calibrated: " + evidence);
        return evidence;
    }

    /** RQ-09: the median P(L=0) over the runs lies within the case's tolerance of exp(−λ); returns the recomputation. */
    public static String requireZeroLossCalibrated(String caseName, JsonNode c, List<JsonNode> runs) {
        double exact = OpenFair.zeroLossProbability(c.path("lambda").asDouble());
        List<Double> ps = values(runs, "zeroLossProbability");
        double m = median(ps), tolerance = c.path("zeroLossTolerance").asDouble();
        String evidence = String.format("%s: exact P(L=0) = exp(−λ) = %.6f; simulated (seeds 1,2,3) = %s; median %.6f; tolerance ±%.4f",
                caseName, exact, ps, m, tolerance);
        require(Math.abs(m - exact) <= tolerance, "P(L=0) is not calibrated: " + evidence);
        return evidence;
    }

    /** RQ-11: scenarios derived with remote-access MFA have a lower expected annual loss than without; returns both. */
    public static String requireLowerExpectedLoss(JsonNode withMfa, JsonNode withoutMfa) {
        double with = OpenFair.expectedLoss(withMfa.path("scenarios")), without = OpenFair.expectedLoss(withoutMfa.path("scenarios"));
        String evidence = String.format("expected annual loss of the derived inputs: mfa.remoteAccess true %.2f, false %.2f", with, without);
        require(with < without, "remote-access MFA does not lower the expected loss: " + evidence);
        return evidence;
    }

    private static List<Double> values(List<JsonNode> runs, String member) {
        List<Double> xs = new ArrayList<>();
        runs.forEach(q -> xs.add(q.path(member).asDouble()));
        return xs;
    }
}
