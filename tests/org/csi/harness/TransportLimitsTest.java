package org.csi.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.GZIPOutputStream;
import org.csi.harness.config.Limits;
import org.csi.harness.contract.ContractCheck;
import org.csi.harness.contract.SchemaCheck;
import org.csi.harness.evidence.EvidenceLog;
import org.csi.harness.evidence.Exchange;
import org.csi.harness.evidence.Redactor;
import org.csi.harness.http.HttpTransport;
import org.csi.harness.http.Reply;
import org.csi.harness.http.Request;
import org.csi.harness.verdict.CannotTell;
import org.csi.harness.verdict.ClauseViolation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The transport is bounded by construction: header count, header bytes, decoded body bytes and evidence per exchange
 * each have a cap from {@code limits.*}, and a response past one fails naming it; a body that is not UTF-8 fails; the
 * run's deadline ends an exchange CANNOT_TELL.
 */
class TransportLimitsTest {
    static HttpServer server;
    /** 64 MiB of zeros in 64 KiB of gzip: far under the cap on the wire, far over it decoded. */
    static byte[] bomb;

    @BeforeAll
    static void start() throws IOException {
        bomb = HostileBodies.gzipOfZeros(64);
        server = HostileBodies.loopbackServer();
        server.createContext("/", ex -> {
            try (ex) {
                switch (ex.getRequestURI().getPath()) {
                    case "/headers" -> {
                        for (int i = 0; i < 100_000; i++) ex.getResponseHeaders().add("X-Flood-" + i, "x");
                        send(ex, "{}".getBytes());
                    }
                    case "/wide-header" -> {
                        ex.getResponseHeaders().add("X-Wide", "x".repeat(70_000));
                        send(ex, "{}".getBytes());
                    }
                    case "/header-bytes" -> {
                        for (int i = 0; i < 150; i++) ex.getResponseHeaders().add("X-Big-" + i, "y".repeat(1_000));
                        send(ex, "{}".getBytes());
                    }
                    case "/gzip" -> {
                        ex.getResponseHeaders().set("Content-Encoding", "gzip");
                        send(ex, bomb);
                    }
                    case "/small-gzip" -> {
                        ex.getResponseHeaders().set("Content-Encoding", "gzip");
                        ByteArrayOutputStream b = new ByteArrayOutputStream();
                        try (GZIPOutputStream g = new GZIPOutputStream(b)) {
                            g.write("{\"ok\":true}".getBytes(StandardCharsets.UTF_8));
                        }
                        send(ex, b.toByteArray());
                    }
                    case "/latin1" -> send(ex, new byte[] {'{', '"', 'n', '"', ':', '"', (byte) 0xe9, '"', '}'});
                    case "/deep" -> send(ex, ("[".repeat(100_000) + "]".repeat(100_000)).getBytes(StandardCharsets.UTF_8));
                    case "/large" -> send(ex, ("[" + "\"abcdefgh\",".repeat(40_000) + "0]").getBytes(StandardCharsets.UTF_8));
                    case "/slow" -> {
                        HostileProxy.pause(3_000);
                        send(ex, "{}".getBytes());
                    }
                    default -> send(ex, "{}".getBytes());
                }
            }
        });
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    private static void send(HttpExchange ex, byte[] body) throws IOException {
        HostileBodies.sendJson(ex, body);
    }

    final EvidenceLog evidence = new EvidenceLog(new Redactor());
    final HttpTransport transport = new HttpTransport(Duration.ofSeconds(2), Duration.ofSeconds(5), Limits.defaults(), evidence,
            new ContractCheck(new SchemaCheck()), null);

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private String failure(String path) {
        return assertThrows(ClauseViolation.class, () -> transport.send(Request.of("GET", url(path)), false)).getMessage();
    }

    @Test
    void aHeaderFloodEndsAtTheHeaderCountCap() {
        assertTrue(failure("/headers").contains("exceeds limits.maxHeaderCount (200)"), failure("/headers"));
    }

    @Test
    void headerBytesAreCappedInAllAndPerLine() {
        assertTrue(failure("/header-bytes").contains("exceed limits.maxHeaderBytes (65536)"), failure("/header-bytes"));
        assertTrue(failure("/wide-header").contains("exceeds limits.maxHeaderBytes (65536)"), failure("/wide-header"));
    }

    @Test
    void theBodyIsCountedAfterDecoding() {
        assertTrue(bomb.length < Limits.DEFAULT_MAX_RESPONSE / 8, "the bomb is small on the wire: " + bomb.length);
        String reason = failure("/gzip");
        assertTrue(reason.contains("the response body exceeds the harness limit of 8388608 bytes (limits.maxResponseBytes (8388608))"), reason);
        Reply ok = transport.send(Request.of("GET", url("/small-gzip")), false);
        assertEquals("{\"ok\":true}", ok.body(), "a gzip body under the cap is read, decoded");
    }

    @Test
    void aBodyThatIsNotUtf8Fails() {
        String reason = failure("/latin1");
        assertTrue(reason.contains("not valid UTF-8: byte 6 is 0xe9"), reason);
    }

    @Test
    void jsonNestedTooDeepFailsNamingTheDepth() {
        String reason = failure("/deep");
        assertTrue(reason.contains("nests JSON deeper than the harness reads (1000 levels)"), reason);
    }

    @Test
    void evidenceOfOneExchangeIsCutAtItsCap() {
        evidence.begin("limits:1");
        Reply reply = transport.send(Request.of("GET", url("/large")), false);
        evidence.end();
        assertTrue(reply.body().length() > Limits.DEFAULT_MAX_EVIDENCE, "the reply itself is whole");
        Exchange kept = evidence.of("limits:1").exchanges().get(0);
        assertTrue(kept.response().length() < Limits.DEFAULT_MAX_EVIDENCE + 200, "cut: " + kept.response().length());
        assertTrue(kept.response().endsWith("the rest is not kept: limits.maxEvidenceBytes (65536))"), kept.response().substring(kept.response().length() - 120));
    }

    @Test
    void pastTheRunsDeadlineAnExchangeIsCannotTellNotFail() {
        transport.deadlineIn(Duration.ofMillis(800));
        CannotTell cut = assertThrows(CannotTell.class, () -> transport.send(Request.of("GET", url("/slow")), false));
        assertTrue(cut.getMessage().startsWith("the run's deadline passed while the exchange was under way"), cut.getMessage());
        assertTrue(transport.deadlinePassed());
        CannotTell next = assertThrows(CannotTell.class, () -> transport.send(Request.of("GET", url("/fine")), false));
        assertTrue(next.getMessage().startsWith("the run's deadline passed before GET"), next.getMessage());
    }

    @Test
    void theCapsAndTheRunsDeadlineComeFromTheRunConfiguration() throws IOException {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("csi-limits", ".json");
        java.nio.file.Files.writeString(file, """
                {"credentials": {"T1": {"INSURER": {"apiKey": "key-one-t1"}}, "T2": {"INSURER": {"apiKey": "key-two-t2"}}},
                 "timeouts": {"runMinutes": 0.5},
                 "limits": {"maxResponseBytes": 2048, "maxHeaderCount": 20, "maxHeaderBytes": 4096, "maxEvidenceBytes": 1024}}
                """);
        org.csi.harness.config.HarnessConfig c = org.csi.harness.config.ConfigLoader.fromSystemEnvironment().load(file);
        assertEquals(new Limits(2048, 20, 4096, 1024), c.limits());
        assertEquals(Duration.ofSeconds(30), c.runDeadline());
        assertEquals(Limits.defaults(), org.csi.harness.config.HarnessConfig.defaults().limits());
        assertEquals(Duration.ofMinutes(60), org.csi.harness.config.HarnessConfig.defaults().runDeadline());
        java.nio.file.Files.writeString(file, """
                {"credentials": {"T1": {"INSURER": {"apiKey": "key-one-t1"}}, "T2": {"INSURER": {"apiKey": "key-two-t2"}}},
                 "limits": {"maxHeaderCount": 0}}
                """);
        assertThrows(org.csi.harness.config.ConfigException.class, () -> org.csi.harness.config.ConfigLoader.fromSystemEnvironment().load(file));

        HttpTransport tight = new HttpTransport(Duration.ofSeconds(2), Duration.ofSeconds(5), new Limits(2048, 20, 4096, 1024), evidence,
                new ContractCheck(new SchemaCheck()), null);
        String reason = assertThrows(ClauseViolation.class, () -> tight.send(Request.of("GET", url("/header-bytes")), false)).getMessage();
        assertTrue(reason.contains("limits.maxHeaderCount (20)"), reason);
    }
}
