package org.csi.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.csi.harness.run.ConformanceRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 point 4: the run scorecard for people. Two runs of the reference with a tenant leak: the page lists the
 * failure first, with its kind in Chinese and its whole reason, and links that lead to its Allure test, its evidence
 * and its clause text; SVG charts of outcomes per standard and of the score over the two runs. Read in headless Chromium.
 */
class ScorecardPageTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static ConformanceRun.Report report;

    static ConformanceRun.Report run(Path out) {
        return ConformanceRun.execute(new ConformanceRun.Options(null, null, null, "@GEN-04 or @CAT-02", out, 2, true, "GEN04_LEAK_OTHER_TENANT",
                Duration.ofSeconds(2), new PrintStream(OutputStream.nullOutputStream())));
    }

    @BeforeAll
    static void twoRuns() throws Exception {
        Path runs = Files.createTempDirectory("csi-scorecard-runs");
        run(runs.resolve("1"));
        report = run(runs.resolve("2"));
        assertEquals(null, report.allureError());
    }

    @Test
    void failuresComeFirstWithBilingualReasonsAndWorkingLinks() throws Exception {
        Path page = report.outDir().resolve("scorecard.html");
        Browser.require();
        String dom = Browser.dumpDom(page);
        int failures = dom.indexOf("id=\"failures\"");
        int first = dom.indexOf("class=\"failure FAIL\"");
        assertTrue(failures > 0 && first > failures && first < dom.indexOf("id=\"clauses\""), "the failure comes before the tables");
        assertTrue(dom.indexOf("class=\"failure FAIL\"") < Math.max(dom.indexOf("class=\"failure CANNOT_TELL\""), Integer.MAX_VALUE));
        JsonNode gen04 = null;
        for (JsonNode st : report.scorecard().path("standards")) for (JsonNode c : st.path("clauses")) if (c.path("id").asText().equals("GEN-04")) gen04 = c;
        assertEquals("FAIL", gen04.path("outcome").asText());
        String box = dom.substring(first, dom.indexOf("</div></div>", first));
        assertTrue(box.contains("<b>GEN-04</b> 租户隔离 / Tenant isolation (BOLA)"), box);
        assertTrue(box.contains("不通过 FAIL · 断言 assertion"), "the Chinese phrase of the outcome's kind: " + box);
        assertTrue(box.contains(escape(gen04.path("reason").asText())), "the whole English reason: " + box);
        assertTrue(dom.contains(".reason{white-space:pre-wrap;overflow-wrap:anywhere"), "long reasons wrap");

        String allure = href(box, "allure");
        assertTrue(allure.startsWith("allure-report/index.html#testresult/"), allure);
        String uid = allure.substring(allure.indexOf("#testresult/") + "#testresult/".length());
        byte[] embedded = org.csi.harness.report.AllureReport.embedded(report.outDir().resolve("allure-report/index.html")).get("data/test-cases/" + uid + ".json");
        assertNotNull(embedded, "the one-file report holds the test the link names");
        JsonNode testCase = JSON.readTree(embedded);
        assertEquals("failed", testCase.path("status").asText(), "the link leads to the failed GEN-04 test");
        assertTrue(testCase.path("name").asText().startsWith("GEN-04 "), testCase.path("name").asText());
        String test = Browser.dumpDomAfterScripts(report.outDir().resolve("allure-report/index.html").toUri() + "#testresult/" + uid, 10_000);
        assertTrue(test.contains(escape(testCase.path("name").asText())), "the Allure page of the test renders from disk");
        assertTrue(test.contains("GEN-04 · 不通过 FAIL · 断言 assertion"), "and shows the clause, the kind and expected-vs-observed first");

        JsonNode evidence = JSON.readTree(report.outDir().resolve(href(box, "evidence")).toFile());
        assertEquals("GEN-04", evidence.path("id").asText());
        assertTrue(evidence.path("scenarios").size() > 0);
        String clause = href(box, "clause");
        assertEquals("pack/CSI-GEN.md#gen-04", clause);
        assertTrue(Files.readString(report.outDir().resolve("pack/CSI-GEN.md")).contains("### GEN-04 "));
    }

    @Test
    void chartsOfOutcomesAndOfTheScoreOverRuns() throws Exception {
        Path page = report.outDir().resolve("scorecard.html");
        String html = Files.readString(page);
        assertFalse(html.matches("(?s).*(src|href)=\"https?://.*") || html.contains("<script"), "no network, no script");
        Browser.require();
        String dom = Browser.dumpDom(page);
        assertTrue(dom.contains("<svg id=\"outcomes\""), "outcomes per standard");
        assertTrue(dom.contains("class=\"bar FAIL\""), "GEN-04's failure is a red bar");
        assertTrue(dom.contains("<svg id=\"score-trend\""), "the same solution ran before: the score over runs");
        assertEquals(2, dom.split("class=\"run\"", -1).length - 1, "two runs, two points");
        Path png = Path.of("target", "screenshots", "scorecard.png");
        Files.createDirectories(png.getParent());
        Files.deleteIfExists(png);
        Browser.screenshot(page, png);
        assertTrue(Files.size(png) > 20_000, "a screenshot with content: " + Files.size(png) + " bytes");
    }

    private static String href(String html, String cls) {
        Matcher m = Pattern.compile("<a class=\"" + cls + "\" href=\"([^\"]+)\"").matcher(html);
        assertTrue(m.find(), "a " + cls + " link in " + html);
        return m.group(1).replace("&amp;", "&");
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
