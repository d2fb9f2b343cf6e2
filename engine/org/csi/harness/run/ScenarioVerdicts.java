package org.csi.harness.run;

import io.cucumber.plugin.event.PickleStepTestStep;
import io.cucumber.plugin.event.Result;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestStep;
import io.cucumber.plugin.event.Status;
import org.csi.harness.contract.ContractBreach;
import org.csi.harness.verdict.CannotTell;
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

    /** The part of a scenario a step belongs to, from its zh-CN (or English) keyword. */
    enum Phase { GIVEN, WHEN, THEN }

    /**
     * The step's phase: 假如/假设/假定 (Given) are set-up, 当 (When) and 那么 (Then) judge the solution, and
     * 而且/并且/同时/但是 (And/But, "*") take the phase of the step before them.
     */
    static Phase phase(String keyword, Phase previous) {
        return switch (keyword.strip()) {
            case "假如", "假设", "假定", "Given" -> Phase.GIVEN;
            case "当", "When" -> Phase.WHEN;
            case "那么", "Then" -> Phase.THEN;
            default -> previous == null ? Phase.GIVEN : previous;
        };
    }

    /**
     * The result as the engine judges it: an assertion that fails in a Given step (or a Background step, which is
     * a Given) is an unmet precondition, CANNOT_TELL (conformance-levels.md §1), whichever call site raised it;
     * in a When or Then step it stays a FAIL, and so does a response breaking a rule the scenario's own clause owns
     * (ContractBreach). {@code failed} is the first step that failed, null if none did.
     */
    static Result attribute(TestCase testCase, PickleStepTestStep failed, Result result) {
        if (failed == null || result.getStatus() != Status.FAILED || !(result.getError() instanceof AssertionError error)) return result;
        if (error instanceof ContractBreach) return result;
        Phase phase = null;
        for (TestStep s : testCase.getTestSteps()) {
            if (!(s instanceof PickleStepTestStep step)) continue;
            phase = phase(step.getStep().getKeyword(), phase);
            if (step == failed || step.getId().equals(failed.getId())) break;
        }
        if (phase != Phase.GIVEN) return result;
        String step = failed.getStep().getKeyword().strip() + " " + failed.getStep().getText();
        return new Result(result.getStatus(), result.getDuration(),
                new FixtureUnavailable("「" + step + "」: " + (error.getMessage() == null ? "(no message)" : error.getMessage()), error));
    }

    static Verdict of(Result result, Redactor redactor) {
        Status status = result.getStatus();
        Throwable error = result.getError();
        return switch (status) {
            case PASSED -> new Verdict(Outcome.PASS, null);
            case FAILED -> {
                if (error instanceof CannotTell) yield new Verdict(Outcome.CANNOT_TELL, reason("", error, redactor));
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
        // Whole, for the scorecard to wrap (issue 13): only a runaway line is cut, far beyond any check's own wording.
        if (first.length() > 4000) first = first.substring(0, 4000) + "… (" + first.length() + " characters in all)";
        return redactor.redact(prefix + first);
    }
}
