package org.csi.harness.support;

import java.time.Duration;
import java.time.Instant;
import org.csi.harness.verdict.FixtureUnavailable;
import org.csi.harness.http.TokenCache;

/** Waits, within the configured patience, until a token taken at the start of the run has expired (GEN-02). */
public final class TokenExpiry {
    private TokenExpiry() {}

    public static String awaitExpired(TokenCache.Token token, Duration maxWait) {
        if (token == null) throw new FixtureUnavailable("no token could be obtained at the start of the run");
        Instant expired = token.obtainedAt().plusSeconds(token.expiresIn()).plusSeconds(1);
        Duration wait = Duration.between(Instant.now(), expired);
        if (wait.compareTo(maxWait) > 0) {
            throw new FixtureUnavailable("the token lives " + token.expiresIn() + " s; waiting " + wait.toSeconds()
                    + " s more exceeds timeouts.tokenExpiryWaitSeconds (" + maxWait.toSeconds() + " s)");
        }
        if (!wait.isNegative()) {
            try {
                Thread.sleep(wait.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FixtureUnavailable("interrupted while waiting for the token to expire");
            }
        }
        return token.value();
    }
}
