package org.csi.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import org.csi.harness.run.ConformanceRun;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Solutions that are slow, flood, send garbage or drip bytes forever: the run completes, the scorecard is written
 * whole, and GEN-01 fails with the cause; nothing else is judged.
 */
class HostileTargetTest {
    static HttpServer server;

    @BeforeAll
    static void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r);
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", ex -> {
            String mode = ex.getRequestURI().getPath().split("/")[1];
            try (ex) {
                switch (mode) {
                    case "slow" -> {
                        HostileProxy.pause(5_000);
                        send(ex, "{}".getBytes());
                    }
                    case "huge" -> {
                        ex.getResponseHeaders().set("Content-Type", "application/json");
                        ex.sendResponseHeaders(200, 0);
                        try (OutputStream o = ex.getResponseBody()) {
                            byte[] chunk = "[1,2,3,4,5,6,7,8,9,0]".repeat(5000).getBytes();
                            for (int i = 0; i < 400; i++) o.write(chunk);
                        } catch (java.io.IOException closedByHarness) {
                            // expected: the harness stops reading past its limit
                        }
                    }
                    case "malformed" -> send(ex, "{\"vendor\": {\"name\": ".getBytes(StandardCharsets.UTF_8));
                    case "drip" -> {
                        ex.sendResponseHeaders(200, 0);
                        try (OutputStream o = ex.getResponseBody()) {
                            for (int i = 0; i < 60; i++) {
                                o.write(' ');
                                o.flush();
                                HostileProxy.pause(300);
                            }
                        } catch (java.io.IOException closedByHarness) {
                            // expected: the harness gives up at its deadline
                        }
                    }
                    default -> send(ex, "{}".getBytes());
                }
            }
        });
        server.start();
    }

    private static void send(com.sun.net.httpserver.HttpExchange ex, byte[] body) throws java.io.IOException {
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(200, body.length);
        ex.getResponseBody().write(body);
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "slow,      no response within",
        "huge,      exceeds the harness limit",
        "malformed, not JSON",
        "drip,      no complete response within"
    })
    void runCompletesAndGen01FailsWithTheCause(String mode, String cause) throws Exception {
        Path config = Files.createTempFile("hostile", ".json");
        Files.writeString(config, """
                {"credentials": {"T1": {"INSURER": {"apiKey": "key-one-t1"}}, "T2": {"INSURER": {"apiKey": "key-two-t2"}}},
                 "timeouts": {"connectSeconds": 1, "readSeconds": 1},
                 "limits": {"maxResponseBytes": 1048576}}
                """);
        Path out = Files.createTempDirectory("hostile-").resolve("out");
        String target = "http://127.0.0.1:" + server.getAddress().getPort() + "/" + mode;
        long t0 = System.nanoTime();
        ConformanceRun.execute(new ConformanceRun.Options(target, config, null, null, out, 2, false, null, null,
                new PrintStream(OutputStream.nullOutputStream())));
        long seconds = (System.nanoTime() - t0) / 1_000_000_000L;
        assertTrue(seconds < 30, "bounded in time: " + seconds + " s");
        JsonNode s = new ObjectMapper().readTree(out.resolve("scorecard.json").toFile());
        JsonNode gen = s.path("standards").get(0);
        assertEquals("CSI-GEN", gen.path("id").asText());
        assertEquals("NON_CONFORMANT", gen.path("verdict").asText());
        for (JsonNode c : gen.path("clauses")) {
            String id = c.path("id").asText();
            if (id.equals("GEN-01")) {
                assertEquals("FAIL", c.path("outcome").asText());
                assertTrue(c.path("reason").asText().contains(cause.trim()), c.path("reason").asText());
            } else if (c.path("outcome").asText().equals("PASS")) {
                throw new AssertionError(id + " passed against a hostile target");
            }
        }
        try (var files = Files.list(out)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".part")), "no half-written file is left");
        }
    }
}
