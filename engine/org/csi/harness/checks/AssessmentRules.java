package org.csi.harness.checks;

import org.csi.harness.verdict.ClauseViolation;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.csi.harness.oracle.SeverityScale;

/** UW-04 and UW-05: a COMPLETED assessment's methods, findings and risk items, and the two severity scales. */
public final class AssessmentRules {
    private static final Set<String> METHODS = Set.of("QUESTIONNAIRE", "VULN_SCAN", "PENTEST");
    private static final Set<String> RISK_LEVELS = Set.of("VERY_HIGH", "HIGH", "MEDIUM", "LOW", "VERY_LOW");

    private AssessmentRules() {}

    /** Methods, findings on the application's assets, risk items citing this assessment's findings, report version and approver. */
    public static void requireComplete(JsonNode application, JsonNode a) {
        Set<String> methods = texts(a.path("methods"));
        ClauseViolation.require(METHODS.containsAll(methods) && methods.contains("QUESTIONNAIRE")
                && (methods.contains("VULN_SCAN") || methods.contains("PENTEST")), "methods " + methods + " must be QUESTIONNAIRE plus VULN_SCAN or PENTEST");
        Set<String> assets = new HashSet<>();
        application.path("assets").forEach(x -> assets.add(x.path("assetRef").asText()));
        Set<String> findingIds = new HashSet<>();
        for (JsonNode f : a.path("findings")) {
            findingIds.add(f.path("findingId").asText());
            ClauseViolation.require(assets.contains(f.path("assetRef").asText()),
                    "finding " + f.path("findingId").asText() + " is on asset " + f.path("assetRef") + ", not an asset of the application " + assets);
        }
        ClauseViolation.require(a.path("riskItems").isArray() && !a.path("riskItems").isEmpty(), "the assessment has no riskItems");
        for (JsonNode r : a.path("riskItems")) {
            String id = r.path("riskItemId").asText();
            ClauseViolation.require(assets.contains(r.path("assetRef").asText()), "risk item " + id + " is on asset " + r.path("assetRef") + ", not the application's");
            ClauseViolation.require(!r.path("threat").asText().isBlank() && r.path("existingControls").isArray(), "risk item " + id + " lacks threat or existingControls");
            ClauseViolation.require(between(r.path("likelihood"), 1, 5) && between(r.path("impact"), 1, 5), "risk item " + id + ": likelihood and impact must be 1–5");
            ClauseViolation.require(RISK_LEVELS.contains(r.path("riskLevel").asText()), "risk item " + id + ": riskLevel " + r.path("riskLevel"));
            for (JsonNode f : r.path("findingIds")) {
                ClauseViolation.require(findingIds.contains(f.asText()), "risk item " + id + " cites finding " + f + ", which is not a finding of this assessment");
            }
        }
        ClauseViolation.require(!a.path("reportVersion").asText().isBlank() && !a.path("approvedBy").asText().isBlank(), "reportVersion or approvedBy is missing");
    }

    /** The finding of {@code cve} on {@code assetRef}, with one of the accepted base scores; returns it. */
    public static JsonNode requireCveFinding(JsonNode a, String assetRef, String cve, List<String> acceptedScores) {
        for (JsonNode f : a.path("findings")) {
            if (f.path("assetRef").asText().equals(assetRef) && f.path("cveId").asText().equals(cve)) {
                BigDecimal score = f.at("/severity/cvssBaseScore").decimalValue();
                ClauseViolation.require(acceptedScores.stream().anyMatch(s -> new BigDecimal(s).compareTo(score) == 0),
                        cve + " has cvssBaseScore " + f.at("/severity/cvssBaseScore") + ", accepted " + acceptedScores);
                return f;
            }
        }
        throw new ClauseViolation("no finding of " + cve + " on " + assetRef + "; findings were " + a.path("findings"));
    }

    /** A risk item whose findingIds include {@code finding}. */
    public static void requireRiskItemCites(JsonNode a, JsonNode finding) {
        String id = finding.path("findingId").asText();
        for (JsonNode r : a.path("riskItems")) for (JsonNode f : r.path("findingIds")) if (f.asText().equals(id)) return;
        throw new ClauseViolation("no risk item cites finding " + id + " (" + finding.path("cveId").asText() + "); riskItems were " + a.path("riskItems"));
    }

    /** Every finding has the five severity members. */
    public static void requireSeveritiesComplete(JsonNode a) {
        for (JsonNode f : a.path("findings")) {
            JsonNode s = f.path("severity");
            ClauseViolation.require(!s.path("cvssVersion").asText().isBlank() && s.path("cvssBaseScore").isNumber() && s.has("cvssVector")
                    && s.has("cvssSeverity") && s.has("gbt30279Level"), "finding " + f.path("findingId").asText() + " has an incomplete severity " + s);
        }
    }

    /** Each finding's two levels follow the mapping for its base score; returns expected vs reported for the evidence. */
    public static String requireSeverities(JsonNode a) {
        requireSeveritiesComplete(a);
        StringBuilder evidence = new StringBuilder();
        for (JsonNode f : a.path("findings")) {
            JsonNode s = f.path("severity");
            String id = f.path("findingId").asText();
            SeverityScale.Expected e = SeverityScale.of(s.path("cvssBaseScore").decimalValue());
            String level = s.path("gbt30279Level").isNull() ? null : s.path("gbt30279Level").asText();
            evidence.append(id).append(' ').append(f.path("cveId").asText("-")).append(": score ").append(s.path("cvssBaseScore"))
                    .append(" → expected ").append(e.cvssSeverity()).append('/').append(e.gbt30279Level())
                    .append(", reported ").append(s.path("cvssSeverity").asText()).append('/').append(level).append('\n');
            ClauseViolation.require(e.cvssSeverity().equals(s.path("cvssSeverity").asText()) && Objects.equals(e.gbt30279Level(), level),
                    "finding " + id + " with cvssBaseScore " + s.path("cvssBaseScore") + " is graded " + s.path("cvssSeverity").asText() + "/" + level
                            + ", the mapping gives " + e.cvssSeverity() + "/" + e.gbt30279Level());
        }
        return evidence.toString();
    }

    private static boolean between(JsonNode n, int lo, int hi) {
        return n.isIntegralNumber() && n.asInt() >= lo && n.asInt() <= hi;
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> s = new HashSet<>();
        array.forEach(x -> s.add(x.asText()));
        return s;
    }
}
