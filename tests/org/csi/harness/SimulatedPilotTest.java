package org.csi.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 14's simulated pilot: 20 solutions run as 20 concurrent harness processes on one machine (each its own
 * embedded reference on port 0, its own out folder), each publishing with --store to a local S3-compatible server;
 * then {@code csi pilot --from} aggregates them from the store. A reference with other switches is another solution
 * (its capability document says so), and the faults make some of them fail GEN-03 or CAT-02/CAT-05. Wall time and the
 * median run time go to target/simulated-pilot.json.
 */
@Tag("pilot-sim")
class SimulatedPilotTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String TAGS = "@GEN-03 or @CAT-02 or @CAT-05";
    /** The 20 solutions: switch lists of the embedded reference, all declaring CSI-GEN and CSI-CAT only. */
    static final List<String> SOLUTIONS = List.of("", "UW02_CHECKSUM_NOT_VERIFIED", "RQ01_ITERATIONS_NOT_ECHOED", "RQ02_P5P95_WRONG_Z",
            "CLM05_HASH_CASE_INSENSITIVE", "CLM07_DENIAL_DUE_5_DAYS", "UW05_SCALES_MISMAPPED", "RQ07_SEED_IGNORED",
            "GEN03_WRONG_SECRET_ACCEPTED", "GEN03_TOKEN_LIFETIME_TOO_LONG", "GEN03_WRONG_SECRET_ACCEPTED,GEN03_TOKEN_LIFETIME_TOO_LONG",
            "GEN03_TOKEN_LIFETIME_TOO_LONG,RQ01_ITERATIONS_NOT_ECHOED", "CAT02_UNKNOWN_INSURANCE_TYPE", "CAT05_MIN_ABOVE_MAX",
            "CAT02_UNKNOWN_INSURANCE_TYPE,CAT05_MIN_ABOVE_MAX", "CAT02_UNKNOWN_INSURANCE_TYPE,RQ01_ITERATIONS_NOT_ECHOED",
            "GEN03_WRONG_SECRET_ACCEPTED,CAT02_UNKNOWN_INSURANCE_TYPE", "GEN03_TOKEN_LIFETIME_TOO_LONG,CAT05_MIN_ABOVE_MAX",
            "GEN03_WRONG_SECRET_ACCEPTED,CAT02_UNKNOWN_INSURANCE_TYPE,CAT05_MIN_ABOVE_MAX", "GEN03_WRONG_SECRET_ACCEPTED,UW02_CHECKSUM_NOT_VERIFIED");

    @Test
    void twentyConcurrentHarnessProcessesPublishAndThePilotAggregatesThemFromTheStore() throws Exception {
        Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "tmp")), "csi-pilot-sim-");
        try (LocalS3Server s3 = LocalS3Server.start()) {
            s3.createBucket("csi-pilot");
            String store = "s3://csi-pilot/simulated";
            long t0 = System.nanoTime();
            List<Process> runs = new ArrayList<>();
            List<java.util.concurrent.CompletableFuture<Double>> runTimes = new ArrayList<>();
            for (int i = 0; i < SOLUTIONS.size(); i++) {
                String switches = "DECLARE=CSI-GEN+CSI-CAT" + (SOLUTIONS.get(i).isEmpty() ? "" : "," + SOLUTIONS.get(i));
                runs.add(csi(s3, dir.resolve("run-" + i + ".log"), "run", "--quick", "--standards", "CSI-GEN,CSI-CAT", "--tags", TAGS, "--no-html",
                        "--exit-zero", "--threads", "1", "--out", dir.resolve("run-" + i).toString(), "--reference-faults", switches, "--store", store));
                long started = System.nanoTime();
                runTimes.add(runs.get(i).onExit().thenApply(x -> (System.nanoTime() - started) / 1e9)); // each process's own run time
            }
            List<Double> seconds = new ArrayList<>();
            for (int i = 0; i < runs.size(); i++) {
                Process p = runs.get(i);
                assertTrue(p.waitFor(8, TimeUnit.MINUTES), "run " + i + " ended");
                seconds.add(runTimes.get(i).get(1, TimeUnit.MINUTES));
                String log = Files.readString(dir.resolve("run-" + i + ".log"));
                assertEquals(0, p.exitValue(), log);
                assertTrue(log.contains("Published to the results store: " + store), log);
            }
            Path pilotOut = dir.resolve("pilot");
            Process pilot = csi(s3, dir.resolve("pilot.log"), "pilot", "--from", store, "--out", pilotOut.toString());
            assertTrue(pilot.waitFor(3, TimeUnit.MINUTES), "the pilot ended");
            String pilotLog = Files.readString(dir.resolve("pilot.log"));
            assertEquals(0, pilot.exitValue(), pilotLog);
            double wall = (System.nanoTime() - t0) / 1e9;

            JsonNode p = JSON.readTree(pilotOut.resolve("pilot-scorecard.json").toFile());
            assertEquals(20, p.path("solutions").size(), pilotLog);
            Set<String> names = new HashSet<>();
            Set<String> packScores = new HashSet<>();
            for (JsonNode s : p.path("solutions")) {
                String name = s.path("displayName").asText();
                names.add(name);
                packScores.add(s.path("packScore").asText());
                Map<String, String> verdict = new TreeMap<>();
                s.path("matrix").forEach(c -> verdict.put(c.path("standard").asText(), c.path("verdict").asText()));
                boolean catFault = name.contains("CAT02_") || name.contains("CAT05_");
                boolean genFault = name.contains("GEN03_");
                assertEquals(catFault, verdict.get("CSI-CAT").equals("NON_CONFORMANT"), name + " " + verdict);
                assertEquals(genFault, verdict.get("CSI-GEN").equals("NON_CONFORMANT"), name + " " + verdict);
            }
            assertEquals(20, names.size(), "20 different solutions: " + names);
            assertTrue(packScores.size() >= 3, "the faults give different pack scores: " + packScores);

            List<Double> sorted = seconds.stream().sorted().toList();
            double median = (sorted.get(9) + sorted.get(10)) / 2;
            var timing = JSON.createObjectNode().put("solutions", 20).put("concurrentProcesses", 20).put("wallSeconds", round(wall))
                    .put("medianRunSeconds", round(median)).put("minRunSeconds", round(sorted.get(0))).put("maxRunSeconds", round(sorted.get(19)))
                    .put("cores", Runtime.getRuntime().availableProcessors()).put("selection", "--quick --standards CSI-GEN,CSI-CAT --tags \"" + TAGS + "\"");
            Files.writeString(Path.of("target", "simulated-pilot.json"), timing.toPrettyString());
            System.out.println("simulated pilot: 20 concurrent runs + csi pilot --from: wall " + round(wall) + " s, per-run median " + round(median) + " s "
                    + timing + "; levels " + p.path("summary").path("levelCounts"));
        }
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    /** csi as ./csi starts it, in a process of its own, with the store's endpoint and credentials in its environment. */
    private static Process csi(LocalS3Server s3, Path log, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-Dfile.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), "org.csi.harness.cli.Csi"));
        cmd.addAll(List.of(args));
        ProcessBuilder b = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        b.environment().put("CSI_S3_ENDPOINT", s3.endpoint.toString());
        b.environment().put("AWS_ACCESS_KEY_ID", LocalS3Server.KEY_ID);
        b.environment().put("AWS_SECRET_ACCESS_KEY", LocalS3Server.SECRET);
        b.environment().put("AWS_REGION", LocalS3Server.REGION);
        b.environment().put("AWS_EC2_METADATA_DISABLED", "true"); // never look for an instance metadata service
        return b.start();
    }
}
