package org.csi.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.csi.harness.run.ConformanceRun;
import org.csi.harness.verdict.ClauseOutcome;
import org.csi.harness.verdict.Outcome;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, verdict integrity, against purpose-built broken solutions (reference faults): the rule's own clause pays,
 * never another; set-up that cannot be made is CANNOT_TELL while a broken line that does not need it is FAIL.
 */
class VerdictIntegrityTest {
    static Map<String, ClauseOutcome> run(String faults, String tags) throws Exception {
        Path out = Files.createTempDirectory("csi-integrity-");
        ConformanceRun.Report report = ConformanceRun.execute(new ConformanceRun.Options(null, null, null, tags, out, 2, false,
                faults, Duration.ofSeconds(5), new PrintStream(OutputStream.nullOutputStream(), true, "UTF-8")));
        Map<String, ClauseOutcome> byClause = new LinkedHashMap<>();
        report.outcomes().forEach(o -> byClause.put(o.clause().id(), o));
        return byClause;
    }

    static void assertOutcome(Outcome expected, ClauseOutcome o) {
        assertEquals(expected, o.outcome(), o.clause().id() + ": " + o.reason());
    }

    /** A list that never ends is GEN-10's FAIL with its reason; the clauses that only read the list still PASS. */
    @Test
    void aListThatNeverEndsFailsOnlyPagination() throws Exception {
        Map<String, ClauseOutcome> o = run("GEN10_ENDLESS_CURSOR", "@GEN-08 or @GEN-09 or @GEN-10");
        assertOutcome(Outcome.FAIL, o.get("GEN-10"));
        assertTrue(o.get("GEN-10").reason().contains("does not end") && o.get("GEN-10").reason().contains("empty"), o.get("GEN-10").reason());
        assertOutcome(Outcome.PASS, o.get("GEN-08"));
        assertOutcome(Outcome.PASS, o.get("GEN-09"));
    }
}
