package org.csi.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.csi.harness.config.Credential;
import org.csi.harness.contract.ContractCheck;
import org.csi.harness.contract.SchemaCheck;
import org.csi.harness.evidence.EvidenceLog;
import org.csi.harness.evidence.Exchange;
import org.csi.harness.evidence.Redactor;
import org.csi.harness.http.HttpTransport;
import org.csi.harness.http.TokenCache;
import org.junit.jupiter.api.Test;

/**
 * A token is registered for redaction before the exchange that issues it is recorded: a token endpoint that also
 * repeats the token outside {@code access_token} (a header, another member) leaves no trace of it in that exchange.
 */
class IssuedTokenRedactionTest {
    static final String TOKEN = "tok-Issued/Once+Only=";

    @Test
    void theTokenResponseIsRecordedWithTheTokenAlreadyRedacted() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4);
        server.createContext("/oauth2/token", x -> {
            byte[] b = ("{\"access_token\":\"" + TOKEN + "\",\"token_type\":\"Bearer\",\"expires_in\":60,"
                    + "\"note\":\"your token is " + TOKEN + "\"}").getBytes(StandardCharsets.UTF_8);
            x.getResponseHeaders().add("Content-Type", "application/json");
            x.getResponseHeaders().add("X-Issued", TOKEN);
            x.sendResponseHeaders(200, b.length);
            x.getResponseBody().write(b);
            x.close();
        });
        server.start();
        try {
            Redactor redactor = new Redactor();
            EvidenceLog evidence = new EvidenceLog(redactor);
            HttpTransport transport = new HttpTransport(Duration.ofSeconds(5), Duration.ofSeconds(5), 1 << 20, evidence,
                    new ContractCheck(new SchemaCheck()), null);
            TokenCache tokens = new TokenCache(transport, "http://127.0.0.1:" + server.getAddress().getPort() + "/oauth2/token", redactor);
            evidence.begin("token");
            assertEquals(TOKEN, tokens.bearer(new Credential("T1", "APPLICANT", false, "client-1", "secret-of-client-1", null, "client-1")));
            evidence.end();
            var recorded = evidence.of("token").exchanges();
            assertEquals(1, recorded.size());
            Exchange x = recorded.get(0);
            assertTrue(x.response().toLowerCase().contains("x-issued: " + Redactor.MARK.toLowerCase()), x.response());
            assertFalse(x.title().contains(TOKEN) || x.text().contains(TOKEN), x.text());
        } finally {
            server.stop(0);
        }
    }
}
