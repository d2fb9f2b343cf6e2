package org.csi.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.MountableFile;

/**
 * The harness's own image, built here with no registry, runs {@code csi run} against a URL it is given: the reference
 * solution in this JVM, on loopback, with one fault. The scorecard copied out of the container charges the FAIL to
 * the fault's clause and nothing else, so the image holds the real harness.
 */
class HarnessImageTest {
    static final String IMAGE = "csi/harness:test";

    @AfterAll
    static void removeImage() {
        if (!DockerClientFactory.instance().isDockerAvailable()) return;
        try {
            DockerClientFactory.instance().client().removeImageCmd(IMAGE).withForce(true).exec();
        } catch (RuntimeException notThere) {
            // the build failed before tagging: nothing to remove
        }
    }

    static String build() throws Exception {
        return ImageBuild.run("engine/image/build-harness-image.sh", "target/classes", "target/lib", IMAGE);
    }

    @Test
    void theImageRunsTheHarnessAgainstAGivenUrlAndChargesAFaultToItsClause() throws Exception {
        ContainerTargetTest.requireDocker();
        build();
        try (ExternalReference solution = new ExternalReference("CAT01_DETAIL_DIFFERS");
             GenericContainer<?> harness = new GenericContainer<>(DockerImageName.parse(IMAGE))) {
            harness.withNetworkMode("host") // the solution listens on this machine's loopback only
                    .withCopyFileToContainer(MountableFile.forHostPath(solution.config, 0644), "/tmp/csi-config.json")
                    .withCommand("run", "--target", solution.url(), "--config", "/tmp/csi-config.json", "--out", "/reports/run",
                            "--quick", "--standards", "CSI-CAT", "--no-html")
                    .withStartupTimeout(Duration.ofSeconds(30));
            harness.start();
            Integer status = harness.getDockerClient().waitContainerCmd(harness.getContainerId()).start()
                    .awaitStatusCode(240, TimeUnit.SECONDS);
            assertEquals(1, status, "a non-conformant standard exits 1\n" + harness.getLogs());

            Path dir = Files.createTempDirectory("csi-harness-image");
            harness.copyFileFromContainer("/reports/run/scorecard.json", dir.resolve("scorecard.json").toString());
            JsonNode scorecard = new ObjectMapper().readTree(dir.resolve("scorecard.json").toFile());
            assertTrue(scorecard.path("provisional").asBoolean(), "a quick-mode run");
            for (JsonNode st : scorecard.path("standards")) {
                String id = st.path("id").asText();
                if (!id.equals("CSI-CAT")) continue;
                assertEquals("NON_CONFORMANT", st.path("verdict").asText(), st.toString());
                for (JsonNode c : st.path("clauses")) {
                    String expected = c.path("id").asText().equals("CAT-01") ? "FAIL" : "PASS";
                    if (c.path("outcome").asText().equals("NOT_APPLICABLE")) continue;
                    assertEquals(expected, c.path("outcome").asText(), c.toString());
                }
            }
            assertTrue(scorecard.path("standards").findValuesAsText("id").contains("CAT-01"), "CAT's clauses were scored");
            assertEquals(java.util.List.of(), solution.leaks(dir), "no secret in what the container wrote");
        }
    }
}
