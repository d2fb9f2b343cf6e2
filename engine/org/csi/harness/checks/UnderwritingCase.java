package org.csi.harness.checks;

import com.fasterxml.jackson.databind.JsonNode;
import org.csi.harness.verdict.ClauseViolation;

/**
 * What one walk produced: the body sent, the solution's application, assessment, decision and quote (null when
 * the decision was REFER or DECLINE).
 */
public record UnderwritingCase(JsonNode clock, JsonNode submitted, JsonNode application, JsonNode assessment, JsonNode decision, JsonNode quote) {
    public String applicationId() {
        return application.path("applicationId").asText();
    }

    public String outcome() {
        return decision.path("outcome").asText();
    }

    /** The quote's id; a case the solution did not quote cannot go on to binding. */
    public String quoteId() {
        ClauseViolation.require(quote != null, summary());
        return quote.path("quoteId").asText();
    }

    public String summary() {
        return submitted.at("/applicant/legalName").asText() + ": " + outcome() + " " + decision.path("reasonCodes")
                + (quote == null ? ", no quote" : ", premium " + quote.at("/premium/amount").asText());
    }
}
