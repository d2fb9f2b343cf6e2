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
        if (r.mediaType().equals("application/x-www-form-urlencoded")) {
            form(parts, r.body());
        } else if (!r.body().isEmpty()) {
            parts.add("--data-binary");
            parts.add(quote(placeholders("body", r.body())));
        }
        return String.join(" ", parts);
    }

    /**
     * A form body: its redacted fields as {@code --data-urlencode "client_secret=$CSI_CLIENT_SECRET"} (curl encodes the
     * value the shell gives it), the others as they were sent.
     */
    private static void form(List<String> parts, String body) {
        List<String> plain = new ArrayList<>();
        List<String> secret = new ArrayList<>();
        for (String pair : body.split("&", -1)) {
            int eq = pair.indexOf('=');
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            if (value.equals(Redactor.MARK) || value.equals(java.net.URLEncoder.encode(Redactor.MARK, java.nio.charset.StandardCharsets.UTF_8))) {
                String name = pair.substring(0, eq);
                secret.add(name + "=${" + (name.equals("client_secret") ? "CSI_CLIENT_SECRET" : name.equals("access_token") ? "CSI_TOKEN" : "CSI_SECRET") + "}");
            } else {
                plain.add(pair);
            }
        }
        if (!plain.isEmpty() && !(plain.size() == 1 && plain.get(0).isEmpty())) {
            parts.add("--data-binary");
            parts.add(quote(placeholders("body", String.join("&", plain))));
        }
        for (String s : secret) {
            parts.add("--data-urlencode");
            parts.add(quote(s));
        }
    }

    /** Marks each redacted value with the variable that replaces it. */
    static String placeholders(String where, String value) {
        String name = where.toLowerCase(java.util.Locale.ROOT);
        if (name.equals("authorization") && value.equals(Redactor.MARK)) return "Bearer ${CSI_TOKEN}";
        String variable = name.equals("authorization") ? "CSI_TOKEN" : name.contains("api-key") ? "CSI_API_KEY" : null;
        if (variable != null && value.startsWith("Basic ") && value.contains(Redactor.MARK)) variable = "CSI_BASIC_CREDENTIALS";
        return value.replace(Redactor.MARK, "${" + (variable == null ? "CSI_SECRET" : variable) + "}");
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
