package org.csi.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.csi.harness.checks.WebhookRules;
import org.csi.harness.checks.WebhookRules.State;
import org.csi.harness.evidence.Redactor;
import org.csi.harness.verdict.ClauseViolation;
import org.csi.harness.webhook.Attempt;
import org.csi.harness.webhook.Endpoint;
import org.csi.harness.webhook.Signature;
import org.csi.harness.webhook.WebhookReceiver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * MON-08..10 oracles over deliveries sent as real HTTP to the harness's receiver: a good sender and each kind of bad
 * one (unsigned, wrong secret, test-clock t, no event id, late, too few attempts, new id per attempt, changed body,
 * shrinking gaps, redelivery after 2xx, one id for two events).
 */
class WebhookRulesTest {
    private static final WebhookReceiver RECEIVER = new WebhookReceiver(new Redactor(), null);
    private static final HttpClient HTTP = HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY).build();
    private static final Duration TEN_MIN = Duration.ofMinutes(10);

    @AfterAll
    static void stop() {
        RECEIVER.close();
    }

    private static String body(String id, String findingId) {
        return "{\"eventId\":\"" + id + "\",\"type\":\"FINDING_DETECTED\",\"occurredAt\":\"2025-01-15T10:00:00+08:00\",\"tenantId\":\"T1\","
                + "\"data\":{\"findingId\":\"" + findingId + "\"}}";
    }

    /** One delivery; {@code t} null: no signature; {@code key} the HMAC key. Answers the status the receiver gave. */
    private static int send(Endpoint e, String id, String body, Long t, String key) throws IOException, InterruptedException {
        byte[] raw = body.getBytes(StandardCharsets.UTF_8);
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(e.url())).POST(HttpRequest.BodyPublishers.ofByteArray(raw))
                .header("Content-Type", "application/json");
        if (id != null) r.header("CSI-Event-Id", id);
        if (t != null) r.header("CSI-Signature", "t=" + t + ",v1=" + Signature.expected(key, t, raw));
        return HTTP.send(r.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static int sendSigned(Endpoint e, String id, String body) throws IOException, InterruptedException {
        return send(e, id, body, Instant.now().getEpochSecond(), e.secret());
    }

    private static void pause(long ms) throws InterruptedException {
        Thread.sleep(ms);
    }

    // ------------------------------------------------------------ MON-08

    @Test
    void mon08PassesSignedDeliveriesWithinTheSkew() throws Exception {
        Endpoint e = RECEIVER.newEndpoint("mon08-good");
        sendSigned(e, "evt_1", body("evt_1", "f1"));
        send(e, "evt_2", body("evt_2", "f2"), Instant.now().getEpochSecond() - 299, e.secret());
        String why = WebhookRules.requireSigned(e.await(a -> a.size() == 2, Duration.ofSeconds(5)));
        assertTrue(why.contains("2 deliveries, each with CSI-Event-Id") && why.contains("all within 300 s"), why);
    }

    @Test
    void mon08FailsEachKindOfBadSignature() throws Exception {
        Endpoint unsigned = RECEIVER.newEndpoint("mon08-unsigned");
        send(unsigned, "evt_1", body("evt_1", "f1"), null, null);
        assertFails("no CSI-Signature", () -> WebhookRules.requireSigned(unsigned.attempts()));

        Endpoint wrong = RECEIVER.newEndpoint("mon08-wrong");
        send(wrong, "evt_1", body("evt_1", "f1"), Instant.now().getEpochSecond(), wrong.secret() + "x");
        assertFails("does not verify", () -> WebhookRules.requireSigned(wrong.attempts()));

        Endpoint clock = RECEIVER.newEndpoint("mon08-clock");
        send(clock, "evt_1", body("evt_1", "f1"), Instant.parse("2025-01-15T02:00:00Z").getEpochSecond(), clock.secret());
        assertTrue(clock.attempts().get(0).signatureValid(), "signed over the right text, with the test clock's t");
        assertFails("|receipt − t|", () -> WebhookRules.requireSigned(clock.attempts()));

        Endpoint stale = RECEIVER.newEndpoint("mon08-stale");
        send(stale, "evt_1", body("evt_1", "f1"), Instant.now().getEpochSecond() - 302, stale.secret());
        assertFails("more than 300 s", () -> WebhookRules.requireSigned(stale.attempts()));

        Endpoint noId = RECEIVER.newEndpoint("mon08-noid");
        sendSigned(noId, null, body("evt_1", "f1"));
        assertFails("no CSI-Event-Id", () -> WebhookRules.requireSigned(noId.attempts()));

        assertFails("no webhook delivery arrived", () -> WebhookRules.requireSigned(List.of()));
    }

    @Test
    void mon08OneBadDeliveryAmongGoodOnesFails() throws Exception {
        Endpoint e = RECEIVER.newEndpoint("mon08-mixed");
        sendSigned(e, "evt_1", body("evt_1", "f1"));
        send(e, "evt_2", body("evt_2", "f2"), Instant.now().getEpochSecond(), "another-secret-entirely");
        assertFails("delivery #2", () -> WebhookRules.requireSigned(e.attempts()));
    }

    // ------------------------------------------------------------ MON-09

    @Test
    void mon09JudgesTheFirstAttemptAgainstTheMomentCompletedWasSeen() throws Exception {
        Endpoint e = RECEIVER.newEndpoint("mon09");
        Instant seen = Instant.now();
        sendSigned(e, "evt_1", body("evt_1", "fnd_can_a"));
        var can = (java.util.function.Predicate<Attempt>) a -> a.bodyText().contains("fnd_can_a");
        List<Attempt> got = e.await(WebhookRules.arrived(can), Duration.ofSeconds(5));
        assertTrue(WebhookRules.requireDeliveredWithin(got, can, "FINDING_DETECTED", seen, Duration.ofSeconds(60)).contains("bound 60 s"));
        assertFails("more than 60 s", () -> WebhookRules.requireDeliveredWithin(got, can, "FINDING_DETECTED", seen.minusSeconds(61), Duration.ofSeconds(60)));
        assertFails("no FINDING_DETECTED webhook arrived", () -> WebhookRules.requireDeliveredWithin(got, a -> false, "FINDING_DETECTED", seen, Duration.ofSeconds(60)));
    }

    // ------------------------------------------------------------ MON-10

    /** Sends one event until the receiver answers 2xx, waiting {@code gaps[i]} ms before attempt i+2. */
    private static void deliver(Endpoint e, String id, String body, long... gaps) throws Exception {
        for (int i = 0; ; i++) {
            int status = sendSigned(e, id, body);
            if (status >= 200 && status < 300) return;
            pause(gaps[Math.min(i, gaps.length - 1)]);
        }
    }

    @Test
    void mon10PassesAConformantRetrySequenceOnlyAfterTheQuietPeriod() throws Exception {
        Endpoint e = RECEIVER.newEndpoint("mon10-good").answerFirst(3, 500);
        Instant since = Instant.now();
        deliver(e, "evt_1", body("evt_1", "f1"), 100, 200, 400);
        deliver(e, "evt_2", body("evt_2", "f2"), 100, 100, 100);
        List<Attempt> got = e.attempts();
        assertEquals(List.of(500, 500, 500, 200, 500, 500, 500, 200), got.stream().map(Attempt::answeredStatus).toList());
        Instant ok = got.get(3).receivedAt();
        assertEquals(State.UNDECIDED, WebhookRules.judgeRetries(got, 3, since, TEN_MIN, ok.plusSeconds(1)).state(), "still watching for a redelivery");
        var j = WebhookRules.judgeRetries(got, 3, since, TEN_MIN, ok.plusSeconds(6));
        assertEquals(State.PASSED, j.state(), j.explanation());
        assertTrue(WebhookRules.requireDistinctIds(got, 2).contains("2 distinct events"));
        assertFails("only 2 distinct events", () -> WebhookRules.requireDistinctIds(got, 3));
    }

    @Test
    void mon10AllowsOneSecondOfJitterAndEqualGaps() throws Exception {
        Endpoint e = RECEIVER.newEndpoint("mon10-jitter").answerFirst(3, 500);
        Instant since = Instant.now();
        deliver(e, "evt_1", body("evt_1", "f1"), 1200, 400, 400);
        List<Attempt> got = e.attempts();
        var j = WebhookRules.judgeRetries(got, 3, since, TEN_MIN, got.get(3).receivedAt().plusSeconds(6));
        assertEquals(State.PASSED, j.state(), j.explanation());
    }

    @Test
    void mon10FailsGapsThatShrinkByMoreThanTheJitter() throws Exception {
        Endpoint e = RECEIVER.newEndpoint("mon10-shrink").answerFirst(3, 500);
        Instant since = Instant.now();
        deliver(e, "evt_1", body("evt_1", "f1"), 1700, 200, 200);
        var j = WebhookRules.judgeRetries(e.attempts(), 3, since, TEN_MIN, Instant.now());
        assertEquals(State.FAILED, j.state(), j.explanation());
        assertTrue(j.explanation().contains("never shrink"), j.explanation());
    }

    @Test
    void mon10FailsANewIdPerAttemptAndAChangedBody() throws Exception {
        Endpoint ids = RECEIVER.newEndpoint("mon10-ids").answerFirst(3, 500);
        Instant since = Instant.now();
        sendSigned(ids, "evt_1", body("evt_1", "f1"));
        sendSigned(ids, "evt_1b", body("evt_1b", "f1"));
        var j = WebhookRules.judgeRetries(ids.attempts(), 3, since, TEN_MIN, Instant.now());
        assertEquals(State.FAILED, j.state(), "decided at the second attempt, without waiting: " + j.explanation());
        assertTrue(j.explanation().contains("same eventId"), j.explanation());

        Endpoint body = RECEIVER.newEndpoint("mon10-body").answerFirst(3, 500);
        sendSigned(body, "evt_1", body("evt_1", "f1"));
        sendSigned(body, "evt_1", body("evt_1", "f1").replace("}}", "},\"attempt\":2}"));
        var b = WebhookRules.judgeRetries(body.attempts(), 3, since, TEN_MIN, Instant.now());
        assertEquals(State.FAILED, b.state(), b.explanation());
        assertTrue(b.explanation().contains("same body"), b.explanation());
    }

    @Test
    void mon10FailsARedeliveryAfterThe2xx() throws Exception {
        Endpoint e = RECEIVER.newEndpoint("mon10-redeliver").answerFirst(3, 500);
        Instant since = Instant.now();
        deliver(e, "evt_1", body("evt_1", "f1"), 100, 200, 400);
        pause(300);
        sendSigned(e, "evt_1", body("evt_1", "f1"));
        var j = WebhookRules.judgeRetries(e.attempts(), 3, since, TEN_MIN, Instant.now());
        assertEquals(State.FAILED, j.state(), j.explanation());
        assertTrue(j.explanation().contains("delivered again"), j.explanation());
    }

    @Test
    void mon10FailsTooFewAttemptsOnlyWhenTheWindowHasRunOut() throws Exception {
        Endpoint e = RECEIVER.newEndpoint("mon10-few").answerFirst(3, 500);
        Instant since = Instant.now();
        for (int i = 0; i < 3; i++) sendSigned(e, "evt_1", body("evt_1", "f1"));
        List<Attempt> got = e.attempts();
        assertEquals(State.UNDECIDED, WebhookRules.judgeRetries(got, 3, since, TEN_MIN, Instant.now()).state());
        Instant after = got.get(0).receivedAt().plus(TEN_MIN).plusSeconds(1);
        assertFails("at least 4 must arrive", () -> WebhookRules.requireRetries(got, 3, since, TEN_MIN, after));
        assertFails("no delivery arrived", () -> WebhookRules.requireRetries(List.of(), 3, since, TEN_MIN, after));
        assertEquals(State.UNDECIDED, WebhookRules.judgeRetries(List.of(), 3, since, TEN_MIN, Instant.now()).state());
    }

    @Test
    void mon10FailsAttemptsBeyondTheWindow() throws Exception {
        Endpoint e = RECEIVER.newEndpoint("mon10-window").answerFirst(3, 500);
        Instant since = Instant.now();
        deliver(e, "evt_1", body("evt_1", "f1"), 400, 400, 400);
        var j = WebhookRules.judgeRetries(e.attempts(), 3, since, Duration.ofMillis(900), Instant.now());
        assertEquals(State.FAILED, j.state(), j.explanation());
        assertTrue(j.explanation().contains("all attempts arrive within"), j.explanation());
    }

    @Test
    void mon10FailsOneIdForTwoEvents() throws Exception {
        Endpoint e = RECEIVER.newEndpoint("mon10-reuse");
        sendSigned(e, "evt_1", body("evt_1", "f1"));
        sendSigned(e, "evt_1", body("evt_1", "f2"));
        assertFails("two distinct events carry one eventId", () -> WebhookRules.requireDistinctIds(e.attempts(), 2));
    }

    // ------------------------------------------------------------ the receiver

    @Test
    void endpointsAreSeparateAndSecretsRedacted() throws Exception {
        Redactor redactor = new Redactor();
        try (WebhookReceiver r = new WebhookReceiver(redactor, null)) {
            Endpoint a = r.newEndpoint("a");
            Endpoint b = r.newEndpoint("b");
            assertEquals(WebhookReceiver.SECRET_LENGTH, a.secret().length());
            assertTrue(!a.secret().equals(b.secret()) && !a.url().equals(b.url()));
            assertTrue(a.url().startsWith("http://127.0.0.1:"));
            assertEquals("x [REDACTED] y", redactor.redact("x " + a.secret() + " y"));
            sendSigned(a, "evt_1", body("evt_1", "f1"));
            assertEquals(1, a.attempts().size());
            assertEquals(0, b.attempts().size());
            HttpResponse<Void> stray = HTTP.send(HttpRequest.newBuilder(URI.create(a.url().replaceAll("/hooks/.*", "/hooks/nobody/")))
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.discarding());
            assertEquals(404, stray.statusCode());
            assertTrue(a.describe(a.attempts().get(0)).contains("signature: verified"));
        }
    }

    @Test
    void awaitReturnsWhenSatisfiedAndAtTheDeadlineOtherwise() throws Exception {
        Endpoint e = RECEIVER.newEndpoint("await");
        long t0 = System.nanoTime();
        assertEquals(0, e.await(a -> !a.isEmpty(), Duration.ofMillis(300)).size());
        long waited = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(waited >= 290 && waited < 2_000, "waited " + waited + " ms");
        Thread sender = new Thread(() -> {
            try {
                pause(200);
                sendSigned(e, "evt_1", body("evt_1", "f1"));
            } catch (Exception ignored) {
                // the assertion below fails
            }
        });
        sender.start();
        long t1 = System.nanoTime();
        assertEquals(1, e.await(a -> !a.isEmpty(), Duration.ofSeconds(30)).size());
        assertTrue((System.nanoTime() - t1) / 1_000_000 < 5_000, "returned as soon as the attempt came");
        sender.join();
    }

    private static void assertFails(String part, Runnable check) {
        ClauseViolation v = assertThrows(ClauseViolation.class, check::run);
        assertTrue(v.getMessage().contains(part), "expected '" + part + "' in: " + v.getMessage());
    }
}
