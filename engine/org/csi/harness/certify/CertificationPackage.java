package org.csi.harness.certify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import org.csi.harness.report.RunFolder;
import java.util.zip.ZipOutputStream;

/**
 * One archive an assessment body can hand over: the run's reports and evidence, a manifest with the identity of
 * run, harness and target, and a DSSE envelope whose in-toto Statement names every file with its SHA-256 and carries
 * the run's verdicts, signed with Ed25519 or SM2/SM3; optionally an RFC 3161 token over the envelope's signature.
 */
public final class CertificationPackage {
    public static final String MANIFEST = "manifest.json";
    /** The DSSE envelope; with {@link #TIMESTAMP}, the only files not among the statement's subjects. */
    public static final String ATTESTATION = "attestation.dsse.json";
    /** The DER RFC 3161 time-stamp token over the DSSE signature bytes, when a TSA is configured. */
    public static final String TIMESTAMP = "attestation.tsr";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CertificationPackage() {}

    /** Writes {@code pkg} from the run folder; the zip appears whole or not at all. */
    /** True when the run's scorecard says provisional (csi run --quick): shorter observation windows than the pack's. */
    static boolean provisional(Path runDir) {
        try {
            return JSON.readTree(runDir.resolve("scorecard.json").toFile()).path("provisional").asBoolean(false);
        } catch (IOException e) {
            return false;   // an unreadable scorecard is refused by the checks that read it
        }
    }

    public static void write(Path runDir, Path pkg, KeyPair keys) {
        write(runDir, pkg, keys, null);
    }

    /** As {@link #write(Path, Path, KeyPair)}, time-stamped by the RFC 3161 authority at {@code tsa} unless null. */
    public static void write(Path runDir, Path pkg, KeyPair keys, java.net.URI tsa) {
        String incomplete = RunFolder.whyIncomplete(runDir);
        if (incomplete != null) throw new IllegalStateException("nothing is certified from a half-written run: " + incomplete);
        if (provisional(runDir)) throw new IllegalStateException("nothing is certified from a provisional (quick-mode) run: " + runDir);
        try {
            Map<String, byte[]> files = readTree(runDir);
            byte[] manifest = JSON.writeValueAsBytes(manifest(files));
            Map<String, byte[]> entries = new LinkedHashMap<>(files);
            entries.put(MANIFEST, manifest);
            byte[] statement = JSON.writeValueAsBytes(InTotoStatement.of(entries, java.time.Instant.now()));
            Dsse envelope = Dsse.sign(statement, keys);
            entries.put(ATTESTATION, envelope.toJson());
            if (tsa != null) entries.put(TIMESTAMP, TimeStamps.request(tsa, envelope.signature()));
            Path tmp = Files.createTempFile(pkg.toAbsolutePath().getParent(), "." + pkg.getFileName(), ".part");
            try (OutputStream out = Files.newOutputStream(tmp); ZipOutputStream zip = new ZipOutputStream(out)) {
                for (var e : entries.entrySet()) {
                    zip.putNextEntry(new ZipEntry(e.getKey()));
                    zip.write(e.getValue());
                    zip.closeEntry();
                }
            }
            Files.move(tmp, pkg, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the certification package " + pkg + ": " + e.getMessage(), e);
        }
    }

    static ObjectNode manifest(Map<String, byte[]> files) throws IOException {
        JsonNode scorecard = JSON.readTree(files.get("scorecard.json"));
        JsonNode config = files.containsKey("config.json") ? JSON.readTree(files.get("config.json")) : JSON.createObjectNode();
        ObjectNode m = JSON.createObjectNode().put("manifestVersion", "0.1").put("runId", scorecard.path("runId").asText())
                .put("packVersion", scorecard.path("packVersion").asText())
                .put("fixtureSetVersion", scorecard.path("harness").path("fixtureSetVersion").asText());
        m.set("harness", scorecard.path("harness"));
        ObjectNode target = m.putObject("target");
        target.put("identity", config.path("target").asText(null));
        target.set("capabilityDigest", scorecard.path("solution").path("capabilityDigest"));
        target.set("imageId", scorecard.path("solution").path("imageId").isMissingNode() ? null : scorecard.path("solution").path("imageId"));
        m.put("startedAt", scorecard.path("startedAt").asText()).put("finishedAt", scorecard.path("finishedAt").asText());
        ArrayNode list = m.putArray("files");
        for (var f : files.entrySet()) {
            list.addObject().put("path", f.getKey()).put("sha256", sha256(f.getValue())).put("bytes", f.getValue().length);
        }
        return m;
    }

    static Map<String, byte[]> readTree(Path dir) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path f : all.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(".part")).toList()) {
                files.put(dir.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
            }
        }
        if (!files.containsKey("scorecard.json")) throw new IOException(dir + " holds no scorecard.json");
        return files;
    }

    /** The largest package and the largest entry this reads: far above any run's reports, far below the heap. */
    private static final long MAX_PACKAGE_BYTES = 1L << 30, MAX_ENTRY_BYTES = 256L << 20;

    /**
     * The entries of a package, read through its central directory; an archive that could mean two things to two
     * readers, or is damaged or truncated, is refused with the reason (see {@link StrictZip}).
     */
    public static Map<String, byte[]> read(Path pkg) throws IOException {
        long size = Files.size(pkg);
        if (size > MAX_PACKAGE_BYTES) throw new IOException(pkg + ": " + size + " bytes, larger than any package this harness writes");
        return StrictZip.read(Files.readAllBytes(pkg), MAX_ENTRY_BYTES);
    }

    public static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
