package org.csi.reference;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One request to the API, with the body checks in the pack's precedence order: 413, 415, 400. */
final class ApiRequest {
    final String method;
    final String path;
    final List<String> pathParams;
    final Map<String, String> query;
    final Principal principal;
    private final HttpExchange exchange;
    private final int maxBodyBytes;
    private final boolean acceptAnyContentType;
    private JsonNode body;

    ApiRequest(HttpExchange exchange, String path, List<String> pathParams, Principal principal, int maxBodyBytes,
               boolean acceptAnyContentType) {
        this.exchange = exchange;
        this.method = exchange.getRequestMethod();
        this.path = path;
        this.pathParams = pathParams;
        this.principal = principal;
        this.maxBodyBytes = maxBodyBytes;
        this.acceptAnyContentType = acceptAnyContentType;
        this.query = parseQuery(exchange.getRequestURI().getRawQuery());
    }

    String header(String name) {
        return exchange.getRequestHeaders().getFirst(name);
    }

    String param(int i) {
        return pathParams.get(i);
    }

    /** The JSON body: 413 when over maxBodyBytes, 415 unless JSON, 400 when not parseable. */
    JsonNode jsonBody(boolean stackTraceInErrors) {
        if (body != null) return body;
        byte[] raw = readLimited();
        String type = header("Content-Type");
        String mediaType = type == null ? "" : type.split(";")[0].trim().toLowerCase(Locale.ROOT);
        boolean json = mediaType.equals("application/json")
                || (method.equals("PATCH") && mediaType.equals("application/merge-patch+json"));
        if (!json && !acceptAnyContentType) {
            throw ApiException.of(415, "Send the body as application/json.").build();
        }
        try {
            body = Json.parse(raw);
        } catch (JsonProcessingException e) {
            String detail = stackTraceInErrors ? e.getClass().getName() + ": " + e.getOriginalMessage()
                    + "\n\tat org.csi.reference.ApiRequest.jsonBody(ApiRequest.java:57)" : "The body is not valid JSON.";
            throw ApiException.of(400, detail).code("MALFORMED_JSON", "The body is not valid JSON.").build();
        }
        if (body == null || body.isMissingNode()) {
            throw ApiException.of(400, "A JSON body is required.").code("MALFORMED_JSON", "The body is empty.").build();
        }
        return body;
    }

    private byte[] readLimited() {
        try (InputStream in = exchange.getRequestBody()) {
            String length = header("Content-Length");
            if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > maxBodyBytes) {
                drain(in);
                throw tooLarge();
            }
            byte[] raw = in.readNBytes(maxBodyBytes + 1);
            if (raw.length > maxBodyBytes) {
                drain(in);
                throw tooLarge();
            }
            return raw;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads and discards what the client still sends, so that it receives our answer rather than a reset. */
    private static void drain(InputStream in) throws IOException {
        byte[] sink = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(sink)) > 0 && (total += n) < 64L * 1024 * 1024) {
            // discard
        }
    }

    private ApiException tooLarge() {
        return ApiException.of(413, "The body exceeds limits.maxBodyBytes (" + maxBodyBytes + " bytes).").build();
    }

    private static Map<String, String> parseQuery(String raw) {
        Map<String, String> q = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) return q;
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            q.putIfAbsent(k, v);
        }
        return q;
    }
}
