package org.csi.harness;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The forms a secret takes when a solution (or a careless harness) writes it, made with the libraries' own encoders,
 * not with the Redactor's: what the secrets tests send back and then look for in every output file.
 */
final class SecretForms {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper JSON_ASCII = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    private SecretForms() {}

    /** Each form of {@code secret} by the name of its encoding; {@code clientId} for the Basic credential of RFC 6749 §2.3.1. */
    static Map<String, String> of(String secret, String clientId) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("raw", secret);
        f.put("json", json(JSON, secret));
        f.put("json-ascii", json(JSON_ASCII, secret));
        f.put("json-ascii-lower", lowerUnicodeEscapes(json(JSON_ASCII, secret)));
        f.put("json-slash", json(JSON, secret).replace("/", "\\/"));
        String form = URLEncoder.encode(secret, StandardCharsets.UTF_8);
        f.put("url-form", form);
        f.put("url-%20", form.replace("+", "%20"));
        f.put("url-lower", lowerPercent(form));
        f.put("url-path", path(secret));
        f.put("html", secret.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;"));
        Base64.Encoder std = Base64.getEncoder();
        Base64.Encoder url = Base64.getUrlEncoder();
        f.put("base64", std.encodeToString(bytes(secret)));
        f.put("base64url", url.withoutPadding().encodeToString(bytes(secret)));
        f.put("basic", std.encodeToString(bytes(clientId + ":" + secret)));
        f.put("basic-url", url.encodeToString(bytes(clientId + ":" + secret)));
        f.put("basic-form-encoded", std.encodeToString(bytes(URLEncoder.encode(clientId, StandardCharsets.UTF_8) + ":" + form)));
        f.put("base64-offset-1", std.encodeToString(bytes("x" + secret)));
        f.put("base64-offset-2", std.encodeToString(bytes("xy" + secret)));
        return f;
    }

    /**
     * What a scan looks for in the Base64 forms: the part only the secret determines (an encoded form, or a longer text
     * holding it, differs from the plain encoding at its ends), so that a partly redacted value is found too.
     */
    static String needle(String name, String form) {
        if (!name.startsWith("base64") && !name.startsWith("basic")) return form;
        return form.substring(Math.min(8, form.length() / 4), form.length() - Math.min(8, form.length() / 4));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String json(ObjectMapper mapper, String s) {
        try {
            String quoted = mapper.writeValueAsString(s);
            return quoted.substring(1, quoted.length() - 1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String lowerUnicodeEscapes(String s) {
        StringBuilder out = new StringBuilder();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\\\u([0-9A-F]{4})").matcher(s);
        while (m.find()) m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement("\\u" + m.group(1).toLowerCase()));
        return m.appendTail(out).toString();
    }

    private static String lowerPercent(String s) {
        StringBuilder out = new StringBuilder();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("%[0-9A-F]{2}").matcher(s);
        while (m.find()) m.appendReplacement(out, m.group().toLowerCase());
        return m.appendTail(out).toString();
    }

    private static String path(String s) {
        try {
            return new URI("http", "h", "/" + s, null).toASCIIString().substring("http://h/".length());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
