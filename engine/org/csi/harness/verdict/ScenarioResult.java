package org.csi.harness.verdict;

import java.util.List;

/** What one executed scenario showed for the clauses it is tagged with. */
public record ScenarioResult(String id, String name, String location, List<String> tags, Outcome outcome, String reason,
                             int evidenceCount, long millis) {

    /** Clause ids among the tags (e.g. "GEN-04" from "@GEN-04"). */
    public List<String> clauses() {
        return clauseIds(tags);
    }

    public static List<String> clauseIds(List<String> tags) {
        return tags.stream().map(t -> t.startsWith("@") ? t.substring(1) : t)
                .filter(t -> t.matches("[A-Z]+-\\d{2}")).toList();
    }
}
