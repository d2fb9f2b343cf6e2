package org.csi.reference;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signed webhook delivery (CSI-MON MON-08..10): each event is queued for delivery to its callback, POSTed with
 * {@code CSI-Event-Id} and {@code CSI-Signature: t=<unix s>,v1=<hex HMAC-SHA256(secret, t + "." + raw body)>}, where
 * {@code t} is the real time of the attempt (never the test clock's) and each attempt is signed afresh. A non-2xx
 * answer, a refused connection or a timeout puts the event back on the queue with a backoff that never shrinks
 * (0.5 s, 1 s, 2 s, … capped at 64 s, ten retries, all well within the pack's 10 minutes); every attempt carries the
 * same eventId and byte-identical body; after a 2xx the event is done.
 * <p>
 * Only loopback callbacks are contacted: the embedded reference runs beside the harness on one machine, and a callback
 * elsewhere is refused here as well as at subscription time. Threads are daemons: a forgotten instance never keeps a
 * JVM alive.
 */
final class Webhooks implements AutoCloseable {
    /** The retry gaps of the reference, in milliseconds: doubling from 0.5 s, capped at 64 s. */
    static final long FIRST_GAP_MS = 500;
    static final long GAP_CAP_MS = 64_000;
    /** Attempts in all (the first and its retries): ten retries after the first. */
    static final int MAX_ATTEMPTS = 11;
    private static final int CONNECT_TIMEOUT_MS = 5_000;
    private static final int READ_TIMEOUT_MS = 10_000;

    /** One queued event and what its attempts share. */
    private record Event(String eventId, String callbackUrl, String secret, String type, byte[] body, Instant occurredAt,
                         ObjectNode document) {}

    private final Set<Fault> faults;
    private final Set<Variant> variants;
    private final ScheduledThreadPoolExecutor queue;
    /** Per callback, a generation: forget() bumps it, and attempts of an older generation are dropped. */
    private final Map<String, AtomicInteger> generations = new ConcurrentHashMap<>();
    /** The first event id given to each callback (for the fault that reuses it). */
    private final Map<String, String> firstIds = new ConcurrentHashMap<>();
    private volatile boolean closed;

    Webhooks(Set<Fault> faults, Set<Variant> variants) {
        this.faults = faults;
        this.variants = variants;
        AtomicInteger n = new AtomicInteger();
        this.queue = new ScheduledThreadPoolExecutor(2, r -> {
            Thread t = new Thread(r, "reference-webhooks-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        queue.setRemoveOnCancelPolicy(true);
    }

    /**
     * Queues one event for signed delivery to {@code callbackUrl} and returns its eventId ("evt_…"). {@code occurredAt}
     * is the test clock's time; the signature time is the real time of each attempt. A callback that is not on
     * loopback is never contacted (the id is returned all the same; nothing is sent).
     */
    String emit(String callbackUrl, String secret, String type, String tenantId, String testClockId, Instant occurredAt, ObjectNode data) {
        String eventId = "evt_" + UUID.randomUUID().toString().replace("-", "").substring(0, 24);
        if (faults.contains(Fault.MON10_EVENT_ID_REUSED)) eventId = firstIds.computeIfAbsent(callbackUrl, u -> "evt_" + UUID.randomUUID().toString().replace("-", "").substring(0, 24));
        ObjectNode body = Json.object();
        body.put("eventId", eventId).put("type", type).put("occurredAt", Times.format(occurredAt)).put("tenantId", tenantId);
        if (testClockId != null) body.put("testClockId", testClockId);
        body.set("data", data == null ? Json.object() : data.deepCopy());
        Event e = new Event(eventId, callbackUrl, secret, type, Json.bytes(body), occurredAt, body);
        if (closed || !loopback(callbackUrl)) return eventId;
        int generation = generations.computeIfAbsent(callbackUrl, u -> new AtomicInteger()).get();
        long first = faults.contains(Fault.MON09_FIRST_DELIVERY_LATE) ? 62_000 : variants.contains(Variant.WEBHOOK_FIRST_DELIVERY_AFTER_5S) ? 5_000 : 0;
        schedule(e, 1, false, generation, first);
        return eventId;
    }

    /** Stops the deliveries queued for a callback (a cancelled subscription); later events to it are delivered again. */
    void forget(String callbackUrl) {
        generations.computeIfAbsent(callbackUrl, u -> new AtomicInteger()).incrementAndGet();
    }

    @Override
    public void close() {
        closed = true;
        queue.shutdownNow();
    }

    private void schedule(Event e, int attempt, boolean redelivery, int generation, long delayMs) {
        if (closed) return;
        try {
            queue.schedule(() -> attempt(e, attempt, redelivery, generation), delayMs, TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException ignored) {
            // closed meanwhile
        }
    }

    private boolean current(Event e, int generation) {
        return !closed && generations.get(e.callbackUrl()).get() == generation;
    }

    private void attempt(Event e, int attempt, boolean redelivery, int generation) {
        if (!current(e, generation)) return;
        int status = send(e, attempt);
        if (redelivery) return;   // the fault's one redelivery after a 2xx is never retried
        if (status >= 200 && status < 300) {
            if (faults.contains(Fault.MON10_REDELIVERED_AFTER_2XX)) schedule(e, attempt + 1, true, generation, 1_000);
            return;
        }
        int allowed = faults.contains(Fault.MON10_TOO_FEW_ATTEMPTS) ? 3 : variants.contains(Variant.WEBHOOK_CONSTANT_1S_GAPS) ? 20 : MAX_ATTEMPTS;
        if (attempt >= allowed) return;
        schedule(e, attempt + 1, false, generation, gapAfter(attempt));
    }

    /** The wait after attempt {@code attempt} (1-based) failed. */
    long gapAfter(int attempt) {
        if (faults.contains(Fault.MON10_GAPS_SHRINK)) return Math.max(250, 8_000 >> Math.min(attempt, 5));   // 4 s, 2 s, 1 s, 0.5 s …
        if (variants.contains(Variant.WEBHOOK_CONSTANT_1S_GAPS)) return 1_000;
        long first = variants.contains(Variant.WEBHOOK_SLOW_BACKOFF) ? 2_000 : FIRST_GAP_MS;
        long gap = first << Math.min(attempt - 1, 20);
        return Math.min(gap, GAP_CAP_MS);
    }

    /** One signed POST; answers the status, or -1 when nothing usable came back (refused, timed out). */
    private int send(Event e, int attempt) {
        byte[] body = e.body();
        String eventId = e.eventId();
        if (faults.contains(Fault.MON10_NEW_ID_PER_ATTEMPT) && attempt > 1) {
            eventId = "evt_" + UUID.randomUUID().toString().replace("-", "").substring(0, 24);
            ObjectNode doc = e.document().deepCopy();
            doc.put("eventId", eventId);
            body = Json.bytes(doc);
        } else if (faults.contains(Fault.MON10_BODY_CHANGED_BETWEEN_ATTEMPTS) && attempt > 1) {
            ObjectNode doc = e.document().deepCopy();
            doc.put("attempt", attempt);
            body = Json.bytes(doc);
        }
        long t = faults.contains(Fault.MON08_TEST_CLOCK_TIME) ? e.occurredAt().getEpochSecond() : Instant.now().getEpochSecond();
        String key = faults.contains(Fault.MON08_WRONG_SECRET) ? e.secret() + "-wrong" : e.secret();
        HttpURLConnection c = null;
        try {
            c = (HttpURLConnection) URI.create(e.callbackUrl()).toURL().openConnection(java.net.Proxy.NO_PROXY);
            c.setInstanceFollowRedirects(false);
            c.setConnectTimeout(CONNECT_TIMEOUT_MS);
            c.setReadTimeout(READ_TIMEOUT_MS);
            c.setRequestMethod("POST");
            c.setDoOutput(true);
            c.setFixedLengthStreamingMode(body.length);
            c.setRequestProperty("Content-Type", "application/json");
            c.setRequestProperty("CSI-Event-Id", eventId);
            if (!faults.contains(Fault.MON08_UNSIGNED)) {
                c.setRequestProperty("CSI-Signature", "t=" + t + ",v1=" + sign(key, t + "." + new String(body, StandardCharsets.UTF_8)));
            }
            if (variants.contains(Variant.WEBHOOK_EXTRA_HEADERS)) {
                c.setRequestProperty("User-Agent", "CSI-Reference-Webhooks/1.0");
                c.setRequestProperty("CSI-Delivery-Attempt", String.valueOf(attempt));
                c.setRequestProperty("CSI-Event-Type", e.type());
            }
            try (OutputStream out = c.getOutputStream()) {
                out.write(body);
            }
            int status = c.getResponseCode();
            try (InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream()) {
                if (in != null) in.readNBytes(64 * 1024);
            }
            return status;
        } catch (IOException | RuntimeException ex) {
            return -1;
        } finally {
            if (c != null) c.disconnect();
        }
    }

    /** Lowercase hex HMAC-SHA256 of {@code text} (UTF-8) under {@code secret} (UTF-8). */
    static String sign(String secret, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /** True for an http(s) URL whose host is a loopback literal or "localhost": the only callbacks the reference contacts. */
    static boolean loopback(String url) {
        try {
            URI u = URI.create(url);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            String host = u.getHost();
            if (!(scheme.equals("http") || scheme.equals("https")) || host == null) return false;
            if (host.equalsIgnoreCase("localhost")) return true;
            String h = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
            if (!h.matches("[0-9.]+") && !h.contains(":")) return false;   // a literal address only: never a DNS look-up
            return InetAddress.getByName(h).isLoopbackAddress();
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }
}
