package org.csi.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.csi.harness.contract.SchemaCheck;
import org.csi.harness.run.ConformanceRun;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A full run against the reference solution started as an external target with a configuration file, as a vendor
 * would run it: scorecard, Allure results and report, and no secret anywhere in the output folder.
 */
class ReferenceRunTest {
    static ExternalReference reference;
    static ConformanceRun.Report report;
    static Path out;
    static String progress;

    @BeforeAll
    static void runOnce() throws Exception {
        reference = new ExternalReference((String) null);
        out = Files.createTempDirectory("csi-run-").resolve("out");
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        report = ConformanceRun.execute(new ConformanceRun.Options(reference.url(), reference.config, null, null, out, 2, true, null, null,
                new PrintStream(buffer, true, StandardCharsets.UTF_8)));
        progress = buffer.toString(StandardCharsets.UTF_8);
    }

    @AfterAll
    static void stop() {
        reference.close();
    }

    @Test
    void builtStandardsAreConformantAndTheLevelFollowsThePack() {
        JsonNode s = report.scorecard();
        for (JsonNode st : s.path("standards")) {
            String id = st.path("id").asText();
            String expected = KillMatrixTest.BUILT.contains(id) ? "CONFORMANT" : "NOT_DECLARED";
            assertEquals(expected, st.path("verdict").asText(), id + " " + st);
        }
        // All seven conformant, every SHOULD passing, PERF declared with GEN-15/16 passing: L3 (conformance-levels.md §5),
        // with the pack's observation windows (not quick mode: this is the run ./csi run makes).
        assertEquals("L3", s.path("level").asText());
        assertEquals(false, s.path("provisional").asBoolean(false));
        assertEquals(100.0, s.path("packScore").asDouble());
    }

    @Test
    void scorecardFilesAreCompleteAndValid() throws Exception {
        JsonNode written = new ObjectMapper().readTree(out.resolve("scorecard.json").toFile());
        assertEquals(List.of(), new SchemaCheck().violations("scorecard.schema.json", written));
        assertTrue(written.path("solution").path("capabilityDigest").asText().matches("sha256:[0-9a-f]{64}"));
        String html = Files.readString(out.resolve("scorecard.html"));
        assertTrue(html.contains("贯标记分卡 / Conformance scorecard") && html.contains("GEN-04"), "bilingual scorecard page");
        assertTrue(Files.exists(out.resolve("evidence.json")));
    }

    @Test
    void progressIsPrintedWhileRunning() {
        assertTrue(Pattern.compile("\\[\\s*1/\\s*\\d+] PASS").matcher(progress).find(), progress);
    }

    @Test
    void allureResultsCarryClauseLabelsAndEvidenceAndTheReportIsGenerated() throws Exception {
        assertNull(report.allureError());
        assertTrue(Files.exists(out.resolve("allure-report").resolve("index.html")));
        ObjectMapper m = new ObjectMapper();
        boolean found = false;
        try (Stream<Path> files = Files.list(out.resolve("allure-results"))) {
            for (Path f : files.filter(p -> p.toString().endsWith("-result.json")).toList()) {
                JsonNode r = m.readTree(f.toFile());
                if (!r.path("name").asText().startsWith("GEN-04 租户隔离 — 其他租户不能读取")) continue;
                found = true;
                assertTrue(label(r, "epic").startsWith("CSI-GEN"), r.path("labels").toString());
                assertEquals("GEN-04 租户隔离 / Tenant isolation (BOLA)", label(r, "story"));
                assertEquals("访问控制 / Access control", label(r, "feature"));
                assertEquals("critical", label(r, "severity"));
                assertTrue(r.path("links").toString().contains("GEN-04"));
                assertTrue(r.toString().contains("\"attachments\":[{"), "HTTP exchanges are attached");
            }
        }
        assertTrue(found, "the GEN-04 result is in allure-results");
        assertTrue(Files.readString(out.resolve("allure-results/environment.properties")).contains("Pack.version=0.1-draft"));
    }

    private static String label(JsonNode result, String name) {
        for (JsonNode l : result.path("labels")) if (l.path("name").asText().equals(name)) return l.path("value").asText();
        return "";
    }

    @Test
    void noSecretReachesTheOutputFolder() throws Exception {
        try (var files = Files.walk(out)) {
            assertTrue(files.filter(Files::isRegularFile).count() > 50, "the run wrote its reports");
        }
        assertEquals(List.of(), reference.leaks(out));
        assertFalse(progress.contains(reference.solution.credentials().get(0).clientSecret()));
        assertTrue(Files.readString(out.resolve("evidence.json")).contains("[REDACTED]"), "credentials were there to redact");
    }
}
