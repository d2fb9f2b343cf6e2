package org.csi.harness.checks;

import org.csi.harness.verdict.ClauseViolation;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;


/** UW-07 and UW-08: the decision's outcome, reason codes and conditions, and its disclosure record. */
public final class DecisionRules {
    public static final Set<String> REASON_CODES = Set.of("CONTROLS_ADEQUATE", "MFA_MISSING", "EDR_COVERAGE_LOW", "BACKUP_NOT_OFFLINE",
            "RESTORE_TEST_STALE", "PATCH_SLA_TOO_LONG", "RDP_EXPOSED", "EMAIL_AUTH_WEAK", "IR_PLAN_STALE", "CRITICAL_FINDING_OPEN",
            "PRIOR_INCIDENTS", "OUTSIDE_APPETITE");
    /** Best first: ACCEPT > ACCEPT_WITH_CONDITIONS > REFER > DECLINE (UW-11). */
    public static final List<String> OUTCOMES = List.of("ACCEPT", "ACCEPT_WITH_CONDITIONS", "REFER", "DECLINE");

    private DecisionRules() {}

    public static void requireReasonCodes(Collection<UnderwritingCase> cases) {
        for (UnderwritingCase c : cases) {
            List<String> codes = codes(c.decision());
            ClauseViolation.require(!codes.isEmpty(), c.summary() + ": reasonCodes is empty");
            ClauseViolation.require(REASON_CODES.containsAll(codes), c.summary() + ": reason codes outside the CSI-UW list");
            ClauseViolation.require(OUTCOMES.contains(c.outcome()), c.summary() + ": outcome is not one of " + OUTCOMES);
        }
    }

    public static void requireAdequateAlone(Collection<UnderwritingCase> cases) {
        for (UnderwritingCase c : cases) {
            List<String> codes = codes(c.decision());
            ClauseViolation.require(!codes.contains("CONTROLS_ADEQUATE") || codes.size() == 1,
                    c.summary() + ": CONTROLS_ADEQUATE is cited with other codes");
            boolean unfavourable = c.outcome().equals("REFER") || c.outcome().equals("DECLINE");
            ClauseViolation.require(!unfavourable || codes.stream().anyMatch(x -> !x.equals("CONTROLS_ADEQUATE")),
                    c.summary() + ": a " + c.outcome() + " needs a reason other than CONTROLS_ADEQUATE");
        }
    }

    public static void requireCites(UnderwritingCase c, String code) {
        ClauseViolation.require(codes(c.decision()).contains(code), c.summary() + ": does not cite " + code);
    }

    public static void requireConditionsWhenConditional(Collection<UnderwritingCase> cases) {
        for (UnderwritingCase c : cases) {
            if (!c.outcome().equals("ACCEPT_WITH_CONDITIONS")) continue;
            ClauseViolation.require(c.decision().path("conditions").isArray() && !c.decision().path("conditions").isEmpty(),
                    c.summary() + ": ACCEPT_WITH_CONDITIONS without conditions");
        }
    }

    /** The decision records the questionnaire version and, deep-equal, the answers that were submitted. */
    public static void requireDisclosureRecord(UnderwritingCase c) {
        String sent = c.submitted().at("/questionnaire/version").asText();
        ClauseViolation.require(c.decision().path("questionnaireVersion").asText().equals(sent),
                "questionnaireVersion is " + c.decision().path("questionnaireVersion") + ", the application's is " + sent);
    }

    public static void requireAnswersRelied(UnderwritingCase c) {
        JsonNode sent = c.submitted().at("/questionnaire/answers");
        ClauseViolation.require(c.decision().path("answersRelied").equals(sent),
                "answersRelied " + c.decision().path("answersRelied") + " differs from the answers submitted " + sent);
    }

    /**
     * UW-07: a decision asked for before the assessment is COMPLETED is 409 with the assessment's state. A null reply
     * means the assessment was answered COMPLETED at once, so no decision could come before it: noted, and holds.
     */
    public static void requireConflictWhileAssessing(org.csi.harness.http.Reply reply, org.csi.harness.evidence.EvidenceLog evidence) {
        if (reply == null) {
            evidence.artefact("UW-07 decision before completion", "the assessment was answered already COMPLETED: there is no moment before "
                    + "completion at which a decision could be asked for, so this line cannot be broken by this solution");
            return;
        }
        requireConflictWhileAssessing(reply);
    }

    /** UW-07: a decision asked for while the assessment runs is refused with 409 naming the assessment's state. */
    public static void requireConflictWhileAssessing(org.csi.harness.http.Reply reply) {
        reply.expectStatus(409);
        String state = reply.json().path("currentState").asText();
        ClauseViolation.require(List.of("PENDING", "RUNNING").contains(state), "currentState is '" + state + "', expected the assessment's PENDING or RUNNING");
    }

    /** UW-08: a decision read again is exactly as it was made. */
    public static void requireUnchanged(JsonNode before, JsonNode again) {
        ClauseViolation.require(again.equals(before), "the decision changed after the application was patched: was " + before + ", is " + again);
    }

    /** ≤ 0 when {@code a} is no worse than {@code b}. */
    public static int compareOutcomes(String a, String b) {
        return Integer.compare(OUTCOMES.indexOf(a), OUTCOMES.indexOf(b));
    }

    private static List<String> codes(JsonNode decision) {
        List<String> codes = new ArrayList<>();
        decision.path("reasonCodes").forEach(x -> codes.add(x.asText()));
        return codes;
    }
}
