package org.csi.harness.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLContext;

/** Everything a run needs to know about the solution and how patient to be with it. */
public record HarnessConfig(String target, String preferredAuth, List<Credential> credentials, Duration connectTimeout,
                            Duration readTimeout, Duration tokenExpiryWait,
                            Limits limits, Duration runDeadline, Path signingKey, Path signingPub,
                            Map<String, String> containerEnv, Duration containerStartup, SSLContext tls,
                            SigningOptions signing) {
    public static final Duration DEFAULT_CONNECT = Duration.ofSeconds(5);
    public static final Duration DEFAULT_READ = Duration.ofSeconds(30);
    public static final Duration DEFAULT_TOKEN_WAIT = Duration.ofSeconds(90);
    public static final long DEFAULT_MAX_RESPONSE = Limits.DEFAULT_MAX_RESPONSE;
    /** timeouts.runMinutes: generous, so that only a solution that stalls the run meets it. */
    public static final Duration DEFAULT_RUN_DEADLINE = Duration.ofMinutes(60);

    /** limits.maxResponseBytes. */
    public long maxResponseBytes() {
        return limits.maxResponseBytes();
    }

    public Optional<Credential> credential(String tenant, String role) {
        return credentials.stream().filter(c -> !c.live() && c.tenant().equals(tenant) && c.role().equals(role)).findFirst();
    }

    public Optional<Credential> liveCredential(String role) {
        return credentials.stream().filter(c -> c.live() && c.role().equals(role)).findFirst();
    }

    public HarnessConfig withTarget(String url) {
        return new HarnessConfig(url, preferredAuth, credentials, connectTimeout, readTimeout,
                tokenExpiryWait, limits, runDeadline, signingKey, signingPub, containerEnv, containerStartup, tls, signing);
    }

    public HarnessConfig withCredentials(List<Credential> creds) {
        return new HarnessConfig(target, preferredAuth, List.copyOf(creds), connectTimeout, readTimeout,
                tokenExpiryWait, limits, runDeadline, signingKey, signingPub, containerEnv, containerStartup, tls, signing);
    }

    public static HarnessConfig defaults() {
        return new HarnessConfig(null, null, List.of(), DEFAULT_CONNECT, DEFAULT_READ,
                DEFAULT_TOKEN_WAIT, Limits.defaults(), DEFAULT_RUN_DEADLINE, null, null,
                Map.of(), Duration.ofSeconds(60), null, SigningOptions.DEFAULT);
    }
}
