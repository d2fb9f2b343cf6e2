package org.csi.harness.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.csi.harness.checks.LatencySample;
import org.csi.harness.http.Caller;
import org.csi.harness.http.Reply;

/** Concurrent clients for the PERF clauses (GEN-15, GEN-16): each client makes its calls one after another. */
public final class Load {
    private Load() {}

    /** {@code clients} threads, {@code each} calls per thread; {@code call} gets the call's index (0 … clients·each − 1). */
    public static List<LatencySample> run(int clients, int each, IntFunction<LatencySample> call) {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<List<LatencySample>>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                futures.add(pool.submit(() -> {
                    List<LatencySample> mine = new ArrayList<>();
                    for (int i = 0; i < each; i++) mine.add(call.apply(client * each + i));
                    return mine;
                }));
            }
            List<LatencySample> all = new ArrayList<>();
            for (Future<List<LatencySample>> f : futures) all.addAll(f.get());
            return all;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the load ran");
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error r) throw r;
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** One underwriting decision, timed. */
    public static LatencySample decision(Caller insurer, String applicationId, String assessmentId) {
        long t0 = System.nanoTime();
        Reply r = insurer.post("/applications/" + applicationId + "/underwriting-decisions", Underwriter.decisionRequest(assessmentId));
        return new LatencySample((System.nanoTime() - t0) / 1_000_000, r.status());
    }

    /**
     * One quantification from POST until COMPLETED or FAILED (polled with backoff from 10 ms up to every 250 ms), timed, with the worst status on the
     * way. One that never finishes is given up after the pack's 300 s, and counts with the time it took so far.
     */
    public static LatencySample quantification(Caller caller, JsonNode request) {
        long t0 = System.nanoTime(), deadline = t0 + Quantifier.TIMEOUT.toNanos();
        Reply r = caller.post("/quantifications", request);
        int worst = r.status();
        JsonNode q = r.document();
        Poll.Backoff pauses = new Poll.Backoff(java.time.Duration.ofMillis(250), "a quantification");
        while (r.status() < 300 && q != null && !q.path("status").asText().equals("COMPLETED") && !q.path("status").asText().equals("FAILED")
                && System.nanoTime() < deadline) {
            pauses.pause();
            r = caller.get("/quantifications/" + q.path("quantificationId").asText());
            worst = Math.max(worst, r.status());
            q = r.document();
        }
        return new LatencySample((System.nanoTime() - t0) / 1_000_000, worst);
    }

    /** The nearest-rank percentile of the samples' times, in ms. */
}
