package org.csi.harness.contract;

import java.util.Map;
import java.util.Set;

/**
 * Which clause owns each rule of the interface contract, so that a response breaking a rule fails that clause and no
 * other (issue 10: the right clause). Read from the pack:
 * <ul>
 *   <li>money, amounts, timestamps and dates (README §4.1) are GEN-13's "time and money formats";</li>
 *   <li>the page envelope {data, nextCursor} (README §4.5) is GEN-10's pagination;</li>
 *   <li>problem members (README §4.2) belong to the clauses whose test lines judge the error form itself: GEN-02
 *       ("401 problem+json") and GEN-06 ("every one of these responses is problem+json with status equal to the
 *       HTTP status"); a clause that only expects a status and a code judges those on the parsed problem;</li>
 *   <li>a resource's own members belong to the clause that defines the resource (the table below).</li>
 * </ul>
 * A rule with no owner (a body that is not JSON, a schema missing from the table) is judged by whichever clause reads
 * the response, as it cannot judge anything else on it.
 */
public final class RuleOwners {
    private RuleOwners() {}

    /** Definitions of common.schema.json that carry a rule of their own. */
    private static final Map<String, Set<String>> COMMON = Map.of(
            "timestamp", Set.of("GEN-13"), "timestampOrNull", Set.of("GEN-13"), "date", Set.of("GEN-13"), "amount", Set.of("GEN-13"), "money", Set.of("GEN-13"),
            "page", Set.of("GEN-10"));

    /** Each response schema (without "-page") and the clause that defines the resource. */
    private static final Map<String, Set<String>> RESOURCES = Map.ofEntries(
            Map.entry("capability", Set.of("GEN-01")),
            Map.entry("token", Set.of("GEN-03")),
            Map.entry("oauth-error", Set.of("GEN-03")),
            Map.entry("problem", Set.of("GEN-02", "GEN-06")),
            Map.entry("audit-event", Set.of("GEN-11")),
            Map.entry("test-clock", Set.of("GEN-14")),
            Map.entry("test-clock-advance", Set.of("GEN-14")),
            Map.entry("test-clock-create", Set.of("GEN-14")),
            Map.entry("product", Set.of("CAT-01")),
            Map.entry("category-map", Set.of("CAT-08")),
            Map.entry("application", Set.of("UW-01")),
            Map.entry("assessment", Set.of("UW-04")),
            Map.entry("questionnaire", Set.of("UW-06")),
            Map.entry("underwriting-decision", Set.of("UW-07")),
            Map.entry("quote", Set.of("UW-09")),
            Map.entry("policy", Set.of("UW-14")),
            Map.entry("rescission", Set.of("UW-16")),
            Map.entry("quantification", Set.of("RQ-01")),
            // CSI-MON (brief M)
            Map.entry("monitoring-service", Set.of("MON-01")),
            Map.entry("subscription", Set.of("MON-02")),
            Map.entry("scan", Set.of("MON-03")),
            Map.entry("finding", Set.of("MON-03")),
            Map.entry("finding-ocsf", Set.of("MON-07")),
            Map.entry("finding-view", Set.of("MON-03", "MON-07")),
            Map.entry("risk-score", Set.of("MON-11")),
            Map.entry("monitoring-terms", Set.of("MON-12")),
            Map.entry("risk-event", Set.of("MON-12")),
            Map.entry("recommendation", Set.of("MON-13")),
            Map.entry("acknowledgement", Set.of("MON-13")),
            Map.entry("monitoring-report", Set.of("MON-14")),
            Map.entry("stix-bundle", Set.of("MON-15")),
            Map.entry("incident", Set.of("CLM-01")),
            Map.entry("response-plan", Set.of("ER-07")),
            Map.entry("incident-action", Set.of("ER-05", "ER-06", "ER-08", "ER-09")),
            Map.entry("post-incident-report", Set.of("ER-10")),
            Map.entry("incident-follow-up", Set.of("ER-05", "ER-06", "ER-07", "ER-08", "ER-09", "ER-10")),
            Map.entry("claim", Set.of("CLM-01")),
            Map.entry("claim-document", Set.of("CLM-04")),
            Map.entry("supplement-request", Set.of("CLM-04")),
            Map.entry("forensic-report", Set.of("CLM-05")),
            Map.entry("liability-decision", Set.of("CLM-06")),
            Map.entry("denial-notice", Set.of("CLM-07")),
            Map.entry("loss-assessment", Set.of("CLM-08")),
            Map.entry("settlement", Set.of("CLM-09")),
            Map.entry("payment", Set.of("CLM-11")),
            // The answer to an action the pack leaves undescribed (README §4.1) may be any JSON object or array: the
            // clauses whose actions answer with it (rescission, denial notice, loss assessment, agreement and
            // payments, close and withdraw) own that one rule.
            Map.entry("action-answer", Set.of("UW-16", "CLM-07", "CLM-08", "CLM-11", "CLM-12", "CLM-13")));

    /** The clauses that own {@code v}; empty when the rule has no owner and every reader judges it. */
    public static Set<String> owners(ContractCheck.Violation v) {
        if (v.rule() == null) return Set.of();
        if (v.rule().equals("media-type")) return resource(v.schema());
        String file = v.rule().contains("#") ? v.rule().substring(0, v.rule().indexOf('#')) : v.rule();
        String fragment = v.rule().contains("#") ? v.rule().substring(v.rule().indexOf('#') + 1) : "";
        if (file.equals("common.schema.json")) {
            String def = fragment.startsWith("/$defs/") ? fragment.substring("/$defs/".length()).split("/")[0] : "";
            // An id or any other shared member is the resource's own.
            return COMMON.getOrDefault(def, resource(v.schema()));
        }
        if (file.endsWith("-page.schema.json")) return Set.of("GEN-10");
        Set<String> member = memberOwner(file, fragment, v.text());
        return member != null ? member : resource(file);
    }

    /**
     * Members of a resource that a clause of their own judges (CSI-CLM's claim fields, CSI-ER's incident members): a claim without
     * coverageChecks breaks CLM-16, a SHOULD, not the first notice of loss that CLM-01 judges.
     */
    private static final Map<String, Map<String, Set<String>>> MEMBERS = Map.of("claim.schema.json", Map.of(
            "coverageChecks", Set.of("CLM-16"), "links", Set.of("CLM-16"), "lateDamages", Set.of("CLM-15"), "timeBar", Set.of("CLM-03")),
            // CSI-ER's members of the shared incident (optional for CSI-CLM): each is judged by the ER clause that defines it.
            "incident.schema.json", Map.of("category", Set.of("ER-02"), "grade", Set.of("ER-03"), "gradingBasis", Set.of("ER-03"),
                    "gradeHistory", Set.of("ER-11"), "regulatoryReport", Set.of("ER-04", "ER-05"), "obligations", Set.of("ER-04", "ER-06", "ER-07"),
                    "responsePlan", Set.of("ER-07"), "postIncidentReport", Set.of("ER-10")));

    private static final java.util.regex.Pattern REQUIRED = java.util.regex.Pattern.compile("required property '([^']+)'");

    /** The owner of the top-level member a rule of {@code file} is about, or null when no clause of its own judges it. */
    private static Set<String> memberOwner(String file, String fragment, String text) {
        Map<String, Set<String>> members = MEMBERS.get(file);
        if (members == null) return null;
        String name = null;
        if (fragment.startsWith("/properties/")) name = fragment.substring("/properties/".length()).split("/")[0];
        else if (fragment.equals("/required") && text != null) {
            var m = REQUIRED.matcher(text);
            if (m.find()) name = m.group(1);
        }
        return name == null ? null : members.get(name);
    }

    /** The owner of a resource schema file, or empty when the table does not name it. */
    static Set<String> resource(String schemaFile) {
        if (schemaFile == null) return Set.of();
        String name = schemaFile.replace(".schema.json", "").replaceAll("-page$", "");
        return RESOURCES.getOrDefault(name, Set.of());
    }
}
