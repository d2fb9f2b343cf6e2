package org.csi.harness.certify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.csi.harness.report.RunFolder;

/**
 * Checks a certification package offline: the signature over the manifest, the SHA-256 of every file, that no file
 * was added, and that the verdicts, scores and level follow from the clause outcomes by the pack's rules.
 * Each problem names the file it was found in.
 */
public final class PackageVerifier {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PackageVerifier() {}

    /** As {@link #verify(Map, Collection)} with one pinned key; null pins none, which is itself a problem. */
    public static List<String> verify(Map<String, byte[]> entries, PublicKey pinned) {
        return verify(entries, pinned == null ? List.of() : List.of(pinned));
    }

    /**
     * Every problem of the package; {@code trusted} are the keys whose signatures are accepted. A package verified
     * against no trusted key proves nothing (anyone can re-sign an edited package with a key of their own).
     */
    public static List<String> verify(Map<String, byte[]> entries, Collection<PublicKey> trusted) {
        List<String> problems = new ArrayList<>();
        for (String required : List.of(CertificationPackage.MANIFEST, CertificationPackage.SIGNATURE, CertificationPackage.SIGNER)) {
            if (!entries.containsKey(required)) problems.add(required + ": missing from the package");
        }
        if (!problems.isEmpty()) return problems;
        byte[] manifestBytes = entries.get(CertificationPackage.MANIFEST);
        PublicKey signer;
        try {
            signer = Signer.publicKey(new String(entries.get(CertificationPackage.SIGNER), StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            problems.add(CertificationPackage.SIGNER + ": not an Ed25519 public key");
            return problems;
        }
        if (trusted.isEmpty()) {
            problems.add(CertificationPackage.SIGNER + ": no pinned key or trust store to check the signer against (anyone could have signed)");
        } else if (trusted.stream().noneMatch(k -> Arrays.equals(k.getEncoded(), signer.getEncoded()))) {
            problems.add(CertificationPackage.SIGNER + ": signed by another key than the " + (trusted.size() == 1 ? "expected one" : "trusted ones"));
        }
        byte[] signature;
        try {
            signature = Base64.getDecoder().decode(new String(entries.get(CertificationPackage.SIGNATURE), StandardCharsets.US_ASCII).trim());
        } catch (IllegalArgumentException e) {
            signature = new byte[0];
        }
        if (!Signer.verify(signer, manifestBytes, signature)) {
            problems.add(CertificationPackage.MANIFEST + " / " + CertificationPackage.SIGNATURE + ": the signature does not verify");
        }
        JsonNode manifest;
        try {
            manifest = JSON.readTree(manifestBytes);
        } catch (IOException e) {
            problems.add(CertificationPackage.MANIFEST + ": not JSON");
            return problems;
        }
        Set<String> listed = new HashSet<>();
        for (JsonNode f : manifest.path("files")) {
            String path = f.path("path").asText();
            listed.add(path);
            byte[] content = entries.get(path);
            if (content == null) problems.add(path + ": listed in the manifest but missing");
            else if (!CertificationPackage.sha256(content).equals(f.path("sha256").asText())) problems.add(path + ": SHA-256 does not match the manifest");
        }
        for (String name : entries.keySet()) {
            boolean own = name.equals(CertificationPackage.MANIFEST) || name.equals(CertificationPackage.SIGNATURE) || name.equals(CertificationPackage.SIGNER);
            if (!own && !listed.contains(name)) problems.add(name + ": not in the manifest");
        }
        problems.addAll(completeness(entries));
        problems.addAll(notProvisional(entries));
        if (entries.containsKey("scorecard.json")) problems.addAll(VerdictRecomputation.check(entries.get("scorecard.json"), entries.get("evidence.json")));
        problems.addAll(RulingsCrossCheck.check(entries)); // rulings are shown beside outcomes, never change them
        return problems;
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
