package org.csi.harness;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.csi.harness.certify.CertificationPackage;
import org.csi.harness.certify.PackageVerifier;
import org.csi.harness.certify.Signer;
import org.csi.harness.cli.Csi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** csi certify then csi verify; any changed byte, an edited outcome, another signer or a damaged archive is caught. */
class CertificationTest {
    /** Plain files flipped together in one verify (each must be named among the problems). */
    static final int BATCH = 64;
    static Path pkg;
    static PublicKey signer;

    @BeforeAll
    static void certify() throws Exception {
        Path dir = Files.createTempDirectory("csi-cert");
        // Without CSI-MON: its MON-06 sits out 300 s of real time, which adds nothing to what a package must prove
        // (ReferenceRunTest runs the whole suite with the pack's windows).
        CliTest.Outcome o = CliTest.csi("certify", "--reference-faults", "DECLARE=CSI-GEN+CSI-CAT+CSI-UW+CSI-RQ+CSI-ER+CSI-CLM",
                "--out", dir.resolve("run").toString(), "--package", dir.resolve("run.zip").toString());
        assertEquals(Csi.OK, o.status(), o.out() + o.err());
        pkg = dir.resolve("run.zip");
        assertTrue(Files.exists(pkg) && Files.exists(Path.of(pkg + ".key")) && Files.exists(Path.of(pkg + ".pub")), o.out());
        signer = Signer.publicKey(Files.readString(Path.of(pkg + ".pub")));
    }

    @Test
    void verifiesOfflineWithThePinnedKey() {
        CliTest.Outcome o = CliTest.csi("verify", pkg.toString(), "--key", pkg + ".pub");
        assertEquals(Csi.OK, o.status(), o.err());
        assertTrue(o.out().startsWith("verified: "), o.out());
    }

    @Test
    void packageHoldsWhatTheIssueAsksFor() throws Exception {
        Map<String, byte[]> entries = CertificationPackage.read(pkg);
        for (String f : List.of("scorecard.json", "scorecard.html", "evidence.json", "capability.json", "config.json", "manifest.json",
                CertificationPackage.ATTESTATION, "allure-results/environment.properties", "allure-report/index.html")) {
            assertTrue(entries.containsKey(f), f);
        }
        var manifest = new ObjectMapper().readTree(entries.get("manifest.json"));
        for (String field : List.of("runId", "packVersion", "fixtureSetVersion", "startedAt", "finishedAt")) {
            assertFalse(manifest.path(field).asText().isEmpty(), field);
        }
        assertTrue(manifest.path("target").path("capabilityDigest").asText().startsWith("sha256:"));
        assertTrue(manifest.path("target").path("identity").asText().startsWith("embedded reference solution at http://127.0.0.1:"));
        assertTrue(new String(entries.get("config.json"), StandardCharsets.UTF_8).contains("[REDACTED]"), "config without secrets");
    }

    @Test
    void flippingOneByteInAnyFileIsDetectedAndNamed() throws Exception {
        Map<String, byte[]> entries = CertificationPackage.read(pkg);
        assertEquals(List.of(), PackageVerifier.verify(entries, signer));
        List<String> undetected = new ArrayList<>();
        // The files the verifier reads as a whole (manifest, signature, signer, marker, the scorecard and evidence it
        // recomputes) are flipped one at a time. Every other file is only hashed against its own manifest line, so
        // those are flipped BATCH at a time: each must still be named, and one verify then costs one pass over the
        // package instead of one pass per file (thousands of Allure files: minutes otherwise).
        Set<String> alone = Set.of(CertificationPackage.MANIFEST, CertificationPackage.ATTESTATION,
                org.csi.harness.report.RunFolder.MARKER, "scorecard.json", "evidence.json");
        List<List<String>> rounds = new ArrayList<>();
        List<String> batch = new ArrayList<>();
        for (String name : entries.keySet()) {
            if (alone.contains(name)) {
                rounds.add(List.of(name));
                continue;
            }
            batch.add(name);
            if (batch.size() == BATCH) {
                rounds.add(batch);
                batch = new ArrayList<>();
            }
        }
        if (!batch.isEmpty()) rounds.add(batch);
        for (List<String> names : rounds) {
            Map<String, byte[]> tampered = new LinkedHashMap<>(entries);
            for (String name : names) {
                byte[] copy = entries.get(name).clone();
                if (copy.length == 0) copy = new byte[] {0}; else copy[copy.length / 2] ^= 0x01; // an empty file gets a byte instead
                tampered.put(name, copy);
            }
            List<String> problems = PackageVerifier.verify(tampered, signer);
            for (String name : names) {
                if (problems.stream().noneMatch(p -> p.startsWith(name + ":") || p.startsWith(name + " ") || p.contains(" / " + name))) undetected.add(name + " → " + problems);
            }
        }
        assertEquals(List.of(), undetected);
        assertEquals(entries.size(), rounds.stream().mapToInt(List::size).sum(), "every file flipped once");
        assertTrue(entries.size() > 50, "every file of the package was tried: " + entries.size());
    }

    @Test
    void editedOutcomeIsCaughtEvenWhenTheManifestIsReSigned() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Map<String, byte[]> entries = CertificationPackage.read(pkg);
        ObjectNode scorecard = (ObjectNode) json.readTree(entries.get("scorecard.json"));
        for (var st : scorecard.path("standards")) {
            for (var c : st.path("clauses")) if (c.path("id").asText().equals("CAT-02")) ((ObjectNode) c).put("outcome", "FAIL");
        }
        Map<String, byte[]> edited = new LinkedHashMap<>(entries);
        edited.put("scorecard.json", json.writeValueAsBytes(scorecard));
        assertTrue(PackageVerifier.verify(edited, signer).stream().anyMatch(p -> p.startsWith("scorecard.json: SHA-256")));

        // An editor who also rewrites the signed statement and signs it with another key:
        org.csi.harness.certify.Dsse envelope = org.csi.harness.certify.Dsse.parse(entries.get(CertificationPackage.ATTESTATION));
        ObjectNode statement = (ObjectNode) json.readTree(envelope.payload());
        for (var f : statement.path("subject")) {
            if (f.path("name").asText().equals("scorecard.json")) ((ObjectNode) f.path("digest")).put("sha256", CertificationPackage.sha256(edited.get("scorecard.json")));
        }
        KeyPair other = Signer.generate();
        edited.put(CertificationPackage.ATTESTATION, org.csi.harness.certify.Dsse.sign(json.writeValueAsBytes(statement), other).toJson());
        List<String> unpinned = PackageVerifier.verify(edited, List.of());
        assertTrue(unpinned.stream().noneMatch(p -> p.startsWith("scorecard.json: SHA-256")), "the re-signed statement covers the edit: " + unpinned);
        assertTrue(unpinned.stream().anyMatch(p -> p.startsWith("scorecard.json: CSI-CAT verdict is CONFORMANT, but the clause outcomes give NON_CONFORMANT")), unpinned.toString());
        assertTrue(unpinned.stream().anyMatch(p -> p.startsWith("evidence.json: CAT-02")), unpinned.toString());
        assertTrue(PackageVerifier.verify(edited, signer).stream().anyMatch(p -> p.startsWith(CertificationPackage.ATTESTATION + ": signed by key " + Signer.keyId(other.getPublic()))),
                "a pinned key catches the other signer");
    }

    @Test
    void aDamagedArchiveDoesNotVerify() throws Exception {
        Path damaged = Files.createTempFile("damaged", ".zip");
        byte[] bytes = Files.readAllBytes(pkg);
        bytes[bytes.length / 3] ^= 0x01;
        Files.write(damaged, bytes);
        CliTest.Outcome o = CliTest.csi("verify", damaged.toString(), "--key", pkg + ".pub");
        assertEquals(Csi.NOT_CONFORMANT, o.status(), o.out());
        assertTrue(o.err().startsWith("NOT verified: "), o.err());
    }

    /** Each forgery is first shown to fool a central-directory reader (java.util.zip.ZipFile) or a stream reader. */
    @Test
    void aShadowCentralDirectoryIsRefused() throws Exception {
        byte[] forged = "{\"forged\": true}".getBytes(StandardCharsets.UTF_8);
        Path zip = write(new ZipForgery(Files.readAllBytes(pkg)).shadowDirectory("scorecard.json", forged));
        try (ZipFile z = new ZipFile(zip.toFile())) {
            assertArrayEquals(forged, z.getInputStream(z.getEntry("scorecard.json")).readAllBytes(), "ZipFile sees the forged scorecard");
        }
        refused(zip, "belong to no listed entry");
    }

    @Test
    void aRenamedDirectoryEntryIsRefused() throws Exception {
        Path zip = write(new ZipForgery(Files.readAllBytes(pkg)).renamedInDirectory("scorecard.html", "scorecard.htmx"));
        try (ZipFile z = new ZipFile(zip.toFile())) {
            assertNotNull(z.getEntry("scorecard.htmx"), "ZipFile sees the renamed entry");
        }
        refused(zip, "the local header names 'scorecard.html', the directory 'scorecard.htmx'");
    }

    @Test
    void aTruncatedArchiveIsRefused() throws Exception {
        Path zip = write(new ZipForgery(Files.readAllBytes(pkg)).truncatedAtDirectory());
        try (ZipInputStream z = new ZipInputStream(Files.newInputStream(zip))) {
            int n = 0;
            while (z.getNextEntry() != null) n++;
            assertTrue(n > 50, "a stream reader still reads every entry of the truncated archive: " + n);
        }
        refused(zip, "no end-of-directory record");
    }

    @Test
    void aDuplicateNameIsRefused() throws Exception {
        refused(write(new ZipForgery(Files.readAllBytes(pkg)).duplicated("scorecard.json")), "scorecard.json: appears twice");
    }

    @Test
    void dataOutsideTheEntriesIsRefused() throws Exception {
        Path zip = write(new ZipForgery(Files.readAllBytes(pkg)).dataOutsideEntries("hidden".getBytes(StandardCharsets.UTF_8)));
        try (ZipFile z = new ZipFile(zip.toFile())) {
            assertNotNull(z.getEntry("scorecard.json"), "ZipFile reads the archive with the hidden bytes");
        }
        refused(zip, "belong to no listed entry");
    }

    @Test
    void verifyWithoutAPinnedKeyOrTrustStoreRefusesToRun() throws Exception {
        CliTest.assertOneClearLine(CliTest.csi("verify", pkg.toString()), Csi.BAD_CONFIG, "--key SIGNER.pub | --trust-store FILE|DIR");
        Path store = Files.createTempDirectory("csi-trust");
        Files.writeString(store.resolve("other.pub"), Signer.pem(Signer.generate().getPublic()));
        CliTest.Outcome other = CliTest.csi("verify", pkg.toString(), "--trust-store", store.toString());
        assertEquals(Csi.NOT_CONFORMANT, other.status(), other.out());
        assertTrue(other.err().contains(CertificationPackage.ATTESTATION + ": signed by key "), other.err());
        Files.copy(Path.of(pkg + ".pub"), store.resolve("assessor.pub"));
        CliTest.Outcome trusted = CliTest.csi("verify", pkg.toString(), "--trust-store", store.toString());
        assertEquals(Csi.OK, trusted.status(), trusted.err());
    }

    private static Path write(byte[] zip) throws Exception {
        Path f = Files.createTempFile("csi-forged", ".zip");
        Files.write(f, zip);
        return f;
    }

    /** The package is refused by the reader and by csi verify with the right key, naming what is wrong. */
    private static void refused(Path zip, String reason) {
        java.io.IOException e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class, () -> CertificationPackage.read(zip));
        assertTrue(e.getMessage().contains(reason), e.getMessage());
        CliTest.Outcome o = CliTest.csi("verify", zip.toString(), "--key", pkg + ".pub");
        assertEquals(Csi.NOT_CONFORMANT, o.status(), o.out());
        assertTrue(o.err().contains(reason), o.err());
    }

    @Test
    void nothingIsCertifiedWhileAClauseIsCannotTell() throws Exception {
        Path dir = Files.createTempDirectory("csi-cert-partial");
        CliTest.Outcome o = CliTest.csi("certify", "--no-html", "--tags", "@CAT-01", "--out", dir.resolve("run").toString(),
                "--package", dir.resolve("run.zip").toString());
        assertEquals(Csi.NOT_CERTIFIABLE, o.status(), o.out());
        assertTrue(o.out().contains("Not certified"), o.out());
        assertFalse(Files.exists(dir.resolve("run.zip")));
    }

    // --- signed statement, key algorithms, trust store, time stamps (reuse the run folder certified above) ---

    private static Path runDir() {
        return pkg.getParent().resolve("run");
    }

    private static Map<String, byte[]> packaged(KeyPair keys, java.net.URI tsa) throws Exception {
        Path out = Files.createTempFile(pkg.getParent(), "pkg", ".zip");
        CertificationPackage.write(runDir(), out, keys, tsa);
        return CertificationPackage.read(out);
    }

    private static String key(KeyPair k, String body, String from, String until, String revokedReason) {
        ObjectNode n = new ObjectMapper().createObjectNode().put("keyid", Signer.keyId(k.getPublic())).put("body", body)
                .put("publicKeyPem", Signer.pem(k.getPublic())).put("validFrom", from).put("validUntil", until);
        if (revokedReason != null) n.put("revoked", true).put("revokedAt", "2026-06-01T00:00:00Z").put("reason", revokedReason);
        return n.toString();
    }

    private static Path store(String keys, String tsaPem) throws Exception {
        Path f = Files.createTempFile(pkg.getParent(), "trust", ".json");
        String tsas = tsaPem == null ? "[]" : "[" + new ObjectMapper().createObjectNode().put("name", "test TSA").put("certificatePem", tsaPem) + "]";
        Files.writeString(f, "{\"keys\": [" + keys + "], \"timestampAuthorities\": " + tsas + "}");
        return f;
    }

    /** What any DSSE verifier does, with plain JDK/BouncyCastle calls and java.util.zip: none of the harness's code. */
    private static void independentlyChecked(Map<String, byte[]> entries, PublicKey key, String jcaAlgorithm) throws Exception {
        var env = new ObjectMapper().readTree(entries.get(CertificationPackage.ATTESTATION));
        assertEquals("application/vnd.in-toto+json", env.path("payloadType").asText());
        byte[] payload = java.util.Base64.getDecoder().decode(env.path("payload").asText());
        byte[] type = env.path("payloadType").asText().getBytes(StandardCharsets.UTF_8);
        java.io.ByteArrayOutputStream pae = new java.io.ByteArrayOutputStream();
        pae.writeBytes(("DSSEv1 " + type.length + " " + env.path("payloadType").asText() + " " + payload.length + " ").getBytes(StandardCharsets.UTF_8));
        pae.writeBytes(payload);
        java.security.Signature sig = jcaAlgorithm.equals("SM3withSM2")
                ? java.security.Signature.getInstance(jcaAlgorithm, new org.bouncycastle.jce.provider.BouncyCastleProvider())
                : java.security.Signature.getInstance(jcaAlgorithm);
        sig.initVerify(key);
        sig.update(pae.toByteArray());
        assertTrue(sig.verify(java.util.Base64.getDecoder().decode(env.path("signatures").get(0).path("sig").asText())), "the DSSE signature over the PAE");
        var statement = new ObjectMapper().readTree(payload);
        assertEquals("https://in-toto.io/Statement/v1", statement.path("_type").asText());
        assertFalse(statement.path("predicate").path("standards").isEmpty(), "the predicate carries the verdicts");
        Set<String> subjects = new java.util.HashSet<>();
        for (var sub : statement.path("subject")) {
            subjects.add(sub.path("name").asText());
            byte[] content = entries.get(sub.path("name").asText());
            assertNotNull(content, sub.toString());
            assertEquals(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content)), sub.path("digest").path("sha256").asText());
        }
        Set<String> unsigned = new java.util.HashSet<>(entries.keySet());
        unsigned.removeAll(subjects);
        unsigned.removeAll(Set.of(CertificationPackage.ATTESTATION, CertificationPackage.TIMESTAMP));
        assertEquals(Set.of(), unsigned, "every other file is a subject");
    }

    @Test
    void ed25519AndSm2PackagesBothVerifyAndAStandardDsseCheckAgrees() throws Exception {
        Map<String, byte[]> ed = CertificationPackage.read(pkg);
        independentlyChecked(ed, signer, "Ed25519");
        KeyPair sm2 = Signer.generate(org.csi.harness.config.SigningOptions.Algorithm.SM2);
        Map<String, byte[]> entries = packaged(sm2, null);
        assertEquals(List.of(), PackageVerifier.verify(entries, sm2.getPublic()));
        independentlyChecked(entries, sm2.getPublic(), "SM3withSM2");
        assertFalse(PackageVerifier.verify(entries, signer).isEmpty(), "the SM2 package is not taken for the Ed25519 signer's");
    }

    @Test
    void trustStoreAcceptsOverlappingKeysAndRefusesRevokedExpiredAndUnknownOnes() throws Exception {
        KeyPair old = Signer.generate(), fresh = Signer.generate(), stranger = Signer.generate();
        Map<String, byte[]> byOld = packaged(old, null), byFresh = packaged(fresh, null), byStranger = packaged(stranger, null);
        Path rotation = store(key(old, "Body A", "2026-01-01T00:00:00Z", "2099-01-01T00:00:00Z", null) + ","
                + key(fresh, "Body A", "2026-06-01T00:00:00Z", null, null), null);
        var ts = org.csi.harness.certify.TrustStore.load(rotation);
        assertEquals(List.of(), PackageVerifier.verify(byOld, ts), "the old key during the overlap");
        assertEquals(List.of(), PackageVerifier.verify(byFresh, ts), "the new key");
        assertTrue(PackageVerifier.verify(byStranger, ts).stream().anyMatch(p -> p.contains("which is not in the trust store")));
        var revoked = org.csi.harness.certify.TrustStore.load(store(key(old, "Body A", null, null, "private key leaked") + "," + key(fresh, "Body A", null, null, null), null));
        assertTrue(PackageVerifier.verify(byOld, revoked).stream().anyMatch(p -> p.contains("is revoked since 2026-06-01T00:00:00Z: private key leaked")),
                PackageVerifier.verify(byOld, revoked).toString());
        var expired = org.csi.harness.certify.TrustStore.load(store(key(old, "Body A", "2020-01-01T00:00:00Z", "2021-01-01T00:00:00Z", null), null));
        assertTrue(PackageVerifier.verify(byOld, expired).stream().anyMatch(p -> p.contains("expired at 2021-01-01T00:00:00Z")));
        Path file = Files.createTempFile(pkg.getParent(), "old", ".zip");
        CertificationPackage.write(runDir(), file, old);
        assertEquals(Csi.OK, CliTest.csi("verify", file.toString(), "--trust-store", rotation.toString()).status());
        CliTest.Outcome o = CliTest.csi("verify", file.toString(), "--trust-store", store(key(old, "Body A", null, null, "private key leaked"), null).toString());
        assertEquals(Csi.NOT_CONFORMANT, o.status(), o.out());
        assertTrue(o.err().contains("private key leaked"), o.err());
    }

    @Test
    void aTimeStampedPackageVerifiesOfflineAndATamperedTokenFails() throws Exception {
        KeyPair keys = Signer.generate();
        Map<String, byte[]> entries;
        String tsaPem, otherPem;
        try (LocalTsa tsa = new LocalTsa("CSI test TSA"); LocalTsa other = new LocalTsa("another TSA")) {
            entries = packaged(keys, tsa.url());
            tsaPem = tsa.certificatePem();
            otherPem = other.certificatePem();
        }   // stopped: what follows is offline
        assertTrue(entries.containsKey(CertificationPackage.TIMESTAMP));
        var trusted = org.csi.harness.certify.TrustStore.load(store(key(keys, "Body A", "2026-01-01T00:00:00Z", null, null), tsaPem));
        assertEquals(List.of(), PackageVerifier.verify(entries, trusted));
        Map<String, byte[]> tampered = new LinkedHashMap<>(entries);
        byte[] token = entries.get(CertificationPackage.TIMESTAMP).clone();
        token[token.length - 20] ^= 0x01;
        tampered.put(CertificationPackage.TIMESTAMP, token);
        assertTrue(PackageVerifier.verify(tampered, trusted).stream().anyMatch(p -> p.startsWith(CertificationPackage.TIMESTAMP + ":")));
        var otherTsa = org.csi.harness.certify.TrustStore.load(store(key(keys, "Body A", null, null, null), otherPem));
        assertTrue(PackageVerifier.verify(entries, otherTsa).stream().anyMatch(p -> p.contains("is not a trusted time-stamping authority")));
        // the token's time, not the statement's, decides the key's validity
        var later = org.csi.harness.certify.TrustStore.load(store(key(keys, "Body A", "2099-01-01T00:00:00Z", null, null), tsaPem));
        assertTrue(PackageVerifier.verify(entries, later).stream().anyMatch(p -> p.contains("valid from 2099") && p.contains("RFC 3161")));
    }
}
