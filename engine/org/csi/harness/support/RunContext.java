package org.csi.harness.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.csi.harness.canary.Canaries;
import org.csi.harness.verdict.FixtureUnavailable;
import org.csi.harness.config.Credential;
import org.csi.harness.config.HarnessConfig;
import org.csi.harness.evidence.EvidenceLog;
import org.csi.harness.http.Caller;
import org.csi.harness.http.HttpTransport;
import org.csi.harness.http.TokenCache;
import org.csi.harness.verdict.Declaration;
import org.csi.harness.time.ObservationWindows;
import org.csi.harness.webhook.WebhookReceiver;

/**
 * What the steps of one run share: the solution's declaration, its callers, the evidence. There is no "current run":
 * the engine makes one per run, Cucumber's object factory of that run ({@code org.csi.harness.run.RunObjects}) hands it
 * to the step classes that ask for it in their constructors, and support code gets it passed in.
 */
public final class RunContext {
    private final HarnessConfig config;
    private final JsonNode capability;
    private final Declaration declaration;
    private final HttpTransport transport;
    private final TokenCache tokens;
    private final Caller.Factory callers;
    private final EvidenceLog evidence;
    private final TokenCache.Token probeToken;
    private final ObservationWindows windows;
    private final Canaries canaries = new Canaries();
    private WebhookReceiver webhooks;
    private final Map<String, CompletableFuture<Object>> shared = new ConcurrentHashMap<>();

    public RunContext(HarnessConfig config, JsonNode capability, Declaration declaration, HttpTransport transport, TokenCache tokens,
               Caller.Factory callers, EvidenceLog evidence, TokenCache.Token probeToken) {
        this(config, capability, declaration, transport, tokens, callers, evidence, probeToken, ObservationWindows.PACK);
    }

    public RunContext(HarnessConfig config, JsonNode capability, Declaration declaration, HttpTransport transport, TokenCache tokens,
               Caller.Factory callers, EvidenceLog evidence, TokenCache.Token probeToken, ObservationWindows windows) {
        this.windows = windows;
        this.config = config;
        this.capability = capability;
        this.declaration = declaration;
        this.transport = transport;
        this.tokens = tokens;
        this.callers = callers;
        this.evidence = evidence;
        this.probeToken = probeToken;
    }

    /** How long scenarios watch real time where the pack names a window (shorter in quick mode). */
    public ObservationWindows windows() {
        return windows;
    }

    public HarnessConfig config() {
        return config;
    }

    public JsonNode capability() {
        return capability;
    }

    public Declaration declaration() {
        return declaration;
    }

    public HttpTransport transport() {
        return transport;
    }

    /** Null when the solution does not declare OAuth 2.0. */
    public TokenCache tokens() {
        return tokens;
    }

    public Caller.Factory callers() {
        return callers;
    }

    public EvidenceLog evidence() {
        return evidence;
    }

    /** A token obtained when the run started, for the expired-token line of GEN-02; null without OAuth 2.0. */
    public TokenCache.Token probeToken() {
        return probeToken;
    }

    /** The test credential of a tenant and role; a missing one makes the scenario CANNOT_TELL. */
    public Credential credential(String tenant, String role) {
        return config.credential(tenant, role).orElseThrow(() -> new FixtureUnavailable(
                "no credential configured for " + tenant + "/" + role + " (see credentials in the run configuration)"));
    }

    public Credential liveCredential(String role) {
        return config.liveCredential(role).orElseThrow(() -> new FixtureUnavailable(
                "no live credential configured for " + role + " (credentials.live in the run configuration)"));
    }

    /** The F-CAN canary services of this run (started on first use, stopped when the run ends). */
    public Canaries canaries() {
        return canaries;
    }

    /**
     * The run's webhook receiver (CSI-MON MON-08..10): its server starts when a scenario first asks for an endpoint,
     * and {@link #close} stops it when the run ends. Endpoint secrets are registered with the run's redactor.
     */
    public synchronized WebhookReceiver webhooks() {
        if (webhooks == null) webhooks = new WebhookReceiver(evidence == null ? null : evidence.redactor(), evidence);
        return webhooks;
    }

    /** Stops what the run started for its scenarios: the canaries and the webhook receiver. */
    public synchronized void close() {
        canaries.close();
        if (webhooks != null) webhooks.close();
    }

    /**
     * A value made once per run and shared by every scenario that asks for {@code key} (for example the walk of the
     * eight F-ORG fixtures). It is set-up: whatever goes wrong while making it is a {@link FixtureUnavailable} (the
     * asking scenario is CANNOT_TELL, whatever its step), and each asking scenario gets the same cause. The walk's
     * exchanges are recorded once and attached to the evidence of every scenario that asks (EvidenceLog.shared).
     */
    @SuppressWarnings("unchecked")
    public <T> T once(String key, Supplier<T> make) {
        CompletableFuture<Object> mine = new CompletableFuture<>();
        CompletableFuture<Object> made = shared.putIfAbsent(key, mine);
        if (made == null) {
            made = mine;
            try {
                mine.complete(evidence.shared(key, () -> {
                    try {
                        return make.get();
                    } catch (FixtureUnavailable e) {
                        return new Failed(e);
                    } catch (RuntimeException | AssertionError e) {
                        return new Failed(new FixtureUnavailable("could not set up the shared walk '" + key + "': " + e.getMessage(), e));
                    }
                }));
            } catch (Throwable t) {
                // Never leave the others waiting: an Error (OutOfMemoryError …) on the walking thread is a harness error for all.
                mine.complete(new Failed(new FixtureUnavailable("could not set up the shared walk '" + key + "': harness error: " + t, t)));
                throw t;
            }
        }
        Object v = made.join();
        evidence.attachShared(key);
        if (v instanceof Failed f) throw f.cause;
        return (T) v;
    }

    private record Failed(FixtureUnavailable cause) {}

    public Caller as(String tenant, String role) {
        return callers.as(credential(tenant, role));
    }
}
