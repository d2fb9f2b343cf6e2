package org.csi.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.csi.harness.verdict.ClauseOutcome;
import org.csi.harness.verdict.Outcome;
import org.csi.reference.Fault;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The suite against the reference solution with no fault (every applicable clause PASS) and with each fault
 * (the clause the fault breaks must FAIL, with a reason). Writes the fault × clause matrix to reports/.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KillMatrixTest {
    static final Set<String> NOT_APPLICABLE_FOR_GEN_CAT = Set.of("GEN-05", "GEN-11", "GEN-12", "GEN-15", "GEN-16", "CAT-07");
    static final Map<String, Map<String, ClauseOutcome>> MATRIX = new LinkedHashMap<>();

    static Map<String, ClauseOutcome> run(String faults) throws Exception {
        Path out = Files.createTempDirectory("csi-kill-");
        ConformanceRun.Report report = ConformanceRun.execute(new ConformanceRun.Options(null, null, null, null, out, 2, false,
                faults, Duration.ofSeconds(2), new PrintStream(OutputStream.nullOutputStream(), true, "UTF-8")));
        Map<String, ClauseOutcome> byClause = new LinkedHashMap<>();
        report.outcomes().stream().filter(o -> o.clause().standard().equals("CSI-GEN") || o.clause().standard().equals("CSI-CAT"))
                .forEach(o -> byClause.put(o.clause().id(), o));
        return byClause;
    }

    @Test
    @Order(1)
    void referenceWithoutFaultsPassesEveryApplicableClause() throws Exception {
        Map<String, ClauseOutcome> outcomes = run(null);
        MATRIX.put("(none)", outcomes);
        for (ClauseOutcome o : outcomes.values()) {
            Outcome expected = NOT_APPLICABLE_FOR_GEN_CAT.contains(o.clause().id()) ? Outcome.NOT_APPLICABLE : Outcome.PASS;
            assertEquals(expected, o.outcome(), o.clause().id() + ": " + o.reason());
        }
    }

    @TestFactory
    @Order(2)
    Stream<DynamicTest> eachFaultFailsItsClause() {
        return Stream.of(Fault.values()).map(f -> DynamicTest.dynamicTest(f.name() + " fails " + f.clause, () -> {
            Map<String, ClauseOutcome> outcomes = run(f.name());
            MATRIX.put(f.name(), outcomes);
            ClauseOutcome target = outcomes.get(f.clause);
            assertEquals(Outcome.FAIL, target.outcome(), f.name() + " should make " + f.clause + " FAIL: " + target.reason());
            assertNotNull(target.reason(), "a FAIL says why");
            assertTrue(!target.reason().isBlank(), "a FAIL says why");
        }));
    }

    @Test
    @Order(3)
    void everyApplicableMustClauseOfGenAndCatHasAFault() {
        Set<String> killed = new TreeSet<>();
        for (Fault f : Fault.values()) killed.add(f.clause);
        List<String> missing = new ArrayList<>();
        for (Clause c : org.csi.harness.verdict.ClauseCatalog.load().clauses()) {
            boolean genOrCat = c.standard().equals("CSI-GEN") || c.standard().equals("CSI-CAT");
            if (genOrCat && c.level() == Clause.Level.MUST && !NOT_APPLICABLE_FOR_GEN_CAT.contains(c.id()) && !killed.contains(c.id())) {
                missing.add(c.id());
            }
        }
        assertEquals(List.of(), missing, "MUST clauses without a fault");
    }

    @AfterAll
    static void writeMatrix() throws Exception {
        if (MATRIX.isEmpty()) return;
        List<String> clauses = new ArrayList<>(MATRIX.values().iterator().next().keySet());
        StringBuilder md = new StringBuilder("# Kill matrix (fault × clause)\n\nP = PASS, F = FAIL, ? = CANNOT_TELL, - = NOT_APPLICABLE. ")
                .append("Each row is one run of the suite against the reference solution with that fault.\n\n| fault | target |");
        clauses.forEach(c -> md.append(' ').append(c).append(" |"));
        md.append("\n|---|---|").append("---|".repeat(clauses.size())).append('\n');
        ObjectNode json = new ObjectMapper().createObjectNode();
        for (var row : MATRIX.entrySet()) {
            String target = row.getKey().equals("(none)") ? "" : Fault.valueOf(row.getKey()).clause;
            md.append("| ").append(row.getKey()).append(" | ").append(target).append(" |");
            ObjectNode r = json.putObject(row.getKey());
            for (String c : clauses) {
                ClauseOutcome o = row.getValue().get(c);
                String mark = switch (o.outcome()) {
                    case PASS -> "P";
                    case FAIL -> "F";
                    case CANNOT_TELL -> "?";
                    case NOT_APPLICABLE -> "-";
                };
                md.append(' ').append(c.equals(target) ? "**" + mark + "**" : mark).append(" |");
                r.putObject(c).put("outcome", o.outcome().name()).put("reason", o.reason());
            }
            md.append('\n');
        }
        Path reports = Path.of("reports");
        Files2.writeAtomically(reports.resolve("kill-matrix.md"), md.toString());
        Files2.writeAtomically(reports.resolve("kill-matrix.json"), json.toPrettyString());
    }
}
