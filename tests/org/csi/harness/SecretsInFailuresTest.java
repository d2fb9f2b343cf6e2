package org.csi.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.csi.harness.run.ConformanceRun;
import org.csi.harness.verdict.ClauseOutcome;
import org.csi.harness.verdict.Outcome;
import org.junit.jupiter.api.Test;

/** Failures quote what the solution sent, tokens included: the reports still hold no secret, and stay valid JSON. */
class SecretsInFailuresTest {
    @Test
    void failuresThatQuoteTokensAreRedactedEverywhere() throws Exception {
        try (ExternalReference reference = new ExternalReference("GEN03_WRONG_SECRET_ACCEPTED,GEN02_EXPIRED_TOKEN_ACCEPTED")) {
            Path out = Files.createTempDirectory("csi-secrets-").resolve("out");
            ConformanceRun.Report report = ConformanceRun.execute(new ConformanceRun.Options(reference.url(), reference.config, null,
                    "@GEN-02 or @GEN-03", out, 2, false, null, null, new PrintStream(OutputStream.nullOutputStream())));
            ClauseOutcome gen03 = report.outcomes().stream().filter(o -> o.clause().id().equals("GEN-03")).findFirst().orElseThrow();
            assertEquals(Outcome.FAIL, gen03.outcome());
            assertTrue(gen03.reason().contains("access_token"), "the failure quotes the token response: " + gen03.reason());
            assertEquals(List.of(), reference.leaks(out));
            ObjectMapper json = new ObjectMapper();
            try (Stream<Path> files = Files.walk(out)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) json.readTree(f.toFile());
            }
        }
    }
}
