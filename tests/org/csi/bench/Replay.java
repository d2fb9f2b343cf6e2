package org.csi.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.csi.harness.fixtures.Fixtures;
import org.csi.reference.Credential;
import org.csi.reference.ReferenceSolution;

/**
 * The floor of a run: the method, URL, headers and body of every exchange a run recorded in its evidence.json, sent again
 * with a plain JDK {@link HttpClient} to a fresh reference solution, scenario by scenario on as many threads as the run had,
 * and nothing else (no contract check, no evidence, no report). What the evidence redacted is put back from what the bench
 * knows: client secrets and access tokens of the fresh reference (by the caller label the evidence keeps), the fixture's
 * personal data; ids the fresh reference issues differently (policy numbers, random ids) are mapped from the recorded
 * answers to the new ones as they arrive, so the replay walks the same paths. {@link #sameStatus} says how faithful it was.
 */
final class Replay {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CLIENT_ID = Pattern.compile("cli_(test|live)_(t\\d)_([a-z_]+?)_[A-Za-z0-9_-]{4,}?(?=[&\"\\s]|$)");
    private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade", "date");

    record Step(String at, String method, String path, List<String[]> headers, String body, int status, String caller, String response) {}

    final List<List<Step>> scenarios = new ArrayList<>();
    final int exchanges;
    final AtomicInteger sameStatus = new AtomicInteger();
    private final Map<String, String> ids = new ConcurrentHashMap<>();

    /** Reads the exchanges of a run folder's evidence.json, once each (a shared walk is attributed to several scenarios). */
    Replay(Path runFolder) throws Exception {
        JsonNode evidence = JSON.readTree(runFolder.resolve("evidence.json").toFile());
        Set<String> seen = new HashSet<>();
        int n = 0;
        for (JsonNode clause : evidence.path("clauses")) {
            for (JsonNode scenario : clause.path("scenarios")) {
                List<Step> steps = new ArrayList<>();
                for (JsonNode e : scenario.path("exchanges")) {
                    if (!seen.add(e.path("at").asText() + " " + e.path("title").asText())) continue;
                    Step s = parse(e);
                    if (s != null) steps.add(s);
                }
                if (steps.isEmpty()) continue;
                steps.sort(Comparator.comparing(Step::at));
                scenarios.add(steps);
                n += steps.size();
            }
        }
        scenarios.sort(Comparator.comparing(s -> s.get(0).at()));
        exchanges = n;
    }

    /** Replays a saved run folder (args[0]) against a fresh reference on args[1] threads (default 2) and prints the seconds. */
    public static void main(String[] args) throws Exception {
        Replay replay = new Replay(Path.of(args[0]));
        ReferenceSolution fresh = ReferenceSolution.start(ReferenceSolution.Options.defaults().withTokenTtl(Duration.ofMinutes(10)));
        try {
            double s = replay.against(fresh, args.length > 1 ? Integer.parseInt(args[1]) : 2) / 1e9;
            System.out.printf("%d exchanges replayed in %.2f s, %d with the recorded status%n", replay.exchanges, s, replay.sameStatus.get());
        } finally {
            fresh.close();
        }
    }

    private static Step parse(JsonNode e) {
        String request = e.path("request").asText();
        int headEnd = request.indexOf("\n\n");
        String head = headEnd < 0 ? request.strip() : request.substring(0, headEnd);
        String body = headEnd < 0 ? null : request.substring(headEnd + 2);
        String[] lines = head.split("\n");
        String[] first = lines[0].split(" ", 2);
        if (first.length < 2) return null;
        URI uri = URI.create(first[1]);
        String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        List<String[]> headers = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) headers.add(new String[] {lines[i].substring(0, colon).trim(), lines[i].substring(colon + 1).trim()});
        }
        String response = e.path("response").asText();
        int status = response.startsWith("HTTP ") ? Integer.parseInt(response.substring(5, 8)) : -1;
        return new Step(e.path("at").asText(), first[0], path, headers, body == null || body.isEmpty() ? null : body, status,
                e.path("caller").isNull() ? null : e.path("caller").asText(), response);
    }

    /** Sends every step to {@code reference} on {@code threads} threads, a scenario at a time per thread; returns the wall nanoseconds. */
    long against(ReferenceSolution reference, int threads) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        Map<String, Credential> byClientPrefix = new LinkedHashMap<>();
        for (Credential c : reference.credentials()) byClientPrefix.put(prefix(c.testMode(), c.tenant(), c.role()), c);
        Map<String, String> tokens = new LinkedHashMap<>();
        for (Credential c : reference.credentials()) tokens.put((c.testMode() ? "" : "live ") + c.tenant() + "/" + c.role(), token(http, reference, c));
        JsonNode contact = Fixtures.get("uw/organisations.json").path("contact");
        ConcurrentLinkedQueue<List<Step>> queue = new ConcurrentLinkedQueue<>(scenarios);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long t0 = System.nanoTime();
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                workers.add(pool.submit(() -> {
                    for (List<Step> s; (s = queue.poll()) != null; ) {
                        for (Step step : s) send(http, reference, step, byClientPrefix, tokens, contact);
                    }
                    return null;
                }));
            }
            for (Future<?> w : workers) w.get();
        } finally {
            pool.shutdownNow();
        }
        return System.nanoTime() - t0;
    }

    private void send(HttpClient http, ReferenceSolution reference, Step s, Map<String, Credential> creds, Map<String, String> tokens,
                      JsonNode contact) throws Exception {
        String body = s.body() == null ? null : mapIds(restore(s.body(), creds, contact));
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(reference.baseUrl() + mapIds(s.path()))).timeout(Duration.ofSeconds(30))
                .method(s.method(), body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        for (String[] h : s.headers()) {
            String name = h[0], value = h[1];
            if (RESTRICTED.contains(name.toLowerCase(java.util.Locale.ROOT))) continue;
            if (value.contains("[REDACTED]")) value = secretFor(name, s.caller(), creds, tokens, value);
            try {
                b.header(name, mapIds(value));
            } catch (IllegalArgumentException refused) {
                // a header the JDK client will not send as given (a deliberately malformed one): the request goes without it
            }
        }
        HttpResponse<String> r;
        long t0 = System.nanoTime();
        try {
            r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            return;
        } finally {
            long ms = (System.nanoTime() - t0) / 1_000_000;
            if (ms > 200 && System.getProperty("csi.bench.slow") != null) System.err.println("slow replay step " + ms + " ms: " + s.method() + " " + s.path() + " " + s.headers().size());
        }
        if (r.statusCode() == s.status()) sameStatus.incrementAndGet();
        learnIds(s.response(), r.body());
    }

    private static String secretFor(String header, String caller, Map<String, Credential> creds, Map<String, String> tokens, String value) {
        if (caller == null || caller.startsWith("Authorization") || caller.equals("anonymous")) return value;
        boolean key = caller.endsWith(" (API key)");
        String label = key ? caller.substring(0, caller.length() - " (API key)".length()) : caller;
        if (key || header.equalsIgnoreCase("X-CSI-Api-Key")) {
            for (Credential c : creds.values()) if (label.equals((c.testMode() ? "" : "live ") + c.tenant() + "/" + c.role())) return c.apiKey();
            return value;
        }
        String token = tokens.get(label);
        return token == null ? value : "Bearer " + token;
    }

    private static String restore(String body, Map<String, Credential> creds, JsonNode contact) {
        Matcher m = CLIENT_ID.matcher(body);
        StringBuilder out = new StringBuilder();
        Credential last = null;
        while (m.find()) {
            Credential c = creds.get(prefix(m.group(1).equals("test"), m.group(2).toUpperCase(), m.group(3).toUpperCase()));
            if (c != null) last = c;
            m.appendReplacement(out, Matcher.quoteReplacement(c == null ? m.group() : c.clientId()));
        }
        m.appendTail(out);
        String b = out.toString();
        if (last != null) b = b.replace("client_secret=[REDACTED]", "client_secret=" + last.clientSecret());
        return b.replace("\"idCardNumber\":\"[REDACTED PII]\"", "\"idCardNumber\":\"" + contact.path("idCardNumber").asText() + "\"")
                .replace("\"mobile\":\"[REDACTED PII]\"", "\"mobile\":\"" + contact.path("mobile").asText() + "\"");
    }

    private static String prefix(boolean test, String tenant, String role) {
        return (test ? "test" : "live") + "/" + tenant.toUpperCase() + "/" + role.toUpperCase();
    }

    private String mapIds(String text) {
        if (ids.isEmpty() || text == null) return text;
        String t = text;
        for (var e : ids.entrySet()) if (t.contains(e.getKey())) t = t.replace(e.getKey(), e.getValue());
        return t;
    }

    /** Ids in the recorded answer that the fresh reference answered otherwise, walking both documents side by side. */
    private void learnIds(String recorded, String fresh) {
        int at = recorded.indexOf("\n\n");
        if (at < 0 || fresh == null || fresh.isEmpty()) return;
        try {
            walk(JSON.readTree(recorded.substring(at + 2)), JSON.readTree(fresh), null);
        } catch (Exception notJson) {
            // not a JSON answer: nothing to learn
        }
    }

    private void walk(JsonNode a, JsonNode b, String name) {
        if (a == null || b == null) return;
        if (a.isObject() && b.isObject()) {
            for (Iterator<String> it = a.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                walk(a.get(f), b.get(f), f);
            }
        } else if (a.isArray() && b.isArray()) {
            for (int i = 0; i < Math.min(a.size(), b.size()); i++) walk(a.get(i), b.get(i), name);
        } else if (a.isTextual() && b.isTextual() && name != null && (name.endsWith("Id") || name.equals("id") || name.endsWith("Number"))
                && !a.asText().equals(b.asText()) && a.asText().length() >= 6) {
            ids.putIfAbsent(a.asText(), b.asText());
        }
    }

    private static String token(HttpClient http, ReferenceSolution reference, Credential c) throws Exception {
        String form = "grant_type=client_credentials&client_id=" + c.clientId() + "&client_secret=" + java.net.URLEncoder.encode(c.clientSecret(), StandardCharsets.UTF_8);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(reference.baseUrl() + "/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        return r.statusCode() == 200 ? JSON.readTree(r.body()).path("access_token").asText(null) : null;
    }
}
