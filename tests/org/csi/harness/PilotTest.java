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
import java.util.List;
import org.csi.harness.cli.Csi;
import org.csi.harness.contract.SchemaCheck;
import org.csi.harness.run.ConformanceRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** csi pilot over the reference and the reference with two faults (the reference twice, for a trend). */
class PilotTest {
    static Path runs;
    static Path pilot;
    static JsonNode scorecard;

    static void run(String name, String faults) {
        ConformanceRun.execute(new ConformanceRun.Options(null, null, null, null, runs.resolve(name), 2, false, faults,
                Duration.ofSeconds(2), new PrintStream(OutputStream.nullOutputStream())).quickMode(true));
    }

    @BeforeAll
    static void pilotOverFourRuns() throws Exception {
        runs = Files.createTempDirectory("csi-pilot-runs");
        run("1-reference", null);
        run("2-leak", "GEN04_LEAK_OTHER_TENANT");
        run("3-ranges", "CAT05_MIN_ABOVE_MAX");
        run("4-reference-again", null);
        Path consent = Files.createTempFile("consent", ".json");
        Files.writeString(consent, """
                {"solutions": [{"solution": "CSI 参考实现 / CSI reference solution — csi-reference-solution",
                                "solutionKey": "S-REF", "displayName": "参考实现 Reference", "consentToPublish": true}]}
                """);
        pilot = Files.createTempDirectory("csi-pilot");
        CliTest.Outcome o = CliTest.csi("pilot", runs.toString(), "--out", pilot.toString(), "--consent", consent.toString(), "--publish");
        assertEquals(Csi.OK, o.status(), o.err());
        scorecard = new ObjectMapper().readTree(pilot.resolve("pilot-scorecard.json").toFile());
    }

    @Test
    void oneEntryPerSolutionWithMatrixSummaryAndTrend() {
        assertEquals(List.of(), new SchemaCheck().violations("pilot-scorecard.schema.json", scorecard));
        assertEquals(3, scorecard.path("solutions").size());
        // The reference reaches L3; each faulted copy fails a MUST of GEN or CAT and stays at NONE.
        assertEquals(1, scorecard.path("summary").path("levelCounts").path("L3").asInt(), scorecard.path("summary").toString());
        assertEquals(2, scorecard.path("summary").path("levelCounts").path("NONE").asInt(), scorecard.path("summary").toString());
        String top = scorecard.path("summary").path("topFailingClauses").toString();
        assertTrue(top.contains("\"GEN-04\"") && top.contains("\"CAT-05\""), top);
        JsonNode cat = null;
        for (JsonNode s : scorecard.path("summary").path("perStandard")) if (s.path("standard").asText().equals("CSI-CAT")) cat = s;
        assertEquals(3, cat.path("declared").asInt());
        assertEquals(2, cat.path("conformant").asInt());
        for (JsonNode s : scorecard.path("solutions")) {
            if (s.path("solutionKey").asText().equals("S-REF")) {
                assertEquals("参考实现 Reference", s.path("displayName").asText());
                assertFalse(s.path("trend").isNull(), "the reference ran twice: it has a trend");
                assertEquals(0.0, s.path("trend").path("packScoreDelta").asDouble());
                assertEquals(2, s.path("history").size(), "every recorded run of the reference: " + s.path("history"));
                assertTrue(s.path("history").get(0).path("startedAt").asText().compareTo(s.path("history").get(1).path("startedAt").asText()) < 0, "oldest first");
            } else {
                assertEquals(s.path("solutionKey").asText(), s.path("displayName").asText(), "no consent: published by key");
            }
        }
    }

    static String JSON_FIELDS(JsonNode object) {
        List<String> names = new java.util.ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names.stream().map(n -> "\"" + n + "\"").collect(java.util.stream.Collectors.joining(",", "[", "]"));
    }

    @Test
    void pageIsSelfContainedAndRendersInARealBrowser() throws Exception {
        Path page = pilot.resolve("pilot-scorecard.html");
        String html = Files.readString(page);
        assertFalse(html.matches("(?s).*(src|href)=\"https?://.*"), "no network needed to open it");
        Browser.require();
        String dom = Browser.dumpDom(page);
        assertTrue(dom.contains("贯标试点记分卡 / Pilot scorecard"), "rendered title");
        assertEquals(3 * 7, dom.split("class=\"cell ", -1).length - 1, "3 solutions × 7 standards in the matrix");
        assertTrue(dom.contains("id=\"levels\"") && dom.contains("id=\"fails\"") && dom.contains("id=\"medians\""), "charts");
        // Issue 13 point 4: 未达级 for NONE, names without consent once, the legend in one order, the trend over every run.
        assertEquals(2, dom.split("<td class=\"level\">未达级</td>", -1).length - 1, "the two faulted copies are 未达级, not NONE");
        assertFalse(dom.contains("<td class=\"level\">NONE"), "no bare NONE");
        for (JsonNode sol : scorecard.path("solutions")) {
            String key = sol.path("solutionKey").asText();
            if (key.equals("S-REF")) continue;
            // (the runs are quick-mode ones, so a provisional mark may follow the key)
            assertTrue(dom.contains("<b>" + key + "</b></td>") || dom.contains("<b>" + key + "</b> <i class=\"provisional\">"), key + " shown once, by its key");
            assertFalse(dom.contains(key + " " + key), key + " not repeated");
        }
        int conformant = dom.indexOf("符合 CONFORMANT");
        int non = dom.indexOf("不符合 NON_CONFORMANT");
        int incomplete = dom.indexOf("无法完整判定 INCOMPLETE");
        int undeclared = dom.indexOf("未声明 NOT_DECLARED");
        assertTrue(conformant >= 0 && conformant < non && non < incomplete && incomplete < undeclared, "the legend in its fixed order");
        assertEquals("[\"NONE\",\"L1\",\"L2\",\"L3\"]", JSON_FIELDS(scorecard.path("summary").path("levelCounts")), "level counts in their fixed order");
        assertTrue(dom.contains("id=\"history-S-REF\""), "the reference's trend over its runs is drawn");
        Path png = Path.of("target", "screenshots", "pilot-scorecard.png");
        Files.createDirectories(png.getParent());
        Files.deleteIfExists(png);
        Browser.screenshot(page, png);
        assertTrue(Files.size(png) > 20_000, "a screenshot with content: " + Files.size(png) + " bytes");
    }
}
