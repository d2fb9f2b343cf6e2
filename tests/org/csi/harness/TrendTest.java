package org.csi.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.csi.harness.run.ConformanceRun;
import org.junit.jupiter.api.Test;

/** §7 previousRunId and trend: a second run of the same solution is compared with the first. */
class TrendTest {
    static JsonNode run(Path out, String faults) {
        return ConformanceRun.execute(new ConformanceRun.Options(null, null, null, "@CAT-02 or @CAT-03", out, 2, false, faults,
                Duration.ofSeconds(2), new PrintStream(OutputStream.nullOutputStream()))).scorecard();
    }

    @Test
    void secondRunReportsWhatChanged() throws Exception {
        Path runs = Files.createTempDirectory("csi-runs");
        JsonNode first = run(runs.resolve("1"), "CAT02_UNKNOWN_INSURANCE_TYPE");
        assertTrue(first.path("previousRunId").isNull() && first.path("trend").isNull(), "first run has no trend");
        JsonNode second = run(runs.resolve("2"), "CAT03_DUPLICATE_SECTION");
        assertEquals(first.path("runId").asText(), second.path("previousRunId").asText());
        JsonNode t = second.path("trend");
        assertTrue(t.path("comparable").asBoolean());
        assertEquals("[\"CAT-03\"]", t.path("newlyFailing").toString());
        assertEquals("[\"CAT-02\"]", t.path("newlyPassing").toString());
        assertEquals(0.0, t.path("packScoreDelta").asDouble(), "one MUST failing in each run");
        assertTrue(t.path("levelChange").isNull());
        assertTrue(Files.readString(runs.resolve("2").resolve("scorecard.html")).contains("newly failing: CAT-03"));
    }
}
