package org.csi.harness.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.csi.harness.evidence.EvidenceLog;
import org.csi.harness.evidence.Exchange;
import org.csi.harness.evidence.HttpMessage;
import org.csi.harness.evidence.ScenarioEvidence;
import org.csi.harness.verdict.Outcome;
import org.csi.harness.verdict.Plan;
import org.csi.harness.verdict.ScenarioResult;

/**
 * evidence.har: every recorded exchange of the run in HTTP Archive 1.2 form, which a browser's developer tools import
 * (Network → Import HAR). Built from the redacted evidence, so it holds no secret; each entry names the scenarios that
 * used it ({@code _scenarios}, a custom field as HAR allows) and whether a verdict rests on it ({@code _decisive}).
 */
public final class Har {
    private Har() {}

    public static ObjectNode build(String runId, String harnessName, String harnessVersion, Plan plan, EvidenceLog evidence,
                                   List<ScenarioResult> results) {
        Map<String, ScenarioResult> byId = new java.util.HashMap<>();
        results.forEach(r -> byId.put(r.id(), r));
        Map<Exchange, List<String>> users = new IdentityHashMap<>();
        Map<Exchange, Boolean> decisive = new IdentityHashMap<>();
        List<Exchange> all = new ArrayList<>();
        for (Plan.Entry e : plan.entries()) {
            ScenarioEvidence ev = evidence.of(e.id());
            if (ev == null) continue;
            List<Exchange> of = new ArrayList<>(ev.exchanges());
            ev.walks().values().forEach(w -> of.addAll(w.exchanges()));
            for (Exchange x : of) {
                if (!users.containsKey(x)) all.add(x);
                users.computeIfAbsent(x, k -> new ArrayList<>()).add(e.id());
            }
            ScenarioResult r = byId.get(e.id());
            Exchange d = r == null || r.outcome() == Outcome.PASS ? null : ev.decisive(r.reason());
            if (d != null) decisive.put(d, true);
        }
        all.sort(Comparator.comparing(x -> instant(x.startedAt())));
        ObjectNode har = ScorecardJson.MAPPER.createObjectNode();
        ObjectNode log = har.putObject("log").put("version", "1.2");
        log.putObject("creator").put("name", harnessName).put("version", harnessVersion).put("comment", "run " + runId);
        log.putArray("pages");
        ArrayNode entries = log.putArray("entries");
        for (Exchange x : all) entries.add(entry(x, users.get(x), decisive.containsKey(x)));
        return har;
    }

    static ObjectNode entry(Exchange x, List<String> scenarios, boolean decisive) {
        HttpMessage rq = x.requestMessage();
        HttpMessage rs = x.responseMessage();
        ObjectNode e = ScorecardJson.MAPPER.createObjectNode().put("startedDateTime", instant(x.startedAt()).toString()).put("time", Math.max(0, x.millis()));
        ObjectNode request = e.putObject("request").put("method", x.method()).put("url", x.url()).put("httpVersion", "HTTP/1.1");
        request.putArray("cookies");
        headers(request.putArray("headers"), rq);
        ArrayNode query = request.putArray("queryString");
        int q = x.url().indexOf('?');
        String rawQuery = q < 0 ? null : x.url().substring(q + 1).split("#", 2)[0];
        if (rawQuery != null && !rawQuery.isEmpty()) {
            for (String pair : rawQuery.split("&")) {
                int eq = pair.indexOf('=');
                query.addObject().put("name", decode(eq < 0 ? pair : pair.substring(0, eq))).put("value", eq < 0 ? "" : decode(pair.substring(eq + 1)));
            }
        }
        if (!rq.body().isEmpty()) request.putObject("postData").put("mimeType", rq.header("Content-Type") == null ? rq.mediaType() : rq.header("Content-Type"))
                .put("text", rq.body());
        request.put("headersSize", -1).put("bodySize", rq.body().getBytes(StandardCharsets.UTF_8).length);
        ObjectNode response = e.putObject("response").put("status", Math.max(0, x.status()))
                .put("statusText", x.status() < 0 ? "no response: " + rs.body() : "").put("httpVersion", "HTTP/1.1");
        response.putArray("cookies");
        headers(response.putArray("headers"), x.status() < 0 ? new HttpMessage("", List.of(), "") : rs);
        String body = x.status() < 0 ? "" : rs.body();
        response.putObject("content").put("size", body.getBytes(StandardCharsets.UTF_8).length)
                .put("mimeType", x.status() < 0 ? "x-unknown" : rs.header("Content-Type") == null ? rs.mediaType() : rs.header("Content-Type")).put("text", body);
        response.put("redirectURL", x.status() < 0 ? "" : String.valueOf(rs.header("Location") == null ? "" : rs.header("Location")))
                .put("headersSize", -1).put("bodySize", x.status() < 0 ? -1 : body.getBytes(StandardCharsets.UTF_8).length);
        e.putObject("cache");
        e.putObject("timings").put("send", 0).put("wait", Math.max(0, x.millis())).put("receive", 0);
        if (x.caller() != null) e.put("_caller", x.caller());
        ArrayNode sc = e.putArray("_scenarios");
        scenarios.forEach(sc::add);
        if (decisive) e.put("_decisive", true);
        return e;
    }

    /** HAR wants ISO 8601; milliseconds are what browsers read. */
    static java.time.Instant instant(String at) {
        try {
            return java.time.OffsetDateTime.parse(at).toInstant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        } catch (java.time.format.DateTimeParseException e) {
            return java.time.Instant.EPOCH;
        }
    }

    private static void headers(ArrayNode into, HttpMessage m) {
        m.headers().forEach(h -> into.addObject().put("name", h.getKey()).put("value", h.getValue()));
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }
}
