package org.csi.harness.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.csi.harness.verdict.ClauseViolation;
import org.csi.harness.verdict.FixtureUnavailable;
import org.csi.harness.config.Credential;
import org.csi.harness.evidence.Redactor;

/** OAuth 2.0 client-credentials tokens per credential, renewed shortly before they expire. */
public final class TokenCache {
    public record Token(String value, long expiresIn, Instant obtainedAt) {
        Instant expiresAt() {
            return obtainedAt.plusSeconds(expiresIn);
        }
    }

    private final HttpTransport transport;
    private final String tokenEndpoint;
    private final Redactor redactor;
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    public TokenCache(HttpTransport transport, String tokenEndpoint, Redactor redactor) {
        this.transport = transport;
        this.tokenEndpoint = tokenEndpoint;
        this.redactor = redactor;
    }

    /** A valid bearer token for {@code c}; a failure to obtain one is a fixture failure (CANNOT_TELL). */
    public String bearer(Credential c) {
        Token t = tokens.get(c.clientId());
        if (t == null || Instant.now().isAfter(t.expiresAt().minus(margin(t)))) {
            try {
                t = request(c.clientId(), c.clientSecret());
            } catch (ClauseViolation e) {
                throw new FixtureUnavailable("cannot obtain an access token for " + c.label() + ": " + e.getMessage(), e);
            }
            tokens.put(c.clientId(), t);
        }
        return t.value();
    }

    private static Duration margin(Token t) {
        return Duration.ofMillis(Math.min(30_000, Math.max(1_000, t.expiresIn() * 100)));
    }

    /** One token request as GEN-03 describes it; the reply is contract-checked by the transport. */
    public Reply requestReply(String clientId, String secret) {
        return send(clientId, secret, true);
    }

    private Reply send(String clientId, String secret, boolean checkContract) {
        String form = "grant_type=client_credentials&client_id=" + enc(clientId) + "&client_secret=" + enc(secret);
        Reply reply = transport.send(Request.of("POST", tokenEndpoint)
                .body("application/x-www-form-urlencoded", form.getBytes(StandardCharsets.UTF_8)), checkContract);
        if (reply.status() == 200 && reply.document() != null) redactor.addSecret(reply.document().path("access_token").asText(null));
        return reply;
    }

    /** A token for the harness's own use: read leniently, since judging the token response is GEN-03's business. */
    public Token request(String clientId, String secret) {
        Reply reply = send(clientId, secret, false).expectStatus(200);
        JsonNode json = reply.json();
        return new Token(json.path("access_token").asText(), json.path("expires_in").asLong(), Instant.now());
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
