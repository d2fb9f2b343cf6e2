package org.csi.harness.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.csi.harness.evidence.EvidenceLog;

/**
 * One callback URL of the run's {@link WebhookReceiver}, with its own path and secret, so that scenarios never see
 * each other's deliveries. It records every attempt, answers each with 200 unless told to fail the first attempts of
 * each event ({@link #answerFirst}), and puts each attempt into the evidence of the scenario that reads it (on the
 * scenario's thread: the receiver's threads belong to no scenario).
 */
public final class Endpoint {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String label;
    private final String url;
    private final String secret;
    private final EvidenceLog evidence;
    private final List<Attempt> attempts = new ArrayList<>();
    private final Map<String, Integer> perEvent = new LinkedHashMap<>();
    private int failFirst;
    private int failStatus = 500;
    private int recorded;

    Endpoint(String label, String url, String secret, EvidenceLog evidence) {
        this.label = label;
        this.url = url;
        this.secret = secret;
        this.evidence = evidence;
    }

    public String label() {
        return label;
    }

    /** The callback URL to give the solution (loopback). */
    public String url() {
        return url;
    }

    /** The subscription secret to give the solution: 64 random characters, registered with the run's redactor. */
    public String secret() {
        return secret;
    }

    /** Answer {@code status} to the first {@code n} attempts of each event (by eventId), 200 afterwards. */
    public synchronized Endpoint answerFirst(int n, int status) {
        if (n < 0 || status < 100 || status > 599) throw new IllegalArgumentException("answerFirst(" + n + ", " + status + ")");
        this.failFirst = n;
        this.failStatus = status;
        return this;
    }

    /** Every attempt received so far, in order of receipt; new ones are put into the calling scenario's evidence. */
    public List<Attempt> attempts() {
        List<Attempt> list;
        synchronized (this) {
            list = List.copyOf(attempts);
        }
        record(list);
        return list;
    }

    /**
     * Waits until {@code until} holds for the attempts received, or the deadline passes, whichever is first, and answers
     * the attempts as they then are (the caller judges them). Woken by each new attempt: no busy loop.
     */
    public List<Attempt> await(Predicate<List<Attempt>> until, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        List<Attempt> list;
        synchronized (this) {
            while (true) {
                list = List.copyOf(attempts);
                if (until.test(list)) break;
                long left = deadline - System.nanoTime();
                if (left <= 0) break;
                try {
                    long ms = Math.max(1, Math.min(left / 1_000_000, 1_000));
                    wait(ms);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        record(list);
        return list;
    }

    /** Receives one delivery: records it and answers it. */
    void receive(HttpExchange ex) throws IOException {
        Instant at = Instant.now();
        byte[] body = ex.getRequestBody().readNBytes(1024 * 1024);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        ex.getRequestHeaders().forEach((k, v) -> headers.put(k, List.copyOf(v)));
        String eventId = ex.getRequestHeaders().getFirst("CSI-Event-Id");
        Signature sig = Signature.parse(ex.getRequestHeaders().getFirst("CSI-Signature"));
        String type = null;
        String bodyEventId = null;
        try {
            JsonNode doc = JSON.readTree(body);
            if (doc != null && doc.isObject()) {
                if (doc.path("type").isTextual()) type = doc.path("type").asText();
                if (doc.path("eventId").isTextual()) bodyEventId = doc.path("eventId").asText();
            }
        } catch (IOException notJson) {
            // judged by the oracles from the raw body
        }
        int status;
        synchronized (this) {
            String key = eventId != null ? eventId : bodyEventId != null ? bodyEventId : "(no event id)";
            int n = perEvent.merge(key, 1, Integer::sum);
            status = n <= failFirst ? failStatus : 200;
            attempts.add(new Attempt(at, headers, body, eventId, type, sig.t(), sig.verifies(secret, body), status));
            notifyAll();
        }
        ex.sendResponseHeaders(status, -1);
    }

    private void record(List<Attempt> list) {
        if (evidence == null) return;
        List<Attempt> fresh;
        int from;
        synchronized (this) {
            from = recorded;
            if (list.size() <= from) return;
            fresh = list.subList(from, list.size());
            recorded = list.size();
        }
        for (int i = 0; i < fresh.size(); i++) evidence.artefact("Webhook attempt #" + (from + i + 1) + " at endpoint '" + label + "'", describe(fresh.get(i)));
    }

    /** What an assessor reads about one attempt: receipt time, the answer given, the signature's verdict, headers, body. */
    public String describe(Attempt a) {
        StringBuilder s = new StringBuilder();
        s.append("POST ").append(url).append('\n');
        s.append("received: ").append(a.receivedAt()).append(" (epoch s ").append(a.receivedAt().getEpochSecond()).append(")\n");
        s.append("answered: ").append(a.answeredStatus()).append('\n');
        s.append("signature: ");
        if (a.signatureTime() == null) s.append("NOT verified (no readable CSI-Signature t=…,v1=…)");
        else s.append(a.signatureValid() ? "verified" : "NOT verified (no v1 matches HMAC-SHA256(secret, t + \".\" + body))")
                .append(", t=").append(a.signatureTime()).append(", receipt − t = ")
                .append(Duration.between(Instant.ofEpochSecond(a.signatureTime()), a.receivedAt()).toMillis() / 1000.0).append(" s");
        s.append('\n').append("headers:\n");
        a.headers().forEach((k, v) -> v.forEach(x -> s.append("  ").append(k).append(": ").append(x).append('\n')));
        s.append("body:\n").append(a.bodyText());
        return s.toString();
    }
}
