package org.csi.harness.verdict;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An assessor's rulings (waivers, adjudications) and a vendor's comments, set beside a run's results.
 *
 * <p>The rule: <b>a ruling never changes an outcome, a standard's verdict, the score or the level.</b> Nothing here
 * is read by {@link ClauseJudge} or {@link Scoring}; this class only describes, for each ruled or commented clause,
 * the outcome as measured next to the ruling and who made it. The scorecard shows both, flags a ruling whose expiry
 * has passed at the run's time (已过期 expired), a waiver on a clause that PASSED (moot: nothing to waive), and a
 * vendor comment on a clause that did not FAIL. A waiver is the assessor accepting, for a time and at a stated risk,
 * that a clause is not met; an adjudication is the assessor's recorded judgement on a contested outcome. Neither is
 * a PASS, and a "level with rulings" is never the level.
 */
public final class Rulings {
    public enum Kind { waiver, adjudication }

    public record Ruling(String clause, Kind kind, String reason, String approver, LocalDate expiry, String riskNote) {}

    public record VendorComment(String clause, String comment, String author) {}

    /** A ruling as the scorecard shows it: the outcome as measured, the ruling, and its flags. */
    public record RuledClause(Ruling ruling, String standard, Outcome measured, boolean expired, boolean moot) {}

    /** A comment as the scorecard shows it; {@code notFailed}: the clause it speaks to did not FAIL. */
    public record CommentedClause(VendorComment comment, String standard, Outcome measured, boolean notFailed) {}

    /** Expiry dates are calendar days in the pack's time zone, as the scorecard's stamps are. */
    public static final ZoneOffset ZONE = ZoneOffset.ofHours(8);

    private final List<Ruling> rulings;
    private final List<VendorComment> comments;

    public Rulings(List<Ruling> rulings, List<VendorComment> comments) {
        this.rulings = List.copyOf(rulings);
        this.comments = List.copyOf(comments);
    }

    public static Rulings none() {
        return new Rulings(List.of(), List.of());
    }

    public boolean isEmpty() {
        return rulings.isEmpty() && comments.isEmpty();
    }

    public List<Ruling> rulings() {
        return rulings;
    }

    public List<VendorComment> comments() {
        return comments;
    }

    /** Expired when the run took place after the expiry day (the expiry day itself still holds). */
    public static boolean expired(Ruling r, Instant runAt) {
        return runAt.atOffset(ZONE).toLocalDate().isAfter(r.expiry());
    }

    /** The rulings set beside {@code outcomes} (which are returned to nobody changed: this only reads them). */
    public List<RuledClause> ruled(List<ClauseOutcome> outcomes, Instant runAt) {
        Map<String, ClauseOutcome> byId = byId(outcomes);
        List<RuledClause> out = new ArrayList<>();
        for (Ruling r : rulings) {
            ClauseOutcome o = byId.get(r.clause());
            if (o == null) continue; // the loader refused unknown clauses; an outcome list without it has nothing to show
            out.add(new RuledClause(r, o.clause().standard(), o.outcome(), expired(r, runAt),
                    r.kind() == Kind.waiver && o.outcome() == Outcome.PASS));
        }
        return out;
    }

    public List<CommentedClause> commented(List<ClauseOutcome> outcomes) {
        Map<String, ClauseOutcome> byId = byId(outcomes);
        List<CommentedClause> out = new ArrayList<>();
        for (VendorComment c : comments) {
            ClauseOutcome o = byId.get(c.clause());
            if (o == null) continue;
            out.add(new CommentedClause(c, o.clause().standard(), o.outcome(), o.outcome() != Outcome.FAIL));
        }
        return out;
    }

    private static Map<String, ClauseOutcome> byId(List<ClauseOutcome> outcomes) {
        return outcomes.stream().collect(Collectors.toMap(o -> o.clause().id(), Function.identity(), (a, b) -> a));
    }
}
