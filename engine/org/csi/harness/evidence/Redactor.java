package org.csi.harness.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes credentials, tokens and raw personal data from everything the harness writes.
 * Secrets known by value (configured secrets, issued tokens) are replaced wherever they appear;
 * credential-bearing headers and JSON members are replaced whatever their value.
 */
public final class Redactor {
    public static final String MARK = "[REDACTED]";
    private static final Pattern SECRET_HEADER = Pattern.compile("(?im)^(authorization|x-csi-api-key|proxy-authorization|cookie|set-cookie)(\\s*:\\s*).*$");
    private static final Pattern SECRET_MEMBER = Pattern.compile(
            "(\"(?:access_token|refresh_token|id_token|client_secret|clientSecret|apiKey|api_key|password|privateKey)\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern SECRET_FORM = Pattern.compile("(?i)((?:^|[&?])(?:client_secret|access_token|api_key)=)[^&\\s\"]*");
    /** Raw PII of pack README GEN-12: mainland ID card numbers and mobile numbers. */
    private static final Pattern ID_CARD = Pattern.compile("(?<![0-9A-Za-z])(\\d{6})\\d{8}(\\d{3}[0-9Xx])(?![0-9A-Za-z])");
    private static final Pattern MOBILE = Pattern.compile("(?<![0-9])(1[3-9]\\d)\\d{4}(\\d{4})(?![0-9])");

    private final Set<String> secrets = ConcurrentHashMap.newKeySet();

    /** Registers a value that must never be written anywhere (a secret, key or token). */
    public void addSecret(String secret) {
        if (secret != null && secret.length() >= 4) secrets.add(secret);
    }

    /** A copy of {@code json} with every string value redacted: structure and escaping stay intact. */
    public JsonNode redact(JsonNode json) {
        if (json == null) return null;
        if (json.isTextual()) return TextNode.valueOf(redact(json.asText()));
        JsonNode copy = json.deepCopy();
        if (copy.isObject()) {
            ObjectNode o = (ObjectNode) copy;
            for (var it = o.fields(); it.hasNext(); ) {
                var e = it.next();
                e.setValue(redact(e.getValue()));
            }
        } else if (copy.isArray()) {
            ArrayNode a = (ArrayNode) copy;
            for (int i = 0; i < a.size(); i++) a.set(i, redact(a.get(i)));
        }
        return copy;
    }

    public String redact(String text) {
        if (text == null || text.isEmpty()) return text;
        String out = text;
        List<String> known = secrets.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        for (String s : known) {
            if (out.contains(s)) out = out.replace(s, MARK);
        }
        out = SECRET_HEADER.matcher(out).replaceAll("$1$2" + Matcher.quoteReplacement(MARK));
        out = SECRET_MEMBER.matcher(out).replaceAll("$1\"" + Matcher.quoteReplacement(MARK) + "\"");
        out = SECRET_FORM.matcher(out).replaceAll("$1" + Matcher.quoteReplacement(MARK));
        out = ID_CARD.matcher(out).replaceAll("$1********$2");
        out = MOBILE.matcher(out).replaceAll("$1****$2");
        return out;
    }
}
