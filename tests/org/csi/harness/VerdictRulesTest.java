package org.csi.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.csi.harness.verdict.Clause;
import org.csi.harness.verdict.ClauseCatalog;
import org.csi.harness.verdict.ClauseJudge;
import org.csi.harness.verdict.ClauseOutcome;
import org.csi.harness.verdict.Declaration;
import org.csi.harness.verdict.Outcome;
import org.csi.harness.verdict.Plan;
import org.csi.harness.verdict.ScenarioResult;
import org.csi.harness.verdict.Scoring;
import org.csi.harness.verdict.Verdict;
import org.junit.jupiter.api.Test;

/** conformance-levels.md §1-§5 on hand-made outcomes. */
class VerdictRulesTest {
    static final ClauseCatalog CATALOG = ClauseCatalog.load();

    static Declaration declaring(String... standards) throws Exception {
        var cap = new ObjectMapper().createObjectNode();
        var arr = cap.putArray("standards");
        for (String s : standards) {
            String[] parts = s.split(":");
            var p = arr.addObject().put("id", parts[0]).putArray("profiles").add("CORE");
            if (parts.length > 1) p.add(parts[1]);
        }
        cap.putObject("testMode").put("supported", true).put("testClocks", true);
        return Declaration.from(cap);
    }

    /** Every declared clause PASS except the given overrides. */
    static List<ClauseOutcome> outcomes(Declaration d, Map<String, Outcome> overrides) {
        List<ClauseOutcome> out = new ArrayList<>();
        for (Clause c : CATALOG.clauses()) {
            Outcome o = !d.declares(c.standard()) || !d.declares(c.standard(), c.profile()) ? Outcome.NOT_APPLICABLE
                    : overrides.getOrDefault(c.id(), Outcome.PASS);
            out.add(new ClauseOutcome(c, o, o == Outcome.PASS ? null : "test", 0));
        }
        return out;
    }

    static Scoring.StandardResult standard(Scoring.PackResult r, String id) {
        return r.standards().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void genAndCatOnlyIsConformantButBelowL1() throws Exception {
        Declaration d = declaring("CSI-GEN", "CSI-CAT");
        Scoring.PackResult r = Scoring.score(CATALOG, d, outcomes(d, Map.of()));
        assertEquals(Verdict.CONFORMANT, standard(r, "CSI-GEN").verdict());
        assertEquals(Verdict.NOT_DECLARED, standard(r, "CSI-UW").verdict());
        assertNull(standard(r, "CSI-UW").score());
        assertEquals("NONE", r.level());
    }

    @Test
    void levelsFollowDeclaredStandardsShouldRateAndPerf() throws Exception {
        Declaration l1 = declaring("CSI-GEN", "CSI-CAT", "CSI-UW", "CSI-CLM");
        assertEquals("L1", Scoring.score(CATALOG, l1, outcomes(l1, Map.of())).level());
        Declaration all = declaring("CSI-GEN", "CSI-CAT", "CSI-UW", "CSI-CLM", "CSI-RQ", "CSI-MON", "CSI-ER");
        assertEquals("L2", Scoring.score(CATALOG, all, outcomes(all, Map.of())).level(), "no PERF declared: L2 at most");
        Declaration perf = declaring("CSI-GEN:PERF", "CSI-CAT", "CSI-UW", "CSI-CLM", "CSI-RQ", "CSI-MON", "CSI-ER");
        assertEquals("L3", Scoring.score(CATALOG, perf, outcomes(perf, Map.of())).level());
        assertEquals("L2", Scoring.score(CATALOG, perf, outcomes(perf, Map.of("GEN-15", Outcome.FAIL))).level());
        // SHOULD clauses of the seven standards: failing enough of them drops S below 80 %.
        Map<String, Outcome> shouldFails = Map.of("CAT-06", Outcome.FAIL, "CAT-08", Outcome.FAIL, "CLM-15", Outcome.FAIL, "ER-11", Outcome.FAIL);
        Scoring.PackResult low = Scoring.score(CATALOG, all, outcomes(all, shouldFails));
        assertEquals("L1", low.level(), "S = " + low.shouldPassRate());
    }

    @Test
    void verdictsAndBlockingFailures() throws Exception {
        Declaration d = declaring("CSI-GEN", "CSI-CAT");
        Scoring.PackResult r = Scoring.score(CATALOG, d, outcomes(d, Map.of("CAT-01", Outcome.CANNOT_TELL, "CAT-06", Outcome.FAIL)));
        assertEquals(Verdict.INCOMPLETE, standard(r, "CSI-CAT").verdict(), "a SHOULD FAIL never decides the verdict");
        assertEquals(List.of("CAT-01"), standard(r, "CSI-CAT").blockingFailures());
        r = Scoring.score(CATALOG, d, outcomes(d, Map.of("CAT-01", Outcome.CANNOT_TELL, "CAT-02", Outcome.FAIL)));
        assertEquals(Verdict.NON_CONFORMANT, standard(r, "CSI-CAT").verdict());
        assertEquals(List.of("CAT-01", "CAT-02"), standard(r, "CSI-CAT").blockingFailures());
    }

    @Test
    void scoreIsTheWeightedPassRateRoundedHalfUp() throws Exception {
        Declaration d = declaring("CSI-GEN", "CSI-CAT");
        // CAT-07 needs CSI-UW, so it is N/A for a GEN + CAT solution.
        List<ClauseOutcome> o = outcomes(d, Map.of("CAT-07", Outcome.NOT_APPLICABLE, "CAT-02", Outcome.FAIL, "CAT-08", Outcome.CANNOT_TELL));
        Scoring.PackResult r = Scoring.score(CATALOG, d, o);
        // weights: MUST CAT-01..05 = 15, SHOULD CAT-06 + CAT-08 = 4; passed: 12 (MUST but CAT-02) + 2 (CAT-06) = 14; 100 × 14 / 19 = 73.68… → 73.7
        assertEquals(73.7, standard(r, "CSI-CAT").score());
        assertEquals(0.5, r.shouldPassRate());
    }

    @Test
    void judgeAppliesApplicabilityGen01AndFailDominance() throws Exception {
        Declaration d = declaring("CSI-GEN", "CSI-CAT");
        List<Plan.Entry> entries = List.of(
                new Plan.Entry("a:1", "GEN-01 a", List.of("@CSI-GEN", "@GEN-01"), Plan.Disposition.RUN, null),
                new Plan.Entry("b:1", "CAT-01 b", List.of("@CSI-CAT", "@CAT-01"), Plan.Disposition.RUN, null),
                new Plan.Entry("b:2", "CAT-01 c", List.of("@CSI-CAT", "@CAT-01"), Plan.Disposition.RUN, null),
                new Plan.Entry("c:1", "CAT-07", List.of("@CSI-CAT", "@CAT-07"), Plan.Disposition.NOT_APPLICABLE, "needs CSI-UW"),
                new Plan.Entry("d:1", "CAT-02", List.of("@CSI-CAT", "@CAT-02"), Plan.Disposition.NOT_SELECTED, "not selected"),
                new Plan.Entry("e:1", "CAT-03", List.of("@CSI-CAT", "@CAT-03"), Plan.Disposition.RUN, null));
        Plan plan = new Plan(entries);
        List<ScenarioResult> results = List.of(
                new ScenarioResult("a:1", "", "", List.of("@GEN-01"), Outcome.PASS, null, 1, 1),
                new ScenarioResult("b:1", "", "", List.of("@CAT-01"), Outcome.CANNOT_TELL, "fixture", 1, 1),
                new ScenarioResult("b:2", "", "", List.of("@CAT-01"), Outcome.FAIL, "wrong", 1, 1));
        Map<String, ClauseOutcome> by = byId(new ClauseJudge(CATALOG).judge(d, plan, results));
        assertEquals(Outcome.PASS, by.get("GEN-01").outcome());
        assertEquals(Outcome.FAIL, by.get("CAT-01").outcome(), "a FAIL outweighs a CANNOT_TELL");
        assertEquals("wrong", by.get("CAT-01").reason());
        assertEquals(Outcome.NOT_APPLICABLE, by.get("CAT-07").outcome());
        assertEquals(Outcome.CANNOT_TELL, by.get("CAT-02").outcome(), "not run is never a pass");
        assertEquals(Outcome.CANNOT_TELL, by.get("CAT-03").outcome(), "no result is never a pass");
        assertEquals(Outcome.CANNOT_TELL, by.get("CAT-04").outcome(), "no executable test is never a pass");
        assertEquals(Outcome.NOT_APPLICABLE, by.get("UW-01").outcome());

        List<ScenarioResult> gen01Fails = List.of(new ScenarioResult("a:1", "", "", List.of("@GEN-01"), Outcome.FAIL, "bad", 1, 1),
                new ScenarioResult("e:1", "", "", List.of("@CAT-03"), Outcome.PASS, null, 1, 1));
        by = byId(new ClauseJudge(CATALOG).judge(d, plan, gen01Fails));
        assertEquals(Outcome.CANNOT_TELL, by.get("CAT-03").outcome(), "if GEN-01 fails, every other clause is CANNOT_TELL");
    }

    static Map<String, ClauseOutcome> byId(List<ClauseOutcome> list) {
        Map<String, ClauseOutcome> m = new java.util.HashMap<>();
        list.forEach(o -> m.put(o.clause().id(), o));
        return m;
    }
}
