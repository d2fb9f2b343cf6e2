package org.csi.harness.registry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.csi.harness.store.ResultStore;

/**
 * The registry reading a results store (csi certify --store): every certification package published beside a run is
 * received as if its signer had uploaded it. The store authenticates nobody, so the signature decides: a package is
 * taken for the first registered body whose keys verify it, and refused (recorded with its reasons) when none does.
 * Runs published without a package are not certified and are left alone.
 */
public final class StoreImport {
    private final String uri;
    private final PackageIntake intake;
    private final List<AssessmentBody> bodies;
    /** Runs already looked at, so that a rescan fetches only what is new. */
    private final Set<String> seen = new HashSet<>();

    public record Summary(int kept, int refused, int already) {}

    StoreImport(String uri, PackageIntake intake, List<AssessmentBody> bodies) {
        this.uri = uri;
        this.intake = intake;
        this.bodies = bodies;
    }

    synchronized Summary scan() {
        int kept = 0, refused = 0, already = 0;
        Path scratch;
        try {
            scratch = Files.createTempDirectory("csi-registry-import");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (ResultStore store = ResultStore.open(uri)) {
            for (ResultStore.StoredRun run : store.runs()) {
                if (!seen.add(run.solutionKey() + "/" + run.runId())) continue;
                for (byte[] zip : packages(store.fetch(run, scratch))) {
                    PackageIntake.Outcome o = intake.receiveSigned(bodies, zip);
                    if (o instanceof PackageIntake.Kept) kept++;
                    else if (o instanceof PackageIntake.Refused) refused++;
                    else already++;
                }
            }
        } finally {
            delete(scratch);
        }
        return new Summary(kept, refused, already);
    }

    private static List<byte[]> packages(Path runFolder) {
        List<byte[]> zips = new ArrayList<>();
        try (Stream<Path> files = Files.list(runFolder)) {
            for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".zip")).sorted().toList()) zips.add(Files.readAllBytes(f));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + runFolder + ": " + e.getMessage(), e);
        }
        return zips;
    }

    private static void delete(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary copy is left behind
        }
    }
}
