package org.csi.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.csi.harness.cli.Csi;
import org.junit.jupiter.api.Test;

/**
 * The conventions people expect of a command-line tool: colour on a terminal and none under NO_COLOR or into a pipe,
 * --quiet prints the summary only, --verbose adds the stack trace of a harness error (one line without it).
 */
class TerminalConventionsTest {
    private static CliTest.Outcome csi(String... args) {
        return CliTest.csi(args);
    }

    /** {@code csi --help} in a real pseudo-terminal (util-linux script), with and without NO_COLOR. */
    private static String onATerminal(boolean noColour) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String command = "'" + java + "' -cp '" + System.getProperty("java.class.path") + "' org.csi.harness.cli.Csi run --help";
        Path typescript = Files.createTempFile("csi-tty", ".txt");
        ProcessBuilder pb = new ProcessBuilder("script", "-q", "-e", "-c", command, typescript.toString()).redirectErrorStream(true);
        pb.environment().remove("NO_COLOR");
        pb.environment().put("TERM", "xterm-256color");
        if (noColour) pb.environment().put("NO_COLOR", "1");
        Process p = pb.start();
        p.getOutputStream().close();
        byte[] printed = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "csi --help ended");
        assertEquals(0, p.exitValue(), new String(printed, StandardCharsets.UTF_8));
        return new String(printed, StandardCharsets.UTF_8);
    }

    @Test
    void colourOnATerminalUnlessNoColour() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "util-linux script gives the pseudo-terminal");
        String coloured = onATerminal(false);
        assertTrue(coloured.contains("Usage:") && coloured.contains("\u001b["), "a terminal gets colour: " + coloured);
        String plain = onATerminal(true);
        assertTrue(plain.contains("Usage:"), plain);
        assertFalse(plain.contains("\u001b["), "NO_COLOR turns colour off: " + plain);
        assertFalse(csi("run", "--help").out().contains("\u001b["), "no colour into a pipe");
    }

    @Test
    void quietPrintsTheSummaryOnly() throws Exception {
        Path dir = Files.createTempDirectory("csi-quiet");
        CliTest.Outcome loud = csi("run", "--no-html", "--tags", "@CAT-01", "--out", dir.resolve("loud").toString());
        CliTest.Outcome quiet = csi("run", "--no-html", "--tags", "@CAT-01", "--quiet", "--out", dir.resolve("quiet").toString());
        assertEquals(loud.status(), quiet.status(), quiet.err());
        assertTrue(loud.out().contains("CSI conformance run") && loud.out().contains("[  1/"), loud.out());
        assertFalse(quiet.out().contains("CSI conformance run") || quiet.out().contains("[  1/"), "no progress lines: " + quiet.out());
        assertTrue(quiet.out().contains("记分卡 Scorecard summary") && quiet.out().contains("CSI-CAT"), quiet.out());
    }

    /** A harness error (here the pilot cannot write under a file): one line and a hint; --verbose adds the stack trace. */
    @Test
    void verboseAddsTheStackTraceOfAHarnessError() throws Exception {
        Path runs = Files.createTempDirectory("csi-runs");
        csi("run", "--no-html", "--tags", "@CAT-01", "--quiet", "--out", runs.resolve("r").toString());
        assertTrue(Files.isRegularFile(runs.resolve("r/scorecard.json")), "a run for the pilot to read");
        Path file = Files.createTempFile("csi-not-a-folder", ".txt");
        List<String> args = List.of("pilot", runs.toString(), "--out", file.resolve("pilot").toString());
        CliTest.Outcome plain = csi(args.toArray(String[]::new));
        assertEquals(Csi.HARNESS_ERROR, plain.status(), plain.err());
        assertEquals(1, plain.err().strip().lines().count(), plain.err());
        assertTrue(plain.err().startsWith("csi: harness error: ") && plain.err().contains("--verbose"), plain.err());
        for (String flag : new String[] {"--verbose", "-v"}) {
            CliTest.Outcome verbose = csi(List.of(args, List.of(flag)).stream().flatMap(List::stream).toArray(String[]::new));
            assertEquals(Csi.HARNESS_ERROR, verbose.status());
            assertTrue(verbose.err().startsWith("csi: harness error: ") && verbose.err().contains("\tat org.csi.harness."), verbose.err());
        }
    }
}
