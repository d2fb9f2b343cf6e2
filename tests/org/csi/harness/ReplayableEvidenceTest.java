package org.csi.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.csi.harness.evidence.Exchange;
import org.csi.harness.evidence.HttpMessage;
import org.csi.harness.evidence.Redactor;
import org.csi.harness.run.ConformanceRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 point 2: evidence you can replay. One run of GEN-04 against the reference with a tenant leak: the
 * exchanges in Allure as request and response in their own content types, JSON indented, with a curl line; the run's
 * HAR in HAR 1.2 shape; the failed scenario names the exchange its verdict rests on and says expected-vs-observed first.
 */
class ReplayableEvidenceTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static ConformanceRun.Report report;

    @BeforeAll
    static void failingRun() throws Exception {
        Path out = Files.createTempDirectory("csi-replay").resolve("run");
        report = ConformanceRun.execute(new ConformanceRun.Options(null, null, null, "@GEN-04", out, 2, false, "GEN04_LEAK_OTHER_TENANT",
                Duration.ofSeconds(2), new PrintStream(OutputStream.nullOutputStream())));
    }

    @Test
    void theHarIsHar12AndRedacted() throws Exception {
        Path file = report.outDir().resolve("evidence.har");
        JsonNode log = JSON.readTree(file.toFile()).path("log");
        assertEquals("1.2", log.path("version").asText());
        assertEquals(ConformanceRun.HARNESS_NAME, log.path("creator").path("name").asText());
        assertTrue(log.path("creator").path("version").isTextual() && log.path("pages").isArray());
        JsonNode entries = log.path("entries");
        assertTrue(entries.size() > 10, "every exchange of the run: " + entries.size());
        int decisive = 0;
        String previous = "";
        for (JsonNode e : entries) {
            String at = e.path("startedDateTime").asText();
            OffsetDateTime.parse(at);
            assertTrue(at.compareTo(previous) >= 0 || at.length() != previous.length(), "entries in time order");
            previous = at;
            assertTrue(e.path("time").isNumber() && e.path("cache").isObject());
            for (String t : List.of("send", "wait", "receive")) assertTrue(e.path("timings").path(t).isNumber(), t);
            JsonNode rq = e.path("request");
            for (String f : List.of("method", "url", "httpVersion")) assertTrue(rq.path(f).isTextual(), "request." + f);
            for (String f : List.of("cookies", "headers", "queryString")) assertTrue(rq.path(f).isArray(), "request." + f);
            for (String f : List.of("headersSize", "bodySize")) assertTrue(rq.path(f).isNumber(), "request." + f);
            if (rq.has("postData")) assertTrue(rq.path("postData").path("mimeType").isTextual() && rq.path("postData").path("text").isTextual());
            for (JsonNode h : rq.path("headers")) {
                assertTrue(h.path("name").isTextual() && h.path("value").isTextual());
                if (h.path("name").asText().equalsIgnoreCase("Authorization")) assertEquals(Redactor.MARK, h.path("value").asText());
                if (h.path("name").asText().toLowerCase().contains("api-key")) assertEquals(Redactor.MARK, h.path("value").asText());
            }
            if (rq.has("postData") && rq.path("postData").path("text").asText().contains("client_secret=")) {
                assertTrue(rq.path("postData").path("text").asText().contains("client_secret=" + java.net.URLEncoder.encode(Redactor.MARK, StandardCharsets.UTF_8))
                        || rq.path("postData").path("text").asText().contains("client_secret=" + Redactor.MARK), rq.path("postData").toString());
            }
            JsonNode rs = e.path("response");
            assertTrue(rs.path("status").isInt() && rs.path("statusText").isTextual() && rs.path("httpVersion").isTextual());
            assertTrue(rs.path("cookies").isArray() && rs.path("headers").isArray() && rs.path("redirectURL").isTextual());
            assertTrue(rs.path("content").path("size").isNumber() && rs.path("content").path("mimeType").isTextual());
            assertTrue(rs.path("headersSize").isNumber() && rs.path("bodySize").isNumber());
            assertTrue(e.path("_scenarios").isArray());
            if (e.path("_decisive").asBoolean()) decisive++;
        }
        assertEquals(1, decisive, "the failed scenario's decisive exchange is marked");
        String har = Files.readString(file);
        assertTrue(har.contains(Redactor.MARK), "there were credentials to redact");
        assertFalse(har.contains("\"$CSI_"), "placeholders belong to the curl lines, the HAR keeps the redaction mark");
    }

    @Test
    void theFailedScenarioMarksItsDecisiveExchangeAndSaysExpectedVsObservedFirst() throws Exception {
        JsonNode evidence = JSON.readTree(report.outDir().resolve("evidence.json").toFile());
        JsonNode failed = null;
        for (JsonNode c : evidence.path("clauses")) {
            for (JsonNode s : c.path("scenarios")) if (s.path("outcome").asText().equals("FAIL")) failed = s;
        }
        assertNotNull(failed, "the leak fails a GEN-04 scenario");
        List<JsonNode> marked = new ArrayList<>();
        failed.path("exchanges").forEach(x -> {
            if (x.path("decisive").asBoolean()) marked.add(x);
        });
        assertEquals(1, marked.size(), "one exchange is the one the verdict rests on");
        assertEquals(failed.path("decisiveExchange").asText(), marked.get(0).path("title").asText());
        String title = marked.get(0).path("title").asText();
        String named = title.substring(0, title.indexOf(" → "));
        assertTrue(failed.path("reason").asText().contains(named), "the exchange the failure names (" + named + "), not merely the last: "
                + failed.path("reason").asText());
        List<String> keys = new ArrayList<>();
        failed.fieldNames().forEachRemaining(keys::add);
        assertTrue(keys.indexOf("reason") < keys.indexOf("exchanges"), "the reason comes before the exchanges: " + keys);
        assertTrue(marked.get(0).path("curl").asText().startsWith("curl "));

        JsonNode result = allureResults().stream().filter(r -> r.path("status").asText().equals("failed")).findFirst().orElseThrow();
        String message = result.path("statusDetails").path("message").asText();
        assertTrue(message.startsWith("GEN-04 · 不通过 FAIL · "), message);
        assertTrue(message.lines().skip(1).findFirst().orElse("").startsWith("预期与实际 Expected vs observed: "), message);
        assertTrue(message.contains("决定性交互 Decisive exchange: " + title), message);
        assertTrue(steps(result).stream().anyMatch(s -> s.path("name").asText().equals("★ 决定性交互 Decisive exchange · " + title)),
                "the decisive exchange's step is marked in Allure");
        JsonNode categories = JSON.readTree(report.outDir().resolve("allure-results").resolve("categories.json").toFile());
        String head = message.lines().findFirst().orElseThrow();
        JsonNode category = null;
        for (JsonNode c : categories) if (c.path("name").asText().equals(head)) category = c;
        assertNotNull(category, "a category for the clause and kind: " + categories);
        assertTrue(message.matches(category.path("messageRegex").asText()), "the category's pattern matches its message");
    }

    @Test
    void eachExchangeIsAStepWithRequestResponseAndCurl() throws Exception {
        Path results = report.outDir().resolve("allure-results");
        int json = 0;
        int curls = 0;
        for (JsonNode r : allureResults()) {
            for (JsonNode s : steps(r)) {
                for (JsonNode a : s.path("attachments")) {
                    String body = Files.readString(results.resolve(a.path("source").asText()));
                    assertFalse(a.path("type").asText().equals("text/plain") && a.path("name").asText().startsWith("响应 Response")
                            && body.strip().startsWith("{"), "a JSON response is not text/plain: " + a);
                    if (a.path("type").asText().equals("application/json") && body.strip().startsWith("{") && body.contains("\n  \"")) json++;
                    if (a.path("name").asText().startsWith("curl")) {
                        curls++;
                        assertTrue(body.contains("\ncurl -sS -i -X "), body);
                        assertFalse(body.lines().filter(l -> l.startsWith("curl ")).anyMatch(l -> l.contains(Redactor.MARK)),
                                "secrets are variables in the curl line: " + body);
                    }
                }
            }
        }
        assertTrue(json > 10, "indented JSON attachments: " + json);
        assertTrue(curls > 10, "curl lines: " + curls);
    }

    /** The curl line is a shell command whose arguments are exactly the request, secrets as variables the shell expands. */
    @Test
    void theCurlLineParsesInAShellToTheRequest() throws Exception {
        String body = "{\"name\": \"O'Brien & Co\", \"note\": \"$HOME `x` \\\\ \"}";
        Exchange x = new Exchange("2025-06-02T09:00:00+08:00", 5, "POST", "http://127.0.0.1:1/csi/v1/applications?x=1&y=2", 201,
                "POST http://127.0.0.1:1/csi/v1/applications?x=1&y=2\nAuthorization: Bearer " + Redactor.MARK + "\nX-CSI-Api-Key: " + Redactor.MARK
                        + "\nIdempotency-Key: k-1\nContent-Type: application/json\n\n" + body,
                "HTTP 201\nContent-Type: application/json\n\n{\"a\":1}");
        String line = x.curl();
        assertFalse(line.contains(Redactor.MARK), line);
        ProcessBuilder shell = new ProcessBuilder("sh", "-c", "set -- " + line.substring("curl ".length()) + "; for a in \"$@\"; do printf '%s\\n--\\n' \"$a\"; done")
                .redirectErrorStream(true);
        shell.environment().put("CSI_TOKEN", "tok-1");
        shell.environment().remove("CSI_API_KEY");
        Process p = shell.start();
        assertTrue(p.waitFor(10, TimeUnit.SECONDS));
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        List<String> args = List.of(out.split("\n--\n", -1));
        assertEquals(List.of("-sS", "-i", "-X", "POST", "http://127.0.0.1:1/csi/v1/applications?x=1&y=2", "-H", "Authorization: Bearer tok-1", "-H",
                "X-CSI-Api-Key: ", "-H", "Idempotency-Key: k-1", "-H", "Content-Type: application/json", "--data-binary", body, ""), args,
                "the variables expand (CSI_API_KEY unset: to nothing); everything else reaches curl as recorded");
        HttpMessage form = HttpMessage.parse("POST http://127.0.0.1:1/oauth2/token\nContent-Type: application/x-www-form-urlencoded\n\n"
                + "grant_type=client_credentials&client_id=c1&client_secret=" + Redactor.MARK);
        assertEquals("application/x-www-form-urlencoded", form.mediaType());
        String token = new Exchange("t", 1, "POST", "http://127.0.0.1:1/oauth2/token", 200, "POST http://127.0.0.1:1/oauth2/token\n"
                + "Content-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials&client_id=c1&client_secret=" + Redactor.MARK, "HTTP 200\n").curl();
        assertTrue(token.endsWith("--data-binary 'grant_type=client_credentials&client_id=c1' --data-urlencode 'client_secret='\"$CSI_CLIENT_SECRET\""), token);
        Redactor redactor = new Redactor();
        assertEquals(token, redactor.redact(token), "the redactor leaves the curl line as it is (nothing in it to redact)");
    }

    static List<JsonNode> allureResults() throws Exception {
        List<JsonNode> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(report.outDir().resolve("allure-results"))) {
            for (Path f : files.filter(p -> p.toString().endsWith("-result.json")).toList()) out.add(JSON.readTree(f.toFile()));
        }
        return out;
    }

    static List<JsonNode> steps(JsonNode r) {
        List<JsonNode> all = new ArrayList<>();
        collect(r.path("steps"), all);
        return all;
    }

    private static void collect(JsonNode steps, List<JsonNode> into) {
        for (JsonNode s : steps) {
            into.add(s);
            collect(s.path("steps"), into);
        }
    }
}
