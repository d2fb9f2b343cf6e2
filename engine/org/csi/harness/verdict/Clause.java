package org.csi.harness.verdict;

/** One clause of the pack: its id, titles, level and profile, and the group it is reported under. */
public record Clause(String id, String standard, String titleZh, String titleEn, Level level, String profile,
                     String groupZh, String groupEn) {
    public enum Level {
        MUST(3), SHOULD(2), MAY(1);

        public final int weight;

        Level(int weight) {
            this.weight = weight;
        }
    }

    public String title() {
        return id + " " + titleZh + " / " + titleEn;
    }
}
