package org.csi.harness.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.csi.harness.config.Credential;

/**
 * Calls the solution's API as one party: a credential (tenant and role), or nobody, or a raw Authorization
 * header. Paths are relative to the declared apiBaseUrl.
 */
public final class Caller {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpTransport transport;
    private final String apiBaseUrl;
    private final UnaryOperator<Request> authenticate;
    private final String name;
    /** Set for a caller that presents the harness's own OAuth tokens; null for keys, raw headers and nobody. */
    private final Credential bearer;
    private final TokenCache tokens;

    Caller(HttpTransport transport, String apiBaseUrl, UnaryOperator<Request> authenticate, String name) {
        this(transport, apiBaseUrl, authenticate, name, null, null);
    }

    private Caller(HttpTransport transport, String apiBaseUrl, UnaryOperator<Request> authenticate, String name, Credential bearer,
                   TokenCache tokens) {
        this.transport = transport;
        this.apiBaseUrl = apiBaseUrl;
        this.authenticate = authenticate;
        this.name = name;
        this.bearer = bearer;
        this.tokens = tokens;
    }

    /** Builds callers for credentials with the declared and preferred method. */
    public static final class Factory {
        private final HttpTransport transport;
        private final String apiBaseUrl;
        private final TokenCache tokens;
        private final boolean useApiKey;

        public Factory(HttpTransport transport, String apiBaseUrl, TokenCache tokens, boolean useApiKey) {
            this.transport = transport;
            this.apiBaseUrl = apiBaseUrl;
            this.tokens = tokens;
            this.useApiKey = useApiKey;
        }

        public Caller as(Credential c) {
            boolean key = (useApiKey && c.hasApiKey()) || !c.hasOAuth() || tokens == null;
            if (key) return new Caller(transport, apiBaseUrl, r -> r.header("X-CSI-Api-Key", c.apiKey()), c.label());
            return new Caller(transport, apiBaseUrl, UnaryOperator.identity(), c.label(), c, tokens);
        }

        public Caller apiKey(Credential c) {
            return new Caller(transport, apiBaseUrl, r -> r.header("X-CSI-Api-Key", c.apiKey()), c.label() + " (API key)");
        }

        public Caller anonymous() {
            return new Caller(transport, apiBaseUrl, UnaryOperator.identity(), "anonymous");
        }

        public Caller withAuthorization(String header) {
            return new Caller(transport, apiBaseUrl, r -> r.header("Authorization", header), "Authorization: …");
        }

        public HttpTransport transport() {
            return transport;
        }

        public String apiBaseUrl() {
            return apiBaseUrl;
        }
    }

    public String name() {
        return name;
    }

    public Reply get(String path) {
        return send(Request.of("GET", apiBaseUrl + path));
    }

    public Reply get(String path, Map<String, ?> query) {
        Request r = Request.of("GET", apiBaseUrl + path);
        for (var e : query.entrySet()) r = r.query(e.getKey(), e.getValue());
        return send(r);
    }

    public Reply post(String path, JsonNode body) {
        return send(Request.of("POST", apiBaseUrl + path).body("application/json", bytes(body)));
    }

    public Reply post(String path, JsonNode body, String idempotencyKey) {
        return send(Request.of("POST", apiBaseUrl + path).header("Idempotency-Key", idempotencyKey).body("application/json", bytes(body)));
    }

    public Reply put(String path, JsonNode body) {
        return send(Request.of("PUT", apiBaseUrl + path).body("application/json", bytes(body)));
    }

    /** A request to {@code path} under the API base, for the rare call the helpers above do not cover (extra headers). */
    public Request request(String method, String path) {
        return Request.of(method, apiBaseUrl + path);
    }

    /** A JSON Merge Patch (RFC 7396), as pack README §4 sends PATCH bodies. */
    public Reply patch(String path, JsonNode body) {
        return send(Request.of("PATCH", apiBaseUrl + path).body("application/merge-patch+json", bytes(body)));
    }

    public Reply postRaw(String path, String contentType, byte[] body) {
        return send(Request.of("POST", apiBaseUrl + path).body(contentType, body));
    }

    public Reply send(String method, String path) {
        return send(Request.of(method, apiBaseUrl + path));
    }

    public Reply delete(String path) {
        return send(Request.of("DELETE", apiBaseUrl + path));
    }

    /**
     * Sends as this party. A request with the harness's own token that meets a 401 after the token reached its renewal
     * point (it lapsed in flight) is sent once more with a new token, and the evidence says so. Probes of GEN-02/03
     * present their own tokens through {@link Factory#withAuthorization} and are never resent.
     */
    public Reply send(Request request) {
        if (bearer == null) return transport.send(authenticate.apply(request), true, name);
        TokenCache.Token token = tokens.token(bearer);
        Reply reply = transport.send(withToken(request, token), true, name);
        if (reply.status() != 401 || !token.due()) return reply;
        TokenCache.Token renewed = tokens.renew(bearer, token);
        transport.evidence().artefact("Token renewed and request resent: " + reply.describe(),
                "The access token of " + name + " (expires_in " + token.expiresIn() + " s, obtained " + token.obtainedAt()
                        + ") reached its renewal point while the request was in flight and the solution answered 401; the harness "
                        + "obtained a new token and sent the same request once more. Both exchanges are in this evidence.");
        return transport.send(withToken(request, renewed), true, name + " (renewed token, resent)");
    }

    private static Request withToken(Request request, TokenCache.Token token) {
        return request.header("Authorization", "Bearer " + token.value());
    }

    private static byte[] bytes(JsonNode body) {
        try {
            return JSON.writeValueAsBytes(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
