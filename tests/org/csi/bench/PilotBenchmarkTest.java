package org.csi.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.csi.harness.cli.Csi;
import org.csi.harness.report.Files2;
import org.csi.harness.run.ConformanceRun;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * BENCHMARKS.md (d): {@code csi pilot} over 1,000 complete run folders, one real run's scorecard given 1,000 solution
 * names (each folder has its scorecard.json and the run.json that marks it whole); writes reports/bench-pilot.md.
 * {@code mvn -B -o test -Dcsi.excludedGroups=none -Dgroups=benchmark -Dtest=PilotBenchmarkTest}.
 */
@Tag("benchmark")
class PilotBenchmarkTest {
    @Test
    void pilotOverAThousandRuns() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Path base = Files.createTempDirectory("csi-pilot-bench-");
        Path real = base.resolve("real");
        ConformanceRun.execute(new ConformanceRun.Options(null, null, null, "@GEN-04 or @CAT-01", real, 2, false, null, null,
                new PrintStream(OutputStream.nullOutputStream(), true, "UTF-8")));
        JsonNode scorecard = json.readTree(real.resolve("scorecard.json").toFile());
        JsonNode marker = json.readTree(real.resolve("run.json").toFile());
        List<String> args = new ArrayList<>(List.of("pilot"));
        for (int i = 0; i < 1000; i++) {
            ObjectNode s = scorecard.deepCopy();
            String runId = scorecard.path("runId").asText() + "-" + i;
            s.put("runId", runId);
            ((ObjectNode) s.path("solution")).put("name", "solution-" + i);
            Path dir = base.resolve("runs").resolve(String.format("%04d", i));
            Files2.writeAtomically(dir.resolve("scorecard.json"), s.toPrettyString());
            Files2.writeAtomically(dir.resolve("run.json"), ((ObjectNode) marker.deepCopy()).put("runId", runId).toPrettyString());
            args.add(dir.toString());
        }
        args.addAll(List.of("--out", base.resolve("pilot").toString()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long t0 = System.nanoTime();
        int status = Csi.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(OutputStream.nullOutputStream()));
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertEquals(Csi.OK, status, out.toString(StandardCharsets.UTF_8));
        assertEquals(1000, json.readTree(base.resolve("pilot").resolve("pilot-scorecard.json").toFile()).path("solutions").size());
        String md = String.format("# csi pilot over 1,000 run scorecards%n%n%d cores, Java %s, in one warm JVM: %.2f s (reading 1,000 folders, "
                + "building, schema-checking and writing the pilot scorecard and its page; %d KiB of JSON).%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), seconds, Files.size(base.resolve("pilot").resolve("pilot-scorecard.json")) / 1024);
        Files2.writeAtomically(Path.of("reports", "bench-pilot.md"), md);
        System.out.println(md);
    }
}
