package org.csi.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.csi.harness.cli.Csi;
import org.csi.reference.ReferenceSolution;
import org.junit.jupiter.api.Test;

/** Bad arguments and configuration give one clear line and a documented exit status, never a stack trace. */
class CliTest {
    record Outcome(int status, String out, String err) {}

    static Outcome csi(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Csi.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Outcome(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static void assertOneClearLine(Outcome o, int status, String contains) {
        assertEquals(status, o.status(), o.err());
        assertEquals(1, o.err().strip().lines().count(), "one line: " + o.err());
        assertTrue(o.err().startsWith("csi: ") && o.err().contains(contains), o.err());
        assertFalse(o.err().contains("Exception") || o.err().contains("\tat "), o.err());
    }

    static Path file(String content) throws Exception {
        Path f = Files.createTempFile("csi-config", ".json");
        Files.writeString(f, content);
        return f;
    }

    @Test
    void configThatIsNotJson() throws Exception {
        assertOneClearLine(csi("run", "--config", file("{\"credentials\": ").toString()), Csi.BAD_CONFIG, "is not valid JSON (line");
    }

    @Test
    void configThatBreaksItsSchema() throws Exception {
        assertOneClearLine(csi("run", "--config", file("{\"credentails\": {}}").toString()), Csi.BAD_CONFIG, "is invalid");
    }

    @Test
    void configNamingAnUnsetEnvironmentVariable() throws Exception {
        Path f = file("{\"credentials\": {\"T1\": {\"INSURER\": {\"apiKey\": \"env:CSI_TEST_SURELY_UNSET_VARIABLE\"}}, \"T2\": {}}}");
        assertOneClearLine(csi("run", "--config", f.toString()), Csi.BAD_CONFIG, "CSI_TEST_SURELY_UNSET_VARIABLE");
    }

    @Test
    void missingConfigFile() {
        assertOneClearLine(csi("run", "--config", "/nonexistent/csi.json"), Csi.BAD_CONFIG, "not found");
    }

    @Test
    void badOptions() {
        assertOneClearLine(csi("run", "--threads", "many"), Csi.BAD_CONFIG, "--threads");
        assertOneClearLine(csi("run", "--standards", "CSI-XYZ"), Csi.BAD_CONFIG, "unknown standard");
        assertOneClearLine(csi("run", "--bogus"), Csi.BAD_CONFIG, "unknown option");
        assertOneClearLine(csi("run", "--tags", "@GEN-01 and"), Csi.BAD_CONFIG, "tag expression");
        assertOneClearLine(csi("run", "--reference-faults", "NO_SUCH_FAULT"), Csi.BAD_CONFIG, "unknown fault");
        assertOneClearLine(csi("run", "--target", "ftp://example"), Csi.BAD_CONFIG, "http(s) URL");
        assertOneClearLine(csi("launch"), Csi.BAD_CONFIG, "unknown command");
    }

    /** A syntax error quotes the offending text; a secret there is never printed (issue 11 point 4). */
    @Test
    void configSyntaxErrorsPrintNoSecret() throws Exception {
        String secret = "sup3rSecretValue";
        for (String broken : new String[] {
                "{\"credentials\": {\"T1\": {\"INSURER\": {\"apiKey\": " + secret + "}}}}",
                "{\"credentials\": {\"T1\": {\"INSURER\": {\"apiKey\": '" + secret + "'}}}}",
                "{\"credentials\": {\"T1\": {\"INSURER\": {\"apiKey\": \"" + secret + "\u0001\"}}}}",
                "{\"credentials\": {\"T1\": {\"INSURER\": {\"apiKey\": \"" + secret + "\" \"" + secret + "\"}}}}"}) {
            Outcome o = csi("run", "--config", file(broken).toString());
            assertOneClearLine(o, Csi.BAD_CONFIG, "is not valid JSON (line");
            assertFalse(o.err().contains("sup3r") || o.out().contains("sup3r"), o.err());
        }
        Outcome schema = csi("run", "--config", file("{\"credentials\": {\"T1\": {\"INSURER\": {\"apiKey\": \"" + secret
                + "\"}}}, \"target\": \"" + secret + "\", \"timeouts\": {\"readSeconds\": \"" + secret + "\"}}").toString());
        assertOneClearLine(schema, Csi.BAD_CONFIG, "is invalid");
        assertFalse(schema.err().contains(secret), schema.err());
    }

    /** A configured secret under 8 characters cannot be redacted safely: refused, naming the credential and not the value. */
    @Test
    void configuredSecretsTooShortToRedact() throws Exception {
        Outcome o = csi("run", "--config", file("{\"credentials\": {\"T1\": {\"INSURER\": {\"clientId\": \"t1-insurer\", \"clientSecret\": \"Xq7#pZ\"}},"
                + " \"T2\": {\"INSURER\": {\"apiKey\": \"long-enough-key\"}}}}").toString(),
                "--out", Files.createTempDirectory("csi-short").resolve("o").toString());
        assertOneClearLine(o, Csi.BAD_CONFIG, "credentials.T1.INSURER.clientSecret is too short to be redacted safely (6 characters; at least 8");
        assertFalse(o.err().contains("Xq7#pZ"), o.err());
    }

    @Test
    void portOutOfRange() throws Exception {
        Path out = Files.createTempDirectory("csi-port").resolve("o");
        assertOneClearLine(csi("run", "--target", "http://127.0.0.1:99999", "--out", out.toString()), Csi.BAD_CONFIG,
                "--target: port 99999 is out of range (1 to 65535)");
        assertOneClearLine(csi("run", "--target", "http://127.0.0.1:0", "--out", out.toString()), Csi.BAD_CONFIG, "port 0 is out of range");
        assertFalse(Files.exists(out), "nothing is left behind");
    }

    @Test
    void outThatIsAFile() throws Exception {
        Path file = Files.createTempFile("csi-out", ".txt");
        assertOneClearLine(csi("run", "--out", file.toString()), Csi.BAD_CONFIG, "--out " + file + " is a file, not a folder");
        assertEquals(0, Files.size(file), "the file is left as it was");
    }

    @Test
    void configThatIsAFolder() throws Exception {
        Path folder = Files.createTempDirectory("csi-config-folder");
        assertOneClearLine(csi("run", "--config", folder.toString()), Csi.BAD_CONFIG, "--config " + folder + " is a folder, not a configuration file");
    }

    @Test
    void unreachableTarget() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Path config = file("{\"credentials\": {\"T1\": {\"INSURER\": {\"apiKey\": \"key-one-t1\"}}, \"T2\": {\"INSURER\": {\"apiKey\": \"key-two-t2\"}}},"
                + " \"timeouts\": {\"connectSeconds\": 1}}");
        Path out = Files.createTempDirectory("csi-unreachable");
        assertOneClearLine(csi("run", "--target", "http://127.0.0.1:" + port, "--config", config.toString(), "--out", out.resolve("o").toString()),
                Csi.UNREACHABLE, "cannot reach the solution");
        assertFalse(Files.exists(out.resolve("o")), "a run that wrote nothing leaves no empty folder");
        assertOneClearLine(csi("run", "--target", "http://127.0.0.1:" + port, "--config", config.toString(), "--out", out.resolve("runs/a/o").toString()),
                Csi.UNREACHABLE, "cannot reach the solution");
        assertFalse(Files.exists(out.resolve("runs")), "nor the parents it made (as reports/runs/ for the default --out)");
        assertTrue(Files.exists(out), "a folder that was there stays");
    }

    @Test
    void outputFolderThatIsNotEmpty() throws Exception {
        Path out = Files.createTempDirectory("csi-used");
        Files.writeString(out.resolve("scorecard.json"), "{}");
        assertOneClearLine(csi("run", "--out", out.toString()), Csi.BAD_CONFIG, "not empty");
    }

    @Test
    void mainJobRunsAgainstTheEmbeddedReference() throws Exception {
        Path out = Files.createTempDirectory("csi-main").resolve("run");
        Outcome o = csi("run", "--no-html", "--standards", "CSI-CAT", "--out", out.toString());
        // GEN is left out by --standards, so it cannot be CONFORMANT: INCOMPLETE, exit 6, and the summary says why.
        assertEquals(Csi.INCOMPLETE, o.status(), o.err());
        assertTrue(o.out().contains("CSI-CAT   CONFORMANT"), o.out());
        assertTrue(o.out().contains("CSI-GEN   INCOMPLETE"), o.out());
        assertTrue(!o.out().contains("NON_CONFORMANT"), o.out());
        assertTrue(o.out().contains(out.resolve("scorecard.json").toAbsolutePath().toString()), o.out());
    }

    @Test
    void exitZeroKeepsAnExploratoryRunAtZero() throws Exception {
        Path dir = Files.createTempDirectory("csi-exit-zero");
        Outcome narrowed = csi("run", "--no-html", "--tags", "@CAT-01", "--out", dir.resolve("default").toString());
        assertEquals(Csi.INCOMPLETE, narrowed.status(), narrowed.err());
        Outcome exploratory = csi("run", "--no-html", "--tags", "@CAT-01", "--exit-zero", "--out", dir.resolve("zero").toString());
        assertEquals(Csi.OK, exploratory.status(), exploratory.err());
        assertTrue(exploratory.out().contains("CSI-GEN   INCOMPLETE"), exploratory.out());
    }

    @Test
    void aNonConformantStandardExitsOneEvenWhenAnotherIsIncomplete() throws Exception {
        Path out = Files.createTempDirectory("csi-exit-one").resolve("run");
        Outcome o = csi("run", "--no-html", "--reference-faults", "CAT05_MIN_ABOVE_MAX", "--tags", "@CAT-05", "--out", out.toString());
        assertTrue(o.out().contains("CSI-CAT   NON_CONFORMANT") && o.out().contains("CSI-GEN   INCOMPLETE"), o.out());
        assertEquals(Csi.NOT_CONFORMANT, o.status(), o.err());
    }

    @Test
    void everyDeclaredStandardConformantExitsZero() throws Exception {
        try (ExternalReference reference = new ExternalReference(ReferenceSolution.Options.defaults().withDeclared(List.of("CSI-GEN", "CSI-CAT")))) {
            Path out = Files.createTempDirectory("csi-exit-ok").resolve("run");
            Outcome o = csi("run", "--no-html", "--target", reference.url(), "--config", reference.config.toString(), "--out", out.toString());
            assertTrue(o.out().contains("CSI-GEN   CONFORMANT") && o.out().contains("CSI-CAT   CONFORMANT"), o.out());
            assertEquals(Csi.OK, o.status(), o.err());
        }
    }
}
