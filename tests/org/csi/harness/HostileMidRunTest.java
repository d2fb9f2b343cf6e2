package org.csi.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.csi.harness.cli.Csi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A solution whose quantification (or claim) endpoints turn slow, huge, a gzip bomb, a header flood, malformed, deep,
 * not UTF-8 or dripping while the rest of it is sound: {@code csi run}, in a JVM of its own with a small heap
 * ({@link SmallHeapRun}), ends by itself in bounded time with its run folder complete (run.json written last) and
 * the scorecard and evidence whole; the standard is NON_CONFORMANT, no clause of it passes and each names the cause, and the clauses that never touch those endpoints still pass. A clause whose
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
        c.putObject("limits").put("maxResponseBytes", 4_194_304);
        config = Files.createTempFile("csi-hostile-midrun", ".json");
        Files.writeString(config, c.toPrettyString());
    }

    @AfterAll
    static void stop() {
        reference.close();
    }

    @ParameterizedTest(name = "{1} {0}")
    @CsvSource(delimiter = '|', value = {
        "SLOW      | quantifications | CSI-RQ  | no response within",
        "HUGE      | quantifications | CSI-RQ  | exceeds the harness limit of 4194304 bytes (limits.maxResponseBytes (4194304))",
        "GZIP      | quantifications | CSI-RQ  | the response body exceeds the harness limit of 4194304 bytes (limits.maxResponseBytes (4194304))",
        "HEADERS   | quantifications | CSI-RQ  | exceeds limits.maxHeaderCount (200)",
        "MALFORMED | quantifications | CSI-RQ  | not JSON",
        "DEEP      | quantifications | CSI-RQ  | nests JSON deeper than the harness reads (1000 levels)",
        "UTF8      | quantifications | CSI-RQ  | not valid UTF-8",
        "DRIP      | quantifications | CSI-RQ  | no complete response within",
        "MALFORMED | claims          | CSI-CLM | not JSON"
    })
    void endpointsTurnHostile(HostileProxy.Mode mode, String resource, String standard, String cause) throws Exception {
        String clausePrefix = standard.substring(4) + "-";
        SmallHeapRun.Result run;
        try (HostileProxy proxy = new HostileProxy(reference.url(), "/csi/v1/" + resource, mode)) {
            run = SmallHeapRun.run(240, "--target", proxy.url(), "--config", config.toString(), "--tags", "@" + standard + " or @CAT-01");
        }
        assertEquals(Csi.NOT_CONFORMANT, run.exit(), SmallHeapRun.tail(run.console()));
        List<String> withoutCause = new ArrayList<>();
        int failed = 0;
        for (JsonNode judged : run.scorecard().path("standards")) {
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
    }
}
