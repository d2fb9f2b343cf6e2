package org.csi.harness.http;

import java.util.LinkedHashMap;
import java.util.Map;

/** An HTTP request as the harness sends it; {@code body} null means none. */
public record Request(String method, String url, Map<String, String> headers, Map<String, String> query, String contentType,
                      byte[] body) {
    public static Request of(String method, String url) {
        return new Request(method, url, new LinkedHashMap<>(), new LinkedHashMap<>(), null, null);
    }

    public Request header(String name, String value) {
        Map<String, String> h = new LinkedHashMap<>(headers);
        if (value == null) h.remove(name); else h.put(name, value);
        return new Request(method, url, h, query, contentType, body);
    }

    public Request query(String name, Object value) {
        Map<String, String> q = new LinkedHashMap<>(query);
        q.put(name, String.valueOf(value));
        return new Request(method, url, headers, q, contentType, body);
    }

    public Request body(String type, byte[] content) {
        return new Request(method, url, headers, query, type, content);
    }

    public String urlWithQuery() {
        if (query.isEmpty()) return url;
        StringBuilder s = new StringBuilder(url);
        char sep = url.contains("?") ? '&' : '?';
        for (var e : query.entrySet()) {
            s.append(sep).append(e.getKey()).append('=').append(java.net.URLEncoder.encode(e.getValue(), java.nio.charset.StandardCharsets.UTF_8));
            sep = '&';
        }
        return s.toString();
    }
}
