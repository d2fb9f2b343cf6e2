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
        CliTest.assertOneClearLine(CliTest.csi("verify", pkg.toString()), Csi.BAD_CONFIG, "--key SIGNER.pub | --trust-store DIR");
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
}
