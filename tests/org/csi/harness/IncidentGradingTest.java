package org.csi.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.csi.harness.checks.IncidentRules;
import org.csi.harness.fixtures.Fixtures;
import org.csi.harness.oracle.IncidentGrading;
import org.csi.harness.verdict.ClauseViolation;
import org.junit.jupiter.api.Test;

/** The harness's CSI-ER oracle against the pack's fixture table (F-INC) and its boundary pairs. */
class IncidentGradingTest {
    private static IncidentGrading.Impact impact(String loss, long pi, long spi, String outage, boolean cii) {
        return new IncidentGrading.Impact(new BigDecimal(loss), pi, spi, new BigDecimal(outage), cii);
    }

    @Test
    void everyFIncFixtureGetsTheTablesGrade() {
        JsonNode all = Fixtures.get("clm/incidents.json");
        int n = 0;
        for (var it = all.fields(); it.hasNext(); ) {
            var e = it.next();
            if (!e.getValue().isObject()) continue;
            n++;
            assertEquals(e.getValue().at("/expected/grade").asText(), IncidentGrading.grade(IncidentGrading.impact(e.getValue().path("impact"))).grade(), e.getKey());
            JsonNode due = e.getValue().at("/expected/dueMinutes");
            if (!due.isNull()) assertEquals(due.asLong(), IncidentGrading.reporting(e.getValue().path("operatorType").asText()).period().toMinutes(), e.getKey());
        }
        assertEquals(12, n);
    }

    @Test
    void boundaryPairsSwitchBetweenIIIAndIVExactly() {
        assertEquals("III", IncidentGrading.grade(impact("5000000.00", 0, 0, "0", false)).grade());
        assertEquals("IV", IncidentGrading.grade(impact("4999999.99", 0, 0, "0", false)).grade());
        assertEquals("III", IncidentGrading.grade(impact("0.00", 1_000_000, 0, "0", false)).grade());
        assertEquals("IV", IncidentGrading.grade(impact("0.00", 999_999, 0, "0", false)).grade());
        assertEquals("III", IncidentGrading.grade(impact("0.00", 0, 0, "0.5", true)).grade());
        assertEquals("IV", IncidentGrading.grade(impact("0.00", 0, 0, "0.49", true)).grade());
        // Without CII, half an hour is nothing, and there is no grade I for outages.
        assertEquals("IV", IncidentGrading.grade(impact("0.00", 0, 0, "0.5", false)).grade());
        assertEquals("II", IncidentGrading.grade(impact("0.00", 0, 0, "1000", false)).grade());
    }

    @Test
    void basisNamesTheMostSevereThresholdOfEachTriggeringRow() {
        assertEquals(List.of("SENSITIVE_PERSONAL_INFO_RECORDS>=10000000", "OUTAGE_HOURS_CII>=0.5"),
                IncidentGrading.grade(impact("0.00", 0, 10_000_000, "1", true)).basis());
        assertEquals(List.of("PERSONAL_INFO_RECORDS>=10000000"), IncidentGrading.grade(impact("0.00", 10_000_000, 0, "0", false)).basis());
        assertEquals(List.of("DIRECT_ECONOMIC_LOSS_CNY>=100000000"), IncidentGrading.grade(impact("100000000.00", 0, 0, "0", false)).basis());
        assertEquals(List.of(), IncidentGrading.grade(impact("300000.00", 5000, 0, "3", false)).basis());
    }

    @Test
    void reportingTableAndRegradedDeadline() {
        assertEquals(new IncidentGrading.Reporting(Duration.ofMinutes(60), "PROTECTION_DEPARTMENT_AND_PUBLIC_SECURITY"), IncidentGrading.reporting("CII_OPERATOR"));
        assertEquals(new IncidentGrading.Reporting(Duration.ofMinutes(120), "OWN_CYBERSPACE_AFFAIRS_UNIT"), IncidentGrading.reporting("CENTRAL_STATE_ORGAN"));
        assertEquals(new IncidentGrading.Reporting(Duration.ofMinutes(240), "PROVINCIAL_CAC"), IncidentGrading.reporting("OTHER"));
        OffsetDateTime discovered = OffsetDateTime.parse("2025-06-02T08:30:00+08:00"), regraded = OffsetDateTime.parse("2025-06-02T10:00:00+08:00");
        assertEquals(regraded.plusMinutes(120), IncidentGrading.regradedDeadline(discovered, regraded, "CENTRAL_STATE_ORGAN"));
        assertEquals(discovered.plusMinutes(60), IncidentGrading.regradedDeadline(discovered, discovered.minusHours(1), "CII_OPERATOR"));
        assertEquals(9, IncidentGrading.CHECKLIST.size());
        assertEquals(10, IncidentGrading.CATEGORIES.size());
    }

    @Test
    void boundaryCheckTellsPendingAtDueFromBreachedAMinuteLater() throws Exception {
        OffsetDateTime due = OffsetDateTime.parse("2025-06-02T10:00:00+08:00");
        JsonNode pending = new ObjectMapper().valueToTree(Map.of("obligations", List.of(Map.of("code", "X", "dueAt", "2025-06-02T10:00:00+08:00", "status", "PENDING"))));
        JsonNode breached = new ObjectMapper().valueToTree(Map.of("obligations", List.of(Map.of("code", "X", "dueAt", "2025-06-02T10:00:00+08:00", "status", "BREACHED",
                "breachedAt", "2025-06-02T10:00:00+08:00"))));
        JsonNode breachedLate = new ObjectMapper().valueToTree(Map.of("obligations", List.of(Map.of("code", "X", "dueAt", "2025-06-02T10:00:00+08:00", "status", "BREACHED",
                "breachedAt", "2025-06-02T10:01:00+08:00"))));
        IncidentRules.requireAtBoundary(pending, "X", due, due);
        IncidentRules.requireAtBoundary(breached, "X", due, due.plusMinutes(1));
        assertThrows(ClauseViolation.class, () -> IncidentRules.requireAtBoundary(pending, "X", due, due.plusMinutes(1)));
        assertThrows(ClauseViolation.class, () -> IncidentRules.requireAtBoundary(breached, "X", due, due));
        assertThrows(ClauseViolation.class, () -> IncidentRules.requireAtBoundary(breachedLate, "X", due, due.plusMinutes(1)));
    }
}
