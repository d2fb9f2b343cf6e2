package org.csi.harness.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.csi.harness.config.ConfigException;

/**
 * A results store on a folder (a shared volume). A run is copied into a hidden temporary folder beside its final
 * place, marked, then renamed in one step, so a reader sees all of it or none.
 */
public final class FolderStore implements ResultStore {
    private final Path root;

    public FolderStore(Path root) {
        this.root = root;
    }

    @Override
    public StoredRun publish(Path runDir, List<Path> extras) {
        ObjectNode marker = ResultStore.marker(runDir);
        StoredRun run = ResultStore.fromMarker(marker);
        Path target = root.resolve(run.solutionKey()).resolve(run.runId());
        if (Files.exists(target.resolve(MARKER))) return run; // published before: runs do not change
        Path tmp = target.resolveSibling(".tmp-" + run.runId() + "-" + UUID.randomUUID());
        try {
            for (Path rel : ResultStore.filesOf(runDir)) copy(runDir.resolve(rel), tmp.resolve(rel.toString()));
            for (Path extra : extras) copy(extra, tmp.resolve(extra.getFileName().toString()));
            Files.writeString(tmp.resolve(MARKER), marker.toPrettyString());
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteQuietly(tmp);
            throw new ConfigException("cannot publish " + runDir + " to " + root + ": " + e.getMessage());
        }
        return run;
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public List<StoredRun> runs() {
        if (!Files.isDirectory(root)) throw new ConfigException("results store not found: " + root);
        List<StoredRun> runs = new ArrayList<>();
        try (Stream<Path> markers = Files.find(root, 3, (p, a) -> p.getFileName().toString().equals(MARKER)
                && !p.getParent().getFileName().toString().startsWith(".tmp-"))) {
            for (Path m : markers.toList()) {
                JsonNode json = Json.MAPPER.readTree(m.toFile());
                StoredRun r = ResultStore.fromMarker(json);
                // Only a marker in its own place counts: <root>/<solution key>/<run id>/marker.
                if (m.getParent().equals(root.resolve(r.solutionKey()).resolve(r.runId()))) runs.add(r);
            }
        } catch (IOException e) {
            throw new ConfigException("cannot read the results store " + root + ": " + e.getMessage());
        }
        return runs;
    }

    @Override
    public Path fetch(StoredRun run, Path scratch) {
        return root.resolve(run.solutionKey()).resolve(run.runId());
    }

    private static void deleteQuietly(Path dir) {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException ignored) {
            // a leftover hidden temporary folder is never read as a run
        }
    }

    @Override
    public String toString() {
        return root.toUri().toString();
    }
}
