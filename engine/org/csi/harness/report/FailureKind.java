package org.csi.harness.report;

import org.csi.harness.verdict.Outcome;

/** What a scenario that did not pass failed of, the second level of the categories after its clause. */
public enum FailureKind {
    CONTRACT(Outcome.FAIL, "契约 contract"), CAP(Outcome.FAIL, "限值 cap"), ASSERTION(Outcome.FAIL, "断言 assertion"),
    SET_UP(Outcome.CANNOT_TELL, "前置条件 set-up"), HARNESS(Outcome.CANNOT_TELL, "工具错误 harness error"),
    NOT_RUN(Outcome.CANNOT_TELL, "未运行 not run");

    public final Outcome outcome;
    public final String label;

    FailureKind(Outcome outcome, String label) {
        this.outcome = outcome;
        this.label = label;
    }

    /** "不通过 FAIL · 契约 contract". */
    public String title() {
        return (outcome == Outcome.FAIL ? "不通过 FAIL" : "无法判定 CANNOT_TELL") + " · " + label;
    }

    /** From the engine's outcome and reason (ScenarioVerdicts words them). */
    public static FailureKind of(Outcome outcome, String reason) {
        String r = reason == null ? "" : reason;
        if (outcome == Outcome.FAIL) {
            if (r.contains("breaks the interface contract")) return CONTRACT;
            // A cap of the harness (run configuration limits: sizes, depth, time) that the solution's answer ran into.
            if (r.contains("limits.") || r.contains("harness limit") || r.contains("no complete response within")
                    || r.contains("read timeout")) return CAP;
            return ASSERTION;
        }
        if (r.startsWith("precondition not met")) return SET_UP;
        // The run left it out (--tags, --standards) or this harness version has no test for it: nothing was tried.
        if (r.startsWith("not selected in this run") || r.startsWith("this harness version has no executable test")) return NOT_RUN;
        return HARNESS;
    }
}
