package org.csi.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.csi.harness.cli.Csi;
import org.csi.harness.report.Files2;
import org.csi.harness.report.RunFolder;
import org.junit.jupiter.api.Test;

/** Issue 13 point 4: csi pilot checks the consent file whole before it publishes anything; a wrong one exits 2 and says what is wrong. */
class PilotConsentTest {
    static Path runs() throws Exception {
        Path runs = Files.createTempDirectory("csi-consent-runs");
        Path run = runs.resolve("1");
        Files2.writeAtomically(run.resolve("scorecard.json"), """
                {"runId": "r-1", "packVersion": "0.1-draft", "startedAt": "2026-01-01T00:00:00.000+08:00", "level": "NONE", "packScore": 0,
                 "solution": {"vendor": "V", "name": "N"}, "standards": []}""");
        RunFolder.markComplete(run, "r-1", "2026-01-01T00:00:01.000+08:00");
        return runs;
    }

    static CliTest.Outcome pilot(String consent) throws Exception {
        Path file = Files.createTempFile("consent", ".json");
        Files.writeString(file, consent);
        Path out = Files.createTempDirectory("csi-consent-out");
        CliTest.Outcome o = CliTest.csi("pilot", runs().toString(), "--out", out.toString(), "--consent", file.toString(), "--publish");
        if (o.status() != Csi.OK) assertFalse(Files.exists(out.resolve("pilot-scorecard.json")), "nothing published from a wrong consent file");
        return o;
    }

    @Test
    void aValidConsentFileIsTaken() throws Exception {
        CliTest.Outcome o = pilot("""
                {"solutions": [{"solution": "V — N", "solutionKey": "S-1", "displayName": "Vendor N", "consentToPublish": true}]}""");
        assertEquals(Csi.OK, o.status(), o.err());
    }

    @Test
    void anUnknownMemberIsRefused() throws Exception {
        CliTest.Outcome o = pilot("""
                {"solutions": [{"solution": "V — N", "solutionKey": "S-1", "consentToPublsh": true}]}""");
        assertEquals(Csi.BAD_CONFIG, o.status(), o.out());
        assertTrue(o.err().contains("solutions[0] has an unknown member 'consentToPublsh'"), o.err());
        CliTest.Outcome top = pilot("""
                {"solutions": [], "solution": []}""");
        assertEquals(Csi.BAD_CONFIG, top.status());
        assertTrue(top.err().contains("unknown member 'solution'"), top.err());
    }

    @Test
    void duplicatesAreRefused() throws Exception {
        CliTest.Outcome twice = pilot("""
                {"solutions": [{"solution": "V — N", "solutionKey": "S-1"}, {"solution": "V — N", "solutionKey": "S-2"}]}""");
        assertEquals(Csi.BAD_CONFIG, twice.status());
        assertTrue(twice.err().contains("solutions[1] lists 'V — N' a second time"), twice.err());
        CliTest.Outcome key = pilot("""
                {"solutions": [{"solution": "V — N", "solutionKey": "S-1"}, {"solution": "W — M", "solutionKey": "S-1"}]}""");
        assertEquals(Csi.BAD_CONFIG, key.status());
        assertTrue(key.err().contains("gives the key 'S-1' that 'V — N' has already"), key.err());
        CliTest.Outcome member = pilot("""
                {"solutions": [{"solution": "V — N", "solutionKey": "S-1", "solutionKey": "S-9"}]}""");
        assertEquals(Csi.BAD_CONFIG, member.status());
        assertTrue(member.err().contains("Duplicate field 'solutionKey'"), member.err());
    }

    @Test
    void missingOrMistypedMembersAreRefused() throws Exception {
        assertTrue(pilot("""
                {"solutions": [{"solutionKey": "S-1"}]}""").err().contains("lacks \"solution\""));
        assertTrue(pilot("""
                {"solutions": [{"solution": "V — N"}]}""").err().contains("lacks \"solutionKey\""));
        CliTest.Outcome o = pilot("""
                {"solutions": [{"solution": "V — N", "solutionKey": "S-1", "consentToPublish": "yes"}]}""");
        assertEquals(Csi.BAD_CONFIG, o.status());
        assertTrue(o.err().contains("consentToPublish must be true or false"), o.err());
    }
}
