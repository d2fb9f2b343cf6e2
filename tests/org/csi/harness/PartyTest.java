package org.csi.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.csi.harness.run.ConformanceRun;
import org.junit.jupiter.api.Test;

/**
 * Who acts is who the feature says: copies of features whose line names another party are run, and the evidence shows
 * the exchanges of that line sent as the party named (the caller label of each exchange in evidence.json).
 */
class PartyTest {
    @Test
    void changingThePartyOfACatalogueReadChangesTheCallerInTheEvidence() throws Exception {
        String line = "租户 T1 的 APPLICANT 以 limit=100 翻阅产品目录直到末页";
        String original = feature("CSI-CAT/CAT-02.feature", line);
        Clause plain = run("CSI-CAT/CAT-02.feature", original, "CAT-02", "/catalog/products");
        Clause changed = run("CSI-CAT/CAT-02.feature", original.replace(line, line.replace("T1 的 APPLICANT", "T2 的 INSURER")), "CAT-02",
                "/catalog/products");
        assertEquals(new Clause("PASS", Set.of("T1/APPLICANT")), plain);
        assertEquals(new Clause("PASS", Set.of("T2/INSURER")), changed);
    }

    /**
     * The loss assessment is the INSURER's (CSI-CLM CLM-08). A line rewritten to have the APPLICANT submit it is sent as
     * the APPLICANT, and the reference refuses it, so the clause no longer passes: the role rule is tested, not skipped.
     */
    @Test
    void aLossAssessmentLineRewrittenForTheApplicantIsSentAsTheApplicant() throws Exception {
        String line = "当 租户 T1 的 INSURER 按该案提交定损明细";
        String full = feature("CSI-CLM/CLM-08.feature", line);
        // the first outline, on CLM-EX1 only, keeps the run short
        String original = full.substring(0, full.indexOf("  场景大纲: CLM-08 定损明细 — <缺陷>")).replace("      | CLM-EX2 |\n      | CLM-EX3 |\n", "");
        Clause plain = run("CSI-CLM/CLM-08.feature", original, "CLM-08", "/loss-assessment");
        Clause changed = run("CSI-CLM/CLM-08.feature", original.replace(line, line.replace("INSURER", "APPLICANT")), "CLM-08", "/loss-assessment");
        assertEquals(new Clause("PASS", Set.of("T1/INSURER")), plain);
        assertEquals(new Clause("FAIL", Set.of("T1/APPLICANT")), changed);
    }

    record Clause(String outcome, Set<String> callers) {}

    private static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String feature(String path, String line) throws Exception {
        String text = Files.readString(Path.of("features").resolve(path));
        assertTrue(text.contains(line), path + " still has the line " + line);
        return text;
    }

    /** Runs GEN-01 and {@code feature} (written at {@code path} in a folder of its own) and reads {@code clause} back from evidence.json. */
    private static Clause run(String path, String feature, String clause, String urlPart) throws Exception {
        Path features = Files.createTempDirectory(Files.createDirectories(Path.of("target", "tmp")), "csi-party-features-");
        Files.createDirectories(features.resolve(path).getParent());
        Files.writeString(features.resolve(path), feature);
        // GEN-01 too: without its capability check no other clause can be judged
        Files.createDirectories(features.resolve("CSI-GEN"));
        Files.copy(Path.of("features/CSI-GEN/GEN-01.feature"), features.resolve("CSI-GEN/GEN-01.feature"));
        Path out = Files.createTempDirectory(Files.createDirectories(Path.of("target", "tmp")), "csi-party-").resolve("out");
        ConformanceRun.execute(new ConformanceRun.Options(null, null, null, "@GEN-01 or @" + clause, out, 1, false, null, null,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)), features);
        JsonNode evidence = new ObjectMapper().readTree(out.resolve("evidence.json").toFile());
        for (JsonNode c : evidence.path("clauses")) {
            if (!c.path("id").asText().equals(clause)) continue;
            Set<String> callers = new TreeSet<>();
            for (JsonNode s : c.path("scenarios")) {
                for (JsonNode x : s.path("exchanges")) if (x.path("title").asText().contains(urlPart)) callers.add(x.path("caller").asText());
            }
            assertFalse(callers.isEmpty(), "the exchanges of the line are in the evidence of " + clause);
            for (String caller : callers) {
                try (var files = Files.list(out.resolve("allure-results"))) {
                    // Each exchange's replay attachment (curl line and headers) names the party it was sent as.
                    assertTrue(files.filter(f -> f.toString().endsWith("-attachment.sh")).anyMatch(f -> read(f).contains("# 调用方 Caller: " + caller + "\n")),
                            "the Allure attachment of the exchange names its caller " + caller);
                }
            }
            return new Clause(c.path("outcome").asText(), callers);
        }
        throw new AssertionError(clause + " is not in evidence.json");
    }
}
