package org.csi.harness.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.csi.harness.verdict.ClauseViolation;
import org.csi.harness.verdict.FixtureUnavailable;
import org.csi.harness.config.Credential;
import org.csi.harness.evidence.Redactor;

/**
 * OAuth 2.0 client-credentials tokens per credential, renewed once half of their lifetime has passed: a request sent
 * with a cached token has at least half of the token's life left to arrive, whatever {@code expires_in} the solution
 * chose (GEN-03 allows 1 to 3,600 s).
 */
public final class TokenCache {
    /** The share of a token's lifetime after which the harness asks for a new one. */
    static final double RENEW_AT = 0.5;

    public record Token(String value, long expiresIn, Instant obtainedAt) {
        Instant expiresAt() {
            return obtainedAt.plusSeconds(expiresIn);
        }

        /** When the harness stops using this token for new requests. */
        Instant renewAt() {
            return obtainedAt.plusMillis((long) (expiresIn * 1000 * RENEW_AT));
        }

        /** True once the token has reached its renewal point (so it may lapse before a request sent now is answered). */
        public boolean due() {
            return !Instant.now().isBefore(renewAt());
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
        transport.beforeRecording(this::keepIssuedTokensSecret);
    }

    /**
     * Registers every token a reply issues before the transport records the exchange (evidence, Allure), whichever
     * endpoint issued it and whatever its status: a token is a secret from the moment it is sent.
     */
    private void keepIssuedTokensSecret(Reply reply) {
        JsonNode d = reply.document();
        if (d == null || !d.isObject()) return;
        for (String member : new String[] {"access_token", "refresh_token", "id_token"}) {
            JsonNode v = d.get(member);
            if (v != null && v.isTextual()) redactor.addSecret(v.asText());
        }
    }

    /** A valid bearer token for {@code c}; a failure to obtain one is a fixture failure (CANNOT_TELL). */
    public String bearer(Credential c) {
        return token(c).value();
    }

    /** The cached token of {@code c}, or a new one when none is cached or the cached one is {@link Token#due() due}. */
    public Token token(Credential c) {
        Token t = tokens.get(c.clientId());
        return t == null || t.due() ? renew(c, t) : t;
    }

    /**
     * A new token for {@code c} in place of {@code stale} (null: none yet). When another request already replaced
     * {@code stale} with a token that is not due, that one is used: one renewal serves every thread.
     */
    public synchronized Token renew(Credential c, Token stale) {
        Token cached = tokens.get(c.clientId());
        if (cached != null && cached != stale && !cached.due()) return cached;
        Token t;
        try {
            t = request(c.clientId(), c.clientSecret());
        } catch (ClauseViolation e) {
            throw new FixtureUnavailable("cannot obtain an access token for " + c.label() + ": " + e.getMessage(), e);
        }
        tokens.put(c.clientId(), t);
        return t;
    }

    /** One token request as GEN-03 describes it; the reply is contract-checked by the transport. */
    public Reply requestReply(String clientId, String secret) {
        return send(clientId, secret, true);
    }

    private Reply send(String clientId, String secret, boolean checkContract) {
        String form = "grant_type=client_credentials&client_id=" + enc(clientId) + "&client_secret=" + enc(secret);
        return transport.send(Request.of("POST", tokenEndpoint)
                .body("application/x-www-form-urlencoded", form.getBytes(StandardCharsets.UTF_8)), checkContract);
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
