package org.csi.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.csi.harness.report.Trend;
import org.csi.harness.run.ConformanceRun;
import org.junit.jupiter.api.Test;

/** §7 previousRunId and trend. */
class TrendTest {
    static JsonNode scorecard(String pack, double score, String level, String gen04, String cat02) throws Exception {
        return new ObjectMapper().readTree(String.format("""
                {"packVersion": "%s", "packScore": %s, "level": "%s", "standards": [
                  {"id": "CSI-GEN", "clauses": [{"id": "GEN-04", "outcome": "%s"}]},
                  {"id": "CSI-CAT", "clauses": [{"id": "CAT-02", "outcome": "%s"}]}]}""", pack, score, level, gen04, cat02));
    }

    @Test
    void comparesOutcomesScoreAndLevel() throws Exception {
        JsonNode before = scorecard("0.1-draft", 91.4, "L1", "PASS", "FAIL");
        JsonNode after = scorecard("0.1-draft", 95.5, "L2", "FAIL", "PASS");
        JsonNode t = Trend.compare(after, before);
        assertTrue(t.path("comparable").asBoolean());
        assertEquals(4.1, t.path("packScoreDelta").asDouble());
        assertEquals("L1->L2", t.path("levelChange").asText());
        assertEquals("[\"GEN-04\"]", t.path("newlyFailing").toString());
        assertEquals("[\"CAT-02\"]", t.path("newlyPassing").toString());
        assertFalse(Trend.compare(scorecard("0.2", 90, "L1", "PASS", "PASS"), before).path("comparable").asBoolean(),
                "runs on different pack versions are not comparable");
    }

    @Test
    void aSecondRunOfTheSameSolutionLinksTheFirst() throws Exception {
        Path runs = Files.createTempDirectory("csi-runs");
        JsonNode first = run(runs.resolve("1"));
        assertTrue(first.path("previousRunId").isNull() && first.path("trend").isNull(), "first run has no trend");
        JsonNode second = run(runs.resolve("2"));
        assertEquals(first.path("runId").asText(), second.path("previousRunId").asText());
        assertTrue(second.path("trend").path("comparable").asBoolean());
        assertEquals(0.0, second.path("trend").path("packScoreDelta").asDouble());
        assertTrue(Files.readString(runs.resolve("2").resolve("scorecard.html")).contains("上次运行 previous run " + first.path("runId").asText()));
    }

    static JsonNode run(Path out) {
        return ConformanceRun.execute(new ConformanceRun.Options(null, null, null, "@CAT-02", out, 2, false, null,
                Duration.ofSeconds(2), new PrintStream(OutputStream.nullOutputStream()))).scorecard();
    }
}
