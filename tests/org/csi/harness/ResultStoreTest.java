package org.csi.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.csi.harness.config.ConfigException;
import org.csi.harness.report.RunFolder;
import org.csi.harness.store.FolderStore;
import org.csi.harness.store.ResultStore;
import org.csi.harness.store.S3Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.core.sync.RequestBody;

/** The results store round trip, on a local S3-compatible server and on a folder: the same rules for both. */
class ResultStoreTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static LocalS3Server s3;
    static int bucketNo;

    @BeforeAll
    static void startS3() throws Exception {
        s3 = LocalS3Server.start();
    }

    @AfterAll
    static void stopS3() throws Exception {
        if (s3 != null) s3.close();
    }

    /** A fresh, empty store of each kind, and how to put files into it behind the store's back (no marker). */
    interface Raw {
        void put(String key, String content) throws Exception;
    }

    record Kind(String name, ResultStore store, Raw raw) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> stores() throws Exception {
        Path root = Files.createTempDirectory(Files.createDirectories(Path.of("target", "tmp")), "csi-store-");
        String bucket = "csi-results-" + (++bucketNo);
        s3.createBucket(bucket);
        var client = s3.client();
        return Stream.of(
                Arguments.of(new Kind("folder", new FolderStore(root.resolve("store")), (k, c) -> {
                    Path f = root.resolve("store").resolve(k);
                    Files.createDirectories(f.getParent());
                    Files.writeString(f, c);
                })),
                Arguments.of(new Kind("s3", new S3Store(URI.create("s3://" + bucket + "/pilot-1"), s3.settings()),
                        (k, c) -> client.putObject(b -> b.bucket(bucket).key("pilot-1/" + k), RequestBody.fromString(c)))));
    }

    static Path run(Path parent, String runId, String solution, String startedAt, boolean complete) throws Exception {
        Path dir = Files.createDirectories(parent.resolve(runId));
        var sc = JSON.createObjectNode().put("runId", "uuid-" + runId).put("startedAt", startedAt);
        sc.putObject("solution").put("name", solution).put("vendor", "Vendor " + solution);
        Files.writeString(dir.resolve("scorecard.json"), sc.toPrettyString());
        Files.createDirectories(dir.resolve("allure-results"));
        Files.writeString(dir.resolve("allure-results").resolve("a-result.json"), "{\"name\":\"" + runId + "\"}");
        if (complete) RunFolder.markComplete(dir, "uuid-" + runId, startedAt);
        return dir;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void publishListLatestAndFetch(Kind kind) throws Exception {
        Path runs = Files.createTempDirectory(Files.createDirectories(Path.of("target", "tmp")), "csi-runs-");
        ResultStore store = kind.store();
        Path pkg = Files.writeString(runs.resolve("a2.certification.zip"), "zip bytes");
        var a1 = store.publish(run(runs, "20261201-100000-000", "alpha", "2026-12-01T10:00:00+08:00", true), List.of());
        var a2 = store.publish(run(runs, "20261202-100000-000", "alpha", "2026-12-02T10:00:00+08:00", true), List.of(pkg));
        var b1 = store.publish(run(runs, "20261201-120000-000", "beta", "2026-12-01T12:00:00+08:00", true), List.of());
        assertEquals(a1.solutionKey(), a2.solutionKey(), "one solution, one key");
        assertTrue(!a1.solutionKey().equals(b1.solutionKey()), "two solutions, two keys");

        // An incomplete run (no run.json) is refused, and a run uploaded without the store's marker is not taken.
        Path half = run(runs, "20261203-100000-000", "alpha", "2026-12-03T10:00:00+08:00", false);
        ConfigException refused = assertThrows(ConfigException.class, () -> store.publish(half, List.of()));
        assertTrue(refused.getMessage().contains("incomplete"), refused.getMessage());
        kind.raw().put(a1.solutionKey() + "/20261204-100000-000/scorecard.json", Files.readString(half.resolve("scorecard.json")));
        kind.raw().put(a1.solutionKey() + "/20261204-100000-000/run.json", "{\"runId\":\"uuid-20261203-100000-000\",\"complete\":true}");

        assertEquals(3, store.runs().size(), "three published runs: " + store.runs());
        Map<String, ResultStore.StoredRun> latest = store.latestPerSolution();
        assertEquals(2, latest.size(), latest.toString());
        assertEquals("20261202-100000-000", latest.get(a1.solutionKey()).runId(), "alpha's newest complete run, not the marker-less upload");
        assertEquals("20261201-120000-000", latest.get(b1.solutionKey()).runId());
        assertEquals("Vendor alpha — alpha", latest.get(a1.solutionKey()).solution());

        Path fetched = store.fetch(latest.get(a1.solutionKey()), Files.createTempDirectory(runs, "fetch-"));
        assertEquals(Files.readString(runs.resolve("20261202-100000-000").resolve("scorecard.json")), Files.readString(fetched.resolve("scorecard.json")));
        assertEquals("{\"name\":\"20261202-100000-000\"}", Files.readString(fetched.resolve("allure-results").resolve("a-result.json")));
        assertEquals("zip bytes", Files.readString(fetched.resolve("a2.certification.zip")), "the package is kept beside the run");
        assertTrue(RunFolder.completeScorecard(fetched).isPresent(), "a fetched run is a complete run folder");
        assertTrue(Files.isRegularFile(fetched.resolve(ResultStore.MARKER)));
        store.close();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void anEmptyStoreHasNoRuns(Kind kind) throws Exception {
        kind.raw().put("sol-0000/r1/scorecard.json", "{}");
        assertEquals(List.of(), kind.store().runs());
        assertTrue(kind.store().latestPerSolution().isEmpty());
    }

    @org.junit.jupiter.api.Test
    void storeUrisChooseTheImplementation() {
        assertTrue(ResultStore.open("file:///tmp/x") instanceof FolderStore);
        assertTrue(ResultStore.open("some/folder") instanceof FolderStore);
        assertThrows(ConfigException.class, () -> ResultStore.open("ftp://host/x"));
        assertThrows(ConfigException.class, () -> ResultStore.open("s3:///no-bucket"));
    }
}
