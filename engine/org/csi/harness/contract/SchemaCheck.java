package org.csi.harness.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * JSON Schema draft 2020-12 validation against the schemas in schemas/, never fetching anything remote.
 * The schemas are fixed classpath resources, so every instance shares one registry and one cache of compiled schemas.
 */
public final class SchemaCheck {
    public static final String ID_PREFIX = "https://csi.example/schemas/";

    private static final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
                    .schemaLoader(l -> l.fetchRemoteResources(false)
                            .schemaIdResolvers(r -> r.mapPrefix(ID_PREFIX, "classpath:schemas/"))));
    private static final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    /**
     * One failed keyword: {@code rule} is where it is written, relative to the schemas folder (for example
     * "common.schema.json#/$defs/amount/pattern"), so that the rule can be traced to the clause that owns it.
     */
    public record Violation(String text, String rule) {}

    /** Readable violations of {@code file} (e.g. "test-clock.schema.json"), empty when the document conforms. */
    public List<String> violations(String file, JsonNode document) {
        return check(file, document).stream().map(Violation::text).toList();
    }

    /** As {@link #violations}, each with the location of the rule it breaks. */
    public List<Violation> check(String file, JsonNode document) {
        Schema schema = schemas.computeIfAbsent(file, f -> registry.getSchema(SchemaLocation.of(ID_PREFIX + f)));
        return schema.validate(document).stream()
                .map(e -> new Violation(pointer(e.getInstanceLocation().toString()) + " [" + e.getKeyword() + "] " + e.getMessage(),
                        rule(String.valueOf(e.getSchemaLocation()), file)))
                .toList();
    }

    /**
     * As {@link #check}, against a schema given inline (an OpenAPI component schema, say) that is named {@code name}
     * beside the schema files, so that its relative $refs resolve to them.
     */
    public List<Violation> check(String name, JsonNode schema, JsonNode document) {
        return registry.getSchema(SchemaLocation.of(ID_PREFIX + name), schema).validate(document).stream()
                .map(e -> new Violation(pointer(e.getInstanceLocation().toString()) + " [" + e.getKeyword() + "] " + e.getMessage(),
                        rule(String.valueOf(e.getSchemaLocation()), name)))
                .toList();
    }

    private static String rule(String location, String file) {
        if (location.startsWith(ID_PREFIX)) return location.substring(ID_PREFIX.length());
        return location.startsWith("#") ? file + location : location;
    }

    private static String pointer(String location) {
        return location.isEmpty() ? "/" : location;
    }
}
