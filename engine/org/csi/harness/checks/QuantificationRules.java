package org.csi.harness.checks;

import static org.csi.harness.checks.ClauseViolation.require;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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

    /** The median of three values (RQ-08/09 judge the median over seeds 1, 2 and 3). */
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

    public static double median(List<Double> xs) {
        List<Double> sorted = new ArrayList<>(xs);
        sorted.sort(Double::compare);
        return sorted.get(sorted.size() / 2);
    }
}
