package org.csi.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.csi.harness.run.ConformanceRun;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A solution whose quantification endpoints turn slow, huge, malformed or dripping while the rest of it is sound:
 * the run ends in bounded time with the scorecard and evidence whole, every CSI-RQ clause FAILs and says why, and
 * the clauses that never touch a quantification still pass.
 */
class HostileMidRunTest {
    static ExternalReference reference;
    static Path config;

    @BeforeAll
    static void start() throws Exception {
        reference = new ExternalReference((String) null);
        ObjectNode c = (ObjectNode) new ObjectMapper().readTree(reference.config.toFile());
        c.putObject("timeouts").put("connectSeconds", 2).put("readSeconds", 2).put("tokenExpiryWaitSeconds", 10);
        c.putObject("limits").put("maxResponseBytes", 1_048_576);
        config = Files.createTempFile("csi-hostile-midrun", ".json");
        Files.writeString(config, c.toPrettyString());
    }

    @AfterAll
    static void stop() {
        reference.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "SLOW,      no response within",
        "HUGE,      exceeds the harness limit",
        "MALFORMED, not JSON",
        "DRIP,      no complete response within"
    })
    void quantificationsTurnHostile(HostileProxy.Mode mode, String cause) throws Exception {
        Path out = Files.createTempDirectory("csi-hostile-midrun-").resolve("out");
        long t0 = System.nanoTime();
        try (HostileProxy proxy = new HostileProxy(reference.url(), "/csi/v1/quantifications", mode)) {
            ConformanceRun.execute(new ConformanceRun.Options(proxy.url(), config, null, "@CSI-RQ or @CAT-01", out, 2, false, null, null,
                    new PrintStream(OutputStream.nullOutputStream())));
        }
        long seconds = (System.nanoTime() - t0) / 1_000_000_000L;
        assertTrue(seconds < 240, "bounded in time: " + seconds + " s");

        JsonNode scorecard = new ObjectMapper().readTree(out.resolve("scorecard.json").toFile());
        new ObjectMapper().readTree(out.resolve("evidence.json").toFile());
        List<String> notFailed = new ArrayList<>();
        for (JsonNode standard : scorecard.path("standards")) {
            for (JsonNode c : standard.path("clauses")) {
                String id = c.path("id").asText(), outcome = c.path("outcome").asText();
                if (id.startsWith("RQ-") && !(outcome.equals("FAIL") && c.path("reason").asText().contains(cause.trim()))) {
                    notFailed.add(id + " " + outcome + ": " + c.path("reason").asText());
                }
                if (id.equals("GEN-01") || id.equals("CAT-01")) assertEquals("PASS", outcome, id + ": " + c.path("reason").asText());
            }
        }
        assertEquals(List.of(), notFailed, "every RQ clause fails with the cause");
        try (var files = Files.walk(out)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".part")), "no half-written file is left");
        }
    }
}
