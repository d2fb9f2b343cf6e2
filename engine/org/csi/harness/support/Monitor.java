package org.csi.harness.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.csi.harness.http.Caller;
import org.csi.harness.http.PageWalk;
import org.csi.harness.http.Reply;
import org.csi.harness.verdict.ClauseViolation;
import org.csi.harness.webhook.Endpoint;

/**
 * One monitoring case of CSI-MON: fixture policy PM (F-POL) on its own clock, a subscription under AUTH-1 with a
 * callback on the harness's webhook receiver, scans polled until COMPLETED, and the lists the clauses read.
 */
public final class Monitor {
    /** The bound of README §4.7 on asynchronous work, and of MON-03 on a scan: 300 s of real time. */
    public static final Duration SCAN_LIMIT = Duration.ofSeconds(300);
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final RunContext run;
    public final Caller provider, insurer, applicant;
    public JsonNode clock;
    public JsonNode policy;
    public JsonNode subscription;
    public Endpoint callback;
    /** The address given for each canary of this case (the run's instances, or MON-06's dedicated ones). */
    public final Map<String, String> urls = new LinkedHashMap<>();
    /** The last scan as first observed COMPLETED, and when (real time). */
    public JsonNode scan;
    public Instant completedSeenAt;

    public Monitor(RunContext run, String tenant) {
        this.run = run;
        this.provider = run.as(tenant, "SERVICE_PROVIDER");
        this.insurer = run.as(tenant, "INSURER");
        this.applicant = run.as(tenant, "APPLICANT");
    }

    public String clockId() {
        return clock.path("testClockId").asText();
    }

    public String policyId() {
        return policy.path("policyId").asText();
    }

    public String subscriptionId() {
        return subscription.path("subscriptionId").asText();
    }

    public OffsetDateTime now() {
        return Clocks.now(insurer, clockId());
    }

    /** A new clock at T0 and, on it, fixture policy PM: PA's terms, insured IND, the URLs of CAN-A to CAN-D as assets (never CAN-E). */
    public JsonNode policyPM() {
        clock = Clocks.create(insurer, "csi-mon-" + UUID.randomUUID(), Clocks.t0()).expectStatus(201).json();
        for (String id : List.of("CAN-A", "CAN-B", "CAN-C", "CAN-D")) urls.putIfAbsent(id, run.canaries().get(id).url());
        ObjectNode body = ClaimFixtures.policyBody("PA", clockId());
        ArrayNode assets = body.putArray("assets");
        urls.forEach((id, url) -> assets.addObject().put("assetRef", id).put("type", "URL").put("value", url).put("criticality", 3));
        policy = insurer.post("/test-helpers/policies", body).expectStatus(201).json();
        return policy;
    }

    /** AUTH-1 over {@code canaries} at the clock's now, for the insured IND. */
    public ObjectNode authorisation(List<String> canaries) {
        ObjectNode auth = Applicants.authorisation(run, policy.at("/insured/uscc").asText(Applicants.applicant("IND").path("uscc").asText()),
                List.of(), now());
        ArrayNode assets = auth.putArray("assets");
        for (String id : canaries) assets.addObject().put("type", "URL").put("value", url(id));
        return auth;
    }

    private String url(String id) {
        String u = urls.get(id);
        if (u == null) throw new IllegalArgumentException("no canary " + id + " in this case");
        return u;
    }

    /** POST /monitoring/subscriptions: VULN_SCAN of {@code canaries} on PM under AUTH-1, with a fresh callback endpoint. */
    public ObjectNode subscriptionBody(List<String> canaries) {
        if (callback == null) callback = run.webhooks().newEndpoint("CSI-MON " + policyId());
        ObjectNode b = JSON.objectNode().put("policyId", policyId());
        b.putArray("services").add("VULN_SCAN");
        ArrayNode assets = b.putArray("assets");
        for (String id : canaries) assets.addObject().put("type", "URL").put("value", url(id));
        b.set("authorization", authorisation(canaries));
        b.putObject("callback").put("url", callback.url()).put("secret", callback.secret());
        return b;
    }

    public Reply subscribe(ObjectNode body) {
        return provider.post("/monitoring/subscriptions", body);
    }

    /** Subscribes and keeps the subscription (201 expected). */
    public JsonNode subscribed(List<String> canaries) {
        subscription = subscribe(subscriptionBody(canaries)).expectStatus(201).json();
        return subscription;
    }

    /** PATCH the subscription's assets to {@code canaries}, with an authorisation that covers them. */
    public Reply patchAssets(List<String> canaries) {
        ObjectNode b = JSON.objectNode();
        ArrayNode assets = b.putArray("assets");
        for (String id : canaries) assets.addObject().put("type", "URL").put("value", url(id));
        b.set("authorization", authorisation(canaries));
        return provider.patch("/monitoring/subscriptions/" + subscriptionId(), b);
    }

    /** POST /monitoring/subscriptions/{id}/scans, as the answer came. */
    public Reply requestScan() {
        return provider.post("/monitoring/subscriptions/" + subscriptionId() + "/scans", JSON.objectNode());
    }

    /** POST …/scans → 202 {scanId}; returns the scan id. */
    public String startScan() {
        Reply r = requestScan().expectStatus(202);
        String id = r.json().path("scanId").asText();
        ClauseViolation.require(!id.isBlank(), "the scan was accepted (202) without a scanId: " + r.body());
        return id;
    }

    /** Polls GET /monitoring/scans/{id} until COMPLETED; FAILED, or not COMPLETED within {@code limit}, fails the clause. */
    public JsonNode awaitScan(String scanId, Duration limit) {
        scan = Poll.untilStatus("scan " + scanId, () -> provider.get("/monitoring/scans/" + scanId).expectStatus(200).json(), "COMPLETED", "FAILED",
                limit, Duration.ofSeconds(2));
        completedSeenAt = Instant.now();
        return scan;
    }

    /** Cancels the subscription (DELETE; MON-06 expects 204). */
    public Reply cancel() {
        return provider.delete("/monitoring/subscriptions/" + subscriptionId());
    }

    /** Starts a scan and waits for it (the 300 s of MON-03). */
    public JsonNode scanToCompletion() {
        return awaitScan(startScan(), SCAN_LIMIT);
    }

    /** Every finding of PM, walked over all pages of GET /monitoring/findings?policyId=. */
    public List<JsonNode> findings() {
        return PageWalk.walk(insurer, "/monitoring/findings", 100, Map.of("policyId", policyId())).items();
    }

    public JsonNode riskScore() {
        return insurer.get("/policies/" + policyId() + "/risk-score").expectStatus(200).json();
    }

    public Reply setThreshold(int threshold) {
        return insurer.put("/policies/" + policyId() + "/monitoring-terms", JSON.objectNode().put("riskScoreThreshold", threshold));
    }

    public List<JsonNode> riskEvents() {
        return PageWalk.walk(insurer, "/policies/" + policyId() + "/risk-events", 100, Map.of()).items();
    }

    public List<JsonNode> recommendations() {
        return PageWalk.walk(insurer, "/policies/" + policyId() + "/recommendations", 100, Map.of()).items();
    }

    public List<JsonNode> reports() {
        return PageWalk.walk(insurer, "/monitoring/subscriptions/" + subscriptionId() + "/reports", 100, Map.of()).items();
    }

    /** The insured's response to a recommendation (MON-13), as the APPLICANT. */
    public Reply acknowledge(String recommendationId) {
        return applicant.post("/recommendations/" + recommendationId + "/acknowledgements",
                JSON.objectNode().put("response", "已安排升级并限制访问 / upgrade scheduled, access restricted"));
    }

    public JsonNode subscriptionNow() {
        return provider.get("/monitoring/subscriptions/" + subscriptionId()).expectStatus(200).json();
    }

    /** The subscription as GET /monitoring/subscriptions lists it (null when it is not listed). */
    public JsonNode listed() {
        for (JsonNode s : PageWalk.walk(provider, "/monitoring/subscriptions", 100, Map.of("testClockId", clockId())).items()) {
            if (s.path("subscriptionId").asText().equals(subscriptionId())) return s;
        }
        return null;
    }

    /** Advances the scenario's clock to {@code to} and waits until READY. */
    public void advanceTo(OffsetDateTime to) {
        Clocks.advanceUntilReady(insurer, clockId(), to);
    }

    /** The subscription's start, as the solution recorded it (startedAt, else createdAt). */
    public OffsetDateTime subscriptionStart() {
        JsonNode s = subscription;
        String t = s.path("startedAt").isTextual() ? s.path("startedAt").asText() : s.path("createdAt").asText();
        return OffsetDateTime.parse(t);
    }

    /** The findings of one asset. */
    public static List<JsonNode> on(List<JsonNode> findings, String assetRef) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode f : findings) if (f.path("assetRef").asText().equals(assetRef)) out.add(f);
        return out;
    }
}
