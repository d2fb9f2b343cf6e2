package org.csi.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A harness error is CANNOT_TELL, never the solution's FAIL. A real one: with limits.maxResponseBytes at its
 * schema's maximum (1 GiB) and a 256 MiB heap, a solution whose questionnaire answers never end makes the harness
 * run out of memory reading them. The clauses whose scenarios met that exchange are CANNOT_TELL "harness error:
 * OutOfMemoryError"; every other clause ends as it does in the same run without the hostile answer.
 */
class HarnessErrorTest {
    private static final String PREFIX = "/csi/v1/questionnaires";
    private static final String TAGS = "@CSI-UW or @CAT-01";

    @Test
    void anOutOfMemoryErrorInOneExchangeLeavesEveryOtherClauseAsItWas() throws Exception {
        try (ExternalReference reference = new ExternalReference((String) null)) {
            ObjectNode c = (ObjectNode) new ObjectMapper().readTree(reference.config.toFile());
            c.putObject("limits").put("maxResponseBytes", 1_073_741_824);
            Path config = Files.createTempFile("csi-harness-error", ".json");
            Files.writeString(config, c.toPrettyString());
            Map<String, JsonNode> baseline, hostile;
            try (HostileProxy proxy = new HostileProxy(reference.url(), PREFIX, HostileProxy.Mode.NONE)) {
                baseline = SmallHeapRun.run(240, "--target", proxy.url(), "--config", config.toString(), "--tags", TAGS, "--threads", "1").clauses();
            }
            SmallHeapRun.Result run;
            try (HostileProxy proxy = new HostileProxy(reference.url(), PREFIX, HostileProxy.Mode.ENDLESS)) {
                run = SmallHeapRun.run(240, "--target", proxy.url(), "--config", config.toString(), "--tags", TAGS, "--threads", "1");
            }
            hostile = run.clauses();
            assertEquals(baseline.keySet(), hostile.keySet());
            List<String> harnessErrors = new ArrayList<>();
            List<String> changed = new ArrayList<>();
            hostile.forEach((id, outcome) -> {
                String reason = outcome.path("reason").asText();
                if (reason.contains("OutOfMemoryError")) {
                    assertEquals("CANNOT_TELL", outcome.path("outcome").asText(), id + " is the harness's fault, not the solution's: " + reason);
                    assertTrue(reason.contains("harness error: OutOfMemoryError"), reason);
                    harnessErrors.add(id);
                } else if (!outcome.path("outcome").equals(baseline.get(id).path("outcome"))) {
                    changed.add(id + ": " + baseline.get(id).path("outcome").asText() + " → " + outcome.path("outcome").asText() + " " + reason);
                }
            });
            assertTrue(!harnessErrors.isEmpty(), "the endless answers ran the harness out of memory: " + SmallHeapRun.tail(run.console()));
            assertEquals(List.of(), changed, "every clause that did not meet the error ends as without it");
            assertTrue(baseline.values().stream().anyMatch(o -> o.path("outcome").asText().equals("PASS")), "the baseline passes clauses");
        }
    }

    /**
     * An OutOfMemoryError that escapes the run (a 16 MiB heap: the harness cannot even hold its run) ends {@code csi}
     * with exit 4 and a message, within bounded time: main catches every Throwable, and the embedded reference's
     * non-daemon server threads do not keep the finished JVM alive.
     */
    @Test
    void anOutOfMemoryErrorThatEscapesTheRunEndsTheJvmWithExit4() throws Exception {
        Path dir = Files.createTempDirectory("csi-oom-");
        Path console = dir.resolve("console.txt");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx16m",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-cp", System.getProperty("java.class.path"),
                "org.csi.harness.cli.Csi", "run", "--no-html", "--out", dir.resolve("out").toString())
                .redirectErrorStream(true).redirectOutput(console.toFile()).start();
        boolean ended = p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS);
        if (!ended) p.destroyForcibly().waitFor();
        String text = Files.readString(console);
        assertTrue(ended, "the JVM ends by itself; console:\n" + SmallHeapRun.tail(text));
        assertEquals(org.csi.harness.cli.Csi.HARNESS_ERROR, p.exitValue(), SmallHeapRun.tail(text));
        // The line names the OutOfMemoryError, directly or as the cause of what it broke (a class whose initialiser it stopped).
        assertTrue(text.lines().anyMatch(l -> l.startsWith("csi: harness error: ") && l.contains("java.lang.OutOfMemoryError")), SmallHeapRun.tail(text));
    }
}
