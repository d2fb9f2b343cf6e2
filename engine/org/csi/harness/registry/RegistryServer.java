package org.csi.harness.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.csi.harness.certify.CertificationPackage;
import org.csi.harness.pilot.PilotPage;
import org.csi.harness.pilot.PilotScorecard;

/**
 * The pilot registry over HTTP (JDK server): assessment bodies POST packages with their bearer token; anyone reads
 * the pilot page, its JSON and each solution's history, built from the kept packages with the consent file applied
 * (names without consent are published as their keys).
 * <ul>
 *   <li>POST /packages — body: the zip; 201 kept, 401 no or unknown token, 409 that run is kept already, 413 too
 *       large, 422 refused (application/problem+json naming each problem and its file)</li>
 *   <li>GET /pilot (HTML), GET /pilot.json, GET /solutions/{solutionKey}/history</li>
 * </ul>
 */
public final class RegistryServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final RegistryConfig config;
    private final RegistryStore store;
    private final PackageIntake intake;
    private final Map<String, PilotScorecard.Consent> consents;
    private final HttpServer http;
    private final ExecutorService workers = Executors.newFixedThreadPool(4);
    private final StoreImport imports;
    private final java.util.concurrent.ScheduledExecutorService rescans = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "csi-serve-store-rescan");
        t.setDaemon(true);
        return t;
    });

    private RegistryServer(RegistryConfig config, PackageCheck check) throws IOException {
        this.config = config;
        this.consents = PilotScorecard.consents(config.consent());   // checked whole before serving anything
        this.store = RegistryStore.open(config.database());
        this.intake = new PackageIntake(store, check, config.dataDir());
        this.imports = config.store() == null ? null : new StoreImport(config.store(), intake, config.bodies());
        this.http = HttpServer.create(new InetSocketAddress(config.host(), config.port()), 0);
        http.createContext("/", this::route);
        http.setExecutor(workers);
    }

    /** Opens the database (migrating it), then listens; port 0 takes a free one (see {@link #uri()}). */
    public static RegistryServer start(RegistryConfig config, PackageCheck check) throws IOException {
        RegistryServer s = new RegistryServer(config, check);
        s.http.start();
        if (s.imports != null) {
            s.initialImport = s.importFromStore();
            s.rescans.scheduleWithFixedDelay(() -> {
                try {
                    s.importFromStore();
                } catch (RuntimeException e) {
                    System.err.println("csi serve: reading the results store " + config.store() + ": " + e.getMessage());
                }
            }, RESCAN_SECONDS, RESCAN_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
        }
        return s;
    }

    private static final long RESCAN_SECONDS = 60;
    private StoreImport.Summary initialImport = new StoreImport.Summary(0, 0, 0);

    /** What the first look at the results store, at start, took and refused. */
    public StoreImport.Summary initialImport() {
        return initialImport;
    }

    /** Takes the packages published to the configured results store since the last look (none configured: nothing). */
    public StoreImport.Summary importFromStore() {
        return imports == null ? new StoreImport.Summary(0, 0, 0) : imports.scan();
    }

    public URI uri() {
        InetSocketAddress a = http.getAddress();
        String host = a.getAddress().getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort() + "/");
    }

    public RegistryStore store() {
        return store;
    }

    @Override
    public void close() {
        rescans.shutdownNow();
        http.stop(0);
        workers.shutdownNow();
    }

    private void route(HttpExchange x) throws IOException {
        try (x) {
            String path = x.getRequestURI().getPath();
            String method = x.getRequestMethod();
            if (path.equals("/packages")) {
                if (!method.equals("POST")) send(x, 405, "text/plain; charset=utf-8", "POST a certification package here\n");
                else upload(x);
            } else if (!method.equals("GET") && !method.equals("HEAD")) {
                send(x, 405, "text/plain; charset=utf-8", "read only\n");
            } else if (path.equals("/") || path.equals("/pilot") || path.equals("/pilot.html")) {
                send(x, 200, "text/html; charset=utf-8", PilotPage.render(pilot()));
            } else if (path.equals("/pilot.json")) {
                send(x, 200, "application/json", pilot().toPrettyString());
            } else if (path.startsWith("/solutions/") && path.endsWith("/history")) {
                String key = path.substring("/solutions/".length(), path.length() - "/history".length());
                Optional<ObjectNode> h = history(key);
                if (h.isPresent()) send(x, 200, "application/json", h.get().toPrettyString());
                else send(x, 404, "application/problem+json", problem(404, "no such solution", "no solution has the key '" + key + "'", List.of()));
            } else {
                send(x, 404, "text/plain; charset=utf-8", "not found\n");
            }
        } catch (RuntimeException e) {
            // the reason stays in the organiser's log; the client learns only that it was the server's fault
            System.err.println("csi serve: " + x.getRequestMethod() + " " + x.getRequestURI().getPath() + ": " + e);
            try {
                send(x, 500, "text/plain; charset=utf-8", "internal error\n");
            } catch (IOException | RuntimeException ignored) {
                // the response had begun; nothing more to tell
            }
        }
    }

    private void upload(HttpExchange x) throws IOException {
        Optional<AssessmentBody> body = authenticate(x.getRequestHeaders().getFirst("Authorization"));
        if (body.isEmpty()) {
            drain(x.getRequestBody(), config.maxPackageBytes());
            x.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"csi-registry\"");
            send(x, 401, "application/problem+json", problem(401, "unauthenticated",
                    "an assessment body's bearer token is required (Authorization: Bearer <token>)", List.of()));
            return;
        }
        String length = x.getRequestHeaders().getFirst("Content-Length");
        long max = config.maxPackageBytes();
        if (length != null && length.matches("\\d{1,19}") && Long.parseLong(length) > max) {
            drain(x.getRequestBody(), DRAIN_BYTES);
            send(x, 413, "application/problem+json", problem(413, "package too large", "larger than " + max + " bytes", List.of()));
            return;
        }
        byte[] zip = readAtMost(x.getRequestBody(), max);
        if (zip == null) {
            drain(x.getRequestBody(), DRAIN_BYTES);
            send(x, 413, "application/problem+json", problem(413, "package too large", "larger than " + max + " bytes", List.of()));
            return;
        }
        PackageIntake.Outcome outcome = intake.receive(body.get(), zip);
        if (outcome instanceof PackageIntake.Kept k) {
            ObjectNode r = JSON.createObjectNode().put("status", "accepted").put("runId", k.runId()).put("packageSha256", k.packageSha256());
            x.getResponseHeaders().set("Location", "/pilot.json");
            send(x, 201, "application/json", r.toPrettyString());
        } else if (outcome instanceof PackageIntake.AlreadyKept a) {
            send(x, 409, "application/problem+json", problem(409, "run already registered", "a package of run " + a.runId() + " is kept already", List.of()));
        } else if (outcome instanceof PackageIntake.Refused r) {
            send(x, 422, "application/problem+json", problem(422, "package refused", String.join("; ", r.reasons()), r.reasons()));
        }
    }

    /** The body whose token hashes to the presented one (compared in constant time). */
    Optional<AssessmentBody> authenticate(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) return Optional.empty();
        byte[] presented = HexFormat.of().parseHex(CertificationPackage.sha256(authorization.substring(7).trim().getBytes(StandardCharsets.UTF_8)));
        AssessmentBody found = null;
        for (AssessmentBody b : config.bodies()) {
            if (MessageDigest.isEqual(presented, HexFormat.of().parseHex(b.tokenSha256()))) found = b;
        }
        return Optional.ofNullable(found);
    }

    /** The pilot scorecard of every kept package (the latest per solution leads; the others are its history). */
    ObjectNode pilot() {
        List<JsonNode> runs = store.accepted().stream().map(RegistryStore.Accepted::scorecard).toList();
        return PilotScorecard.build(config.pilotId(), runs, consents, true);
    }

    /** Every kept package of the solution published as {@code key}, oldest first, consent applied to its name. */
    Optional<ObjectNode> history(String key) {
        ObjectNode p = pilot();
        Map<String, RegistryStore.Accepted> byRun = store.accepted().stream().collect(Collectors.toMap(RegistryStore.Accepted::runId, Function.identity()));
        for (JsonNode s : p.path("solutions")) {
            if (!s.path("solutionKey").asText().equals(key)) continue;
            ObjectNode h = JSON.createObjectNode().put("solutionKey", key).put("displayName", s.path("displayName").asText());
            ArrayNode list = h.putArray("packages");
            for (JsonNode run : s.path("history")) {
                RegistryStore.Accepted a = byRun.get(run.path("runId").asText());
                if (a == null) continue;
                ObjectNode e = list.addObject().put("runId", a.runId()).put("startedAt", a.startedAt())
                        .put("receivedAt", a.receivedAt().toString()).put("assessmentBody", a.bodyId())
                        .put("packageSha256", a.packageSha256()).put("level", a.scorecard().path("level").asText());
                e.set("packScore", a.scorecard().path("packScore"));
            }
            return Optional.of(h);
        }
        return Optional.empty();
    }

    private static String problem(int status, String title, String detail, List<String> problems) {
        ObjectNode p = JSON.createObjectNode().put("type", "about:blank").put("title", title).put("status", status).put("detail", detail);
        ArrayNode list = p.putArray("problems");
        problems.forEach(list::add);
        return p.toPrettyString();
    }

    /** How much of a refused body is read and dropped, so that the client sees the answer rather than a reset. */
    private static final long DRAIN_BYTES = 64L << 20;

    private static void drain(InputStream in, long max) throws IOException {
        byte[] buf = new byte[64 * 1024];
        long total = 0;
        for (int n; total <= max && (n = in.read(buf)) > 0; ) total += n;
    }

    /** The whole body, or null when it is longer than {@code max} bytes. */
    private static byte[] readAtMost(InputStream in, long max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[64 * 1024];
        long total = 0;
        for (int n; (n = in.read(buf)) > 0; ) {
            total += n;
            if (total > max) return null;
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    private static void send(HttpExchange x, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().set("Content-Type", type);
        x.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = x.getRequestMethod().equals("HEAD");
        x.sendResponseHeaders(status, head ? -1 : bytes.length);
        if (!head) {
            try (OutputStream o = x.getResponseBody()) {
                o.write(bytes);
            }
        }
    }
}
