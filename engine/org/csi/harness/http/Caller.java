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

    Caller(HttpTransport transport, String apiBaseUrl, UnaryOperator<Request> authenticate, String name) {
        this.transport = transport;
        this.apiBaseUrl = apiBaseUrl;
        this.authenticate = authenticate;
        this.name = name;
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
            UnaryOperator<Request> auth = key ? r -> r.header("X-CSI-Api-Key", c.apiKey())
                    : r -> r.header("Authorization", "Bearer " + tokens.bearer(c));
            return new Caller(transport, apiBaseUrl, auth, c.label());
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

    public Reply send(Request request) {
        return transport.send(authenticate.apply(request));
    }

    private static byte[] bytes(JsonNode body) {
        try {
            return JSON.writeValueAsBytes(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
