package org.csi.harness.webhook;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One delivery attempt as the harness's webhook receiver saw it: when it arrived, its headers and raw body, what the
 * signature said, and the status the receiver answered.
 *
 * @param eventId        the {@code CSI-Event-Id} header (null when absent)
 * @param type           the body's {@code type} (null when the body is not a JSON object with a textual type)
 * @param signatureTime  the {@code t} of {@code CSI-Signature} (null when absent or unreadable)
 * @param signatureValid true when one {@code v1} of {@code CSI-Signature} is HMAC-SHA256(secret, t + "." + raw body)
 */
public record Attempt(Instant receivedAt, Map<String, List<String>> headers, byte[] body, String eventId, String type,
                      Long signatureTime, boolean signatureValid, int answeredStatus) {
    public Attempt {
        headers = Map.copyOf(headers);
        body = body.clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The first value of a header, by case-insensitive name (null when absent). */
    public String header(String name) {
        for (var e : headers.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) return e.getValue().get(0);
        }
        return null;
    }

    public boolean answered2xx() {
        return answeredStatus >= 200 && answeredStatus < 300;
    }

    /** Same bytes of body as {@code other}. */
    public boolean sameBody(Attempt other) {
        return java.util.Arrays.equals(body, other.body);
    }
}
