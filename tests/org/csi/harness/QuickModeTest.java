package org.csi.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.csi.harness.cli.Csi;
import org.csi.harness.pilot.PilotScorecard;
import org.csi.harness.run.ConformanceRun;
import org.csi.harness.time.ObservationWindows;
import org.junit.jupiter.api.Test;

/**
 * Quick mode (csi run --quick): shorter observation windows, a scorecard marked provisional (JSON, HTML, summary, the
 * pilot), and certify refusing it. A default run keeps the pack's windows and is not provisional.
 */
class QuickModeTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ConformanceRun.Report run(boolean quick) throws Exception {
        Path out = Files.createTempDirectory("csi-quick-").resolve("out");
        return ConformanceRun.execute(new ConformanceRun.Options(null, null, null, "@CAT-01", out, 2, false, null, Duration.ofSeconds(5),
                new PrintStream(OutputStream.nullOutputStream(), true, "UTF-8"), quick));
    }

    @Test
    void quickWindowsAreShorterAndBoundsStay() {
        assertEquals(Duration.ofSeconds(300), ObservationWindows.PACK.mon06());
        assertEquals(Duration.ofMinutes(10), ObservationWindows.PACK.mon10());
        assertTrue(ObservationWindows.QUICK.mon06().compareTo(ObservationWindows.PACK.mon06()) < 0);
        assertTrue(ObservationWindows.QUICK.mon10().compareTo(ObservationWindows.PACK.mon10()) < 0);
        assertEquals(ObservationWindows.PACK.mon09(), ObservationWindows.QUICK.mon09(), "MON-09's 60 s is a bound, not a window");
        assertTrue(ObservationWindows.of(true).quick() && !ObservationWindows.of(false).quick());
    }

    @Test
    void aQuickRunIsProvisionalEverywhereAndADefaultRunIsNot() throws Exception {
        ConformanceRun.Report quick = run(true);
        assertTrue(quick.scorecard().path("provisional").asBoolean(false), quick.scorecard().toPrettyString());
        JsonNode written = JSON.readTree(quick.outDir().resolve("scorecard.json").toFile());
        assertTrue(written.path("provisional").asBoolean(false));
        assertTrue(Files.readString(quick.outDir().resolve("scorecard.html")).contains("class=\"provisional\""));
        assertTrue(JSON.readTree(quick.outDir().resolve("config.json").toFile()).path("run").path("quick").asBoolean(false));
        JsonNode pilot = PilotScorecard.build("P1", List.of(written), java.util.Map.of(), false);
        assertTrue(pilot.path("solutions").get(0).path("provisional").asBoolean(false), pilot.toPrettyString());
        assertTrue(org.csi.harness.pilot.PilotPage.render(pilot).contains("provisional"));

        java.security.KeyPair keys = org.csi.harness.certify.Signer.generate();
        Path pkg = quick.outDir().resolveSibling("quick.certification.zip");
        IllegalStateException refused = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> org.csi.harness.certify.CertificationPackage.write(quick.outDir(), pkg, keys));
        assertTrue(refused.getMessage().contains("provisional"), refused.getMessage());
        assertFalse(Files.exists(pkg));

        ConformanceRun.Report full = run(false);
        assertTrue(full.scorecard().path("provisional").isMissingNode(), full.scorecard().toPrettyString());
        assertFalse(Files.readString(full.outDir().resolve("scorecard.html")).contains("class=\"provisional\""));
        JsonNode fullPilot = PilotScorecard.build("P1", List.of(full.scorecard()), java.util.Map.of(), false);
        assertTrue(fullPilot.path("solutions").get(0).path("provisional").isMissingNode());

        // A package of a default run, its scorecard turned provisional (and re-signed or not): the verifier refuses it.
        Path fullPkg = full.outDir().resolveSibling("full.certification.zip");
        org.csi.harness.certify.CertificationPackage.write(full.outDir(), fullPkg, keys);
        java.util.Map<String, byte[]> entries = new java.util.LinkedHashMap<>(org.csi.harness.certify.CertificationPackage.read(fullPkg));
        assertEquals(List.of(), org.csi.harness.certify.PackageVerifier.verify(entries, keys.getPublic()), "the default run's package verifies");
        com.fasterxml.jackson.databind.node.ObjectNode forged = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(entries.get("scorecard.json"));
        forged.put("provisional", true);
        entries.put("scorecard.json", JSON.writeValueAsBytes(forged));
        List<String> problems = org.csi.harness.certify.PackageVerifier.verify(entries, keys.getPublic());
        assertTrue(problems.stream().anyMatch(p -> p.contains("provisional")), problems.toString());
    }

    @Test
    void certifyRefusesQuickMode() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Path dir = Files.createTempDirectory("csi-quick-cert-").resolve("out");
        int status = Csi.run(new String[] {"certify", "--quick", "--tags", "@CAT-01", "--out", dir.toString(), "--no-html"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
        assertEquals(Csi.NOT_CERTIFIABLE, status, out.toString(StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("provisional"), out.toString(StandardCharsets.UTF_8));
        assertFalse(Files.exists(dir), "nothing run, nothing packaged");
    }
}
