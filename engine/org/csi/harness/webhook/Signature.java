package org.csi.harness.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code CSI-Signature} header of CSI-MON MON-08, read from the pack's text: {@code t=<unix seconds>,v1=<hex>},
 * where {@code v1} is the lowercase hex HMAC-SHA256 of {@code t + "." + raw body} under the subscription secret.
 * Several {@code v1} entries are accepted (any one matching verifies), as a sender rotating secrets would send.
 */
public record Signature(Long t, List<String> v1) {
    /** Parses the header; a missing or unreadable header gives {@code t == null} and no v1. */
    public static Signature parse(String header) {
        if (header == null) return new Signature(null, List.of());
        Long t = null;
        List<String> v1 = new ArrayList<>();
        for (String part : header.split(",")) {
            int eq = part.indexOf('=');
            if (eq < 0) continue;
            String k = part.substring(0, eq).strip();
            String v = part.substring(eq + 1).strip();
            if (k.equals("t") && v.matches("\\d{1,12}")) t = Long.parseLong(v);
            else if (k.equals("v1")) v1.add(v);
        }
        return new Signature(t, List.copyOf(v1));
    }

    /** True when t was read and one v1 equals HMAC-SHA256(secret, t + "." + body) in lowercase hex. */
    public boolean verifies(String secret, byte[] body) {
        if (t == null || v1.isEmpty()) return false;
        byte[] expected = expected(secret, t, body).getBytes(StandardCharsets.US_ASCII);
        return v1.stream().anyMatch(v -> MessageDigest.isEqual(expected, v.getBytes(StandardCharsets.US_ASCII)));
    }

    /** The lowercase hex HMAC-SHA256(secret, t + "." + body). */
    public static String expected(String secret, long t, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((t + ".").getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
