package org.csi.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.csi.harness.contract.SchemaCheck;
import org.junit.jupiter.api.Test;

/**
 * Every request body of schemas/openapi.yaml carries an example, the problem answer carries one, and every example
 * in the file conforms to the schema beside it, judged by the harness's own draft 2020-12 validator (the one the
 * contract check uses). Redocly's example rule is off (see tests/openapi-lint/redocly.yaml); this is its stand-in.
 */
class OpenApiExamplesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final JsonNode api = readApi();
    private final SchemaCheck schemas = new SchemaCheck();

    private static JsonNode readApi() {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(Path.of("schemas", "openapi.yaml").toFile());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void everyRequestBodyAndTheProblemAnswerHaveAnExample() {
        List<String> missing = new ArrayList<>();
        int bodies = 0;
        for (var path : api.path("paths").properties()) {
            for (var op : path.getValue().properties()) {
                JsonNode body = op.getValue().path("requestBody");
                if (body.isMissingNode()) continue;
                for (var media : body.path("content").properties()) {
                    bodies++;
                    if (examples(media.getValue()).isEmpty()) missing.add(op.getKey() + " " + path.getKey() + " " + media.getKey());
                }
            }
        }
        assertTrue(bodies >= 35, "request body media types found: " + bodies);
        assertEquals(List.of(), missing, "request bodies without an example");
        JsonNode problem = api.at("/components/responses/problem/content").path("application/problem+json");
        assertFalse(examples(problem).isEmpty(), "the problem answer has no example");
    }

    @Test
    void everyExampleConformsToItsSchema() {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (var path : api.path("paths").properties()) {
            for (var op : path.getValue().properties()) {
                String where = op.getKey() + " " + path.getKey();
                for (var media : op.getValue().path("requestBody").path("content").properties()) {
                    checked += check(where + " request " + media.getKey(), media.getValue(), failures);
                }
                for (var response : op.getValue().path("responses").properties()) {
                    for (var media : resolve(response.getValue()).path("content").properties()) {
                        checked += check(where + " " + response.getKey() + " " + media.getKey(), media.getValue(), failures);
                    }
                }
            }
        }
        assertTrue(checked >= 40, "examples checked: " + checked);
        assertEquals(List.of(), failures);
    }

    /** The check above can fail: an application example without the applicant's USCC is refused. */
    @Test
    void anExampleThatBreaksItsSchemaIsRefused() {
        ObjectNode broken = api.at("/components/examples/APP-IND/value").deepCopy();
        ((ObjectNode) broken.path("applicant")).remove("uscc");
        List<SchemaCheck.Violation> v = schemas.check("openapi-example.json", componentSchema("ApplicationRequest"), broken);
        assertTrue(v.stream().anyMatch(x -> x.text().contains("uscc")), "violations: " + v);
        ObjectNode bad422 = api.at("/components/examples/PROBLEM-422/value").deepCopy();
        bad422.put("status", 200);
        assertFalse(schemas.check("openapi-example.json", JSON.createObjectNode().put("$ref", "problem.schema.json"), bad422).isEmpty());
    }

    private int check(String where, JsonNode media, List<String> failures) {
        Map<String, JsonNode> examples = examples(media);
        if (examples.isEmpty()) return 0;
        JsonNode schema = media.path("schema");
        JsonNode ref = schema.path("$ref");
        JsonNode effective = ref.isTextual() && ref.asText().startsWith("#/components/schemas/")
                ? componentSchema(ref.asText().substring("#/components/schemas/".length())) : schema;
        examples.forEach((name, value) -> schemas.check("openapi-example.json", effective, value)
                .forEach(v -> failures.add(where + " example " + name + ": " + v.text())));
        return examples.size();
    }

    /** The values of a media type's examples, each $ref to components/examples resolved. */
    private Map<String, JsonNode> examples(JsonNode media) {
        Map<String, JsonNode> out = new java.util.LinkedHashMap<>();
        if (media.has("example")) out.put("example", media.get("example"));
        for (var e : media.path("examples").properties()) out.put(e.getKey(), resolve(e.getValue()).path("value"));
        return out;
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode ref = node.path("$ref");
        return ref.isTextual() && ref.asText().startsWith("#/") ? api.at(ref.asText().substring(1)) : node;
    }

    /** A component schema as a standalone JSON Schema: the other components move to $defs, file $refs stay relative. */
    private JsonNode componentSchema(String name) {
        try {
            String defs = JSON.writeValueAsString(api.at("/components/schemas")).replace("#/components/schemas/", "#/$defs/");
            ObjectNode schema = JSON.createObjectNode();
            schema.put("$ref", "#/$defs/" + name);
            schema.set("$defs", JSON.readTree(defs));
            return schema;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
