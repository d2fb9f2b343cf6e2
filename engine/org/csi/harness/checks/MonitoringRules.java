package org.csi.harness.checks;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.csi.harness.fixtures.Fixtures;
import org.csi.harness.oracle.SeverityScale;
import org.csi.harness.verdict.ClauseViolation;

/** The rules of CSI-MON on catalogue, subscriptions, findings, risk score, risk events, recommendations and reports, from the pack's text. */
public final class MonitoringRules {
    /** MON-01: the services the catalogue must include. */
    public static final List<String> REQUIRED_SERVICES = List.of("VULN_SCAN", "ASSET_MAPPING", "THREAT_INTEL", "CODE_AUDIT");
    /** An ISO 8601 duration (PnYnMnWnDTnHnMnS, at least one part). */
    private static final Pattern ISO_DURATION = Pattern.compile("P(?=\\d|T\\d)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?");

    private MonitoringRules() {}

    // ---- MON-01 ----

    public static void requireCatalogue(List<JsonNode> services) {
        Set<String> codes = new HashSet<>();
        services.forEach(s -> codes.add(s.path("serviceCode").asText()));
        List<String> missing = REQUIRED_SERVICES.stream().filter(c -> !codes.contains(c)).toList();
        ClauseViolation.require(missing.isEmpty(), "the monitoring catalogue lacks " + missing + "; it lists " + codes);
    }

    public static void requireEntriesComplete(List<JsonNode> services) {
        for (JsonNode s : services) {
            String code = s.path("serviceCode").asText();
            String f = s.path("frequency").asText("");
            ClauseViolation.require(validFrequency(s.path("frequency")), "service " + code + " has frequency " + s.path("frequency")
                    + ", neither an ISO 8601 duration nor CONTINUOUS");
            ClauseViolation.require(present(s.path("scope")), "service " + code + " has no scope");
            ClauseViolation.require(present(s.path("deliverable")), "service " + code + " has no deliverable");
            ClauseViolation.require(!f.isEmpty(), "service " + code + " has an empty frequency");
        }
    }

    /** A frequency is an ISO 8601 duration or CONTINUOUS (MON-01). */
    public static boolean validFrequency(JsonNode f) {
        return f.isTextual() && (f.asText().equals("CONTINUOUS") || ISO_DURATION.matcher(f.asText()).matches());
    }

    private static boolean present(JsonNode n) {
        return !(n.isMissingNode() || n.isNull() || (n.isTextual() && n.asText().isBlank()) || (n.isContainerNode() && n.isEmpty()));
    }

    // ---- MON-02 ----

    /** {@code secret} appears nowhere in a subscription answer, and callback.secretSet is true. */
    public static void requireSecretHidden(String where, JsonNode subscription, String body, String secret) {
        ClauseViolation.require(subscription != null, where + ": the subscription is missing");
        ClauseViolation.require(!body.contains(secret), where + " echoes the callback secret");
        ClauseViolation.require(!subscription.path("callback").has("secret"), where + " carries callback.secret");
        ClauseViolation.require(subscription.at("/callback/secretSet").asBoolean(false) && subscription.at("/callback/secretSet").isBoolean(),
                where + " shows callback.secretSet " + subscription.at("/callback/secretSet") + ", not true");
    }

    // ---- MON-03..05: known answers and the false-positive rule (fixtures.md F-CAN) ----

    /** The finding of {@code cve} on {@code assetRef}; none fails the clause. */
    public static JsonNode requireFinding(List<JsonNode> findings, String assetRef, String cve) {
        for (JsonNode f : findings) {
            if (f.path("assetRef").asText().equals(assetRef) && cve.equals(f.path("cveId").asText(null))) return f;
        }
        throw new ClauseViolation("no finding of " + cve + " on " + assetRef + "; its findings were " + cves(findings, assetRef));
    }

    public static void requireNoFinding(List<JsonNode> findings, String assetRef, String cve) {
        for (JsonNode f : findings) {
            ClauseViolation.require(!(f.path("assetRef").asText().equals(assetRef) && cve.equals(f.path("cveId").asText(null))),
                    assetRef + " has a finding of " + cve + " (" + f.path("findingId").asText() + "), which its banner version excludes");
        }
    }

    /** The base score is one F-CAN accepts for the CVE, and both labels follow the score (UW's two scales). */
    public static String requireScoreAndLabels(JsonNode finding, List<String> acceptedScores) {
        JsonNode s = finding.path("severity");
        String cve = finding.path("cveId").asText();
        ClauseViolation.require(s.path("cvssBaseScore").isNumber(), cve + " has no numeric severity.cvssBaseScore: " + s);
        BigDecimal score = s.path("cvssBaseScore").decimalValue();
        ClauseViolation.require(acceptedScores.stream().anyMatch(a -> new BigDecimal(a).compareTo(score) == 0),
                cve + " has cvssBaseScore " + score + ", F-CAN accepts " + acceptedScores);
        SeverityScale.Expected e = SeverityScale.of(score);
        String level = s.path("gbt30279Level").isNull() ? null : s.path("gbt30279Level").asText(null);
        ClauseViolation.require(e.cvssSeverity().equals(s.path("cvssSeverity").asText()) && Objects.equals(e.gbt30279Level(), level),
                cve + " with cvssBaseScore " + score + " is labelled " + s.path("cvssSeverity").asText() + " / " + level + "; the score gives "
                        + e.cvssSeverity() + " / " + e.gbt30279Level());
        return cve + ": " + score + " → " + e.cvssSeverity() + " / " + e.gbt30279Level();
    }

    /** No finding on {@code assetRef} carries a cveId (CAN-C, CAN-D); informational findings without one are allowed. */
    public static void requireNoCve(List<JsonNode> findings, String assetRef) {
        List<String> cves = cves(findings, assetRef);
        ClauseViolation.require(cves.isEmpty(), assetRef + " (no CVE expected) has findings with a cveId: " + cves);
    }

    /**
     * The false-positive rule of CSI-MON on CAN-A or CAN-B: a CVE whose record at the snapshot excludes the banner version
     * is a false positive; required CVEs and acceptedAdditionalCves are allowed; a CVE with no record is not judged.
     * Returns the CVEs not judged, for the evidence.
     */
    public static List<String> requireNoFalsePositive(List<JsonNode> findings, String assetRef) {
        JsonNode rule = Fixtures.get("can/false-positive-rule.json").path("canaries").path(assetRef);
        if (rule.path("anyCveIsFalsePositive").asBoolean()) {
            requireNoCve(findings, assetRef);
            return List.of();
        }
        Set<String> allowed = texts(rule.path("requiredCves"));
        allowed.addAll(texts(rule.path("acceptedAdditionalCves")));
        Set<String> falsePositives = texts(rule.path("falsePositives"));
        List<String> notJudged = new ArrayList<>();
        for (String cve : cves(findings, assetRef)) {
            if (allowed.contains(cve)) continue;
            ClauseViolation.require(!falsePositives.contains(cve), cve + " on " + assetRef + " (" + rule.path("banner").asText()
                    + ") is a false positive: its record at the F-CAN snapshot excludes that version");
            notJudged.add(cve);
        }
        return notJudged;
    }

    private static List<String> cves(List<JsonNode> findings, String assetRef) {
        List<String> out = new ArrayList<>();
        for (JsonNode f : findings) {
            if (f.path("assetRef").asText().equals(assetRef) && f.path("cveId").isTextual()) out.add(f.path("cveId").asText());
        }
        return out;
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> s = new HashSet<>();
        array.forEach(x -> s.add(x.asText()));
        return s;
    }

    // ---- MON-11, MON-12 ----

    /** The score is an integer 0–100 and the history is non-empty; returns the score. */
    public static int requireBaseline(JsonNode risk) {
        JsonNode s = risk.path("score");
        ClauseViolation.require(s.isIntegralNumber() && s.asInt() >= 0 && s.asInt() <= 100, "the risk score " + s + " is not an integer 0–100");
        ClauseViolation.require(risk.path("history").isArray() && !risk.path("history").isEmpty(), "the risk-score history is empty after the baseline scan");
        return s.asInt();
    }

    /** After CAN-A is added: s1 > s0 unless s0 = 100, and a new history entry cites the CAN-A findings. */
    public static void requireRise(int s0, int historyBefore, JsonNode risk, List<String> canAFindingIds) {
        JsonNode s = risk.path("score");
        ClauseViolation.require(s.isIntegralNumber() && s.asInt() >= 0 && s.asInt() <= 100, "the risk score " + s + " is not an integer 0–100");
        int s1 = s.asInt();
        ClauseViolation.require(s0 == 100 || s1 > s0, "the risk score did not rise with CAN-A's findings: s0 = " + s0 + ", s1 = " + s1);
        JsonNode history = risk.path("history");
        ClauseViolation.require(history.size() > historyBefore, "no new history entry after the rescan (" + history.size() + " entries, " + historyBefore + " before)");
        ClauseViolation.require(!canAFindingIds.isEmpty(), "CAN-A has no findings to cite");
        Set<String> cited = new HashSet<>();
        for (int i = historyBefore; i < history.size(); i++) history.get(i).path("findingIds").forEach(x -> cited.add(x.asText()));
        ClauseViolation.require(canAFindingIds.stream().anyMatch(cited::contains),
                "the new history entries cite " + cited + ", none of CAN-A's findings " + canAFindingIds);
    }

    /** A risk event {riskEventId, occurredAt, policyId, previousScore, newScore, threshold, findingIds[], reRatingRequired:true}. */
    public static void requireRiskEvent(JsonNode e, String policyId, int previousScore, int threshold) {
        String id = e.path("riskEventId").asText();
        ClauseViolation.require(!id.isBlank(), "the risk event has no riskEventId: " + e);
        ClauseViolation.require(e.path("occurredAt").isTextual(), "risk event " + id + " has no occurredAt");
        ClauseViolation.require(e.path("policyId").asText().equals(policyId), "risk event " + id + " names policy " + e.path("policyId"));
        ClauseViolation.require(e.path("previousScore").isIntegralNumber() && e.path("previousScore").asInt() == previousScore,
                "risk event " + id + " has previousScore " + e.path("previousScore") + ", the score before was " + previousScore);
        ClauseViolation.require(e.path("threshold").isIntegralNumber() && e.path("threshold").asInt() == threshold,
                "risk event " + id + " has threshold " + e.path("threshold") + ", the threshold set was " + threshold);
        ClauseViolation.require(e.path("newScore").isIntegralNumber() && e.path("newScore").asInt() >= threshold,
                "risk event " + id + " has newScore " + e.path("newScore") + ", below the threshold " + threshold);
        ClauseViolation.require(e.path("findingIds").isArray(), "risk event " + id + " has no findingIds[]");
        ClauseViolation.require(e.path("reRatingRequired").isBoolean() && e.path("reRatingRequired").asBoolean(),
                "risk event " + id + " has reRatingRequired " + e.path("reRatingRequired") + ", not true");
    }

    // ---- MON-13 ----

    /** The response-deadline limit for a finding's severity: CRITICAL 7 days, HIGH 15 days (N days = N×24 h). */
    public static Duration deadlineLimit(String cvssSeverity) {
        return cvssSeverity.equals("CRITICAL") ? Duration.ofDays(7) : Duration.ofDays(15);
    }

    /**
     * Every finding with CVSS ≥ 7.0 is cited by a recommendation issued within 24 h of its detectedAt, whose responseDeadline
     * is within the limit of the finding's severity. Returns one line per finding for the evidence.
     */
    public static String requireRecommendations(List<JsonNode> findings, List<JsonNode> recommendations) {
        StringBuilder evidence = new StringBuilder();
        int serious = 0;
        for (JsonNode f : findings) {
            if (!f.at("/severity/cvssBaseScore").isNumber() || f.at("/severity/cvssBaseScore").decimalValue().compareTo(new BigDecimal("7.0")) < 0) continue;
            serious++;
            String id = f.path("findingId").asText();
            OffsetDateTime detected = OffsetDateTime.parse(f.path("detectedAt").asText());
            JsonNode rec = null;
            for (JsonNode r : recommendations) for (JsonNode x : r.path("findingIds")) if (x.asText().equals(id)) rec = r;
            ClauseViolation.require(rec != null, "finding " + id + " (" + f.path("cveId").asText() + ", CVSS " + f.at("/severity/cvssBaseScore")
                    + ") has no recommendation 24 h after its detectedAt " + detected);
            String rid = rec.path("recommendationId").asText();
            OffsetDateTime issued = OffsetDateTime.parse(rec.path("issuedAt").asText());
            ClauseViolation.require(!issued.isAfter(detected.plusHours(24)), "recommendation " + rid + " was issued at " + issued + ", more than 24 h after " + detected);
            ClauseViolation.require(rec.path("actions").isArray() && !rec.path("actions").isEmpty(), "recommendation " + rid + " has no actions");
            OffsetDateTime deadline = OffsetDateTime.parse(rec.path("responseDeadline").asText());
            String sev = f.at("/severity/cvssSeverity").asText();
            Duration limit = deadlineLimit(sev);
            ClauseViolation.require(!deadline.isAfter(issued.plus(limit)), "recommendation " + rid + " for a " + sev + " finding has responseDeadline "
                    + deadline + ", later than issuedAt + " + limit.toDays() + " days (" + issued.plus(limit) + ")");
            evidence.append(id).append(' ').append(f.path("cveId").asText()).append(' ').append(sev).append(": ").append(rid)
                    .append(" issued ").append(issued).append(", deadline ").append(deadline).append('\n');
        }
        ClauseViolation.require(serious > 0, "no finding with CVSS ≥ 7.0 to check (CAN-A and CAN-B should have some)");
        return evidence.toString();
    }

    /** The recommendation's RECOMMENDATION_RESPONSE obligation, due at its responseDeadline. */
    public static JsonNode requireResponseObligation(JsonNode rec) {
        for (JsonNode o : rec.path("obligations")) {
            if (o.path("code").asText().equals("RECOMMENDATION_RESPONSE")) {
                ClauseViolation.require(o.path("dueAt").isTextual() && OffsetDateTime.parse(o.path("dueAt").asText())
                                .isEqual(OffsetDateTime.parse(rec.path("responseDeadline").asText())),
                        "recommendation " + rec.path("recommendationId").asText() + ": RECOMMENDATION_RESPONSE is due at " + o.path("dueAt")
                                + ", not at responseDeadline " + rec.path("responseDeadline"));
                return o;
            }
        }
        throw new ClauseViolation("recommendation " + rec.path("recommendationId").asText() + " has no RECOMMENDATION_RESPONSE obligation: " + rec.path("obligations"));
    }

    /** At the deadline itself: not OVERDUE, obligation PENDING (README §4.6: BREACHED once the clock passes dueAt). */
    public static void requireStillOpen(JsonNode rec) {
        JsonNode o = requireResponseObligation(rec);
        String id = rec.path("recommendationId").asText();
        ClauseViolation.require(o.path("status").asText().equals("PENDING"), "at its responseDeadline, recommendation " + id + "'s obligation is " + o.path("status") + ", not PENDING");
        ClauseViolation.require(!rec.path("status").asText().equals("OVERDUE"), "recommendation " + id + " is OVERDUE at its responseDeadline itself");
    }

    /** Past the deadline with no acknowledgement: OVERDUE, and RECOMMENDATION_RESPONSE BREACHED with breachedAt = dueAt. */
    public static void requireOverdue(JsonNode rec) {
        JsonNode o = requireResponseObligation(rec);
        String id = rec.path("recommendationId").asText();
        ClauseViolation.require(rec.path("status").asText().equals("OVERDUE"), "recommendation " + id + " is " + rec.path("status") + " past its responseDeadline, not OVERDUE");
        ClauseViolation.require(o.path("status").asText().equals("BREACHED"), "recommendation " + id + ": RECOMMENDATION_RESPONSE is " + o.path("status") + ", not BREACHED");
        ClauseViolation.require(o.path("breachedAt").isTextual() && OffsetDateTime.parse(o.path("breachedAt").asText()).isEqual(OffsetDateTime.parse(o.path("dueAt").asText())),
                "recommendation " + id + ": breachedAt " + o.path("breachedAt") + " is not dueAt " + o.path("dueAt") + " (README §4.6)");
    }

    /** After an acknowledgement before the deadline: ACKNOWLEDGED (or RESOLVED), and RECOMMENDATION_RESPONSE MET with metAt. */
    public static void requireAcknowledged(JsonNode rec) {
        JsonNode o = requireResponseObligation(rec);
        String id = rec.path("recommendationId").asText();
        ClauseViolation.require(rec.path("status").asText().equals("ACKNOWLEDGED") || rec.path("status").asText().equals("RESOLVED"),
                "recommendation " + id + " is " + rec.path("status") + " after the acknowledgement, not ACKNOWLEDGED");
        ClauseViolation.require(o.path("status").asText().equals("MET") && o.path("metAt").isTextual(),
                "recommendation " + id + ": RECOMMENDATION_RESPONSE is " + o.path("status") + " (metAt " + o.path("metAt") + ") after the acknowledgement, not MET");
    }

    // ---- MON-14 ----

    /**
     * At least one report {reportId, periodStart, periodEnd, generatedAt, findingsSummary, scoreTrend}, generated by
     * start + 31 days, its period at most 31 days.
     */
    public static void requireMonthlyReport(List<JsonNode> reports, OffsetDateTime start) {
        ClauseViolation.require(!reports.isEmpty(), "no monthly report 31 days after the subscription started at " + start);
        for (JsonNode r : reports) {
            String id = r.path("reportId").asText();
            ClauseViolation.require(!id.isBlank(), "a report has no reportId: " + r);
            for (String m : List.of("periodStart", "periodEnd", "generatedAt")) {
                ClauseViolation.require(r.path(m).isTextual(), "report " + id + " has no " + m);
            }
            ClauseViolation.require(r.has("findingsSummary") && !r.path("findingsSummary").isNull(), "report " + id + " has no findingsSummary");
            ClauseViolation.require(r.has("scoreTrend") && !r.path("scoreTrend").isNull(), "report " + id + " has no scoreTrend");
            OffsetDateTime ps = OffsetDateTime.parse(r.path("periodStart").asText()), pe = OffsetDateTime.parse(r.path("periodEnd").asText());
            OffsetDateTime g = OffsetDateTime.parse(r.path("generatedAt").asText());
            ClauseViolation.require(!g.isAfter(start.plusDays(31)), "report " + id + " was generated at " + g + ", after start + 31 days (" + start.plusDays(31) + ")");
            ClauseViolation.require(pe.isAfter(ps) && !pe.isAfter(ps.plusDays(31)), "report " + id + " covers " + ps + " to " + pe + ", not a period of at most 31 days");
        }
    }

    /** The subscription's obligation {@code code} has {@code status}; returns it. */
    public static JsonNode requireObligation(JsonNode resource, String code, String status) {
        List<String> seen = new ArrayList<>();
        for (JsonNode o : resource.path("obligations")) {
            if (!o.path("code").asText().equals(code)) continue;
            seen.add(o.path("status").asText());
            if (o.path("status").asText().equals(status)) return o;
        }
        throw new ClauseViolation(code + " is " + (seen.isEmpty() ? "not among the obligations " + resource.path("obligations") : seen.toString()) + ", not " + status);
    }
}
