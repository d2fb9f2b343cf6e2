package org.csi.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Duration;
import org.csi.harness.config.Credential;
import org.csi.harness.contract.ContractCheck;
import org.csi.harness.contract.SchemaCheck;
import org.csi.harness.evidence.EvidenceLog;
import org.csi.harness.evidence.Redactor;
import org.csi.harness.http.Caller;
import org.csi.harness.http.HttpTransport;
import org.csi.harness.http.TokenCache;
import org.csi.reference.ReferenceSolution;
import org.junit.jupiter.api.Test;

/** A long run outlives its tokens: the harness renews them before they expire, and keeps working. */
class TokenRefreshTest {
    @Test
    void tokensAreRenewedBeforeTheyExpire() throws Exception {
        try (ReferenceSolution solution = ReferenceSolution.start(ReferenceSolution.Options.defaults().withTokenTtl(Duration.ofSeconds(2)))) {
            Redactor redactor = new Redactor();
            HttpTransport transport = new HttpTransport(Duration.ofSeconds(5), Duration.ofSeconds(10), 1 << 20, new EvidenceLog(redactor),
                    new ContractCheck(new SchemaCheck()), null);
            TokenCache tokens = new TokenCache(transport, solution.baseUrl() + ReferenceSolution.TOKEN_PATH, redactor);
            var k = solution.credentials().get(0);
            Credential c = new Credential(k.tenant(), k.role(), false, k.clientId(), k.clientSecret(), k.apiKey(), k.clientId());
            Caller caller = new Caller.Factory(transport, solution.baseUrl() + ReferenceSolution.API_BASE, tokens, false).as(c);
            String first = tokens.bearer(c);
            assertEquals(first, tokens.bearer(c), "a fresh token is reused");
            assertEquals(200, caller.get("/test-clocks").status());
            Thread.sleep(1_200); // within a second of expiry: renewed before use
            String second = tokens.bearer(c);
            assertNotEquals(first, second);
            Thread.sleep(1_000); // the first token has expired by now; the caller's requests still pass
            assertEquals(200, caller.get("/test-clocks").status());
        }
    }
}
