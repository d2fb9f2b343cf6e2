package org.csi.harness.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.csi.harness.certify.CertificationPackage;

/**
 * What happens to an uploaded package: read strictly, verified by the {@link PackageCheck}, then kept (the zip in
 * the data folder under its SHA-256, a row in the database) or refused with its reasons, which are recorded too.
 */
public final class PackageIntake {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final RegistryStore store;
    private final PackageCheck check;
    private final Path packages;

    /** The outcome of one upload. */
    public sealed interface Outcome permits Kept, Refused, AlreadyKept {}
    public record Kept(String runId, String packageSha256) implements Outcome {}
    public record Refused(List<String> reasons) implements Outcome {}
    public record AlreadyKept(String runId) implements Outcome {}

    public PackageIntake(RegistryStore store, PackageCheck check, Path dataDir) {
        this.store = store;
        this.check = check;
        this.packages = dataDir.resolve("packages");
    }

    public Outcome receive(AssessmentBody body, byte[] zip) {
        return receive(body, zip, true);
    }

    /** {@code record}: whether a refusal is recorded (a store's package tried against several bodies is recorded once). */
    private synchronized Outcome receive(AssessmentBody body, byte[] zip, boolean record) {
        String sha = CertificationPackage.sha256(zip);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try {
            Files.createDirectories(packages);
            Path part = Files.createTempFile(packages, "." + sha, ".part");
            try {
                Files.write(part, zip);
                Map<String, byte[]> entries;
                try {
                    entries = CertificationPackage.read(part);
                } catch (IOException e) {
                    // the message names the temporary file: the uploader knows its package by no such name
                    List<String> why = List.of("package: not a readable certification package ("
                            + e.getMessage().replace(part.toString() + ": ", "").replace(part.toString(), "the upload") + ")");
                    return record ? refused(body, sha, zip.length, now, why) : new Refused(why);
                }
                List<String> problems = check.problems(body, entries);
                if (!problems.isEmpty()) return record ? refused(body, sha, zip.length, now, problems) : new Refused(problems);
                JsonNode scorecard = JSON.readTree(entries.get("scorecard.json"));
                String runId = scorecard.path("runId").asText();
                if (store.hasRun(runId)) return new AlreadyKept(runId);
                Files.move(part, packages.resolve(sha + ".zip"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                String solution = scorecard.path("solution").path("vendor").asText("?") + " — " + scorecard.path("solution").path("name").asText("?");
                boolean fresh = store.accept(new RegistryStore.Accepted(runId, solution, body.id(), sha, zip.length,
                        scorecard.path("startedAt").asText(), now, scorecard));
                return fresh ? new Kept(runId, sha) : new AlreadyKept(runId);
            } finally {
                Files.deleteIfExists(part);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the registry cannot keep a package in " + packages + ": " + e.getMessage(), e);
        }
    }

    /**
     * A package that came with no upload (from a results store): received for the first body whose keys verify it;
     * when none does, refused as the store's, with the reasons given against the first body.
     */
    public Outcome receiveSigned(List<AssessmentBody> bodies, byte[] zip) {
        List<String> first = null;
        for (AssessmentBody body : bodies) {
            Outcome o = receive(body, zip, false);
            if (!(o instanceof Refused r)) return o;
            if (first == null) first = r.reasons();
        }
        List<String> reasons = new ArrayList<>(List.of("results store: signed by no registered assessment body's key, or not sound"));
        if (first != null) reasons.addAll(first);
        return refused(STORE, CertificationPackage.sha256(zip), zip.length, OffsetDateTime.now(ZoneOffset.UTC), reasons);
    }

    private static final AssessmentBody STORE = new AssessmentBody("(results store)", "results store", "0".repeat(64), List.of());

    private Refused refused(AssessmentBody body, String sha, long bytes, OffsetDateTime at, List<String> reasons) {
        store.refuse(body.id(), sha, bytes, at, reasons);
        return new Refused(reasons);
    }
}
