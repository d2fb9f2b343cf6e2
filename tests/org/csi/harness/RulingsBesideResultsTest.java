package org.csi.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.csi.harness.certify.CertificationPackage;
import org.csi.harness.certify.PackageVerifier;
import org.csi.harness.certify.RulingsCrossCheck;
import org.csi.harness.certify.Signer;
import org.csi.harness.certify.VerdictRecomputation;
import org.csi.harness.run.ConformanceRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 point 2: an assessor's rulings and a vendor's comments go beside the results, never into them. Two runs of
 * the reference with a tenant leak (GEN-04 FAILs), one plain and one with a waiver on GEN-04, an expired adjudication
 * and a moot waiver on CAT-02 (which passes), and vendor comments on both: verdicts, scores and level are the same;
 * the scorecard and its page show each ruling beside the outcome as measured, with its flags; the package holds the
 * two files, verifies, and a scorecard that moves an outcome under a ruling is caught.
 */
class RulingsBesideResultsTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static ConformanceRun.Report plain, ruled;

    static final String RULINGS = """
            {"rulingsVersion": "0.1", "rulings": [
              {"clause": "GEN-04", "kind": "waiver", "reason": "tenant filter fix ships in 2.1", "approver": "王审核 Wang (assessor)",
               "expiry": "2099-12-31", "riskNote": "test clocks of one tenant readable by another until then"},
              {"clause": "CAT-02", "kind": "adjudication", "reason": "code list read as of pack 0.1", "approver": "Li", "expiry": "2020-01-31"},
              {"clause": "CAT-02", "kind": "waiver", "reason": "just in case", "approver": "Li", "expiry": "2099-01-31"}]}""";
    static final String COMMENTS = """
            {"comments": [{"clause": "GEN-04", "comment": "we read GEN-04 as per-API-key", "author": "Vendor QA"},
                          {"clause": "CAT-02", "comment": "no comment needed", "author": "Vendor QA"}]}""";

    static ConformanceRun.Options options(Path out) {
        return new ConformanceRun.Options(null, null, null, "@GEN-04 or @CAT-02", out, 2, false, "GEN04_LEAK_OTHER_TENANT",
                Duration.ofSeconds(2), new PrintStream(OutputStream.nullOutputStream()));
    }

    @BeforeAll
    static void twoRuns() throws Exception {
        Path dir = Files.createTempDirectory("csi-rulings-runs");
        Path rulings = Files.writeString(dir.resolve("my-rulings.json"), RULINGS);
        Path comments = Files.writeString(dir.resolve("my-comments.json"), COMMENTS);
        plain = ConformanceRun.execute(options(dir.resolve("plain")));
        ruled = ConformanceRun.execute(options(dir.resolve("ruled")).withRulings(rulings, comments));
    }

    /** The standards as judged, without the reasons (they name each run's own port and ids) and evidence counts (they vary with timing). */
    static JsonNode measured(JsonNode scorecard) {
        JsonNode standards = scorecard.path("standards").deepCopy();
        for (JsonNode st : standards) for (JsonNode c : st.path("clauses")) ((ObjectNode) c).remove(List.of("reason", "evidenceCount"));
        return standards;
    }

    static JsonNode clause(JsonNode scorecard, String id) {
        for (JsonNode st : scorecard.path("standards")) for (JsonNode c : st.path("clauses")) if (c.path("id").asText().equals(id)) return c;
        throw new AssertionError(id);
    }

    @Test
    void aWaiverOnAFailedClauseChangesNoVerdictScoreOrLevel() {
        assertEquals("FAIL", clause(ruled.scorecard(), "GEN-04").path("outcome").asText());
        JsonNode gen = ruled.scorecard().path("standards").get(0);
        assertEquals("CSI-GEN", gen.path("id").asText());
        assertEquals("NON_CONFORMANT", gen.path("verdict").asText());
        assertEquals(measured(plain.scorecard()), measured(ruled.scorecard()), "every outcome, verdict, score and count");
        for (String f : List.of("packScore", "shouldPassRate", "level")) assertEquals(plain.scorecard().path(f), ruled.scorecard().path(f), f);
        assertEquals("NONE", ruled.scorecard().path("level").asText());
        assertFalse(plain.scorecard().has("rulings"), "a run without rulings shows none");
        assertEquals(List.of(), VerdictRecomputation.check(ruled.scorecard().toString().getBytes(StandardCharsets.UTF_8), null));
    }

    @Test
    void theScorecardShowsEachRulingBesideTheOutcomeWithItsFlags() {
        JsonNode r = ruled.scorecard().path("rulings");
        assertEquals(3, r.size());
        assertEquals("GEN-04", r.get(0).path("clause").asText());
        assertEquals("FAIL", r.get(0).path("outcome").asText());
        assertEquals("waiver", r.get(0).path("kind").asText());
        assertEquals("王审核 Wang (assessor)", r.get(0).path("approver").asText());
        assertEquals("2099-12-31", r.get(0).path("expiry").asText());
        assertEquals("test clocks of one tenant readable by another until then", r.get(0).path("riskNote").asText());
        assertFalse(r.get(0).path("expired").asBoolean());
        assertFalse(r.get(0).path("moot").asBoolean());
        assertEquals("PASS", r.get(1).path("outcome").asText());
        assertTrue(r.get(1).path("expired").asBoolean(), "expired on 2020-01-31");
        assertTrue(r.get(1).path("riskNote").isNull());
        assertFalse(r.get(1).path("moot").asBoolean(), "an adjudication is never moot");
        assertTrue(r.get(2).path("moot").asBoolean(), "a waiver on a clause that PASSED");
        JsonNode c = ruled.scorecard().path("vendorComments");
        assertFalse(c.get(0).path("notFailed").asBoolean());
        assertTrue(c.get(1).path("notFailed").asBoolean(), "a comment on a clause that did not FAIL");
    }

    @Test
    void thePageShowsTheRulingBesideTheMeasuredOutcome() throws Exception {
        Browser.require();
        String dom = Browser.dumpDom(ruled.outDir().resolve("scorecard.html"));
        int table = dom.indexOf("id=\"rulings\"");
        assertTrue(table > 0 && table < dom.indexOf("id=\"clauses\""), "the rulings come before the clause table");
        String gen04 = row(dom, "ruling", "GEN-04");
        assertTrue(gen04.contains("<td class=\"FAIL\">FAIL</td>"), gen04);
        assertTrue(gen04.contains("豁免 waiver") && gen04.contains("王审核 Wang (assessor)") && gen04.contains("2099-12-31"), gen04);
        assertFalse(gen04.contains("已过期"), gen04);
        String cat02 = row(dom, "ruling", "CAT-02");
        assertTrue(cat02.contains("<td class=\"PASS\">PASS</td>") && cat02.contains("裁决 adjudication") && cat02.contains("已过期 expired"), cat02);
        assertTrue(dom.contains("moot: the clause PASSED"));
        assertTrue(row(dom, "vendor-comment", "CAT-02").contains("the clause did not FAIL"));
        assertFalse(row(dom, "vendor-comment", "GEN-04").contains("did not FAIL"));
        String plainDom = Browser.dumpDom(plain.outDir().resolve("scorecard.html"));
        assertFalse(plainDom.contains("id=\"rulings\""));
        Browser.screenshot(ruled.outDir().resolve("scorecard.html"), Path.of("target", "rulings-scorecard.png"));
    }

    private static String row(String dom, String cls, String clause) {
        int at = dom.indexOf("<tr class=\"" + cls + "\" data-clause=\"" + clause + "\">");
        assertTrue(at > 0, cls + " " + clause);
        return dom.substring(at, dom.indexOf("</tr>", at));
    }

    @Test
    void theFilesGoIntoThePackageWhichVerifiesAndAMovedOutcomeIsCaught() throws Exception {
        assertEquals(RULINGS, Files.readString(ruled.outDir().resolve("rulings.json")));
        assertEquals(COMMENTS, Files.readString(ruled.outDir().resolve("vendor-comments.json")));
        KeyPair keys = Signer.generate();
        Path pkg = ruled.outDir().resolveSibling("ruled.zip");
        CertificationPackage.write(ruled.outDir(), pkg, keys);
        Map<String, byte[]> entries = CertificationPackage.read(pkg);
        assertTrue(entries.containsKey("rulings.json") && entries.containsKey("vendor-comments.json"));
        assertEquals(List.of(), PackageVerifier.verify(entries, keys.getPublic()));

        // A scorecard that shows the waived clause as PASS beside its ruling, or drops a packaged ruling, is named.
        ObjectNode moved = (ObjectNode) JSON.readTree(entries.get("scorecard.json"));
        ((ObjectNode) moved.path("rulings").get(0)).put("outcome", "PASS");
        Map<String, byte[]> forged = new LinkedHashMap<>(entries);
        forged.put("scorecard.json", JSON.writeValueAsBytes(moved));
        assertTrue(RulingsCrossCheck.check(forged).stream().anyMatch(p -> p.contains("shows GEN-04 as PASS, but its clause outcome is FAIL")),
                RulingsCrossCheck.check(forged).toString());
        Map<String, byte[]> dropped = new LinkedHashMap<>(entries);
        dropped.remove("rulings.json");
        assertTrue(RulingsCrossCheck.check(dropped).contains("scorecard.json shows 3 rulings, but the package's rulings.json holds 0"),
                RulingsCrossCheck.check(dropped).toString());
        ObjectNode reworded = (ObjectNode) JSON.readTree(entries.get("scorecard.json"));
        ((ObjectNode) reworded.path("rulings").get(1)).put("expiry", "2099-01-31");
        forged.put("scorecard.json", JSON.writeValueAsBytes(reworded));
        assertTrue(RulingsCrossCheck.check(forged).stream().anyMatch(p -> p.contains("rulings entry 2 expiry is 2099-01-31, but rulings.json says 2020-01-31")));
    }
}
