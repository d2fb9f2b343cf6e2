package org.csi.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.OffsetDateTime;
import java.util.List;
import org.csi.harness.checks.MonitoringRules;
import org.csi.harness.checks.OcsfView;
import org.csi.harness.checks.StixBundle;
import org.csi.harness.verdict.ClauseViolation;
import org.junit.jupiter.api.Test;

/** The CSI-MON checks on hand-made answers: each rule of the pack passes its good case and fails its bad one. */
class MonitoringRulesTest {
    private static final ObjectMapper M = new ObjectMapper();

    private static JsonNode json(String s) throws Exception {
        return M.readTree(s.replace('\'', '"'));
    }

    private static JsonNode finding(String asset, String cve, double score, String sev, String level) throws Exception {
        return json("{'findingId':'f-" + asset + "-" + cve + "','assetRef':'" + asset + "','cveId':" + (cve == null ? "null" : "'" + cve + "'")
                + ",'title':'t','status':'OPEN','detectedAt':'2025-06-02T09:00:00+08:00','firstSeen':'2025-06-02T09:00:00+08:00',"
                + "'lastSeen':'2025-06-03T09:00:00+08:00','severity':{'cvssVersion':'3.1','cvssBaseScore':" + score + ",'cvssSeverity':'" + sev
                + "','gbt30279Level':" + (level == null ? "null" : "'" + level + "'") + "}}");
    }

    @Test
    void frequenciesAreIsoDurationsOrContinuous() {
        for (String ok : List.of("P7D", "PT1H", "P1M", "P1Y2M3DT4H5M6S", "P2W", "CONTINUOUS")) assertTrue(MonitoringRules.validFrequency(TextNode.valueOf(ok)), ok);
        for (String bad : List.of("weekly", "P", "PT", "7D", "", "continuous")) assertFalse(MonitoringRules.validFrequency(TextNode.valueOf(bad)), bad);
    }

    @Test
    void theFalsePositiveRuleFollowsTheSnapshotRecords() throws Exception {
        JsonNode required = finding("CAN-A", "CVE-2021-41773", 7.5, "HIGH", "HIGH");
        JsonNode accepted = finding("CAN-A", "CVE-2021-41524", 7.5, "HIGH", "HIGH");
        JsonNode unknown = finding("CAN-A", "CVE-2099-0001", 5.0, "MEDIUM", "MEDIUM");
        assertEquals(List.of("CVE-2099-0001"), MonitoringRules.requireNoFalsePositive(List.of(required, accepted, unknown), "CAN-A"));
        // CVE-2021-40438's record affects 2.4.48 and earlier: excluded for both banners.
        assertThrows(ClauseViolation.class, () -> MonitoringRules.requireNoFalsePositive(List.of(finding("CAN-A", "CVE-2021-40438", 9.0, "CRITICAL", "EXTREME")), "CAN-A"));
        // CVE-2021-41524 affects 2.4.49 only: a false positive on CAN-B (2.4.50), as is CVE-2021-41773.
        assertThrows(ClauseViolation.class, () -> MonitoringRules.requireNoFalsePositive(List.of(finding("CAN-B", "CVE-2021-41524", 7.5, "HIGH", "HIGH")), "CAN-B"));
        assertThrows(ClauseViolation.class, () -> MonitoringRules.requireNoFalsePositive(List.of(finding("CAN-B", "CVE-2021-41773", 7.5, "HIGH", "HIGH")), "CAN-B"));
        MonitoringRules.requireNoFalsePositive(List.of(finding("CAN-B", "CVE-2021-42013", 9.8, "CRITICAL", "EXTREME"), finding("CAN-B", "CVE-2021-44790", 9.8, "CRITICAL", "EXTREME")), "CAN-B");
        // Any CVE on nginx or CSI-Canary; informational findings are allowed.
        MonitoringRules.requireNoFalsePositive(List.of(finding("CAN-C", null, 0.0, "NONE", null)), "CAN-C");
        assertThrows(ClauseViolation.class, () -> MonitoringRules.requireNoFalsePositive(List.of(finding("CAN-D", "CVE-2021-23017", 7.7, "HIGH", "HIGH")), "CAN-D"));
    }

    @Test
    void knownAnswersNeedAnAcceptedScoreAndConsistentLabels() throws Exception {
        List<String> accepted = List.of("7.5", "9.8");
        MonitoringRules.requireScoreAndLabels(finding("CAN-A", "CVE-2021-41773", 7.5, "HIGH", "HIGH"), accepted);
        MonitoringRules.requireScoreAndLabels(finding("CAN-A", "CVE-2021-41773", 9.8, "CRITICAL", "EXTREME"), accepted);
        assertThrows(ClauseViolation.class, () -> MonitoringRules.requireScoreAndLabels(finding("CAN-A", "CVE-2021-41773", 5.3, "MEDIUM", "MEDIUM"), accepted));
        assertThrows(ClauseViolation.class, () -> MonitoringRules.requireScoreAndLabels(finding("CAN-A", "CVE-2021-41773", 7.5, "HIGH", "MEDIUM"), accepted));
    }

    @Test
    void recommendationDeadlinesFollowTheSeverity() throws Exception {
        JsonNode critical = finding("CAN-B", "CVE-2021-42013", 9.8, "CRITICAL", "EXTREME");
        JsonNode rec7 = json("{'recommendationId':'r1','findingIds':['f-CAN-B-CVE-2021-42013'],'issuedAt':'2025-06-02T10:00:00+08:00',"
                + "'actions':['patch'],'responseDeadline':'2025-06-09T10:00:00+08:00','status':'ISSUED'}");
        MonitoringRules.requireRecommendations(List.of(critical), List.of(rec7));
        ObjectNode rec8 = rec7.deepCopy();
        rec8.put("responseDeadline", "2025-06-09T10:01:00+08:00");
        assertThrows(ClauseViolation.class, () -> MonitoringRules.requireRecommendations(List.of(critical), List.of(rec8)));
        ObjectNode late = rec7.deepCopy();
        late.put("issuedAt", "2025-06-03T09:01:00+08:00").put("responseDeadline", "2025-06-04T09:00:00+08:00");
        assertThrows(ClauseViolation.class, () -> MonitoringRules.requireRecommendations(List.of(critical), List.of(late)));
        assertThrows(ClauseViolation.class, () -> MonitoringRules.requireRecommendations(List.of(critical), List.of()));
    }

    @Test
    void aResponseObligationIsPendingAtItsDeadlineAndBreachedAfter() throws Exception {
        JsonNode pending = json("{'recommendationId':'r1','status':'ISSUED','responseDeadline':'2025-06-09T10:00:00+08:00','obligations':[{'code':'RECOMMENDATION_RESPONSE',"
                + "'dueAt':'2025-06-09T10:00:00+08:00','status':'PENDING','metAt':null,'breachedAt':null}]}");
        MonitoringRules.requireStillOpen(pending);
        assertThrows(ClauseViolation.class, () -> MonitoringRules.requireOverdue(pending));
        JsonNode breached = json("{'recommendationId':'r1','status':'OVERDUE','responseDeadline':'2025-06-09T10:00:00+08:00','obligations':[{'code':'RECOMMENDATION_RESPONSE',"
                + "'dueAt':'2025-06-09T02:00:00Z','status':'BREACHED','metAt':null,'breachedAt':'2025-06-09T10:00:00+08:00'}]}");
        MonitoringRules.requireOverdue(breached);
        assertThrows(ClauseViolation.class, () -> MonitoringRules.requireStillOpen(breached));
    }

    @Test
    void monthlyReportsAreDueWithin31Days() throws Exception {
        OffsetDateTime start = OffsetDateTime.parse("2025-06-02T09:00:00+08:00");
        JsonNode r = json("{'reportId':'p1','periodStart':'2025-06-02T09:00:00+08:00','periodEnd':'2025-07-02T09:00:00+08:00',"
                + "'generatedAt':'2025-07-02T09:00:00+08:00','findingsSummary':{},'scoreTrend':[]}");
        MonitoringRules.requireMonthlyReport(List.of(r), start);
        ObjectNode late = r.deepCopy();
        late.put("generatedAt", "2025-07-03T09:01:00+08:00");
        assertThrows(ClauseViolation.class, () -> MonitoringRules.requireMonthlyReport(List.of(late), start));
        assertThrows(ClauseViolation.class, () -> MonitoringRules.requireMonthlyReport(List.of(), start));
    }

    @Test
    void theOcsfViewMustMatchTheNativeFinding() throws Exception {
        JsonNode f = finding("CAN-A", "CVE-2021-41773", 7.5, "HIGH", "HIGH");
        long first = OffsetDateTime.parse("2025-06-02T09:00:00+08:00").toInstant().toEpochMilli();
        long last = OffsetDateTime.parse("2025-06-03T09:00:00+08:00").toInstant().toEpochMilli();
        String view = "{'class_uid':2002,'category_uid':2,'activity_id':2,'type_uid':200202,'severity_id':4,'time':" + last
                + ",'finding_info':{'uid':'f-CAN-A-CVE-2021-41773','title':'t','first_seen_time':" + first + "},"
                + "'vulnerabilities':[{'cve':{'uid':'CVE-2021-41773','cvss':[{'version':'3.1','base_score':7.5}]}}],"
                + "'resources':[{'uid':'CAN-A'}],'metadata':{'version':'1.1.0','product':{'name':'p','vendor_name':'v'}}}";
        OcsfView.require(f, json(view));
        assertThrows(ClauseViolation.class, () -> OcsfView.require(f, json(view.replace("'severity_id':4", "'severity_id':3"))));
        assertThrows(ClauseViolation.class, () -> OcsfView.require(f, json(view.replace("'time':" + last, "'time':" + last / 1000))));
        assertThrows(ClauseViolation.class, () -> OcsfView.require(f, json(view.replace("'type_uid':200202", "'type_uid':200201"))));
        assertThrows(ClauseViolation.class, () -> OcsfView.require(f, json(view.replace("'uid':'CAN-A'", "'uid':'CAN-B'"))));
    }

    @Test
    void theStixBundleHasA21VulnerabilityPerCveFinding() throws Exception {
        JsonNode f = finding("CAN-A", "CVE-2021-41773", 7.5, "HIGH", "HIGH");
        String b = "{'type':'bundle','id':'bundle--6ba7b810-9dad-11d1-80b4-00c04fd430c8','objects':[{'type':'vulnerability','spec_version':'2.1',"
                + "'id':'vulnerability--1','created':'2025-06-02T01:00:00.000Z','modified':'2025-06-03T01:00:00.000Z',"
                + "'external_references':[{'source_name':'cve','external_id':'CVE-2021-41773'}]}]}";
        StixBundle.requireBundle(json(b));
        StixBundle.requireVulnerabilities(json(b), List.of(f, finding("CAN-C", null, 0.0, "NONE", null)));
        assertThrows(ClauseViolation.class, () -> StixBundle.requireVulnerabilities(json(b.replace("'2.1'", "'2.0'")), List.of(f)));
        assertThrows(ClauseViolation.class, () -> StixBundle.requireBundle(json(b.replace("bundle--6ba7", "bundle-6ba7"))));
        assertThrows(ClauseViolation.class, () -> StixBundle.requireVulnerabilities(json(b), List.of(finding("CAN-A", "CVE-2021-42013", 9.8, "CRITICAL", "EXTREME"))));
    }
}
