package org.csi.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.csi.harness.certify.VerdictRecomputation;
import org.junit.jupiter.api.Test;

/**
 * A capability document that cannot be read leaves the declaration unknown: GEN-01 FAILs (GEN NON_CONFORMANT), and
 * every other standard is INCOMPLETE — its clauses CANNOT_TELL — never NOT_DECLARED, which would tell a regulator
 * that the solution does not offer it. The recomputation that verify runs agrees.
 */
class UnreadableDeclarationTest {
    @Test
    void otherStandardsAreIncompleteNotUndeclared() throws Exception {
        Path out = Files.createTempDirectory("csi-unreadable").resolve("run");
        CliTest.Outcome o;
        // The proxy answers the capability document with a body that is not JSON; everything else passes through.
        try (ExternalReference reference = new ExternalReference((String) null);
             HostileProxy proxy = new HostileProxy(reference.url(), "/.well-known/csi-configuration", HostileProxy.Mode.MALFORMED)) {
            o = CliTest.csi("run", "--no-html", "--quiet", "--target", proxy.url(), "--config", reference.config.toString(), "--out", out.toString());
        }
        assertTrue(o.out().isEmpty() || !o.out().contains("[  2/"), "only GEN-01 runs");
        assertEquals(org.csi.harness.cli.Csi.NOT_CONFORMANT, o.status(), o.err());
        JsonNode s = new ObjectMapper().readTree(out.resolve("scorecard.json").toFile());
        for (JsonNode st : s.path("standards")) {
            String id = st.path("id").asText();
            if (id.equals("CSI-GEN")) {
                assertEquals("NON_CONFORMANT", st.path("verdict").asText(), st.toString());
                continue;
            }
            assertEquals("INCOMPLETE", st.path("verdict").asText(), id);
            for (JsonNode c : st.path("clauses")) assertEquals("CANNOT_TELL", c.path("outcome").asText(), c.toString());
        }
        assertEquals("NONE", s.path("level").asText());
        assertTrue(o.out().contains("CSI-UW") && o.out().contains("INCOMPLETE"), "the summary lists them: " + o.out());
        assertEquals(List.of(), VerdictRecomputation.check(Files.readAllBytes(out.resolve("scorecard.json")), Files.readAllBytes(out.resolve("evidence.json"))));
    }
}
