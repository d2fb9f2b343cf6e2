package org.csi.harness.evidence;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes credentials, tokens and raw personal data from everything the harness writes, by value and by name, never
 * by shape: a number that merely looks like an ID card or a mobile (an RQ seed, an amount) stays as it is.
 * <ul>
 * <li>Values registered here are replaced wherever they appear: configured secrets and API keys, issued tokens
 *     ({@link #addSecret}), and the personal data the harness itself sends, the F-PII contact's ID number and mobile
 *     ({@link #addPersonal}).</li>
 * <li>Members the pack names as personal (CSI-GEN GEN-12: {@code idCardNumber} and {@code …mobile}) are replaced
 *     whatever their value, unless the value is already in the pack's masked form; credential members, credential
 *     headers and form fields likewise.</li>
 * </ul>
 * JSON stays JSON: a JSON text, or the JSON body of a recorded HTTP message, is redacted inside its string values and
 * the rest of the text is kept byte for byte, so evidence stays parseable and replayable.
 */
public final class Redactor {
    public static final String MARK = "[REDACTED]";
    /** The shortest configured secret the harness accepts: a shorter one would be found by chance in other text, or be guessed. */
    public static final int MIN_SECRET_LENGTH = 8;
    /** What stands where raw personal data was: distinct from the pack's masked form, so that evidence never looks masked when it was not. */
    public static final String PERSONAL = "[REDACTED PII]";
    private static final Pattern SECRET_HEADER = Pattern.compile("(?im)^(authorization|x-csi-api-key|proxy-authorization|cookie|set-cookie)(\\s*:\\s*).*$");
    private static final Pattern SECRET_MEMBER = Pattern.compile(
            "(\"(?:access_token|refresh_token|id_token|client_secret|clientSecret|apiKey|api_key|password|privateKey)\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Set<String> SECRET_NAMES = Set.of("access_token", "refresh_token", "id_token", "client_secret", "clientsecret",
            "apikey", "api_key", "password", "privatekey");
    private static final Pattern SECRET_FORM = Pattern.compile("(?i)((?:^|[&?])(?:client_secret|access_token|api_key)=)[^&\\s\"]*");
    /** The masked forms of GEN-12 (first 6 + 8 stars + last 4; first 3 + 4 stars + last 4): these may be shown. */
    private static final Pattern MASKED_ID_CARD = Pattern.compile("\\d{6}\\*{8}[0-9Xx*]{4}");
    private static final Pattern MASKED_MOBILE = Pattern.compile("\\d{3}\\*{4}\\d{4}");
    private static final Pattern MESSAGE_START = Pattern.compile("^(?:HTTP \\d{3}|[A-Z]+ \\S+)\\n");
    private static final JsonFactory JSON = new JsonFactory();
    /** The {@code user:password@} of a URL's authority. */
    private static final Pattern URL_USER_INFO = Pattern.compile("(?i)\\b([a-z][a-z0-9+.-]*://)[^/?#\\s\"'<>]+@");

    /** The registered values, longest first (so that a value inside a longer one is not half replaced), each with its mark. */
    private record Known(List<String> secrets, List<String> personal) {
        static final Known NONE = new Known(List.of(), List.of());

        boolean isEmpty() {
            return secrets.isEmpty() && personal.isEmpty();
        }

        boolean contains(String value) {
            return secrets.contains(value) || personal.contains(value);
        }

        /** Only the values that occur in {@code text}: one scan of the whole text, so that its parts need not be scanned for every value. */
        Known in(String text) {
            if (isEmpty()) return this;
            Known k = new Known(secrets.stream().filter(text::contains).toList(), personal.stream().filter(text::contains).toList());
            return k.isEmpty() ? NONE : k;
        }
    }

    private final Set<String> secrets = ConcurrentHashMap.newKeySet();
    private final Set<String> personal = ConcurrentHashMap.newKeySet();
    private volatile Known known = Known.NONE;

    /**
     * Registers a value that must never be written anywhere (a secret, key or token), in any of its {@link #forms}.
     * Any length is taken: configured secrets shorter than {@link #MIN_SECRET_LENGTH} are refused where they are read,
     * and a short token is the solution's choice, redacted all the same.
     */
    public void addSecret(String secret) {
        if (secret != null && !secret.isEmpty() && secrets.add(secret)) refresh();
    }

    /** Registers a personal value the harness sends (an ID number, a mobile): written nowhere raw. */
    public void addPersonal(String value) {
        if (value != null && value.length() >= 4 && personal.add(value)) refresh();
    }

    private synchronized void refresh() {
        Set<String> all = new HashSet<>();
        for (String secret : secrets) all.addAll(forms(secret));
        known = new Known(longestFirst(all), longestFirst(personal));
    }

    /**
     * Every form in which {@code secret} can be written by the harness or reflected by a solution: as it is; JSON-escaped
     * (with {@code \/} and with a backslash-u escape for non-ASCII, either case); URL-encoded (space as {@code +} or
     * {@code %20}, hex in either case, with the safe sets of form encoding, RFC 3986 unreserved, JavaScript's
     * encodeURIComponent and of a path); HTML/XML-escaped; and Base64 (standard and URL-safe) at each of the three
     * alignments it can take inside a longer encoded text (a Basic {@code client_id:secret}): there, the part of the
     * Base64 text that only the secret determines, when it is at least {@value #MIN_SECRET_LENGTH} characters long.
     */
    static Set<String> forms(String secret) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(secret);
        String json = new String(JsonStringEncoder.getInstance().quoteAsString(secret));
        for (String j : List.of(json, asciiOnly(json, false), asciiOnly(json, true))) {
            forms.add(j);
            forms.add(j.replace("/", "\\/"));
        }
        Set<String> urls = new LinkedHashSet<>();
        for (String safe : URL_SAFE_SETS) {
            for (boolean plus : new boolean[] {true, false}) {
                for (boolean lower : new boolean[] {false, true}) urls.add(percentEncoded(secret, safe, plus, lower));
            }
        }
        forms.addAll(urls);
        forms.add(secret.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;"));
        forms.add(secret.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&#34;").replace("'", "&#39;"));
        Set<String> encoded = new LinkedHashSet<>();
        encoded.add(secret);
        encoded.addAll(urls);
        for (String e : encoded) {
            byte[] bytes = e.getBytes(StandardCharsets.UTF_8);
            for (int offset = 0; offset < 3; offset++) {
                String core = base64Core(bytes, offset);
                if (core.length() < MIN_SECRET_LENGTH) continue;
                forms.add(core);
                forms.add(core.replace('+', '-').replace('/', '_'));
            }
        }
        forms.remove("");
        return forms;
    }

    /** Characters left as they are by: form encoding (URLEncoder), RFC 3986 unreserved, encodeURIComponent, a path segment. */
    private static final List<String> URL_SAFE_SETS = List.of(".-*_", "-._~", "-_.!~*'()", "-._~!$&'()*+,;=:@/");

    private static String percentEncoded(String s, String safe, boolean spaceAsPlus, boolean lowerHex) {
        StringBuilder out = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || (c < 0x80 && safe.indexOf(c) >= 0)) {
                out.append((char) c);
            } else if (c == ' ' && spaceAsPlus) {
                out.append('+');
            } else {
                String hex = String.format("%%%02X", c);
                out.append(lowerHex ? hex.toLowerCase(Locale.ROOT) : hex);
            }
        }
        return out.toString();
    }

    /** {@code json} (already escaped) with every non-ASCII character written as a backslash-u escape (as Python writes JSON). */
    private static String asciiOnly(String json, boolean lowerHex) {
        StringBuilder out = new StringBuilder();
        for (char c : json.toCharArray()) {
            if (c < 0x80) out.append(c);
            else out.append(String.format(lowerHex ? "\\u%04x" : "\\u%04X", (int) c));
        }
        return out.toString();
    }

    /**
     * The Base64 characters fixed by {@code bytes} alone when they start {@code offset} (0 to 2) bytes into a 3-byte
     * group of a longer text: whole 4-character groups, without the first when it mixes in earlier bytes.
     */
    private static String base64Core(byte[] bytes, int offset) {
        byte[] shifted = new byte[offset + bytes.length];
        System.arraycopy(bytes, 0, shifted, offset, bytes.length);
        String b64 = Base64.getEncoder().encodeToString(shifted);
        int from = offset == 0 ? 0 : 4;
        int to = 4 * (shifted.length / 3);
        return to > from ? b64.substring(from, to) : "";
    }

    /** True for a member the pack names as personal (GEN-12): {@code idCardNumber}, and any name ending in {@code mobile}. */
    public static boolean personalMember(String name) {
        if (name == null) return false;
        String n = name.toLowerCase(Locale.ROOT);
        return n.equals("idcardnumber") || n.endsWith("mobile");
    }

    /** A copy of {@code json} with every string value redacted: structure and escaping stay intact. */
    public JsonNode redact(JsonNode json) {
        return redact(null, json);
    }

    private JsonNode redact(String name, JsonNode json) {
        if (json == null) return null;
        if (json.isValueNode()) {
            if (json.isNull() || json.isBoolean()) return json;
            String text = json.asText();
            String safe = member(name, text, json.isTextual(), known.in(text));
            return safe == null ? json : TextNode.valueOf(safe);
        }
        JsonNode copy = json.deepCopy();
        if (copy.isObject()) {
            ObjectNode o = (ObjectNode) copy;
            for (var it = o.fields(); it.hasNext(); ) {
                var e = it.next();
                e.setValue(redact(e.getKey(), e.getValue()));
            }
        } else if (copy.isArray()) {
            ArrayNode a = (ArrayNode) copy;
            for (int i = 0; i < a.size(); i++) a.set(i, redact(name, a.get(i)));
        }
        return copy;
    }

    /**
     * Redacts a text. A JSON text, or an HTTP message as the evidence records it (start line, headers, a blank line,
     * a JSON body), is redacted inside its JSON values and stays parseable; any other text by value and by name.
     */
    public String redact(String text) {
        if (text == null || text.isEmpty()) return text;
        String json = redactJson(text);
        if (json != null) return json;
        if (MESSAGE_START.matcher(text).find()) {
            int blank = text.indexOf("\n\n");
            if (blank > 0) {
                String body = text.substring(blank + 2);
                String safeBody = redactJson(body);
                if (safeBody != null) return redactText(text.substring(0, blank + 2)) + safeBody;
            }
        }
        return redactText(text);
    }

    /** By value and by name, over plain text. */
    private String redactText(String text) {
        String out = withoutUrlCredentials(byValue(text, known.in(text)));
        out = SECRET_HEADER.matcher(out).replaceAll("$1$2" + Matcher.quoteReplacement(MARK));
        out = SECRET_MEMBER.matcher(out).replaceAll("$1\"" + Matcher.quoteReplacement(MARK) + "\"");
        out = SECRET_FORM.matcher(out).replaceAll("$1" + Matcher.quoteReplacement(MARK));
        return out;
    }

    private static String byValue(String text, Known known) {
        String out = text;
        for (String s : known.secrets()) if (out.contains(s)) out = out.replace(s, MARK);
        for (String s : known.personal()) if (out.contains(s)) out = out.replace(s, PERSONAL);
        return out;
    }

    /** {@code text} with the credentials of every URL in it ({@code https://user:password@host}) replaced. */
    static String withoutUrlCredentials(String text) {
        if (text.indexOf("://") < 0 || text.indexOf('@') < 0) return text;
        return URL_USER_INFO.matcher(text).replaceAll("$1" + Matcher.quoteReplacement(MARK) + "@");
    }

    private static List<String> longestFirst(Set<String> values) {
        return values.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /**
     * What a member's value becomes, or null when it stays as it is. {@code present}: the registered values that occur
     * in the text this value is part of. A string that is itself a JSON text or a recorded message is redacted whole.
     */
    private String member(String name, String value, boolean string, Known present) {
        String n = name == null ? null : name.toLowerCase(Locale.ROOT);
        if (n != null && SECRET_NAMES.contains(n) && !value.isEmpty()) return MARK;
        if (personalMember(name) && !value.isEmpty() && !shownMasked(value)) return PERSONAL;
        if (!string) return present.contains(value) ? PERSONAL : null;
        String lead = value.stripLeading();
        boolean nested = lead.startsWith("{") || lead.startsWith("[") || MESSAGE_START.matcher(value).find();
        // The decoded value is matched on its own: a secret with a quote or a backslash shows in the text only escaped.
        String safe = nested ? redact(value) : withoutUrlCredentials(present.isEmpty() ? value : byValue(value, known.in(value)));
        return safe.equals(value) ? null : safe;
    }

    private static boolean shownMasked(String value) {
        return MASKED_ID_CARD.matcher(value).matches() || MASKED_MOBILE.matcher(value).matches() || value.equals(MARK) || value.equals(PERSONAL);
    }

    /**
     * {@code text} with its JSON string (and personal number) values redacted and everything else untouched, or null
     * when {@code text} is not one whole JSON document.
     */
    private String redactJson(String text) {
        String trimmed = text.stripLeading();
        if (!(trimmed.startsWith("{") || trimmed.startsWith("["))) return null;
        Known present = known.in(text);
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        int roots = 0;
        try (JsonParser p = JSON.createParser(text)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (p.getParsingContext().getParent() == null && (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY)) roots++;
                if (roots > 1) return null;
                boolean string = t == JsonToken.VALUE_STRING;
                if (!string && t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) continue;
                String value = p.getText();
                String safe = member(p.currentName(), value, string, present);
                if (safe == null) continue;
                int start = (int) p.currentTokenLocation().getCharOffset();
                int end = (int) p.currentLocation().getCharOffset();
                if (start < copied || end > text.length() || start < 0) return null;
                out.append(text, copied, start).append('"').append(JsonStringEncoder.getInstance().quoteAsString(safe)).append('"');
                copied = end;
            }
        } catch (IOException e) {
            return null;
        }
        String result = out.append(text, copied, text.length()).toString();
        // Member names are not values: a registered form left in one (or anywhere else) is replaced in the text itself.
        return present.isEmpty() ? result : byValue(result, known.in(result));
    }
}
