package org.csi.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.csi.harness.report.Files2;
import org.csi.harness.run.ConformanceRun;
import org.csi.harness.verdict.Clause;
import org.csi.harness.verdict.ClauseCatalog;
import org.csi.harness.verdict.ClauseOutcome;
import org.csi.harness.verdict.Outcome;
import org.csi.harness.verdict.ScenarioResult;
import org.csi.reference.Fault;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The suite against the reference solution with no fault (every applicable clause PASS), and with each fault (the
 * clause the fault breaks must FAIL, with a reason). Each fault's run is limited to its clause's scenarios. Writes
 * the fault × clause results to reports/.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KillMatrixTest {
    /** The standards this harness version encodes; the reference declares all of them. */
    static final Set<String> BUILT = Set.of("CSI-GEN", "CSI-CAT", "CSI-UW", "CSI-RQ", "CSI-MON", "CSI-ER", "CSI-CLM");
    /** The reference declares every optional profile (PERF, STIX, ONSITE), so every clause applies. */
    static final Set<String> NOT_APPLICABLE = Set.of();
    static ClauseOutcomes clean;
    static final Map<Fault, ClauseOutcome> KILLS = new LinkedHashMap<>();
    /** Every scenario of the clean run, and the scenarios some fault made FAIL. */
    static final Set<String> SCENARIOS = java.util.Collections.synchronizedSet(new TreeSet<>()),
            KILLED_SCENARIOS = java.util.Collections.synchronizedSet(new TreeSet<>());

    static final java.util.concurrent.ExecutorService POOL = MatrixRows.pool("kill-row");

    /** Which faults to run: all, or those named in csi.killMatrix.only (to rerun a few rows while mending them). */
    static List<Fault> selected() {
        String only = System.getProperty("csi.killMatrix.only", "");
        if (only.isBlank()) return List.of(Fault.values());
        Set<String> names = new TreeSet<>();
        for (String n : only.split(",")) names.add(n.trim());
        return Stream.of(Fault.values()).filter(f -> names.contains(f.name())).toList();
    }

    record ClauseOutcomes(Map<String, ClauseOutcome> byClause) {}

    static Map<String, ClauseOutcome> run(String faults, String tags) throws Exception {
        Path out = Files.createTempDirectory("csi-kill-");
        // Fault rows run in quick mode: a fault that sends what MON-06 forbids is seen at once, so the pack's 300 s window
        // adds nothing to a kill, and a row that must sit out MON-10's window (MON10_TOO_FEW_ATTEMPTS) costs 60 s, not 10 min;
        // the clean row too (ReferenceRunTest runs the whole suite with the pack's windows).
        ConformanceRun.Report report = ConformanceRun.execute(new ConformanceRun.Options(null, null, null, tags, out, 2, false,
                faults, Duration.ofSeconds(2), new PrintStream(OutputStream.nullOutputStream(), true, "UTF-8")).quickMode(true));
        for (ScenarioResult r : report.scenarios()) {
            boolean built = r.clauses().stream().anyMatch(c -> BUILT.stream().anyMatch(b -> ClauseCatalog.load().clause(c).map(x -> x.standard().equals(b)).orElse(false)));
            if (!built || r.clauses().contains("GEN-01")) continue;
            if (faults == null && r.outcome() == Outcome.PASS) SCENARIOS.add(r.name());
            if (faults != null && r.outcome() == Outcome.FAIL) KILLED_SCENARIOS.add(r.name());
        }
        Map<String, ClauseOutcome> byClause = new LinkedHashMap<>();
        report.outcomes().stream().filter(o -> BUILT.contains(o.clause().standard())).forEach(o -> byClause.put(o.clause().id(), o));
        return byClause;
    }

    @Test
    @Order(1)
    void referenceWithoutFaultsPassesEveryApplicableClause() throws Exception {
        clean = new ClauseOutcomes(run(null, null));
        for (ClauseOutcome o : clean.byClause().values()) {
            Outcome expected = NOT_APPLICABLE.contains(o.clause().id()) ? Outcome.NOT_APPLICABLE : Outcome.PASS;
            assertEquals(expected, o.outcome(), o.clause().id() + ": " + o.reason());
        }
    }

    @TestFactory
    @Order(2)
    Stream<DynamicTest> eachFaultFailsItsClause() {
        // The rows run side by side, as the variant matrix's do (MatrixRows.PARALLEL at a time); each is judged by itself.
        Map<Fault, java.util.concurrent.Future<Map<String, ClauseOutcome>>> rows = new LinkedHashMap<>();
        for (Fault f : selected()) {
            StringBuilder tags = new StringBuilder("@" + f.clause);
            f.alsoBreaks.forEach(c -> tags.append(" or @").append(c));
            rows.put(f, POOL.submit(() -> run(f.name(), tags.toString())));
        }
        return rows.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey().name() + " fails " + e.getKey().clause, () -> {
            Fault f = e.getKey();
            ClauseOutcome target;
            try {
                target = e.getValue().get().get(f.clause);
            } catch (java.util.concurrent.ExecutionException failed) {
                throw failed.getCause();
            }
            KILLS.put(f, target);
            assertEquals(Outcome.FAIL, target.outcome(), f.name() + " should make " + f.clause + " FAIL: " + target.reason());
            assertNotNull(target.reason(), "a FAIL says why");
            assertFalse(target.reason().isBlank(), "a FAIL says why");
        }));
    }

    @Test
    @Order(3)
    void everyApplicableMustClauseHasAFault() {
        Set<String> killed = new TreeSet<>();
        for (Fault f : Fault.values()) killed.add(f.clause);
        List<String> missing = new ArrayList<>();
        for (Clause c : ClauseCatalog.load().clauses()) {
            if (BUILT.contains(c.standard()) && c.level() == Clause.Level.MUST && !NOT_APPLICABLE.contains(c.id()) && !killed.contains(c.id())) {
                missing.add(c.id());
            }
        }
        assertEquals(List.of(), missing, "MUST clauses without a fault");
    }

    @Test
    @Order(4)
    void everyScenarioFailsUnderSomeFault() {
        assertFalse(SCENARIOS.isEmpty() || KILLS.isEmpty(), "runs with the clean reference and the faulted ones come first");
        Set<String> unkilled;
        synchronized (SCENARIOS) {
            unkilled = new TreeSet<>(SCENARIOS);
        }
        synchronized (KILLED_SCENARIOS) {
            unkilled.removeAll(KILLED_SCENARIOS);
        }
        assertEquals(Set.of(), unkilled, "scenarios that no fault of their clause makes FAIL (a check that cannot fail is a defect)");
    }

    @AfterAll
    static void writeMatrix() throws Exception {
        if (KILLS.isEmpty() && clean == null) return;
        StringBuilder md = new StringBuilder("# Kill matrix (fault × clause)\n\nEach fault of the reference solution, run against the scenarios of ")
                .append("the clause it breaks; the clause must FAIL. The first row is the full suite without faults.\n\n")
                .append("| fault | clause | outcome | reason |\n|---|---|---|---|\n");
        ObjectNode json = new ObjectMapper().createObjectNode();
        if (clean != null) {
            long pass = clean.byClause().values().stream().filter(o -> o.outcome() == Outcome.PASS).count();
            md.append("| (none) | all | ").append(pass).append(" PASS of ").append(clean.byClause().size()).append(" | |\n");
            ObjectNode r = json.putObject("(none)");
            clean.byClause().forEach((c, o) -> r.put(c, o.outcome().name()));
        }
        for (var e : KILLS.entrySet()) {
            ClauseOutcome o = e.getValue();
            String reason = o.reason() == null ? "" : o.reason().replace('|', '/').replace('\n', ' ');
            md.append("| ").append(e.getKey().name()).append(" | ").append(e.getKey().clause).append(" | ").append(o.outcome())
                    .append(" | ").append(reason.length() > 200 ? reason.substring(0, 200) + "…" : reason).append(" |\n");
            json.putObject(e.getKey().name()).put("clause", e.getKey().clause).put("outcome", o.outcome().name()).put("reason", o.reason());
        }
        Set<String> unkilled = new TreeSet<>(SCENARIOS);
        unkilled.removeAll(KILLED_SCENARIOS);
        md.append("\n## Scenarios\n\n").append(SCENARIOS.size() - unkilled.size()).append(" of ").append(SCENARIOS.size())
                .append(" scenarios that pass against the reference FAIL under at least one fault of their clause. Not yet shown to fail:\n\n");
        unkilled.forEach(n -> md.append("- ").append(n).append('\n'));
        json.putArray("scenariosNotKilled").addAll(unkilled.stream().map(com.fasterxml.jackson.databind.node.TextNode::valueOf).toList());
        Path reports = Path.of("reports");
        Files2.writeAtomically(reports.resolve("kill-matrix.md"), md.toString());
        Files2.writeAtomically(reports.resolve("kill-matrix.json"), json.toPrettyString());
    }
}
