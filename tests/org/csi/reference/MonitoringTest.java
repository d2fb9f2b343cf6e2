package org.csi.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.csi.harness.canary.Canaries;
import org.csi.harness.evidence.Redactor;
import org.csi.harness.support.ClaimFixtures;
import org.csi.harness.webhook.Attempt;
import org.csi.harness.webhook.Endpoint;
import org.csi.harness.webhook.WebhookReceiver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The reference's monitoring over real loopback HTTP: subscription, scan of the canaries, findings and the FINDING_DETECTED webhook. */
class MonitoringTest {
    private static ReferenceSolution ref;
    private static final Canaries canaries = new Canaries();
    private static final WebhookReceiver receiver = new WebhookReceiver(new Redactor(), null);
    private static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        ref = ReferenceSolution.start(ReferenceSolution.Options.defaults());
    }

    @AfterAll
    static void stop() {
        ref.close();
        canaries.close();
        receiver.close();
    }

    private static String key(String role) {
        return ref.credentials().stream().filter(c -> c.tenant().equals("T1") && c.role().equals(role) && c.testMode()).findFirst().orElseThrow().apiKey();
    }

    private static JsonNode call(String role, String method, String path, JsonNode body, int expected) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(ref.baseUrl() + "/csi/v1" + path)).header("X-CSI-Api-Key", key(role))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body.toString()));
        if (body != null) b.header("Content-Type", "application/json");
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(expected, r.statusCode(), method + " " + path + ": " + r.body());
        return r.body().isEmpty() ? Json.object() : Json.MAPPER.readTree(r.body());
    }

    private static ObjectNode subscription(String policyId, List<String> ids, Endpoint callback) {
        ObjectNode s = Json.object().put("policyId", policyId);
        s.putArray("services").add("VULN_SCAN");
        ArrayNode assets = s.putArray("assets");
        ObjectNode auth = s.putObject("authorization").put("scope", "External vulnerability scan of listed test services");
        ArrayNode authAssets = auth.putArray("assets");
        for (String id : ids) {
            assets.addObject().put("type", "URL").put("value", canaries.get(id).url());
            authAssets.addObject().put("type", "URL").put("value", canaries.get(id).url());
        }
        auth.putArray("methodsAllowed").add("VULN_SCAN");
        auth.putObject("window").put("start", "2025-06-02T09:00:00+08:00").put("end", "2025-06-09T09:00:00+08:00");
        auth.putObject("signatory").put("name", "测试签署人").put("title", "信息安全负责人").put("organisationUscc", "91130104MA0CNK016Y");
        auth.put("signedAt", "2025-06-02T09:00:00+08:00");
        s.putObject("callback").put("url", callback.url()).put("secret", callback.secret());
        return s;
    }

    @Test
    void aScanOfCanAFindsItsCvesAndAnnouncesThemSigned() throws Exception {
        String clock = call("INSURER", "POST", "/test-clocks", Json.object().put("frozenTime", "2025-06-02T09:00:00+08:00"), 201).path("testClockId").asText();
        ObjectNode policy = ClaimFixtures.policyBody("PA", clock);
        ArrayNode assets = policy.putArray("assets");
        for (String id : List.of("CAN-A", "CAN-B", "CAN-C", "CAN-D")) {
            assets.addObject().put("assetRef", id).put("type", "URL").put("value", canaries.get(id).url()).put("criticality", 3);
        }
        String policyId = call("INSURER", "POST", "/test-helpers/policies", policy, 201).path("policyId").asText();
        Endpoint callback = receiver.newEndpoint("MON smoke");
        JsonNode sub = call("SERVICE_PROVIDER", "POST", "/monitoring/subscriptions", subscription(policyId, List.of("CAN-A", "CAN-C"), callback), 201);
        assertTrue(sub.at("/callback/secretSet").asBoolean());
        assertFalse(sub.toString().contains(callback.secret()), "the secret is never echoed");
        String scanId = call("SERVICE_PROVIDER", "POST", "/monitoring/subscriptions/" + sub.path("subscriptionId").asText() + "/scans", null, 202).path("scanId").asText();
        JsonNode scan = null;
        for (int i = 0; i < 100; i++) {
            scan = call("SERVICE_PROVIDER", "GET", "/monitoring/scans/" + scanId, null, 200);
            if (scan.path("status").asText().equals("COMPLETED")) break;
            Thread.sleep(50);
        }
        assertEquals("COMPLETED", scan.path("status").asText());
        List<String> cves = new ArrayList<>();
        for (JsonNode f : call("INSURER", "GET", "/monitoring/findings?policyId=" + policyId, null, 200).path("data")) {
            if (f.path("cveId").isTextual()) cves.add(f.path("assetRef").asText() + " " + f.path("cveId").asText());
        }
        assertEquals(List.of("CAN-A CVE-2021-41773", "CAN-A CVE-2021-42013"), cves.stream().sorted().toList());
        List<Attempt> got = callback.await(a -> a.stream().filter(x -> "FINDING_DETECTED".equals(x.type())).count() >= 4, Duration.ofSeconds(10));
        assertTrue(got.stream().allMatch(Attempt::signatureValid));
        assertTrue(got.stream().anyMatch(a -> a.bodyText().contains("CVE-2021-41773")));
        assertTrue(canaries.get("CAN-E").hits().isEmpty(), "CAN-E is never contacted");
        JsonNode score = call("INSURER", "GET", "/policies/" + policyId + "/risk-score", null, 200);
        assertTrue(score.path("score").asInt() > 10 && !score.path("history").isEmpty(), score.toString());
        JsonNode ocsf = call("INSURER", "GET", "/monitoring/findings/" + scan.path("findingIds").get(0).asText() + "?format=ocsf", null, 200);
        assertEquals(2002, ocsf.path("class_uid").asInt());
    }
}
