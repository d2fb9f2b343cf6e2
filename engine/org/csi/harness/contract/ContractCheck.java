package org.csi.harness.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks every response against the OpenAPI description in schemas/openapi.yaml: for the operation and status,
 * the media type and the JSON Schema of the body. The OpenAPI is the single place that says which schema applies.
 */
public final class ContractCheck {
    private record Operation(String id, String method, Pattern path, JsonNode responses) {}

    private final List<Operation> operations = new ArrayList<>();
    private final JsonNode components;
    private final SchemaCheck schemas;

    public ContractCheck(SchemaCheck schemas) {
        this.schemas = schemas;
        JsonNode api;
        try (InputStream in = ContractCheck.class.getResourceAsStream("/schemas/openapi.yaml")) {
            api = new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read schemas/openapi.yaml", e);
        }
        components = api.path("components");
        for (Iterator<Map.Entry<String, JsonNode>> paths = api.path("paths").fields(); paths.hasNext(); ) {
            var path = paths.next();
            Pattern pattern = Pattern.compile(path.getKey().replaceAll("\\{[^/]+}", "[^/]+"));
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                var op = ops.next();
                if (op.getValue().has("responses")) {
                    operations.add(new Operation(op.getValue().path("operationId").asText(),
                            op.getKey().toUpperCase(Locale.ROOT), pattern, op.getValue().path("responses")));
                }
            }
        }
    }

    /** The operation id for a request: {@code path} is relative to the origin, with the API base normalised to /csi/v1. */
    public String operationId(String method, String path) {
        return operations.stream().filter(o -> o.method.equals(method) && o.path.matcher(path).matches())
                .map(Operation::id).findFirst().orElse(null);
    }

    /**
     * One broken rule of the contract. {@code schema} is the schema the response should follow (null when the
     * interface gives none); {@code rule} is where the broken keyword is written (see {@link SchemaCheck.Violation}),
     * "media-type" for a wrong Content-Type, or null when the body could not be read as JSON at all.
     */
    public record Violation(String text, String schema, String rule) {}

    /**
     * Contract violations of one response; empty when it conforms. {@code operationId} may be null for a path the
     * interface does not define, in which case only the problem+json rule for errors applies.
     */
    public List<String> violations(String operationId, int status, String contentType, String body, JsonNode json) {
        return check(operationId, status, contentType, body, json).stream().map(Violation::text).toList();
    }

    /** As {@link #violations}, each with the schema and rule it breaks, so that {@link RuleOwners} can name its clause. */
    public List<Violation> check(String operationId, int status, String contentType, String body, JsonNode json) {
        JsonNode spec = responseSpec(operationId, status);
        if (spec == null || spec.isMissingNode()) return List.of();
        JsonNode content = spec.path("content");
        if (content.isMissingNode() || content.isEmpty()) return List.of();
        String actualType = contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        // The interface may allow several media types for one answer (a token error as RFC 6749 JSON or as a problem).
        JsonNode media = content.path(actualType);
        List<Violation> problems = new ArrayList<>();
        if (media.isMissingNode()) {
            List<String> allowed = new ArrayList<>();
            content.fieldNames().forEachRemaining(allowed::add);
            media = content.elements().next();
            problems.add(new Violation("Content-Type is '" + (contentType == null ? "(none)" : contentType) + "', expected "
                    + (allowed.size() == 1 ? allowed.get(0) : "one of " + allowed), schemaFile(media), "media-type"));
        }
        String schemaFile = schemaFile(media);
        if (json == null) {
            problems.add(new Violation("the body is not JSON: " + abbreviate(body), schemaFile, null));
            return problems;
        }
        schemas.check(schemaFile, json).forEach(v -> problems.add(new Violation(schemaFile + ": " + v.text(), schemaFile, v.rule())));
        return problems;
    }

    private static String schemaFile(JsonNode media) {
        return media.path("schema").path("$ref").asText();
    }

    private JsonNode responseSpec(String operationId, int status) {
        if (operationId == null) {
            return status >= 400 ? components.path("responses").path("problem") : null;
        }
        Operation op = operations.stream().filter(o -> o.id.equals(operationId)).findFirst().orElseThrow();
        JsonNode r = op.responses.has(String.valueOf(status)) ? op.responses.path(String.valueOf(status))
                : status >= 400 ? op.responses.path("default") : null;
        if (r != null && r.has("$ref")) {
            String name = r.path("$ref").asText().substring("#/components/responses/".length());
            r = components.path("responses").path(name);
        }
        return r;
    }

    static String abbreviate(String body) {
        if (body == null || body.isEmpty()) return "(empty)";
        String oneLine = body.replaceAll("\\s+", " ");
        return oneLine.length() > 200 ? oneLine.substring(0, 200) + "…" : oneLine;
    }
}
