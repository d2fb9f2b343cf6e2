package org.csi.harness.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One side of a recorded exchange read back from its evidence text ({@link Exchange#request()} or
 * {@link Exchange#response()}: a start line, header lines, a blank line, the body), so that it can be shown with its
 * real content type, pretty-printed, replayed with curl or written to the run's HAR file.
 */
public record HttpMessage(String startLine, List<Map.Entry<String, String>> headers, String body) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Reads an evidence text; a text without a start line or headers (a transport failure) is all body. */
    public static HttpMessage parse(String text) {
        if (text == null) return new HttpMessage("", List.of(), "");
        String[] lines = text.split("\n", -1);
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        int i = 1;
        for (; i < lines.length && !lines[i].isEmpty(); i++) {
            int colon = lines[i].indexOf(':');
            if (colon <= 0 || lines[i].substring(0, colon).contains(" ")) {
                return new HttpMessage(lines[0], headers, String.join("\n", java.util.Arrays.asList(lines).subList(i, lines.length)));
            }
            headers.add(Map.entry(lines[i].substring(0, colon).strip(), lines[i].substring(colon + 1).strip()));
        }
        String body = i + 1 <= lines.length ? String.join("\n", java.util.Arrays.asList(lines).subList(Math.min(i + 1, lines.length), lines.length)) : "";
        return new HttpMessage(lines[0], List.copyOf(headers), body);
    }

    /** The first value of header {@code name} (case-insensitive), or null. */
    public String header(String name) {
        return headers.stream().filter(h -> h.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue).findFirst().orElse(null);
    }

    /** The media type of the body (without parameters); text/plain when none is stated. */
    public String mediaType() {
        String ct = header("Content-Type");
        if (ct == null || ct.isBlank() || ct.equals("null")) return body.isBlank() ? "text/plain" : looksJson() ? "application/json" : "text/plain";
        String type = ct.split(";", 2)[0].strip().toLowerCase(java.util.Locale.ROOT);
        return type.isEmpty() ? "text/plain" : type;
    }

    public boolean isJson() {
        String t = mediaType();
        return t.equals("application/json") || t.endsWith("+json");
    }

    private boolean looksJson() {
        String b = body.strip();
        return b.startsWith("{") || b.startsWith("[");
    }

    /** The body as a person reads it: JSON indented (when it parses whole), anything else as it came. */
    public String prettyBody() {
        if (!(isJson() || looksJson()) || body.isBlank()) return body;
        try {
            JsonNode n = JSON.readTree(body);
            return n == null ? body : n.toPrettyString();
        } catch (Exception e) {
            return body; // cut at the evidence limit, or not JSON after all: kept as received
        }
    }

    /** The file extension Allure should give the body's attachment. */
    public String extension() {
        return isJson() ? ".json" : mediaType().equals("application/x-www-form-urlencoded") ? ".txt" : mediaType().contains("html") ? ".html" : ".txt";
    }
}
