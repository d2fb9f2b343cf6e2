package org.csi.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.csi.harness.run.ConformanceRun;
import org.csi.harness.verdict.ClauseOutcome;
import org.csi.harness.verdict.Outcome;
import org.csi.reference.ReferenceSolution;
import org.junit.jupiter.api.Test;

/**
 * A solution that declares only CSI-GEN and CSI-CAT (the reference, with a narrower capability document) gets the
 * verdicts and level the pack's rules give: GEN and CAT judged, the clauses whose every test needs an undeclared
 * standard NOT_APPLICABLE, the other standards NOT_DECLARED, and level NONE.
 */
class NarrowDeclarationTest {
    @Test
    void genAndCatOnly() throws Exception {
        try (ExternalReference reference = new ExternalReference(ReferenceSolution.Options.defaults().withDeclared(List.of("CSI-GEN", "CSI-CAT")))) {
            ConformanceRun.Report r = ConformanceRun.execute(new ConformanceRun.Options(reference.url(), reference.config, null, null,
                    Files.createTempDirectory("csi-narrow"), 2, false, null, null, new PrintStream(OutputStream.nullOutputStream())));
            for (JsonNode st : r.scorecard().path("standards")) {
                String id = st.path("id").asText();
                assertEquals(id.equals("CSI-GEN") || id.equals("CSI-CAT") ? "CONFORMANT" : "NOT_DECLARED", st.path("verdict").asText(), st.toString());
            }
            assertEquals("NONE", r.scorecard().path("level").asText());
            Map<String, Outcome> outcomes = new java.util.HashMap<>();
            for (ClauseOutcome o : r.outcomes()) outcomes.put(o.clause().id(), o.outcome());
            // CSI-GEN introduction: for a GEN + CAT solution, GEN-05, GEN-11 and GEN-12 are NOT_APPLICABLE (PERF is not declared either).
            for (String id : List.of("GEN-05", "GEN-11", "GEN-12", "GEN-15", "GEN-16", "CAT-07")) assertEquals(Outcome.NOT_APPLICABLE, outcomes.get(id), id);
            for (String id : List.of("GEN-04", "GEN-06", "GEN-08", "GEN-10", "GEN-14")) assertEquals(Outcome.PASS, outcomes.get(id), id);
        }
    }
}
