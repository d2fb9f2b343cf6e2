package org.csi.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.csi.harness.cli.Csi;
import org.csi.reference.Credential;
import org.csi.reference.ReferenceSolution;
import org.junit.jupiter.api.Test;

/**
 * Done when (issue 11 point 4): secrets made of every special character, reflected by the solution in its headers and
 * bodies in every encoding, appear in no file of the run and in nothing it prints. The solution is the reference behind
 * a proxy that echoes, in each response, every form of the API key, bearer token or client secret of the request.
 */
class SecretLeakScanTest {
    static final String URL_PASSWORD = "pa55-w0rd-in-the-url";
    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void noFormOfAnySecretReachesAnyOutput() throws Exception {
        List<Credential> credentials = new ArrayList<>();
        int n = 0;
        for (String tenant : new String[] {"T1", "T2", "live"}) {
            for (String role : new String[] {"APPLICANT", "INSURER", "SERVICE_PROVIDER", "FORENSIC_INSTITUTION"}) {
                if (tenant.equals("live") && !role.equals("APPLICANT")) continue;
                n++;
                // Client secrets travel form-encoded (UTF-8); API keys travel in a header, so they keep to ASCII.
                credentials.add(new Credential(tenant.equals("live") ? "T1" : tenant, role, !tenant.equals("live"), "cli-" + tenant.toLowerCase() + "-" + n,
                        "s3c/\"r\\e+t=&%: 密码é-" + n, "k3y/\"\\+=&%:a-" + n));
            }
        }
        try (ReferenceSolution solution = ReferenceSolution.start(ReferenceSolution.Options.defaults().withCredentials(credentials));
             Reflector proxy = new Reflector(solution.baseUrl())) {
            ObjectNode c = JSON.createObjectNode();
            for (Credential k : credentials) {
                c.with("credentials").with(k.testMode() ? k.tenant() : "live").putObject(k.role()).put("clientId", k.clientId())
                        .put("clientSecret", k.clientSecret()).put("apiKey", k.apiKey()).put("keyId", k.clientId());
            }
            Path root = Files.createTempDirectory(Files.createDirectories(Path.of("target", "tmp")), "csi-secrets-");
            Path config = Files.writeString(root.resolve("config.json"), c.toPrettyString());
            Path out = root.resolve("out");
            ByteArrayOutputStream stdout = new ByteArrayOutputStream();
            ByteArrayOutputStream stderr = new ByteArrayOutputStream();
            int status = Csi.run(new String[] {"run", "--target", proxy.url(URL_PASSWORD), "--config", config.toString(), "--out", out.toString(),
                    "--tags", "@CSI-GEN or @CSI-CAT", "--no-html", "--exit-zero"},
                    new PrintStream(stdout, true, StandardCharsets.UTF_8), new PrintStream(stderr, true, StandardCharsets.UTF_8));
            assertEquals(Csi.OK, status, stderr.toString(StandardCharsets.UTF_8));
            assertTrue(proxy.tokens.size() > 0 && proxy.echoed.get() > 100, "the solution issued tokens and reflected secrets: "
                    + proxy.tokens.size() + " tokens, " + proxy.echoed.get() + " echoes");
            assertTrue(Files.isRegularFile(out.resolve("scorecard.json")) && Files.isDirectory(out.resolve("allure-results")));
            assertFalse(JSON.readTree(out.resolve("config.json").toFile()).path("target").asText().contains("@"), "no URL credentials in config.json");

            Map<String, String> needles = new LinkedHashMap<>();
            for (Credential k : credentials) {
                forms(needles, k.clientId() + " clientSecret", k.clientSecret(), k.clientId());
                forms(needles, k.clientId() + " apiKey", k.apiKey(), k.clientId());
            }
            for (String t : proxy.tokens) forms(needles, "token " + t.substring(0, 6) + "…", t, "x");
            needles.put("URL password", URL_PASSWORD);
            List<String> hits = scan(out, needles);
            for (var stream : Map.of("stdout", stdout, "stderr", stderr).entrySet()) {
                String text = stream.getValue().toString(StandardCharsets.UTF_8);
                needles.forEach((what, needle) -> {
                    if (text.contains(needle)) hits.add(stream.getKey() + ": " + what);
                });
            }
            assertEquals(List.of(), hits.subList(0, Math.min(20, hits.size())), hits.size() + " hits");

            // The scan itself finds what it looks for: one form planted in a copy of a report is found.
            Path planted = Files.writeString(root.resolve("planted.txt"), "x " + SecretForms.of(credentials.get(0).clientSecret(), "id").get("url-%20") + " y");
            assertEquals(1, scan(planted.getParent(), Map.of("planted", SecretForms.needle("url-%20",
                    SecretForms.of(credentials.get(0).clientSecret(), "id").get("url-%20")))).stream().filter(h -> h.contains("planted.txt")).count());
        }
    }

    private static void forms(Map<String, String> needles, String what, String secret, String clientId) {
        SecretForms.of(secret, clientId).forEach((name, form) -> needles.put(what + " as " + name, SecretForms.needle(name, form)));
    }

    private static List<String> scan(Path dir, Map<String, String> needles) throws IOException {
        List<String> hits = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("config.json") || p.getParent().endsWith("out")).toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                needles.forEach((what, needle) -> {
                    if (text.contains(needle)) hits.add(dir.relativize(f) + ": " + what);
                });
            }
        }
        return hits;
    }

    /** Passes everything to the reference, and sends back in headers and JSON bodies every form of the request's secrets. */
    static final class Reflector implements AutoCloseable {
        private static final Set<String> NOT_FORWARDED = Set.of("host", "connection", "content-length", "expect", "upgrade", "transfer-encoding");
        final Set<String> tokens = ConcurrentHashMap.newKeySet();
        final AtomicInteger echoed = new AtomicInteger();
        private final HttpServer server;
        private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        private final String upstream;

        Reflector(String upstream) throws IOException {
            this.upstream = upstream;
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 32);
            server.setExecutor(Executors.newCachedThreadPool(r -> {
                Thread t = new Thread(r, "secret-reflector");
                t.setDaemon(true);
                return t;
            }));
            server.createContext("/", this::handle);
            server.start();
        }

        String url(String password) {
            return "http://vendor:" + password + "@127.0.0.1:" + server.getAddress().getPort();
        }

        private String own() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        private void handle(HttpExchange ex) throws IOException {
            try (ex) {
                byte[] requestBody = ex.getRequestBody().readAllBytes();
                HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(upstream + ex.getRequestURI()))
                        .method(ex.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(requestBody));
                ex.getRequestHeaders().forEach((name, values) -> {
                    if (!NOT_FORWARDED.contains(name.toLowerCase())) values.forEach(v -> b.header(name, v));
                });
                HttpResponse<byte[]> answer = client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
                List<String> secrets = secretsOf(ex, new String(requestBody, StandardCharsets.UTF_8));
                String body = new String(answer.body(), StandardCharsets.UTF_8).replace(upstream, own());
                answer.headers().map().forEach((name, values) -> {
                    if (!NOT_FORWARDED.contains(name.toLowerCase())) ex.getResponseHeaders().put(name, values);
                });
                int i = 0;
                for (String s : secrets) {
                    i++;
                    for (var f : SecretForms.of(s, "cli").entrySet()) {
                        if (f.getValue().chars().allMatch(ch -> ch >= 0x20 && ch < 0x7f)) ex.getResponseHeaders().add("X-Echo-" + i + "-" + f.getKey(), f.getValue());
                    }
                }
                body = reflectInBody(body, secrets);
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                ex.sendResponseHeaders(answer.statusCode(), bytes.length == 0 ? -1 : bytes.length);
                if (bytes.length > 0) ex.getResponseBody().write(bytes);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private List<String> secretsOf(HttpExchange ex, String body) {
            List<String> found = new ArrayList<>();
            String key = ex.getRequestHeaders().getFirst("X-CSI-Api-Key");
            if (key != null) found.add(key);
            String auth = ex.getRequestHeaders().getFirst("Authorization");
            if (auth != null && auth.startsWith("Bearer ") && auth.length() > 7) found.add(auth.substring(7));
            for (String pair : body.split("&")) {
                if (pair.startsWith("client_secret=")) found.add(URLDecoder.decode(pair.substring(14), StandardCharsets.UTF_8));
            }
            if (!found.isEmpty()) echoed.incrementAndGet();
            return found;
        }

        private String reflectInBody(String body, List<String> secrets) {
            JsonNode json;
            try {
                json = JSON.readTree(body);
            } catch (IOException e) {
                return body;
            }
            if (json == null || !json.isObject()) return body;
            ObjectNode o = (ObjectNode) json;
            if (o.path("access_token").isTextual()) tokens.add(o.path("access_token").asText());
            if (secrets.isEmpty()) return body;
            ObjectNode echo = o.putObject("echo");
            int i = 0;
            for (String s : secrets) {
                ObjectNode one = echo.putObject("secret-" + ++i);
                SecretForms.of(s, "cli").forEach(one::put);
                one.put("sentence", "you sent " + s + " to us");
            }
            return o.toString();
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
