package org.csi.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.csi.harness.run.ConformanceRun;
import org.csi.harness.verdict.ClauseOutcome;
import org.csi.harness.verdict.Outcome;
import org.csi.harness.verdict.ScenarioResult;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, verdict integrity, against purpose-built broken solutions (reference faults): the rule's own clause pays,
 * never another; set-up that cannot be made is CANNOT_TELL while a broken line that does not need it is FAIL.
 */
class VerdictIntegrityTest {
    static ConformanceRun.Report report(String faults, String tags) throws Exception {
        Path out = Files.createTempDirectory("csi-integrity-");
        return ConformanceRun.execute(new ConformanceRun.Options(null, null, null, tags, out, 2, false,
                faults, Duration.ofSeconds(5), new PrintStream(OutputStream.nullOutputStream(), true, "UTF-8")));
    }

    static Map<String, ClauseOutcome> byClause(ConformanceRun.Report report) {
        Map<String, ClauseOutcome> byClause = new LinkedHashMap<>();
        report.outcomes().forEach(o -> byClause.put(o.clause().id(), o));
        return byClause;
    }

    static Map<String, ClauseOutcome> run(String faults, String tags) throws Exception {
        return byClause(report(faults, tags));
    }

    /** The scenarios of evidence.json for {@code clause}. */
    static List<JsonNode> evidence(ConformanceRun.Report report, String clause) throws Exception {
        JsonNode doc = new ObjectMapper().readTree(report.outDir().resolve("evidence.json").toFile());
        List<JsonNode> scenarios = new ArrayList<>();
        doc.path("clauses").forEach(c -> {
            if (c.path("id").asText().equals(clause)) c.path("scenarios").forEach(scenarios::add);
        });
        return scenarios;
    }

    static ScenarioResult scenario(ConformanceRun.Report report, String nameContains) {
        return report.scenarios().stream().filter(r -> r.name().contains(nameContains)).findFirst()
                .orElseThrow(() -> new AssertionError("no scenario named …" + nameContains + "…"));
    }

    static void assertOutcome(Outcome expected, ClauseOutcome o) {
        assertEquals(expected, o.outcome(), o.clause().id() + ": " + o.reason());
    }

    /** A list that never ends is GEN-10's FAIL with its reason; the clauses that only read the list still PASS. */
    @Test
    void aListThatNeverEndsFailsOnlyPagination() throws Exception {
        Map<String, ClauseOutcome> o = run("GEN10_ENDLESS_CURSOR", "@GEN-08 or @GEN-09 or @GEN-10");
        assertOutcome(Outcome.FAIL, o.get("GEN-10"));
        assertTrue(o.get("GEN-10").reason().contains("does not end") && o.get("GEN-10").reason().contains("empty"), o.get("GEN-10").reason());
        assertOutcome(Outcome.PASS, o.get("GEN-08"));
        assertOutcome(Outcome.PASS, o.get("GEN-09"));
    }

    /**
     * One catalogue amount written "500.0" is GEN-13's money format fault: GEN-13 FAILs and says so; the CAT clauses
     * that read the same catalogue judge their own lines and PASS, with the violation as a note in their evidence;
     * GEN-02 (which walks the catalogue too) is not touched.
     */
    @Test
    void aMoneyFormatFaultFailsGen13AndNoCatalogueClause() throws Exception {
        ConformanceRun.Report report = report("GEN13_CATALOG_AMOUNT_ONE_DECIMAL", "@CSI-CAT or @GEN-13 or @GEN-02");
        Map<String, ClauseOutcome> o = byClause(report);
        assertOutcome(Outcome.FAIL, o.get("GEN-13"));
        assertTrue(o.get("GEN-13").reason().contains("GEN-13") && o.get("GEN-13").reason().contains("amount"), o.get("GEN-13").reason());
        for (String cat : List.of("CAT-01", "CAT-02", "CAT-03", "CAT-04", "CAT-05", "CAT-06", "CAT-07", "CAT-08")) assertOutcome(Outcome.PASS, o.get(cat));
        assertOutcome(Outcome.PASS, o.get("GEN-02"));
        boolean noted = evidence(report, "CAT-01").stream().anyMatch(s -> s.path("artefacts").findValuesAsText("name").stream()
                .anyMatch(n -> n.startsWith("Contract note (judged by GEN-13")));
        assertTrue(noted, "CAT-01's evidence notes the money-format violation that GEN-13 judges");
    }

    /**
     * An unfinished underwriting flow (POST /assessments → 404): the lines that need it to set up are CANNOT_TELL
     * (CAT-07's quote line, UW-09 over the F-ORG walk, UW-11/UW-12's pairs, UW-07's decision before the assessment
     * completes, GEN-11's underwriting audit lines), while a broken line that
     * does not need it still FAILs its clause: CAT-07's application line, GEN-11's claim audit event that can be deleted.
     * The shared walk's exchanges (how far it got) are in the evidence of every clause that uses it.
     */
    @Test
    void anUnfinishedUnderwritingFlowIsCannotTellWhereItIsOnlySetUp() throws Exception {
        ConformanceRun.Report report = report("UW03_ASSESSMENTS_NOT_FOUND,CAT07_SECTION_NOT_CHECKED,GEN11_AUDIT_DELETABLE",
                "@CAT-07 or @UW-07 or @UW-09 or @UW-11 or @UW-12 or @GEN-11");
        Map<String, ClauseOutcome> o = byClause(report);
        ScenarioResult quoteLine = scenario(report, "CAT-07 报价遵守品类 — 报价的保障");
        assertEquals(Outcome.CANNOT_TELL, quoteLine.outcome(), quoteLine.reason());
        assertTrue(quoteLine.reason().startsWith("precondition not met") && quoteLine.reason().contains("404"), quoteLine.reason());
        assertOutcome(Outcome.FAIL, o.get("CAT-07"));
        assertTrue(o.get("CAT-07").reason().contains("POST") && o.get("CAT-07").reason().contains("expected 422"), o.get("CAT-07").reason());
        for (String walkUser : List.of("UW-09", "UW-11", "UW-12")) assertOutcome(Outcome.CANNOT_TELL, o.get(walkUser));
        ScenarioResult early = scenario(report, "UW-07 核保决定 — 评估完成前不能决定");
        assertEquals(Outcome.CANNOT_TELL, early.outcome(), early.reason());
        ScenarioResult uwAudit = scenario(report, "GEN-11 审计事件 — 审计事件不可修改");
        assertEquals(Outcome.CANNOT_TELL, uwAudit.outcome(), uwAudit.reason());
        assertOutcome(Outcome.FAIL, o.get("GEN-11"));
        for (String clause : List.of("UW-09", "CAT-07")) {
            boolean shared = evidence(report, clause).stream().anyMatch(s -> s.path("exchanges").findValuesAsText("shared").contains("uw-fleet-T1"));
            assertTrue(shared, clause + "'s evidence holds the exchanges of the shared F-ORG walk");
        }
    }

    /** Without faults, the shared walks' exchanges are under each clause that judges them, marked shared. */
    @Test
    void sharedWalksAreEvidenceOfEveryClauseThatJudgesThem() throws Exception {
        ConformanceRun.Report report = report(null, "@UW-09 or @UW-07 or @CAT-07");
        Map<String, ClauseOutcome> o = byClause(report);
        for (String clause : List.of("UW-07", "UW-09", "CAT-07")) {
            assertOutcome(Outcome.PASS, o.get(clause));
            long shared = evidence(report, clause).stream().mapToLong(s -> s.path("exchanges").findValuesAsText("shared").stream()
                    .filter("uw-fleet-T1"::equals).count()).sum();
            assertTrue(shared >= 8 * 4, clause + " holds " + shared + " exchanges of the F-ORG walk; eight walks of at least four calls each");
            assertTrue(o.get(clause).evidenceCount() >= shared, clause + " counts the shared evidence");
        }
    }
}
