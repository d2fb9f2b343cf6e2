package org.csi.harness.checks;

import org.csi.harness.verdict.ClauseViolation;
import com.fasterxml.jackson.databind.JsonNode;

/** GEN-03: {access_token, token_type:"Bearer", expires_in} with 1 ≤ expires_in ≤ 3,600. */
public final class TokenResponse {
    private TokenResponse() {}

    public static void require(JsonNode t) {
        ClauseViolation.require(t.path("access_token").isTextual() && !t.path("access_token").asText().isEmpty(), "no access_token");
        ClauseViolation.require(t.path("token_type").asText().equalsIgnoreCase("Bearer"), "token_type is " + t.path("token_type"));
        long expiresIn = t.path("expires_in").asLong(-1);
        ClauseViolation.require(t.path("expires_in").isIntegralNumber() && expiresIn >= 1 && expiresIn <= 3600,
                "expires_in is " + t.path("expires_in") + ", expected 1 to 3600");
    }
}
