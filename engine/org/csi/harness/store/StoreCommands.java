package org.csi.harness.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.csi.harness.config.ConfigException;
import org.csi.harness.contract.SchemaCheck;
import org.csi.harness.pilot.PilotPage;
import org.csi.harness.pilot.PilotScorecard;
import org.csi.harness.report.Files2;

/** What {@code csi run|certify --store URI} and {@code csi pilot --from URI} do, with typed parameters. */
public final class StoreCommands {
    private StoreCommands() {}

    /** Publishes a finished run folder (and a certification package, when not null) to the store at {@code storeUri}. */
    public static ResultStore.StoredRun publish(Path runDir, Path certificationPackage, String storeUri, PrintStream out) {
        try (ResultStore store = ResultStore.open(storeUri)) {
            List<Path> extras = certificationPackage != null && Files.isRegularFile(certificationPackage) ? List.of(certificationPackage) : List.of();
            ResultStore.StoredRun run = store.publish(runDir, extras);
            out.println("已存档 Published to the results store: " + store + run.solutionKey() + "/" + run.runId() + (extras.isEmpty() ? "" : " (with the certification package)"));
            return run;
        }
    }

    /** The pilot scorecard (JSON and HTML in {@code outDir}) over the latest complete run of each solution in the store. */
    public static int pilotFrom(String storeUri, Path outDir, Path consent, boolean publish, String pilotId, PrintStream out) {
        Path scratch;
        try {
            scratch = Files.createTempDirectory("csi-store-");
        } catch (IOException e) {
            throw new ConfigException("cannot make a temporary folder: " + e.getMessage());
        }
        try (ResultStore store = ResultStore.open(storeUri)) {
            var latest = store.latestPerSolution();
            if (latest.isEmpty()) throw new ConfigException("no complete run in the results store " + store);
            List<Path> dirs = new ArrayList<>();
            for (ResultStore.StoredRun run : latest.values()) dirs.add(store.fetch(run, scratch));
            List<JsonNode> scorecards = PilotScorecard.scorecards(dirs, why -> out.println("  skipped: " + why));
            ObjectNode p = PilotScorecard.build(pilotId == null ? "CSI-PILOT" : pilotId, scorecards, PilotScorecard.consents(consent), publish);
            List<String> violations = new SchemaCheck().violations("pilot-scorecard.schema.json", p);
            if (!violations.isEmpty()) throw new IllegalStateException("the pilot scorecard violates its schema: " + violations);
            Path json = Files2.writeAtomically(outDir.resolve("pilot-scorecard.json"), p.toPrettyString());
            Path html = Files2.writeAtomically(outDir.resolve("pilot-scorecard.html"), PilotPage.render(p));
            out.println("贯标试点记分卡 Pilot scorecard from " + store + ": " + p.path("solutions").size() + " solutions, levels " + p.path("summary").path("levelCounts"));
            out.println("  " + json.toAbsolutePath());
            out.println("  " + html.toAbsolutePath());
            return 0;
        } finally {
            delete(scratch);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // only a temporary copy is left behind
        }
    }
}
