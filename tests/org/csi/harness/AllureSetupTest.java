package org.csi.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.csi.harness.certify.CertificationPackage;
import org.csi.harness.certify.Signer;
import org.csi.harness.report.AllureReport;
import org.csi.harness.run.ConformanceRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 point 3: Allure as its users know it. Two runs of the same solution: the second report's Trend and History
 * carry the first; executor, report name, Chinese UI, labels (epic = standard, feature = clause group, story =
 * clause), clause links into the pack text shipped with the report, and a report in one file that a browser renders
 * from disk and from inside an unzipped certification package.
 */
class AllureSetupTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static Path runs;
    static ConformanceRun.Report first;
    static ConformanceRun.Report second;

    static ConformanceRun.Report run(Path out) {
        return ConformanceRun.execute(new ConformanceRun.Options(null, null, null, "@CAT-02 or @CAT-06", out, 2, true, null,
                Duration.ofSeconds(2), new PrintStream(OutputStream.nullOutputStream())));
    }

    @BeforeAll
    static void twoRuns() throws Exception {
        runs = Files.createTempDirectory("csi-allure-runs");
        first = run(runs.resolve("1"));
        second = run(runs.resolve("2"));
        assertEquals(null, first.allureError());
        assertEquals(null, second.allureError());
    }

    @Test
    void trendAndHistoryShowTwoPointsAfterTwoRuns() throws Exception {
        Path report = second.allureReport();
        JsonNode trend = JSON.readTree(report.resolve("history").resolve("history-trend.json").toFile());
        assertEquals(2, trend.size(), "two builds in the history: " + trend);
        assertEquals(2, JSON.readTree(AllureReport.embedded(report.resolve("index.html")).get("widgets/history-trend.json")).size(),
                "the Trend widget of the one-file report shows both");
        assertEquals(1, JSON.readTree(first.allureReport().resolve("history").resolve("history-trend.json").toFile()).size());
        assertTrue(Files.isRegularFile(second.outDir().resolve("allure-results").resolve("history").resolve("history.json")),
                "the first run's history was carried into the second run's results");
        JsonNode history = JSON.readTree(report.resolve("history").resolve("history.json").toFile());
        boolean twoItems = false;
        for (JsonNode h : history) twoItems |= h.path("items").size() == 2;
        assertTrue(twoItems, "a test's History tab lists both runs: " + history.toString().substring(0, Math.min(400, history.toString().length())));
    }

    @Test
    void executorNameAndCategories() throws Exception {
        JsonNode executor = JSON.readTree(second.outDir().resolve("allure-results").resolve("executor.json").toFile());
        String runId = second.scorecard().path("runId").asText();
        assertEquals(runId, executor.path("buildName").asText());
        assertEquals(2, executor.path("buildOrder").asInt());
        assertTrue(executor.path("name").asText().startsWith(ConformanceRun.HARNESS_NAME + " "), executor.toString());
        assertTrue(executor.path("reportName").asText().contains(runId), executor.toString());
        JsonNode summary = JSON.readTree(AllureReport.embedded(second.allureReport().resolve("index.html")).get("widgets/summary.json"));
        assertEquals(executor.path("reportName").asText(), summary.path("reportName").asText(), "the report carries its name");
        JsonNode categories = JSON.readTree(second.outDir().resolve("allure-results").resolve("categories.json").toFile());
        assertTrue(categories.size() >= 2, categories.toString());
    }

    @Test
    void labelsAreStandardGroupClauseAndLinksPointIntoTheShippedPack() throws Exception {
        List<JsonNode> results = new ArrayList<>();
        try (Stream<Path> files = Files.list(second.outDir().resolve("allure-results"))) {
            for (Path f : files.filter(p -> p.toString().endsWith("-result.json")).toList()) results.add(JSON.readTree(f.toFile()));
        }
        assertFalse(results.isEmpty());
        for (JsonNode r : results) {
            String epic = label(r, "epic");
            String feature = label(r, "feature");
            String clause = label(r, "clause");
            String standard = "CSI-" + clause.substring(0, clause.indexOf('-'));
            assertTrue(epic.startsWith(standard + " "), epic + " for " + clause);
            assertFalse(epic.endsWith(feature), "feature is the clause group, not the standard again: " + feature);
            assertTrue(label(r, "story").startsWith(clause + " "), label(r, "story"));
            String link = r.path("links").get(0).path("url").asText();
            assertEquals(AllureReport.clauseLink(standard, clause), link);
            assertEquals("pack/" + standard + ".md#" + clause.toLowerCase(), link);
            String text = Files.readString(second.allureReport().resolve(link.substring(0, link.indexOf('#'))));
            assertTrue(text.contains("### " + clause + " "), "the shipped pack text holds the clause " + clause);
        }
        assertTrue(Files.isRegularFile(second.outDir().resolve("pack").resolve("CSI-CAT.md")), "the scorecard's links have the pack too");
    }

    @Test
    void theSingleFileReportRendersFromDiskAndFromAnUnzippedPackage() throws Exception {
        Path index = second.allureReport().resolve("index.html");
        String html = Files.readString(index);
        assertFalse(html.contains("src=\"app.js\""), "one file: the app is inlined, nothing is fetched from beside it");
        Browser.require();
        String dom = Browser.dumpDomAfterScripts(index, 10_000);
        assertRendered(dom);
        Path png = Path.of("target", "screenshots", "allure-single-file.png");
        Files.createDirectories(png.getParent());
        Files.deleteIfExists(png);
        Browser.screenshotAfterScripts(index, png, 10_000);
        assertTrue(Files.size(png) > 20_000, "a screenshot with content: " + Files.size(png) + " bytes");

        Path pkg = runs.resolve("2.zip");
        CertificationPackage.write(second.outDir(), pkg, Signer.generate());
        Path unzipped = runs.resolve("unzipped");
        for (Map.Entry<String, byte[]> e : CertificationPackage.read(pkg).entrySet()) {
            Path f = unzipped.resolve(e.getKey());
            Files.createDirectories(f.getParent());
            Files.write(f, e.getValue());
        }
        assertRendered(Browser.dumpDomAfterScripts(unzipped.resolve("allure-report").resolve("index.html"), 10_000));
    }

    private static void assertRendered(String dom) {
        assertFalse(dom.contains("class=\"spinner"), "not stuck on Allure's loading spinner");
        assertTrue(dom.contains("<title>CSI 贯标测试报告 Conformance report"), "the report's name became the page title");
        assertTrue(dom.contains("测试用例"), "the overview rendered, in Chinese");
        assertTrue(dom.contains("lang=\"" + AllureReport.LANGUAGE + "\""), "Chinese UI");
    }

    private static String label(JsonNode result, String name) {
        for (JsonNode l : result.path("labels")) if (l.path("name").asText().equals(name)) return l.path("value").asText();
        throw new AssertionError("no " + name + " label in " + result.path("name").asText());
    }
}
