package org.csi.harness.verdict;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Scores, verdicts, blocking failures and the pack level: conformance-levels.md §3-§5, in one place. */
public final class Scoring {
    private Scoring() {}

    public record StandardResult(String id, Verdict verdict, Double score, Map<Outcome, Integer> counts,
                                 List<String> blockingFailures, List<ClauseOutcome> clauses) {}

    public record PackResult(List<StandardResult> standards, Double packScore, double shouldPassRate, String level) {}

    public static PackResult score(ClauseCatalog catalog, Declaration declaration, List<ClauseOutcome> outcomes) {
        List<StandardResult> standards = catalog.standards().stream()
                .map(s -> standard(s.id(), declaration.declares(s.id()), declaration.readable(), outcomes.stream().filter(o -> o.clause().standard().equals(s.id())).toList()))
                .toList();
        List<ClauseOutcome> declared = outcomes.stream().filter(o -> declaration.declares(o.clause().standard())).toList();
        return new PackResult(standards, score(declared), shouldPassRate(declared), level(standards, declared, declaration));
    }

    /**
     * A standard's verdict (§4). Undeclared is NOT_DECLARED only when the declaration could be read: when the
     * capability document was unusable, whether the solution offers the standard cannot be told, so it is INCOMPLETE
     * (its clauses were not run: CANNOT_TELL), never a statement that the solution does not offer it.
     */
    static StandardResult standard(String id, boolean declared, boolean declarationReadable, List<ClauseOutcome> clauses) {
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        for (Outcome o : Outcome.values()) counts.put(o, 0);
        clauses.forEach(c -> counts.merge(c.outcome(), 1, Integer::sum));
        List<String> blocking = clauses.stream()
                .filter(c -> c.clause().level() == Clause.Level.MUST)
                .filter(c -> c.outcome() == Outcome.FAIL || c.outcome() == Outcome.CANNOT_TELL)
                .map(c -> c.clause().id()).toList();
        Verdict verdict;
        if (!declared) verdict = declarationReadable ? Verdict.NOT_DECLARED : Verdict.INCOMPLETE;
        else if (clauses.stream().anyMatch(c -> c.clause().level() == Clause.Level.MUST && c.outcome() == Outcome.FAIL)) verdict = Verdict.NON_CONFORMANT;
        else if (!blocking.isEmpty()) verdict = Verdict.INCOMPLETE;
        else verdict = Verdict.CONFORMANT;
        return new StandardResult(id, verdict, declared ? score(clauses) : null, counts, blocking, clauses);
    }

    /** 100 × Σ w(pass) / Σ w(applicable), HALF_UP to one decimal; null when nothing is applicable (§3). */
    static Double score(List<ClauseOutcome> clauses) {
        int total = 0;
        int passed = 0;
        for (ClauseOutcome c : clauses) {
            if (c.outcome() == Outcome.NOT_APPLICABLE) continue;
            total += c.clause().level().weight;
            if (c.outcome() == Outcome.PASS) passed += c.clause().level().weight;
        }
        if (total == 0) return null;
        return BigDecimal.valueOf(100L * passed).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP).doubleValue();
    }

    /** Passed applicable SHOULD clauses over all applicable SHOULD clauses; 1 when there are none (§5). */
    static double shouldPassRate(List<ClauseOutcome> declared) {
        List<ClauseOutcome> should = declared.stream()
                .filter(c -> c.clause().level() == Clause.Level.SHOULD && c.outcome() != Outcome.NOT_APPLICABLE).toList();
        if (should.isEmpty()) return 1.0;
        long passed = should.stream().filter(c -> c.outcome() == Outcome.PASS).count();
        return BigDecimal.valueOf(passed).divide(BigDecimal.valueOf(should.size()), 4, RoundingMode.HALF_UP).doubleValue();
    }

    static String level(List<StandardResult> standards, List<ClauseOutcome> declared, Declaration declaration) {
        if (!allConformant(standards, Set.of("CSI-GEN", "CSI-CAT", "CSI-UW", "CSI-CLM"))) return "NONE";
        double s = shouldPassRate(declared);
        if (!allConformant(standards, Set.of("CSI-RQ", "CSI-MON", "CSI-ER")) || s < 0.8) return "L1";
        boolean perf = declaration.declares("CSI-GEN", "PERF") && declared.stream()
                .filter(c -> c.clause().id().equals("GEN-15") || c.clause().id().equals("GEN-16"))
                .allMatch(c -> c.outcome() == Outcome.PASS);
        return s == 1.0 && perf ? "L3" : "L2";
    }

    private static boolean allConformant(List<StandardResult> standards, Set<String> ids) {
        return ids.stream().allMatch(id -> standards.stream().anyMatch(s -> s.id().equals(id) && s.verdict() == Verdict.CONFORMANT));
    }
}
