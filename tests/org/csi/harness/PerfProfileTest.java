package org.csi.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.util.Map;
import java.util.stream.Collectors;
import org.csi.harness.run.ConformanceRun;
import org.csi.harness.verdict.ClauseOutcome;
import org.csi.harness.verdict.Outcome;
import org.junit.jupiter.api.Test;

/**
 * PERF is an optional profile (conformance-levels.md §2): the embedded reference declares it by default and, fast
 * enough, passes GEN-15 and GEN-16 (the kill matrix shows each failing against a slow reference); a reference that
 * declares no optional profile ({@code PROFILES=CORE}) gets both NOT_APPLICABLE.
 */
class PerfProfileTest {
    static Map<String, ClauseOutcome> run(String switches) throws Exception {
        ConformanceRun.Report r = ConformanceRun.execute(new ConformanceRun.Options(null, null, null, "@GEN-15 or @GEN-16",
                Files.createTempDirectory("csi-perf"), 2, false, switches, null, new PrintStream(OutputStream.nullOutputStream())));
        return r.outcomes().stream().collect(Collectors.toMap(o -> o.clause().id(), o -> o));
    }

    @Test
    void declaredByDefaultJudgedAndPassed() throws Exception {
        Map<String, ClauseOutcome> byId = run(null);
        for (String id : new String[] {"GEN-15", "GEN-16"}) assertEquals(Outcome.PASS, byId.get(id).outcome(), id + ": " + byId.get(id).reason());
    }

    @Test
    void notDeclaredIsNotApplicable() throws Exception {
        Map<String, ClauseOutcome> byId = run("PROFILES=CORE");
        for (String id : new String[] {"GEN-15", "GEN-16"}) assertEquals(Outcome.NOT_APPLICABLE, byId.get(id).outcome(), id);
    }
}
