package org.csi.harness.verdict;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns scenario results into clause outcomes with the rules of conformance-levels.md §1-§2.
 * A FAIL anywhere in a clause is a FAIL; anything short of every runnable test passing is never a PASS.
 */
public final class ClauseJudge {
    private final ClauseCatalog catalog;

    public ClauseJudge(ClauseCatalog catalog) {
        this.catalog = catalog;
    }

    public List<ClauseOutcome> judge(Declaration declaration, Plan plan, List<ScenarioResult> results) {
        Map<String, ScenarioResult> byId = results.stream().collect(Collectors.toMap(ScenarioResult::id, Function.identity(), (a, b) -> a));
        List<ClauseOutcome> outcomes = new ArrayList<>();
        ClauseOutcome gen01 = null;
        for (Clause clause : catalog.clauses()) {
            ClauseOutcome o = judge(clause, declaration, plan, byId, gen01);
            if (clause.id().equals("GEN-01")) gen01 = o;
            outcomes.add(o);
        }
        return outcomes;
    }

    private ClauseOutcome judge(Clause clause, Declaration declaration, Plan plan, Map<String, ScenarioResult> results,
                                ClauseOutcome gen01) {
        List<Plan.Entry> entries = plan.forClause(clause.id());
        int evidence = entries.stream().map(e -> results.get(e.id())).filter(r -> r != null).mapToInt(ScenarioResult::evidenceCount).sum();
        if (!declaration.readable() && !clause.id().equals("GEN-01")) {
            // No usable capability document: what the solution declares is unknown, so nothing is "not declared".
            return new ClauseOutcome(clause, Outcome.CANNOT_TELL, "the capability document could not be read, so whether "
                    + clause.standard() + (clause.profile().equals("CORE") ? "" : " " + clause.profile()) + " is declared cannot be told", evidence);
        }
        if (!declaration.declares(clause.standard())) {
            return new ClauseOutcome(clause, Outcome.NOT_APPLICABLE, clause.standard() + " is not declared", evidence);
        }
        if (!declaration.declares(clause.standard(), clause.profile())) {
            return new ClauseOutcome(clause, Outcome.NOT_APPLICABLE, "profile " + clause.profile() + " of " + clause.standard() + " is not declared", evidence);
        }
        if (gen01 != null && gen01.outcome() != Outcome.PASS) {
            return new ClauseOutcome(clause, Outcome.CANNOT_TELL, "GEN-01 did not pass, so the capability declaration cannot be relied on", evidence);
        }
        if (entries.isEmpty()) {
            return new ClauseOutcome(clause, Outcome.CANNOT_TELL, "this harness version has no executable test for " + clause.id(), evidence);
        }
        List<Plan.Entry> applicable = entries.stream().filter(e -> e.disposition() != Plan.Disposition.NOT_APPLICABLE).toList();
        if (applicable.isEmpty()) {
            return new ClauseOutcome(clause, Outcome.NOT_APPLICABLE, entries.get(0).reason(), evidence);
        }
        Optional<ScenarioResult> failed = applicable.stream().map(e -> results.get(e.id()))
                .filter(r -> r != null && r.outcome() == Outcome.FAIL).findFirst();
        if (failed.isPresent()) {
            return new ClauseOutcome(clause, Outcome.FAIL, failed.get().reason(), evidence);
        }
        for (Plan.Entry e : applicable) {
            if (e.disposition() == Plan.Disposition.NO_TEST_MODE || e.disposition() == Plan.Disposition.NOT_SELECTED) {
                return new ClauseOutcome(clause, Outcome.CANNOT_TELL, e.reason(), evidence);
            }
            ScenarioResult r = results.get(e.id());
            if (r == null) {
                return new ClauseOutcome(clause, Outcome.CANNOT_TELL, "scenario '" + e.name() + "' did not report a result", evidence);
            }
            if (r.outcome() != Outcome.PASS) {
                return new ClauseOutcome(clause, Outcome.CANNOT_TELL, r.reason(), evidence);
            }
        }
        return new ClauseOutcome(clause, Outcome.PASS, null, evidence);
    }
}
