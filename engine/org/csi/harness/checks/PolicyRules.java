package org.csi.harness.checks;

import org.csi.harness.verdict.ClauseViolation;
import com.fasterxml.jackson.databind.JsonNode;

/** UW-14: the policy reproduces the quote, and its insured and assets are the application's. */
public final class PolicyRules {
    private PolicyRules() {}

    public static void requireStatus(JsonNode policy, String status) {
        ClauseViolation.require(policy.path("status").asText().equals(status), "policy " + policy.path("policyId").asText() + " is " + policy.path("status") + ", expected " + status);
    }

    /** GEN-05: a refused bind leaves the quote OPEN. */
    public static void requireQuoteStillOpen(JsonNode quote) {
        ClauseViolation.require(quote.path("status").asText().equals("OPEN"), "the quote is " + quote.path("status") + " after a refused bind, expected OPEN");
    }

    /** {@code application} as the solution returns it (masked contact, per GEN-12). */
    public static void requireReproduces(JsonNode policy, JsonNode quote, JsonNode application) {
        ClauseViolation.require(policy.path("terms").equals(quote.path("terms")), "the policy's terms " + policy.path("terms") + " differ from the quote's " + quote.path("terms"));
        ClauseViolation.require(policy.path("premium").equals(quote.path("premium")), "the policy's premium " + policy.path("premium") + " differs from the quote's " + quote.path("premium"));
        ClauseViolation.require(policy.path("quoteId").asText().equals(quote.path("quoteId").asText()), "the policy cites quote " + policy.path("quoteId"));
        ClauseViolation.require(policy.path("insured").equals(application.path("applicant")), "insured " + policy.path("insured") + " is not the application's applicant " + application.path("applicant"));
        ClauseViolation.require(policy.path("assets").equals(application.path("assets")), "assets " + policy.path("assets") + " are not the application's " + application.path("assets"));
        ClauseViolation.require(policy.path("status").asText().equals("IN_FORCE"), "a new policy is " + policy.path("status") + ", expected IN_FORCE");
    }
}
