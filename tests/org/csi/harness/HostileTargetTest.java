package org.csi.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.csi.harness.cli.Csi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Solutions that are hostile from their first answer: slow, huge, a gzip bomb, a header flood, malformed, nested
 * without end, redirecting to another loopback port, resetting, hanging, not UTF-8. Each run is {@code csi run} in a
 * JVM of its own with a small heap ({@link SmallHeapRun}): it ends by itself in bounded time with a complete run
 * folder (run.json written last), GEN-01 fails naming the cause or the cap, and nothing passes.
 */
class HostileTargetTest {
    static HttpServer server;
    static HttpServer elsewhere;
    static ServerSocket raw;
    static byte[] bomb;
    static Path config;

    @BeforeAll
    static void start() throws Exception {
        bomb = HostileBodies.gzipOfZeros(1024);
        elsewhere = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4);
        elsewhere.createContext("/", ex -> {
            try (ex) {
                send(ex, "{}".getBytes());
            }
        });
        elsewhere.start();
        server = HostileBodies.loopbackServer();
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
                        } catch (IOException closedByHarness) {
                            // expected: the harness stops reading past its limit
                        }
                    }
                    case "gzip" -> {
                        ex.getResponseHeaders().set("Content-Encoding", "gzip");
                        send(ex, bomb);
                    }
                    case "headers" -> {
                        for (int i = 0; i < 100_000; i++) ex.getResponseHeaders().add("X-Flood-" + i, "flood");
                        send(ex, "{}".getBytes());
                    }
                    case "malformed" -> send(ex, "{\"vendor\": {\"name\": ".getBytes(StandardCharsets.UTF_8));
                    case "deep" -> send(ex, ("{\"vendor\":" + "[".repeat(200_000) + "]".repeat(200_000) + "}").getBytes(StandardCharsets.UTF_8));
                    case "redirect" -> {
                        ex.getResponseHeaders().set("Location", "http://127.0.0.1:" + elsewhere.getAddress().getPort() + ex.getRequestURI());
                        ex.sendResponseHeaders(302, -1);
                    }
                    case "utf8" -> send(ex, new byte[] {'{', '"', 'v', 'e', 'n', 'd', 'o', 'r', '"', ':', '"', (byte) 0xc3, (byte) 0x28, '"', '}'});
                    case "drip" -> {
                        ex.sendResponseHeaders(200, 0);
                        try (OutputStream o = ex.getResponseBody()) {
                            for (int i = 0; i < 60; i++) {
                                o.write(' ');
                                o.flush();
                                HostileProxy.pause(300);
                            }
                        } catch (IOException closedByHarness) {
                            // expected: the harness gives up at its deadline
                        }
                    }
                    default -> send(ex, "{}".getBytes());
                }
            }
        });
        server.start();
        raw = new ServerSocket(0, 16, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(HostileTargetTest::rawLoop, "hostile-raw");
        acceptor.setDaemon(true);
        acceptor.start();
        config = Files.createTempFile("hostile", ".json");
        Files.writeString(config, """
                {"credentials": {"T1": {"INSURER": {"apiKey": "key-one-t1"}}, "T2": {"INSURER": {"apiKey": "key-two-t2"}}},
                 "timeouts": {"connectSeconds": 1, "readSeconds": 1},
                 "limits": {"maxResponseBytes": 4194304}}
                """);
    }

    /** A server below HTTP: "/reset" answers a request with a TCP reset, "/hang" reads it and never answers. */
    private static void rawLoop() {
        while (!raw.isClosed()) {
            try {
                Socket s = raw.accept();
                Thread t = new Thread(() -> {
                    try (s) {
                        String head = readHead(s.getInputStream());
                        if (head.contains(" /reset")) {
                            s.setSoLinger(true, 0);
                            return;
                        }
                        HostileProxy.pause(30_000);
                    } catch (IOException ignored) {
                        // the harness closed it
                    }
                });
                t.setDaemon(true);
                t.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private static String readHead(InputStream in) throws IOException {
        StringBuilder b = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0) {
            b.append((char) c);
            if (b.length() >= 4 && b.substring(b.length() - 4).equals("\r\n\r\n")) break;
        }
        return b.toString();
    }

    private static void send(HttpExchange ex, byte[] body) throws IOException {
        HostileBodies.sendJson(ex, body);
    }

    @AfterAll
    static void stop() throws IOException {
        server.stop(0);
        elsewhere.stop(0);
        raw.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "slow      | no response within",
        "huge      | exceeds the harness limit of 4194304 bytes (limits.maxResponseBytes (4194304))",
        "gzip      | the response body exceeds the harness limit of 4194304 bytes (limits.maxResponseBytes (4194304))",
        "headers   | exceeds limits.maxHeaderCount (200)",
        "malformed | not JSON",
        "deep      | nests JSON deeper than the harness reads (1000 levels)",
        "redirect  | → 302",
        "reset     | Connection reset",
        "hang      | no response within the read timeout",
        "utf8      | not valid UTF-8",
        "drip      | no complete response within"
    })
    void runEndsWholeAndGen01FailsWithTheCause(String mode, String cause) throws Exception {
        int port = mode.equals("reset") || mode.equals("hang") ? raw.getLocalPort() : server.getAddress().getPort();
        SmallHeapRun.Result r = SmallHeapRun.run(90, "--target", "http://127.0.0.1:" + port + "/" + mode, "--config", config.toString());
        assertEquals(Csi.NOT_CONFORMANT, r.exit(), SmallHeapRun.tail(r.console()));
        JsonNode gen = r.scorecard().path("standards").get(0);
        assertEquals("CSI-GEN", gen.path("id").asText());
        assertEquals("NON_CONFORMANT", gen.path("verdict").asText());
        r.clauses().forEach((id, c) -> {
            if (id.equals("GEN-01")) {
                assertEquals("FAIL", c.path("outcome").asText(), c.toString());
                assertTrue(c.path("reason").asText().contains(cause.trim()), c.path("reason").asText());
            } else {
                assertTrue(!c.path("outcome").asText().equals("PASS"), id + " passed against a hostile target");
            }
        });
    }

    /** timeouts.runMinutes: a run that meets its deadline ends what is still running CANNOT_TELL, its reports whole. */
    @Test
    void theRunsDeadlineEndsWhatIsStillRunningCannotTell() throws Exception {
        Path short_ = Files.createTempFile("hostile-deadline", ".json");
        Files.writeString(short_, """
                {"credentials": {"T1": {"INSURER": {"apiKey": "key-one-t1"}}, "T2": {"INSURER": {"apiKey": "key-two-t2"}}},
                 "timeouts": {"connectSeconds": 1, "readSeconds": 20, "runMinutes": 0.05}}
                """);
        SmallHeapRun.Result r = SmallHeapRun.run(60, "--target", "http://127.0.0.1:" + server.getAddress().getPort() + "/slow",
                "--config", short_.toString());
        assertTrue(r.seconds() < 20, "the deadline (3 s), not the read timeout (20 s), ends the run: " + r.seconds() + " s");
        JsonNode gen01 = r.clauses().get("GEN-01");
        assertEquals("CANNOT_TELL", gen01.path("outcome").asText(), gen01.toString());
        assertTrue(gen01.path("reason").asText().contains("the run's deadline passed"), gen01.toString());
    }
}
