package org.csi.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.csi.harness.config.ConfigException;
import org.csi.harness.config.RulingsFile;
import org.csi.harness.run.ConformanceRun;
import org.csi.harness.verdict.Rulings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rulings and vendor comments files are validated on load; a bad one is refused naming the file and the entry. */
class RulingsFileTest {
    static final String GOOD = """
            {"clause": "CAT-02", "kind": "adjudication", "reason": "r", "approver": "A. Assessor", "expiry": "2030-01-31"}""";

    static Path write(String name, String text) throws Exception {
        Path dir = Files.createTempDirectory("csi-rulings");
        return Files.writeString(dir.resolve(name), text);
    }

    static Path rulings(String second) throws Exception {
        return write("rulings.json", "{\"rulings\": [" + GOOD + ", " + second + "]}");
    }

    @Test
    void aGoodFileIsRead() throws Exception {
        RulingsFile.Loaded l = RulingsFile.load(rulings("""
                {"clause": "GEN-04", "kind": "waiver", "reason": "fix due", "approver": "B", "expiry": "2027-03-01", "riskNote": "tenant data"}"""),
                write("vendor-comments.json", "{\"comments\": [{\"clause\": \"GEN-04\", \"comment\": \"fixed in 2.1\", \"author\": \"V\"}]}"));
        assertEquals(2, l.rulings().rulings().size());
        Rulings.Ruling w = l.rulings().rulings().get(1);
        assertEquals(Rulings.Kind.waiver, w.kind());
        assertEquals(LocalDate.of(2027, 3, 1), w.expiry());
        assertEquals("tenant data", w.riskNote());
        assertEquals("fixed in 2.1", l.rulings().comments().get(0).comment());
        assertTrue(l.rulingsText().contains("fix due"), "the text as given, to be copied into the run folder");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown key      | {"clause": "GEN-04", "kind": "waiver", "reason": "r", "approver": "B", "expiry": "2027-03-01", "ok": 1} | entry 2 (GEN-04 waiver): /rulings/1 [additionalProperties]
            missing approver | {"clause": "GEN-04", "kind": "waiver", "reason": "r", "expiry": "2027-03-01"}                         | entry 2 (GEN-04 waiver): /rulings/1 [required]
            malformed expiry | {"clause": "GEN-04", "kind": "waiver", "reason": "r", "approver": "B", "expiry": "2027-13-01"}         | entry 2 (GEN-04 waiver): /rulings/1/expiry
            expiry not a date| {"clause": "GEN-04", "kind": "waiver", "reason": "r", "approver": "B", "expiry": "next spring"}        | entry 2 (GEN-04 waiver): /rulings/1/expiry
            unknown kind     | {"clause": "GEN-04", "kind": "pardon", "reason": "r", "approver": "B", "expiry": "2027-03-01"}        | entry 2 (GEN-04 pardon): /rulings/1/kind
            unknown clause   | {"clause": "GEN-99", "kind": "waiver", "reason": "r", "approver": "B", "expiry": "2027-03-01"}        | entry 2 (GEN-99 waiver): clause GEN-99 is not in the pack's catalogue
            same clause+kind | {"clause": "CAT-02", "kind": "adjudication", "reason": "s", "approver": "B", "expiry": "2027-03-01"}  | entry 2 (CAT-02 adjudication): clause CAT-02 already has a adjudication
            """)
    void aBadEntryIsRefusedByName(String what, String entry, String expected) throws Exception {
        Path file = rulings(entry);
        ConfigException e = assertThrows(ConfigException.class, () -> RulingsFile.load(file, null), what);
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains(expected), what + ": " + e.getMessage());
    }

    @Test
    void aWaiverAndAnAdjudicationMayRuleTheSameClause() throws Exception {
        RulingsFile.load(rulings("""
                {"clause": "CAT-02", "kind": "waiver", "reason": "r", "approver": "B", "expiry": "2027-03-01"}"""), null);
    }

    @Test
    void badVendorCommentsAreRefusedByName() throws Exception {
        Path twice = write("c.json", """
                {"comments": [{"clause": "GEN-04", "comment": "a", "author": "V"}, {"clause": "GEN-04", "comment": "b", "author": "V"}]}""");
        ConfigException e = assertThrows(ConfigException.class, () -> RulingsFile.load(null, twice));
        assertTrue(e.getMessage().contains("vendor comments file " + twice + ": entry 2 (GEN-04): clause GEN-04 already has a comment"), e.getMessage());
        Path noAuthor = write("c.json", "{\"comments\": [{\"clause\": \"GEN-04\", \"comment\": \"a\"}]}");
        e = assertThrows(ConfigException.class, () -> RulingsFile.load(null, noAuthor));
        assertTrue(e.getMessage().contains("entry 1 (GEN-04): /comments/0 [required]"), e.getMessage());
        Path duplicateKey = write("c.json", "{\"comments\": [], \"comments\": []}");
        e = assertThrows(ConfigException.class, () -> RulingsFile.load(null, duplicateKey));
        assertTrue(e.getMessage().contains("is not valid JSON"), e.getMessage());
    }

    /** The expiry day holds to its end in UTC+8; the day after, the ruling is expired. */
    @Test
    void aRulingExpiresAfterItsExpiryDayInUtcPlus8() {
        Rulings.Ruling r = new Rulings.Ruling("GEN-04", Rulings.Kind.waiver, "r", "B", LocalDate.of(2026, 12, 2), null);
        assertFalse(Rulings.expired(r, java.time.Instant.parse("2026-12-02T15:59:59Z")), "23:59:59 +08:00 on the expiry day");
        assertTrue(Rulings.expired(r, java.time.Instant.parse("2026-12-02T16:00:00Z")), "00:00 +08:00 the day after");
    }

    /** A run with a bad rulings file stops before anything starts (Csi turns ConfigException into exit 2), leaving no folder. */
    @Test
    void aRunRefusesABadRulingsFileBeforeStarting() throws Exception {
        Path file = rulings("""
                {"clause": "GEN-04", "kind": "waiver", "reason": "r", "expiry": "2027-03-01"}""");
        Path out = file.getParent().resolve("run");
        ConformanceRun.Options o = new ConformanceRun.Options(null, null, null, "@CAT-02", out, 1, false, null, Duration.ofSeconds(2),
                new PrintStream(OutputStream.nullOutputStream())).withRulings(file, null);
        ConfigException e = assertThrows(ConfigException.class, () -> ConformanceRun.execute(o));
        assertTrue(e.getMessage().contains("entry 2 (GEN-04 waiver)"), e.getMessage());
        assertFalse(Files.exists(out));
    }

    /** The same from the command line: one line naming the entry, exit 2, for run and certify alike. */
    @Test
    void theCommandLineRefusesABadRulingsFileWithExit2() throws Exception {
        Path file = rulings("""
                {"clause": "GEN-99", "kind": "waiver", "reason": "r", "approver": "B", "expiry": "2027-03-01"}""");
        for (String command : new String[] {"run", "certify"}) {
            Path out = file.getParent().resolve(command);
            CliTest.assertOneClearLine(CliTest.csi(command, "--no-html", "--tags", "@CAT-02", "--rulings", file.toString(), "--out", out.toString()),
                    org.csi.harness.cli.Csi.BAD_CONFIG, "entry 2 (GEN-99 waiver)");
            assertFalse(Files.exists(out), "nothing was run");
        }
    }
}
