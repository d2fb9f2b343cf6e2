package org.csi.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * schemas/openapi.yaml lints clean with a maintained OpenAPI linter (issue 13 point 1): Redocly CLI, pinned in
 * tests/openapi-lint/package-lock.json, with the recommended ruleset of tests/openapi-lint/redocly.yaml. Any error
 * or warning left fails the test. The npm project is installed with {@code npm ci} into target/openapi-lint and kept
 * there while the lock file is unchanged.
 */
class OpenApiLintTest {
    private static final Path PROJECT = Path.of("tests", "openapi-lint");
    private static final Path INSTALL = Path.of("target", "openapi-lint");
    private static final Path CLI = INSTALL.resolve("node_modules/@redocly/cli/bin/cli.js");

    @BeforeAll
    static void installRedocly() throws IOException, InterruptedException {
        byte[] lock = Files.readAllBytes(PROJECT.resolve("package-lock.json"));
        Path installedLock = INSTALL.resolve("package-lock.json");
        if (Files.exists(CLI) && Files.exists(installedLock) && java.util.Arrays.equals(lock, Files.readAllBytes(installedLock))) return;
        Files.createDirectories(INSTALL);
        Files.copy(PROJECT.resolve("package.json"), INSTALL.resolve("package.json"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.write(installedLock, lock);
        Run npm = run(INSTALL, List.of("npm", "ci", "--no-audit", "--no-fund"), 600);
        assertEquals(0, npm.exit, "npm ci of " + PROJECT + " failed (Node.js and npm are needed, Redocly CLI 2.x wants Node >= 20.19):\n" + npm.output);
        assertTrue(Files.exists(CLI), "npm ci did not install " + CLI);
    }

    @Test
    void theInterfaceLintsCleanWithTheRecommendedRuleset() throws IOException, InterruptedException {
        JsonNode report = lint(Path.of("schemas", "openapi.yaml"));
        assertEquals("2.77.0", report.path("version").asText(), "the pinned Redocly CLI ran");
        List<String> problems = new ArrayList<>();
        for (JsonNode p : report.path("problems")) {
            problems.add(p.path("severity").asText() + " " + p.path("ruleId").asText() + ": " + p.path("message").asText()
                    + " at " + p.path("location").path(0).path("source").path("ref").asText()
                    + p.path("location").path(0).path("pointer").asText());
        }
        assertEquals(List.of(), problems, "Redocly lint problems");
        assertEquals(0, report.path("totals").path("errors").asInt());
        assertEquals(0, report.path("totals").path("warnings").asInt());
    }

    /** The same run reports a warning when there is one, so a clean result above means something. */
    @Test
    void theLinterReportsAnOperationWithoutAnId() throws IOException, InterruptedException {
        Path broken = INSTALL.resolve("broken-openapi.yaml");
        Files.writeString(broken, """
                openapi: 3.1.0
                info: { title: broken, version: "1", description: d, license: { name: x, identifier: MIT } }
                servers: [ { url: "http://127.0.0.1:8080" } ]
                security: []
                paths:
                  /things:
                    get:
                      summary: list things
                      responses:
                        "200": { description: ok }
                        "4XX": { description: refused }
                """);
        JsonNode report = lint(broken);
        List<String> rules = new ArrayList<>();
        report.path("problems").forEach(p -> rules.add(p.path("ruleId").asText()));
        assertTrue(rules.contains("operation-operationId"), "Redocly's findings on an operation without operationId: " + rules);
        assertTrue(report.path("totals").path("warnings").asInt() + report.path("totals").path("errors").asInt() > 0);
    }

    private static JsonNode lint(Path file) throws IOException, InterruptedException {
        Run lint = run(Path.of("."), List.of("node", CLI.toString(), "lint", "--config", PROJECT.resolve("redocly.yaml").toString(),
                "--format", "json", file.toString()), 120);
        int start = lint.stdout.indexOf('{');
        assertTrue(start >= 0, "no JSON report from redocly lint (exit " + lint.exit + "):\n" + lint.output);
        return new ObjectMapper().readTree(lint.stdout.substring(start));
    }

    private record Run(int exit, String stdout, String output) {}

    private static Run run(Path dir, List<String> command, long timeoutSeconds) throws IOException, InterruptedException {
        Path out = Files.createTempFile(INSTALL.toAbsolutePath().getParent(), "openapi-lint", ".out");
        Path err = Files.createTempFile(INSTALL.toAbsolutePath().getParent(), "openapi-lint", ".err");
        try {
            ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            // No telemetry, update check or banner: the lint is a local, offline-repeatable step.
            pb.environment().put("REDOCLY_TELEMETRY", "off");
            pb.environment().put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
            Process p = pb.start();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError(command + " did not finish in " + timeoutSeconds + " s");
            }
            String stdout = Files.readString(out, StandardCharsets.UTF_8);
            return new Run(p.exitValue(), stdout, stdout + Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
