package org.csi.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.csi.harness.evidence.Redactor;
import org.csi.harness.webhook.Attempt;
import org.csi.harness.webhook.Endpoint;
import org.csi.harness.webhook.WebhookReceiver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The reference's signed delivery, received by the harness's receiver over real loopback HTTP. */
class WebhooksTest {
    private final WebhookReceiver receiver = new WebhookReceiver(new Redactor(), null);

    @AfterEach
    void stop() {
        receiver.close();
    }

    private static Webhooks webhooks(Set<Fault> faults, Set<Variant> variants) {
        return new Webhooks(faults.isEmpty() ? EnumSet.noneOf(Fault.class) : EnumSet.copyOf(faults),
                variants.isEmpty() ? EnumSet.noneOf(Variant.class) : EnumSet.copyOf(variants));
    }

    private static String emit(Webhooks w, Endpoint e) {
        return w.emit(e.url(), e.secret(), "FINDING_DETECTED", "T1", "clk_1", Instant.parse("2025-01-15T02:00:00Z"),
                org.csi.reference.Json.object().put("findingId", "fnd_1"));
    }

    @Test
    void aDeliveryIsSignedWithRealTimeAndCarriesTheEventId() {
        Endpoint e = receiver.newEndpoint("signed");
        try (Webhooks w = webhooks(Set.of(), Set.of())) {
            String id = emit(w, e);
            List<Attempt> got = e.await(a -> !a.isEmpty(), Duration.ofSeconds(10));
            assertEquals(1, got.size());
            Attempt a = got.get(0);
            assertTrue(a.signatureValid(), e.describe(a));
            assertEquals(id, a.eventId());
            assertEquals("FINDING_DETECTED", a.type());
            assertTrue(Math.abs(a.receivedAt().getEpochSecond() - a.signatureTime()) <= 2);
            assertTrue(a.bodyText().contains("\"testClockId\":\"clk_1\""));
            assertTrue(id.startsWith("evt_"));
        }
    }

    @Test
    void retriesKeepIdAndBodyWithGapsThatNeverShrinkAndStopAfterThe2xx() throws InterruptedException {
        Endpoint e = receiver.newEndpoint("retries").answerFirst(3, 500);
        try (Webhooks w = webhooks(Set.of(), Set.of())) {
            String id = emit(w, e);
            List<Attempt> got = e.await(a -> a.size() >= 4, Duration.ofSeconds(20));
            assertEquals(4, got.size());
            for (Attempt a : got) {
                assertEquals(id, a.eventId());
                assertTrue(a.sameBody(got.get(0)));
                assertTrue(a.signatureValid());
            }
            assertEquals(List.of(500, 500, 500, 200), got.stream().map(Attempt::answeredStatus).toList());
            for (int i = 2; i < got.size(); i++) {
                assertTrue(gap(got, i) >= gap(got, i - 1) - 1000, "gap " + i + " shrank");
            }
            Thread.sleep(1500);
            assertEquals(4, e.attempts().size(), "no redelivery after the 2xx");
            assertNotEquals(id, emit(w, e), "distinct events, distinct ids");
        }
    }

    @Test
    void faultsBreakWhatTheyName() {
        Endpoint unsigned = receiver.newEndpoint("unsigned");
        Endpoint wrong = receiver.newEndpoint("wrong");
        Endpoint clock = receiver.newEndpoint("clock");
        try (Webhooks u = webhooks(Set.of(Fault.MON08_UNSIGNED), Set.of());
             Webhooks ws = webhooks(Set.of(Fault.MON08_WRONG_SECRET), Set.of());
             Webhooks c = webhooks(Set.of(Fault.MON08_TEST_CLOCK_TIME), Set.of())) {
            emit(u, unsigned);
            emit(ws, wrong);
            emit(c, clock);
            Attempt a = unsigned.await(l -> !l.isEmpty(), Duration.ofSeconds(10)).get(0);
            assertFalse(a.signatureValid());
            assertEquals(null, a.signatureTime());
            assertFalse(wrong.await(l -> !l.isEmpty(), Duration.ofSeconds(10)).get(0).signatureValid());
            Attempt t = clock.await(l -> !l.isEmpty(), Duration.ofSeconds(10)).get(0);
            assertTrue(t.signatureValid(), "signed, but with the test clock's time");
            assertEquals(Instant.parse("2025-01-15T02:00:00Z").getEpochSecond(), t.signatureTime());
        }
    }

    @Test
    void onlyLoopbackCallbacksAreContacted() {
        assertTrue(Webhooks.loopback("http://127.0.0.1:1/x"));
        assertTrue(Webhooks.loopback("http://localhost:1/x"));
        assertTrue(Webhooks.loopback("http://[::1]:1/x"));
        assertFalse(Webhooks.loopback("http://192.0.2.1/x"));
        assertFalse(Webhooks.loopback("http://example.com/x"));
        assertFalse(Webhooks.loopback("ftp://127.0.0.1/x"));
        assertFalse(Webhooks.loopback("/relative"));
    }

    @Test
    void forgetStopsQueuedRetries() throws InterruptedException {
        Endpoint e = receiver.newEndpoint("forget").answerFirst(100, 500);
        try (Webhooks w = webhooks(Set.of(), Set.of())) {
            emit(w, e);
            e.await(a -> a.size() >= 2, Duration.ofSeconds(10));
            w.forget(e.url());
            int seen = e.attempts().size();
            Thread.sleep(2500);
            assertTrue(e.attempts().size() <= seen + 1, "at most an attempt already in flight");
        }
    }

    private static final Duration TEN_MIN = Duration.ofMinutes(10);

    /** The MON-10 oracle's judgement once it is decided (or after 20 s). */
    private static org.csi.harness.checks.WebhookRules.Judgement judged(Endpoint e, Instant since) {
        List<Attempt> got = e.await(l -> org.csi.harness.checks.WebhookRules.judgeRetries(l, 3, since, TEN_MIN, Instant.now()).decided(), Duration.ofSeconds(20));
        return org.csi.harness.checks.WebhookRules.judgeRetries(got, 3, since, TEN_MIN, Instant.now());
    }

    @Test
    void eachRetryFaultIsFailedByTheOracleAndTheReferenceIsNot() {
        Map<Fault, String> expected = new java.util.LinkedHashMap<>();
        expected.put(null, null);
        expected.put(Fault.MON10_GAPS_SHRINK, "never shrink");
        expected.put(Fault.MON10_REDELIVERED_AFTER_2XX, "delivered again");
        expected.put(Fault.MON10_NEW_ID_PER_ATTEMPT, "same eventId");
        expected.put(Fault.MON10_BODY_CHANGED_BETWEEN_ATTEMPTS, "same body");
        expected.put(Fault.MON10_EVENT_ID_REUSED, "two distinct events carry one eventId");
        List<Webhooks> all = new java.util.ArrayList<>();
        Map<Fault, Endpoint> endpoints = new java.util.LinkedHashMap<>();
        Instant since = Instant.now();
        try {
            for (Fault f : expected.keySet()) {
                Webhooks w = webhooks(f == null ? Set.of() : Set.of(f), Set.of());
                all.add(w);
                Endpoint e = receiver.newEndpoint(String.valueOf(f)).answerFirst(3, 500);
                endpoints.put(f, e);
                emit(w, e);
                w.emit(e.url(), e.secret(), "RISK_SCORE_CHANGED", "T1", "clk_1", Instant.parse("2025-01-15T02:00:00Z"), org.csi.reference.Json.object().put("score", 40));
            }
            for (var x : expected.entrySet()) {
                var j = judged(endpoints.get(x.getKey()), since);
                if (x.getValue() == null) {
                    assertEquals(org.csi.harness.checks.WebhookRules.State.PASSED, j.state(), j.explanation());
                } else {
                    assertEquals(org.csi.harness.checks.WebhookRules.State.FAILED, j.state(), x.getKey() + ": " + j.explanation());
                    assertTrue(j.explanation().contains(x.getValue()), x.getKey() + ": " + j.explanation());
                }
            }
        } finally {
            all.forEach(Webhooks::close);
        }
    }

    @Test
    void tooFewAttemptsStopAtThreeAndVariantsKeepTheRules() throws InterruptedException {
        Endpoint few = receiver.newEndpoint("few").answerFirst(3, 500);
        Endpoint constant = receiver.newEndpoint("constant").answerFirst(3, 500);
        Endpoint extra = receiver.newEndpoint("extra").answerFirst(3, 500);
        Instant since = Instant.now();
        try (Webhooks f = webhooks(Set.of(Fault.MON10_TOO_FEW_ATTEMPTS), Set.of());
             Webhooks c = webhooks(Set.of(), Set.of(Variant.WEBHOOK_CONSTANT_1S_GAPS));
             Webhooks x = webhooks(Set.of(), Set.of(Variant.WEBHOOK_EXTRA_HEADERS))) {
            emit(f, few);
            emit(c, constant);
            emit(x, extra);
            var cj = judged(constant, since);
            assertEquals(org.csi.harness.checks.WebhookRules.State.PASSED, cj.state(), cj.explanation());
            var xj = judged(extra, since);
            assertEquals(org.csi.harness.checks.WebhookRules.State.PASSED, xj.state(), xj.explanation());
            assertEquals("1", extra.attempts().get(0).header("CSI-Delivery-Attempt"));
            org.csi.harness.checks.WebhookRules.requireSigned(extra.attempts());
            assertEquals(3, few.attempts().size(), "gave up after 3");
            List<Attempt> got = few.attempts();
            assertEquals(org.csi.harness.checks.WebhookRules.State.FAILED,
                    org.csi.harness.checks.WebhookRules.judgeRetries(got, 3, since, TEN_MIN, got.get(0).receivedAt().plus(TEN_MIN).plusSeconds(1)).state());
        }
    }

    private static long gap(List<Attempt> a, int i) {
        return Duration.between(a.get(i - 1).receivedAt(), a.get(i).receivedAt()).toMillis();
    }
}
