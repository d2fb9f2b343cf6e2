package org.csi.harness.certify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A DSSE envelope (github.com/secure-systems-lab/dsse, protocol v1) with one signature. The signature covers the
 * pre-authentication encoding PAE(type, payload), never the JSON of the envelope, so a standard verifier checks it.
 */
public record Dsse(String payloadType, byte[] payload, String keyId, byte[] signature) {
    public static final String IN_TOTO = "application/vnd.in-toto+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** PAE(type, body) = "DSSEv1" SP LEN(type) SP type SP LEN(body) SP body, LEN in ASCII decimal bytes. */
    public static byte[] pae(String payloadType, byte[] payload) {
        byte[] type = payloadType.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("DSSEv1 " + type.length + " ").getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(type);
        out.writeBytes((" " + payload.length + " ").getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(payload);
        return out.toByteArray();
    }

    public static Dsse sign(byte[] payload, java.security.KeyPair keys) {
        return new Dsse(IN_TOTO, payload, Signer.keyId(keys.getPublic()), Signer.sign(keys.getPrivate(), pae(IN_TOTO, payload)));
    }

    public byte[] toJson() {
        ObjectNode e = JSON.createObjectNode().put("payloadType", payloadType).put("payload", Base64.getEncoder().encodeToString(payload));
        e.putArray("signatures").addObject().put("keyid", keyId).put("sig", Base64.getEncoder().encodeToString(signature));
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(e);
        } catch (IOException x) {
            throw new IllegalStateException(x);
        }
    }

    /** Reads an envelope with exactly one signature; anything else is refused with the reason. */
    public static Dsse parse(byte[] json) throws IOException {
        JsonNode e = JSON.readTree(json);
        if (e == null || !e.path("payloadType").isTextual() || !e.path("payload").isTextual()) throw new IOException("not a DSSE envelope");
        if (e.path("signatures").size() != 1) throw new IOException("a DSSE envelope with " + e.path("signatures").size() + " signatures (one expected)");
        JsonNode s = e.path("signatures").get(0);
        try {
            return new Dsse(e.path("payloadType").asText(), Base64.getDecoder().decode(e.path("payload").asText()),
                    s.path("keyid").asText(""), Base64.getDecoder().decode(s.path("sig").asText()));
        } catch (IllegalArgumentException bad) {
            throw new IOException("payload or sig is not base64");
        }
    }
}
