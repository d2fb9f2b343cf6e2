package org.csi.harness.certify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.csi.harness.config.ConfigException;

/**
 * The assessment-body keys an organiser accepts, with their validity windows (rotation: old and new keys overlap)
 * and revocations, and the certificates of the time-stamping authorities whose tokens date a signature.
 */
public record TrustStore(List<TrustedKey> keys, List<X509Certificate> timestampAuthorities) {

    /** One accepted key; validUntil null means open-ended, validFrom null means since ever. */
    public record TrustedKey(String keyId, String body, PublicKey key, Instant validFrom, Instant validUntil,
                             boolean revoked, Instant revokedAt, String reason) {
        /** Why this key cannot vouch for a signature made at {@code signedAt}, or empty when it can. */
        public Optional<String> refusal(Instant signedAt) {
            // Revocation is for compromise: whoever holds the key can sign any statement time, so every package fails.
            if (revoked) return Optional.of("key " + keyId + " of " + body + " is revoked" + (revokedAt == null ? "" : " since " + revokedAt)
                    + (reason == null ? "" : ": " + reason));
            if (validFrom != null && signedAt.isBefore(validFrom)) return Optional.of("key " + keyId + " of " + body + " is valid from " + validFrom + ", signed at " + signedAt);
            if (validUntil != null && signedAt.isAfter(validUntil)) return Optional.of("key " + keyId + " of " + body + " expired at " + validUntil + ", signed at " + signedAt);
            return Optional.empty();
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A single pinned key (csi verify --key): no validity window, no time-stamping authority. */
    public static TrustStore pinned(PublicKey key) {
        return new TrustStore(List.of(new TrustedKey(Signer.keyId(key), "pinned key", key, null, null, false, null, null)), List.of());
    }

    public Optional<TrustedKey> find(String keyId) {
        return keys.stream().filter(k -> k.keyId().equals(keyId)).findFirst();
    }

    /** Reads a trust-store file (format in the README); every mistake is a ConfigException naming the entry. */
    public static TrustStore load(Path file) {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new ConfigException("trust store " + file + " is not readable JSON");
        }
        List<TrustedKey> keys = new ArrayList<>();
        int i = 0;
        for (JsonNode k : root.path("keys")) {
            String where = "trust store keys[" + i++ + "]";
            PublicKey key;
            try {
                key = Signer.publicKey(k.path("publicKeyPem").asText());
            } catch (GeneralSecurityException e) {
                throw new ConfigException(where + ": publicKeyPem is not an Ed25519 or SM2 public key");
            }
            String id = Signer.keyId(key);
            if (k.hasNonNull("keyid") && !k.path("keyid").asText().equals(id)) {
                throw new ConfigException(where + ": keyid " + k.path("keyid").asText() + " is not the key's fingerprint " + id);
            }
            keys.add(new TrustedKey(id, k.path("body").asText("?"), key, instant(k, "validFrom", where), instant(k, "validUntil", where),
                    k.path("revoked").asBoolean(false), instant(k, "revokedAt", where), k.path("reason").asText(null)));
        }
        if (keys.isEmpty()) throw new ConfigException("trust store " + file + " lists no keys");
        List<X509Certificate> tsas = new ArrayList<>();
        for (JsonNode t : root.path("timestampAuthorities")) {
            try {
                tsas.add((X509Certificate) CertificateFactory.getInstance("X.509")
                        .generateCertificate(new ByteArrayInputStream(t.path("certificatePem").asText().getBytes(java.nio.charset.StandardCharsets.US_ASCII))));
            } catch (GeneralSecurityException e) {
                throw new ConfigException("trust store timestampAuthorities: " + t.path("name").asText("?") + " has no readable certificatePem");
            }
        }
        return new TrustStore(List.copyOf(keys), List.copyOf(tsas));
    }

    private static Instant instant(JsonNode node, String field, String where) {
        if (!node.hasNonNull(field)) return null;
        try {
            return Instant.parse(node.path(field).asText());
        } catch (DateTimeParseException e) {
            throw new ConfigException(where + ": " + field + " is not an RFC 3339 UTC time such as 2026-01-01T00:00:00Z");
        }
    }

}
