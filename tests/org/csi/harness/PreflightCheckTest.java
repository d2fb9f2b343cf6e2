package org.csi.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.csi.harness.cli.Csi;
import org.csi.reference.Credential;
import org.junit.jupiter.api.Test;

/** csi check (a pre-flight that starts no run), subcommand help and --version, against the reference as a vendor runs it. */
class PreflightCheckTest {
    record Result(int status, String out, String err) {}

    static Result csi(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int status = Csi.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aGoodConfigurationPassesAndAWrongSecretIsNamedButNotPrinted() throws Exception {
        try (ExternalReference ref = new ExternalReference("")) {
            long t0 = System.nanoTime();
            Result good = csi("check", "--target", ref.url(), "--config", ref.config.toString());
            assertEquals(Csi.OK, good.status(), good.out() + good.err());
            assertTrue(good.out().contains("capability document reached"), good.out());
            assertTrue(good.out().contains("token for"), good.out());

            Credential victim = ref.solution.credentials().stream().filter(Credential::testMode).findFirst().orElseThrow();
            ObjectNode c = (ObjectNode) new ObjectMapper().readTree(ref.config.toFile());
            String wrong = "wrong-secret-" + "x".repeat(24);
            ((ObjectNode) c.path("credentials").path(victim.tenant()).path(victim.role())).put("clientSecret", wrong);
            Path bad = Files.createTempFile("csi-bad-config", ".json");
            Files.writeString(bad, c.toPrettyString());
            Result refused = csi("check", "--target", ref.url(), "--config", bad.toString());
            assertEquals(Csi.BAD_CONFIG, refused.status(), refused.out() + refused.err());
            assertTrue(refused.err().contains(victim.tenant()) && refused.err().contains(victim.role()), refused.err());
            assertFalse((refused.out() + refused.err()).contains(wrong), "the wrong secret is never printed");
            assertTrue(System.nanoTime() - t0 < 30_000_000_000L, "a pre-flight takes seconds");
        }
    }

    @Test
    void anUnreachableTargetIsExit3() throws Exception {
        try (ExternalReference ref = new ExternalReference("")) {
            Result r = csi("check", "--target", "http://127.0.0.1:1", "--config", ref.config.toString());
            assertEquals(Csi.UNREACHABLE, r.status(), r.err());
        }
    }

    @Test
    void everySubcommandHasHelpAndTheVersionNamesHarnessPackAndFixtures() {
        for (String sub : new String[] {"run", "certify", "verify", "pilot", "serve", "faults", "check"}) {
            Result r = csi(sub, "--help");
            assertEquals(Csi.OK, r.status(), sub + ": " + r.err());
            assertTrue(r.out().startsWith("Usage: csi " + sub), r.out());
            assertFalse(r.out().contains("\u001b["), "no colour when not a terminal");
        }
        Result v = csi("--version");
        assertEquals(Csi.OK, v.status());
        assertTrue(v.out().contains("csi harness") && v.out().contains("CSI Standards Pack") && v.out().contains("fixture set"), v.out());
        assertEquals(Csi.BAD_CONFIG, csi("check", "--target").status());
    }
}
