package org.csi.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.csi.harness.run.ConformanceRun;
import org.csi.harness.verdict.ClauseOutcome;
import org.csi.harness.verdict.Outcome;
import org.csi.reference.ReferenceSolution;
import org.junit.jupiter.api.Test;

/**
 * A solution that declares the PERF profile of CSI-GEN gets GEN-15 and GEN-16 judged: the reference, fast enough,
 * passes both (the kill matrix shows each failing against a slow reference).
 */
class PerfProfileTest {
    @Test
    void declaredPerfIsJudgedAndTheReferencePasses() throws Exception {
        List<String> declared = List.of("CSI-GEN+PERF", "CSI-CAT", "CSI-UW", "CSI-RQ", "CSI-CLM");
        try (ExternalReference reference = new ExternalReference(ReferenceSolution.Options.defaults().withDeclared(declared))) {
            ConformanceRun.Report r = ConformanceRun.execute(new ConformanceRun.Options(reference.url(), reference.config, null, "@GEN-15 or @GEN-16",
                    Files.createTempDirectory("csi-perf"), 2, false, null, null, new PrintStream(OutputStream.nullOutputStream())));
            Map<String, ClauseOutcome> byId = r.outcomes().stream().collect(Collectors.toMap(o -> o.clause().id(), o -> o));
            assertEquals(Outcome.PASS, byId.get("GEN-15").outcome(), String.valueOf(byId.get("GEN-15").reason()));
            assertEquals(Outcome.PASS, byId.get("GEN-16").outcome(), String.valueOf(byId.get("GEN-16").reason()));
        }
    }
}
