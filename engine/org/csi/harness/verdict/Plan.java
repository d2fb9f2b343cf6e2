package org.csi.harness.verdict;

import java.util.List;

/** Every scenario of the executable standard and what the run does with it, decided before anything runs. */
public record Plan(List<Entry> entries) {
    public enum Disposition { RUN, NOT_APPLICABLE, NOT_SELECTED, NO_TEST_MODE }

    public record Entry(String id, String name, List<String> tags, Disposition disposition, String reason) {
        public List<String> clauses() {
            return ScenarioResult.clauseIds(tags);
        }
    }

    public List<Entry> toRun() {
        return entries.stream().filter(e -> e.disposition() == Disposition.RUN).toList();
    }

    public List<Entry> forClause(String clauseId) {
        return entries.stream().filter(e -> e.clauses().contains(clauseId)).toList();
    }
}
