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
 * A solution whose quantification (or claim) endpoints turn slow, huge, malformed or dripping while the rest of it is
 * sound: the run ends in bounded time with the scorecard and evidence whole, the standard is NON_CONFORMANT, no clause
 * of it passes and each names the cause, and the clauses that never touch those endpoints still pass. A clause whose
 * own test line meets the broken endpoint FAILs; one that only needs it to set up a case (a claim walked to DECIDED
 * before CLM-09 can be judged) is CANNOT_TELL, as conformance-levels.md §1 says of a fixture set-up failure.
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

    @ParameterizedTest(name = "{1} {0}")
    @CsvSource({
        "SLOW,      quantifications, CSI-RQ,  no response within",
        "HUGE,      quantifications, CSI-RQ,  exceeds the harness limit",
        "MALFORMED, quantifications, CSI-RQ,  not JSON",
        "DRIP,      quantifications, CSI-RQ,  no complete response within",
        "MALFORMED, claims,          CSI-CLM, not JSON"
    })
    void endpointsTurnHostile(HostileProxy.Mode mode, String resource, String standard, String cause) throws Exception {
        Path out = Files.createTempDirectory("csi-hostile-midrun-").resolve("out");
        String clausePrefix = standard.substring(4) + "-";
        long t0 = System.nanoTime();
        try (HostileProxy proxy = new HostileProxy(reference.url(), "/csi/v1/" + resource, mode)) {
            ConformanceRun.execute(new ConformanceRun.Options(proxy.url(), config, null, "@" + standard + " or @CAT-01", out, 2, false, null, null,
                    new PrintStream(OutputStream.nullOutputStream())));
        }
        long seconds = (System.nanoTime() - t0) / 1_000_000_000L;
        assertTrue(seconds < 240, "bounded in time: " + seconds + " s");

        JsonNode scorecard = new ObjectMapper().readTree(out.resolve("scorecard.json").toFile());
        new ObjectMapper().readTree(out.resolve("evidence.json").toFile());
        List<String> withoutCause = new ArrayList<>();
        int failed = 0;
        for (JsonNode judged : scorecard.path("standards")) {
            if (judged.path("id").asText().equals(standard)) assertEquals("NON_CONFORMANT", judged.path("verdict").asText());
            for (JsonNode c : judged.path("clauses")) {
                String id = c.path("id").asText(), outcome = c.path("outcome").asText();
                boolean named = (outcome.equals("FAIL") || outcome.equals("CANNOT_TELL")) && c.path("reason").asText().contains(cause.trim());
                if (id.startsWith(clausePrefix) && !named) withoutCause.add(id + " " + outcome + ": " + c.path("reason").asText());
                if (id.startsWith(clausePrefix) && outcome.equals("FAIL")) failed++;
                if (id.equals("GEN-01") || id.equals("CAT-01")) assertEquals("PASS", outcome, id + ": " + c.path("reason").asText());
            }
        }
        assertEquals(List.of(), withoutCause, "no " + standard + " clause passes, and each names the cause");
        assertTrue(failed > 0, "the clauses whose test lines meet the endpoint FAIL");
        try (var files = Files.walk(out)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".part")), "no half-written file is left");
        }
    }
}
