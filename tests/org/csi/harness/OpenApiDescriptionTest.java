package org.csi.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;

/**
 * schemas/openapi.yaml is a description vendors can build on (issue 13 point 1): it validates clean, every write
 * operation says what it takes and how it refuses, every property is typed, and a server stub generated from it
 * compiles.
 */
class OpenApiDescriptionTest {
    private static final Path SPEC = Path.of("schemas", "openapi.yaml");
    private static final List<String> STANDARDS = List.of("CSI-GEN", "CSI-CAT", "CSI-UW", "CSI-RQ", "CSI-MON", "CSI-ER", "CSI-CLM");

    private static SwaggerParseResult parse() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        return new OpenAPIV3Parser().readLocation(SPEC.toAbsolutePath().toUri().toString(), null, options);
    }

    @Test
    void theValidatorFindsNothingToSay() {
        SwaggerParseResult result = parse();
        assertNotNull(result.getOpenAPI(), "the file does not parse: " + result.getMessages());
        assertEquals("3.1.0", result.getOpenAPI().getOpenapi());
        assertEquals(List.of(), result.getMessages(), "swagger-parser's validation messages");
    }

    @Test
    void everyOperationIsSummarisedInBothLanguagesAndRefusesWithAProblem() {
        OpenAPI api = parse().getOpenAPI();
        List<String> missing = new ArrayList<>();
        int writes = 0;
        for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> e : path.getValue().readOperationsMap().entrySet()) {
                Operation op = e.getValue();
                String where = e.getKey() + " " + path.getKey();
                String summary = op.getSummary() == null ? "" : op.getSummary();
                if (!summary.matches(".*\\p{IsHan}.* / .*[A-Za-z].*")) missing.add(where + ": summary in Chinese and English");
                var fourXX = op.getResponses().get("4XX");
                if (fourXX != null && fourXX.get$ref() != null) {
                    fourXX = api.getComponents().getResponses().get(fourXX.get$ref().substring("#/components/responses/".length()));
                }
                if (fourXX == null || fourXX.getContent() == null || fourXX.getContent().keySet().stream()
                        .noneMatch(m -> m.equals("application/problem+json"))) missing.add(where + ": 4XX problem+json");
                boolean write = switch (e.getKey()) { case POST, PUT, PATCH -> true; default -> false; };
                if (write) {
                    writes++;
                    if (op.getRequestBody() == null || op.getRequestBody().getContent() == null
                            || op.getRequestBody().getContent().isEmpty()) missing.add(where + ": requestBody");
                }
            }
        }
        assertTrue(writes >= 30, "write operations found: " + writes);
        assertEquals(List.of(), missing);
        assertTrue(api.getPaths().get("/oauth2/token").getPost().getRequestBody().getContent()
                .containsKey("application/x-www-form-urlencoded"), "the token endpoint takes a form");
        String description = api.getInfo().getDescription();
        for (String s : STANDARDS) assertTrue(description.contains(s), "info.description names " + s);
    }

    @Test
    void everyRequestPropertyIsTyped() throws IOException {
        OpenAPI api = parse().getOpenAPI();
        List<String> untyped = new ArrayList<>();
        for (Map.Entry<String, Schema> s : api.getComponents().getSchemas().entrySet()) {
            Map<String, Schema> props = s.getValue().getProperties();
            if (props != null && props.isEmpty()) untyped.add(s.getKey() + ": properties {}");
            if (props == null) continue;
            props.forEach((name, p) -> {
                if (p.get$ref() == null && (p.getTypes() == null || p.getTypes().isEmpty())) untyped.add(s.getKey() + "." + name);
            });
        }
        try (Stream<Path> files = Files.list(Path.of("schemas"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                if (Files.readString(f).matches("(?s).*\"properties\"\\s*:\\s*\\{\\s*}.*")) untyped.add(f + ": properties {}");
            }
        }
        assertEquals(List.of(), untyped);
        Schema<?> contact = api.getComponents().getSchemas().get("Contact");
        assertEquals(java.util.Set.of("name", "idCardNumber", "mobile"), java.util.Set.copyOf(contact.getRequired()));
        contact.getProperties().values().forEach(p -> assertEquals("string", p.getTypes().iterator().next()));
    }

    @Test
    void theExamplesAreTheFixtures() throws IOException {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        var api = new com.fasterxml.jackson.databind.ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory()).readTree(SPEC.toFile());
        var examples = api.path("components").path("examples");
        var forensic = json.readTree(Path.of("fixtures", "clm", "forensic.json").toFile());
        var fr1 = examples.path("FR-1").path("value");
        assertEquals(forensic.path("provider"), fr1.path("provider"));
        for (String member : List.of("attackTechniques", "initialAccessVector", "affectedAssets", "timeline", "evidence", "rootCause")) {
            assertEquals(forensic.path("FR-1").path(member), fr1.path(member), "FR-1 " + member);
        }
        var incident = json.readTree(Path.of("fixtures", "clm", "incidents.json").toFile()).path("INC-IV");
        var contact = json.readTree(Path.of("fixtures", "uw", "organisations.json").toFile()).path("contact");
        var inc = examples.path("INC-IV").path("value");
        for (String member : List.of("operatorType", "summary", "impact")) assertEquals(incident.path(member), inc.path(member), "INC-IV " + member);
        assertEquals(contact.path("mobile"), inc.path("reporter").path("mobile"));
        assertEquals(json.readTree(Path.of("fixtures", "gen", "clock.json").toFile()).path("T0"), examples.path("T0").path("value").path("frozenTime"));
    }

    @Test
    void aServerStubGeneratedFromItCompiles() throws IOException {
        Path out = Path.of("target", "openapi-stub");
        deleteTree(out);
        var configurator = new CodegenConfigurator()
                .setGeneratorName("jaxrs-spec")
                .setInputSpec(SPEC.toAbsolutePath().toString())
                .setOutputDir(out.toString())
                .setApiPackage("org.csi.stub.api")
                .setModelPackage("org.csi.stub.model")
                .addAdditionalProperty("interfaceOnly", true)
                .addAdditionalProperty("useJakartaEe", true)
                .addAdditionalProperty("useSwaggerAnnotations", false)
                .addAdditionalProperty("useBeanValidation", false)
                .addAdditionalProperty("openApiNullable", false)
                .addAdditionalProperty("hideGenerationTimestamp", true);
        List<java.io.File> files = new DefaultGenerator().opts(configurator.toClientOptInput()).generate();
        assertFalse(files.isEmpty(), "the generator wrote nothing");
        List<Path> sources;
        try (Stream<Path> walk = Files.walk(out.resolve("src"))) {
            sources = walk.filter(p -> p.toString().endsWith(".java")).toList();
        }
        assertTrue(sources.stream().anyMatch(p -> p.getFileName().toString().endsWith("Api.java")), "no API interface generated");
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Path classes = out.resolve("classes");
        Files.createDirectories(classes);
        try (StandardJavaFileManager fm = compiler.getStandardFileManager(diagnostics, null, null)) {
            StringWriter log = new StringWriter();
            boolean ok = compiler.getTask(log, fm, diagnostics,
                    List.of("-d", classes.toString(), "-classpath", System.getProperty("java.class.path"), "-proc:none", "-nowarn"),
                    null, fm.getJavaFileObjectsFromPaths(sources)).call();
            assertTrue(ok, "the generated stub does not compile: " + diagnostics.getDiagnostics().stream()
                    .filter(d -> d.getKind() == javax.tools.Diagnostic.Kind.ERROR).limit(10).map(Object::toString).toList() + log);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
