package org.csi.harness.certify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.security.PublicKey;
import java.util.ArrayList;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.csi.harness.report.RunFolder;

/**
 * Checks a certification package offline: the DSSE signature over the in-toto Statement by a trusted key, the
 * optional RFC 3161 time stamp, the SHA-256 of every file (each a subject of the statement), that no file was added, and that the verdicts, scores and level follow from the clause outcomes by the pack's rules.
 * Each problem names the file it was found in.
 */
public final class PackageVerifier {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PackageVerifier() {}

    /** As {@link #verify(Map, TrustStore)} with one pinned key; null pins none, which is itself a problem. */
    public static List<String> verify(Map<String, byte[]> entries, PublicKey pinned) {
        return pinned == null ? verify(entries, (TrustStore) null) : verify(entries, TrustStore.pinned(pinned));
    }

    /** As {@link #verify(Map, TrustStore)} with several pinned keys (no validity windows). */
    public static List<String> verify(Map<String, byte[]> entries, Collection<PublicKey> trusted) {
        if (trusted.isEmpty()) return verify(entries, (TrustStore) null);
        List<TrustStore.TrustedKey> keys = trusted.stream().map(k -> TrustStore.pinned(k).keys().get(0)).toList();
        return verify(entries, new TrustStore(keys, List.of()));
    }

    /**
     * Every problem of the package, each naming its file. {@code store} holds the keys whose signatures are accepted:
     * the signing key must be listed, not revoked, and valid at the signing time (the RFC 3161 token's time when
     * the package has one, else the statement's own signedAt). Without a store nothing is proven (anyone can re-sign).
     */
    public static List<String> verify(Map<String, byte[]> entries, TrustStore store) {
        List<String> problems = new ArrayList<>();
        String att = CertificationPackage.ATTESTATION;
        if (!entries.containsKey(att)) return List.of(att + ": missing from the package (no signed statement)");
        Dsse envelope;
        JsonNode statement;
        try {
            envelope = Dsse.parse(entries.get(att));
            statement = JSON.readTree(envelope.payload());
        } catch (IOException e) {
            return List.of(att + ": " + e.getMessage());
        }
        if (!Dsse.IN_TOTO.equals(envelope.payloadType())) problems.add(att + ": payloadType is " + envelope.payloadType() + ", not " + Dsse.IN_TOTO);
        if (statement == null || !InTotoStatement.TYPE.equals(statement.path("_type").asText())) problems.add(att + ": the payload is not an in-toto Statement v1");
        else if (!InTotoStatement.PREDICATE_TYPE.equals(statement.path("predicateType").asText())) problems.add(att + ": predicateType is not " + InTotoStatement.PREDICATE_TYPE);
        Instant signedAt = null;
        try {
            signedAt = InTotoStatement.signedAt(statement);
        } catch (RuntimeException e) {
            problems.add(att + ": the predicate has no signedAt time");
        }
        if (entries.containsKey(CertificationPackage.TIMESTAMP)) {
            try {
                signedAt = TimeStamps.verify(entries.get(CertificationPackage.TIMESTAMP), envelope.signature(),
                        store == null ? List.of() : store.timestampAuthorities());
            } catch (IOException e) {
                problems.add(CertificationPackage.TIMESTAMP + ": " + e.getMessage());
            }
        }
        var key = store == null ? java.util.Optional.<TrustStore.TrustedKey>empty() : store.find(envelope.keyId());
        if (store == null) {
            problems.add(att + ": no pinned key or trust store to check the signer against (anyone could have signed)");
        } else if (key.isEmpty()) {
            problems.add(att + ": signed by key " + envelope.keyId() + ", which is not " + (store.keys().size() == 1 ? "the expected one" : "in the trust store"));
        } else {
            if (!Signer.verify(key.get().key(), Dsse.pae(envelope.payloadType(), envelope.payload()), envelope.signature())) {
                problems.add(att + ": the DSSE signature does not verify");
            }
            if (signedAt != null) key.get().refusal(signedAt).ifPresent(r -> problems.add(att + ": " + r + " (time from " + timeSource(entries) + ")"));
        }
        Set<String> listed = new HashSet<>();
        if (statement != null) for (JsonNode subject : statement.path("subject")) {
            String path = subject.path("name").asText();
            listed.add(path);
            byte[] content = entries.get(path);
            if (content == null) problems.add(path + ": a subject of the signed statement but missing");
            else if (!CertificationPackage.sha256(content).equals(subject.path("digest").path("sha256").asText())) problems.add(path + ": SHA-256 does not match the signed statement");
        }
        for (String name : entries.keySet()) {
            boolean own = name.equals(att) || name.equals(CertificationPackage.TIMESTAMP);
            if (!own && !listed.contains(name)) problems.add(name + ": not a subject of the signed statement");
        }
        problems.addAll(completeness(entries));
        problems.addAll(notProvisional(entries));
        if (entries.containsKey("scorecard.json")) problems.addAll(VerdictRecomputation.check(entries.get("scorecard.json"), entries.get("evidence.json")));
        problems.addAll(RulingsCrossCheck.check(entries)); // rulings are shown beside outcomes, never change them
        return problems;
    }

    private static String timeSource(Map<String, byte[]> entries) {
        return entries.containsKey(CertificationPackage.TIMESTAMP) ? "the RFC 3161 time stamp" : "the statement's signedAt";
    }

    /** A quick-mode run (scorecard provisional) is never certified, whoever signed its package. */
    private static List<String> notProvisional(Map<String, byte[]> entries) {
        try {
            JsonNode scorecard = JSON.readTree(entries.getOrDefault("scorecard.json", new byte[0]));
            if (scorecard != null && scorecard.path("provisional").asBoolean(false)) {
                return List.of("scorecard.json: provisional (a quick-mode run with shorter observation windows than the pack's): not certifiable");
            }
        } catch (IOException e) {
            // the scorecard's other checks report it
        }
        return List.of();
    }

    /** A package holds a whole run: its run.json marks the scorecard's run complete. */
    private static List<String> completeness(Map<String, byte[]> entries) {
        try {
            JsonNode marker = JSON.readTree(entries.getOrDefault(RunFolder.MARKER, new byte[0]));
            JsonNode scorecard = JSON.readTree(entries.getOrDefault("scorecard.json", new byte[0]));
            if (marker != null && marker.path("complete").asBoolean(false) && scorecard != null
                    && marker.path("runId").asText().equals(scorecard.path("runId").asText(null))) return List.of();
        } catch (IOException e) {
            // reported below
        }
        return List.of(RunFolder.MARKER + ": the package's run is not marked complete (a half-written run)");
    }
}
