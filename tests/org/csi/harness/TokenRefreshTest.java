package org.csi.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.csi.harness.config.Credential;
import org.csi.harness.contract.ContractCheck;
import org.csi.harness.contract.SchemaCheck;
import org.csi.harness.evidence.EvidenceLog;
import org.csi.harness.evidence.Exchange;
import org.csi.harness.evidence.Redactor;
import org.csi.harness.evidence.ScenarioEvidence;
import org.csi.harness.http.Caller;
import org.csi.harness.http.HttpTransport;
import org.csi.harness.http.TokenCache;
import org.csi.harness.run.ConformanceRun;
import org.csi.harness.verdict.ClauseOutcome;
import org.csi.harness.verdict.Outcome;
import org.csi.reference.ReferenceSolution;
import org.junit.jupiter.api.Test;

/** A long run outlives its tokens: the harness renews them at half their lifetime, and resends once a request whose token lapsed in flight. */
class TokenRefreshTest {
    final Redactor redactor = new Redactor();
    final EvidenceLog evidence = new EvidenceLog(redactor);
    final HttpTransport transport = new HttpTransport(Duration.ofSeconds(5), Duration.ofSeconds(10), 1 << 20, evidence,
            new ContractCheck(new SchemaCheck()), null);

    @Test
    void tokensAreRenewedAtHalfTheirLifetime() throws Exception {
        try (ReferenceSolution solution = ReferenceSolution.start(ReferenceSolution.Options.defaults().withTokenTtl(Duration.ofSeconds(2)))) {
            TokenCache tokens = new TokenCache(transport, solution.baseUrl() + ReferenceSolution.TOKEN_PATH, redactor);
            var k = solution.credentials().get(0);
            Credential c = new Credential(k.tenant(), k.role(), false, k.clientId(), k.clientSecret(), k.apiKey(), k.clientId());
            Caller caller = new Caller.Factory(transport, solution.baseUrl() + ReferenceSolution.API_BASE, tokens, false).as(c);
            String first = tokens.bearer(c);
            assertEquals(first, tokens.bearer(c), "a fresh token is reused");
            assertEquals(200, caller.get("/test-clocks").status());
            Thread.sleep(1_100); // past half of its 2 s: renewed before use, with a whole second still left on the old one
            String second = tokens.bearer(c);
            assertNotEquals(first, second);
            Thread.sleep(1_000); // the first token has expired by now; the caller's requests still pass
            assertEquals(200, caller.get("/test-clocks").status());
        }
    }

    /** Renewal is at half the lifetime, whatever the lifetime: a 10 s token is due after 5 s, not 1 s before its end. */
    @Test
    void aTokenIsDueOnceHalfItsLifetimeHasPassed() {
        java.time.Instant now = java.time.Instant.now();
        assertTrue(new TokenCache.Token("t", 10, now.minusMillis(5_100)).due());
        assertTrue(!new TokenCache.Token("t", 10, now.minusMillis(4_000)).due());
        assertTrue(new TokenCache.Token("t", 3_600, now.minusSeconds(1_801)).due());
        assertTrue(!new TokenCache.Token("t", 3_600, now.minusSeconds(1_700)).due());
    }

    /** A server whose first answer to token 1 comes back 1.1 s late with a 401: the token lapsed (passed half its 2 s) in flight. */
    @Test
    void aRequestWhoseTokenLapsedInFlightIsResentOnceWithANewTokenAndTheEvidenceSaysSo() throws Exception {
        try (FakeSolution fake = new FakeSolution()) {
            evidence.begin("slow");
            Caller caller = fake.caller();
            assertEquals(200, caller.get("/slow").status());
            evidence.end();
            ScenarioEvidence e = evidence.of("slow");
            List<Exchange> slow = e.exchanges().stream().filter(x -> x.url().endsWith("/slow")).toList();
            assertEquals(2, slow.size(), "sent, then resent once");
            assertEquals(List.of(401, 200), slow.stream().map(Exchange::status).toList());
            assertEquals("T1/APPLICANT", slow.get(0).caller());
            assertTrue(slow.get(1).caller().contains("resent"), slow.get(1).caller());
            assertTrue(e.artefacts().stream().anyMatch(a -> a.name().startsWith("Token renewed and request resent")), "recorded in the evidence");
            assertEquals(2, fake.tokensIssued.get());
        }
    }

    /** A 401 to a token well within its lifetime is the solution's answer: never resent. */
    @Test
    void a401ToAFreshTokenIsNotResent() throws Exception {
        try (FakeSolution fake = new FakeSolution()) {
            evidence.begin("deny");
            assertEquals(401, fake.caller().get("/deny").status());
            evidence.end();
            ScenarioEvidence e = evidence.of("deny");
            assertEquals(1, e.exchanges().stream().filter(x -> x.url().endsWith("/deny")).count());
            assertTrue(e.artefacts().isEmpty());
            assertEquals(1, fake.tokensIssued.get());
        }
    }

    /** Done when (issue 10): a whole run with 2-second tokens has no CANNOT_TELL and the outcomes of a plain run. */
    @Test
    void aWholeRunWithTwoSecondTokensEndsAsAPlainRun() throws Exception {
        Map<String, Outcome> plain = outcomes(run(null));
        Map<String, Outcome> shortLived = outcomes(run(Duration.ofSeconds(2)));
        assertTrue(shortLived.values().stream().noneMatch(o -> o == Outcome.CANNOT_TELL), shortLived.toString());
        assertEquals(plain, shortLived);
    }

    private static ConformanceRun.Report run(Duration tokenTtl) throws IOException {
        Path out = Files.createTempDirectory(Files.createDirectories(Path.of("target", "tmp")), "csi-tokens-").resolve("out");
        return ConformanceRun.execute(new ConformanceRun.Options(null, null, null, null, out, 2, false, null, tokenTtl,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).quickMode(true));
    }

    private static Map<String, Outcome> outcomes(ConformanceRun.Report r) {
        Map<String, Outcome> m = new TreeMap<>();
        for (ClauseOutcome o : r.outcomes()) m.put(o.clause().id(), o.outcome());
        return m;
    }

    /** Issues tok-1, tok-2 … living 2 s; /slow answers tok-1 late with 401, others 200; /deny always 401 at once. */
    static final String PROBLEM = "{\"type\":\"urn:csi:problem:unauthenticated\",\"title\":\"Unauthenticated\","
            + "\"status\":401,\"detail\":\"The access token has expired.\"}";

    final class FakeSolution implements AutoCloseable {
        final AtomicInteger tokensIssued = new AtomicInteger();
        final HttpServer server;

        FakeSolution() throws IOException {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
            server.createContext("/oauth2/token", x -> answer(x, 200, "application/json",
                    "{\"access_token\":\"tok-" + tokensIssued.incrementAndGet() + "\",\"token_type\":\"Bearer\",\"expires_in\":2}"));
            server.createContext("/api/slow", x -> {
                if ("Bearer tok-1".equals(x.getRequestHeaders().getFirst("Authorization"))) {
                    HostileProxy.pause(1_100);
                    answer(x, 401, "application/problem+json", PROBLEM);
                } else {
                    answer(x, 200, "application/json", "{\"ok\":true}");
                }
            });
            server.createContext("/api/deny", x -> answer(x, 401, "application/problem+json", PROBLEM));
            server.start();
        }

        Caller caller() {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            TokenCache tokens = new TokenCache(transport, base + "/oauth2/token", redactor);
            Credential c = new Credential("T1", "APPLICANT", false, "client-1", "secret-1", null, "client-1");
            return new Caller.Factory(transport, base + "/api", tokens, false).as(c);
        }

        private void answer(HttpExchange x, int status, String type, String body) throws IOException {
            byte[] b = body.getBytes(StandardCharsets.UTF_8);
            x.getResponseHeaders().add("Content-Type", type);
            if (status == 401) x.getResponseHeaders().add("WWW-Authenticate", "Bearer");
            x.sendResponseHeaders(status, b.length);
            x.getResponseBody().write(b);
            x.close();
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
