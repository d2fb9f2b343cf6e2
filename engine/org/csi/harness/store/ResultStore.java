package org.csi.harness.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.csi.harness.config.ConfigException;
import org.csi.harness.report.RunFolder;

/**
 * Where complete runs are kept for the pilot (and the registry) to read: {@code <prefix>/<solution key>/<run id>/<files>},
 * the run id being the run folder's name. A run counts only once its {@link #MARKER} is there, and the marker is
 * written last, so a reader never takes a half-published run.
 */
public interface ResultStore extends AutoCloseable {
    /** The completion marker, the last object of a published run. */
    String MARKER = "store-complete.json";

    /** A published run as its marker describes it. */
    record StoredRun(String solutionKey, String runId, String solution, String startedAt) {}

    /** Publishes a complete run folder, and {@code extras} (a certification package, say) beside its files. */
    StoredRun publish(Path runDir, List<Path> extras);

    /** Every run whose completion marker is present. */
    List<StoredRun> runs();

    /** The run's files in a local folder (for a folder store, the stored folder itself). */
    Path fetch(StoredRun run, Path scratch);

    @Override
    default void close() {}

    /** The newest run of each solution, by start time then run id, keyed by solution key. */
    default Map<String, StoredRun> latestPerSolution() {
        return runs().stream().collect(Collectors.toMap(StoredRun::solutionKey, r -> r,
                (a, b) -> LATEST.compare(a, b) >= 0 ? a : b, TreeMap::new));
    }

    Comparator<StoredRun> LATEST = Comparator.comparing(StoredRun::startedAt).thenComparing(StoredRun::runId);

    /** {@code s3://bucket/prefix}, {@code file:///path}, or a plain folder path. */
    static ResultStore open(String uri) {
        if (uri == null || uri.isBlank()) throw new ConfigException("--store/--from needs a URI: s3://bucket/prefix, file:///path or a folder");
        if (uri.startsWith("s3://")) return S3Store.open(URI.create(uri));
        if (uri.startsWith("file:")) return new FolderStore(Path.of(URI.create(uri)));
        if (uri.matches("^[a-zA-Z][a-zA-Z0-9+.-]+://.*")) throw new ConfigException("unsupported store '" + uri + "' (s3://, file:// or a folder)");
        return new FolderStore(Path.of(uri));
    }

    /** The marker of a run folder about to be published; refuses an incomplete run. */
    static ObjectNode marker(Path runDir) {
        String why = RunFolder.whyIncomplete(runDir);
        if (why != null) throw new ConfigException("not published: " + why);
        JsonNode scorecard = RunFolder.completeScorecard(runDir).orElseThrow();
        String solution = scorecard.path("solution").path("vendor").asText("?") + " — " + scorecard.path("solution").path("name").asText("?");
        return Json.MAPPER.createObjectNode().put("solutionKey", solutionKey(solution)).put("runId", runDir.getFileName().toString())
                .put("solution", solution).put("startedAt", scorecard.path("startedAt").asText(""))
                .put("scorecardRunId", scorecard.path("runId").asText());
    }

    static StoredRun fromMarker(JsonNode m) {
        return new StoredRun(m.path("solutionKey").asText(), m.path("runId").asText(), m.path("solution").asText(), m.path("startedAt").asText());
    }

    /** A key safe in a path and an object name: a short hash of the solution's vendor and name, which may be any text. */
    static String solutionKey(String solution) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(solution.getBytes(StandardCharsets.UTF_8));
            return "sol-" + HexFormat.of().formatHex(h, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The run folder's files, relative, in a stable order. */
    static List<Path> filesOf(Path runDir) {
        try (Stream<Path> s = Files.walk(runDir)) {
            return s.filter(Files::isRegularFile).map(runDir::relativize).sorted().toList();
        } catch (IOException e) {
            throw new ConfigException("cannot read " + runDir + ": " + e.getMessage());
        }
    }

    final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();

        private Json() {}
    }
}
