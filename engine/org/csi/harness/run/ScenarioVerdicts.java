package org.csi.harness.run;

import io.cucumber.plugin.event.Result;
import io.cucumber.plugin.event.Status;
import org.csi.harness.verdict.FixtureUnavailable;
import org.csi.harness.evidence.Redactor;
import org.csi.harness.verdict.Outcome;

/**
 * Reads a Cucumber result as a scenario outcome: an assertion about the solution is FAIL; a precondition that
 * could not be set up, a harness exception or a step this version lacks is CANNOT_TELL — never PASS.
 */
final class ScenarioVerdicts {
    private ScenarioVerdicts() {}

    record Verdict(Outcome outcome, String reason) {}

    static Verdict of(Result result, Redactor redactor) {
        Status status = result.getStatus();
        Throwable error = result.getError();
        return switch (status) {
            case PASSED -> new Verdict(Outcome.PASS, null);
            case FAILED -> {
                if (error instanceof FixtureUnavailable) yield new Verdict(Outcome.CANNOT_TELL, reason("precondition not met: ", error, redactor));
                if (error instanceof AssertionError) yield new Verdict(Outcome.FAIL, reason("", error, redactor));
                yield new Verdict(Outcome.CANNOT_TELL, reason("harness error: " + (error == null ? "" : error.getClass().getSimpleName() + ": "), error, redactor));
            }
            case UNDEFINED -> new Verdict(Outcome.CANNOT_TELL, "a step of this scenario is not implemented in this harness version");
            default -> new Verdict(Outcome.CANNOT_TELL, "scenario ended " + status);
        };
    }

    private static String reason(String prefix, Throwable error, Redactor redactor) {
        String message = error == null || error.getMessage() == null ? "(no message)" : error.getMessage();
        String first = message.strip().lines().findFirst().orElse("");
        if (first.length() > 400) first = first.substring(0, 400) + "…";
        return redactor.redact(prefix + first);
    }
}
