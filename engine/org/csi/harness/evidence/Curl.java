package org.csi.harness.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A curl command line that sends a recorded request again. The request is already redacted: every secret in it
 * becomes a shell variable the reader sets ({@code $CSI_TOKEN}, {@code $CSI_API_KEY}, {@code $CSI_CLIENT_SECRET},
 * {@code $CSI_SECRET}); the value itself is never written.
 */
public final class Curl {
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{?(CSI_[A-Z_]+)}?");
    /** Request headers the client sets itself, or that only describe this one sending. */
    private static final List<String> OWN = List.of("content-length", "host", "connection", "accept-encoding", "user-agent");

    private Curl() {}

    public static String of(Exchange e) {
        HttpMessage r = HttpMessage.parse(e.request());
        List<String> parts = new ArrayList<>(List.of("curl", "-sS", "-i", "-X", e.method(), quote(e.url())));
        boolean typed = false;
        for (Map.Entry<String, String> h : r.headers()) {
            if (OWN.contains(h.getKey().toLowerCase(java.util.Locale.ROOT))) continue;
            if (h.getKey().equalsIgnoreCase("Content-Type")) {
                if (typed || h.getValue().equals("null")) continue;
                typed = true;
            }
            parts.add("-H");
            parts.add(quote(h.getKey() + ": " + placeholders(h.getKey(), h.getValue())));
        }
        if (!r.body().isEmpty()) {
            parts.add("--data-binary");
            parts.add(quote(placeholders("body", r.body())));
        }
        return String.join(" ", parts);
    }

    /** Marks each redacted value with the variable that replaces it. */
    static String placeholders(String where, String value) {
        String name = where.toLowerCase(java.util.Locale.ROOT);
        String variable = name.equals("authorization") ? "CSI_TOKEN" : name.contains("api-key") ? "CSI_API_KEY" : null;
        String v = value;
        if (name.equals("body")) {
            v = v.replaceAll("(client_secret=)" + Pattern.quote(Redactor.MARK), "$1\\${CSI_CLIENT_SECRET}");
            v = v.replaceAll("(\"client_secret\"\\s*:\\s*\")" + Pattern.quote(Redactor.MARK), "$1\\${CSI_CLIENT_SECRET}");
        }
        if (variable != null && v.startsWith("Basic ") && v.contains(Redactor.MARK)) variable = "CSI_BASIC_CREDENTIALS";
        return v.replace(Redactor.MARK, "${" + (variable == null ? "CSI_SECRET" : variable) + "}");
    }

    /** Single-quoted for a POSIX shell, with the placeholders left outside the quotes so that the shell expands them. */
    static String quote(String s) {
        StringBuilder out = new StringBuilder();
        Matcher m = VARIABLE.matcher(s);
        int at = 0;
        while (m.find()) {
            out.append(literal(s.substring(at, m.start()))).append("\"$").append(m.group(1)).append('"');
            at = m.end();
        }
        out.append(literal(s.substring(at)));
        return out.length() == 0 ? "''" : out.toString();
    }

    private static String literal(String s) {
        return s.isEmpty() ? "" : "'" + s.replace("'", "'\\''") + "'";
    }
}
