package org.csi.harness.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.csi.harness.verdict.ClauseOutcome;

/**
 * earl.jsonld: the run as W3C EARL assertions, one per clause. EARL's outcomes are the pack's four:
 * passed, failed, inapplicable, cantTell.
 */
public final class EarlReport {
    private EarlReport() {}

    public static ObjectNode build(JsonNode scorecard, List<ClauseOutcome> outcomes, String packUrl) {
        ObjectMapper m = new ObjectMapper();
        ObjectNode doc = m.createObjectNode();
        ObjectNode ctx = doc.putObject("@context");
        ctx.put("earl", "http://www.w3.org/ns/earl#").put("dct", "http://purl.org/dc/terms/").put("foaf", "http://xmlns.com/foaf/0.1/");
        ArrayNode graph = doc.putArray("@graph");
        String assertor = "_:harness";
        graph.addObject().put("@id", assertor).put("@type", "earl:Software")
                .put("dct:title", scorecard.path("harness").path("name").asText()).put("dct:hasVersion", scorecard.path("harness").path("version").asText());
        String subject = "_:solution";
        graph.addObject().put("@id", subject).put("@type", "earl:TestSubject")
                .put("dct:title", scorecard.path("solution").path("vendor").asText() + " — " + scorecard.path("solution").path("name").asText())
                .put("dct:hasVersion", scorecard.path("solution").path("version").asText())
                .put("dct:identifier", scorecard.path("solution").path("capabilityDigest").asText());
        for (ClauseOutcome o : outcomes) {
            ObjectNode a = graph.addObject().put("@type", "earl:Assertion").put("earl:assertedBy", assertor).put("earl:subject", subject)
                    .put("earl:test", packUrl + o.clause().standard() + ".md#" + o.clause().id().toLowerCase())
                    .put("earl:mode", "earl:automatic");
            ObjectNode r = a.putObject("earl:result").put("@type", "earl:TestResult").put("earl:outcome", "earl:" + switch (o.outcome()) {
                case PASS -> "passed";
                case FAIL -> "failed";
                case NOT_APPLICABLE -> "inapplicable";
                case CANNOT_TELL -> "cantTell";
            }).put("dct:date", scorecard.path("finishedAt").asText());
            if (o.reason() != null) r.put("earl:info", o.reason());
        }
        return doc;
    }
}
