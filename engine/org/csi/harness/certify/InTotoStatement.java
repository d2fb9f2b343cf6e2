package org.csi.harness.certify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;

/**
 * The in-toto Statement v1 a package's DSSE envelope carries: every package file as a subject with its SHA-256,
 * and a predicate with the run's identity and verdicts (predicateType {@link #PREDICATE_TYPE}).
 */
public final class InTotoStatement {
    public static final String TYPE = "https://in-toto.io/Statement/v1";
    public static final String PREDICATE_TYPE = "https://csi-harness.org/certification/v1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private InTotoStatement() {}

    /** The statement over {@code files} (name to content), signed at {@code signedAt}. */
    static ObjectNode of(Map<String, byte[]> files, Instant signedAt) throws IOException {
        ObjectNode st = JSON.createObjectNode().put("_type", TYPE);
        var subjects = st.putArray("subject");
        for (var f : files.entrySet()) subjects.addObject().put("name", f.getKey()).putObject("digest").put("sha256", CertificationPackage.sha256(f.getValue()));
        st.put("predicateType", PREDICATE_TYPE);
        JsonNode scorecard = JSON.readTree(files.get("scorecard.json"));
        JsonNode manifest = JSON.readTree(files.get(CertificationPackage.MANIFEST));
        ObjectNode p = st.putObject("predicate");
        p.put("runId", manifest.path("runId").asText()).put("signedAt", signedAt.toString());
        p.set("harness", manifest.path("harness"));
        p.put("packVersion", manifest.path("packVersion").asText()).put("fixtureSetVersion", manifest.path("fixtureSetVersion").asText());
        p.set("target", manifest.path("target"));
        var verdicts = p.putArray("standards");
        for (JsonNode s : scorecard.path("standards")) {
            verdicts.addObject().put("id", s.path("id").asText()).put("verdict", s.path("verdict").asText()).set("score", s.path("score"));
        }
        p.set("packScore", scorecard.path("packScore"));
        p.set("level", scorecard.path("level"));
        return st;
    }

    /** The signing time the statement claims (the signer's own clock: a time stamp, when present, is preferred). */
    static Instant signedAt(JsonNode statement) {
        return Instant.parse(statement.path("predicate").path("signedAt").asText());
    }
}
