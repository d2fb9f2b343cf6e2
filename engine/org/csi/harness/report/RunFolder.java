package org.csi.harness.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A run folder is complete only when {@code run.json} says so: it is written last, after every report, and names
 * the run whose scorecard it closes. A run killed part-way leaves no marker (or one that names another run), so
 * trend, pilot and certify can tell a whole run from a half-written one.
 */
public final class RunFolder {
    public static final String MARKER = "run.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private RunFolder() {}

    /** Marks {@code dir} complete; call after everything else of the run is written. */
    public static void markComplete(Path dir, String runId, String finishedAt) {
        ObjectNode m = JSON.createObjectNode().put("runId", runId).put("complete", true).put("finishedAt", finishedAt);
        Files2.writeAtomically(dir.resolve(MARKER), m.toPrettyString());
    }

    /** The run's scorecard when the folder is complete; empty for an incomplete or unreadable run. */
    public static Optional<JsonNode> completeScorecard(Path dir) {
        try {
            JsonNode marker = JSON.readTree(dir.resolve(MARKER).toFile());
            JsonNode scorecard = JSON.readTree(dir.resolve("scorecard.json").toFile());
            boolean whole = marker.path("complete").asBoolean(false) && marker.path("runId").asText().equals(scorecard.path("runId").asText(null));
            return whole ? Optional.of(scorecard) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Why {@code dir} is not a complete run, in one line; null when it is. */
    public static String whyIncomplete(Path dir) {
        if (!Files.isRegularFile(dir.resolve("scorecard.json"))) return dir + " holds no scorecard.json";
        if (!Files.isRegularFile(dir.resolve(MARKER))) return dir + " is an incomplete run (no " + MARKER + ": it stopped before its reports were whole)";
        return completeScorecard(dir).isPresent() ? null : dir + " is an incomplete run (" + MARKER + " does not mark this scorecard's run complete)";
    }
}
