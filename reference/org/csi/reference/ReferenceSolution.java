package org.csi.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The reference solution of the CSI Standards Pack: a real HTTP server on loopback implementing the
 * standard interface for CSI-GEN, CSI-CAT, CSI-UW, CSI-RQ, CSI-MON and CSI-CLM. It is one solution among many: the harness judges it only
 * by what it sends over the wire.
 */
public final class ReferenceSolution implements AutoCloseable {
    public static final String API_BASE = "/csi/v1";
    public static final String TOKEN_PATH = "/oauth2/token";
    public static final int MAX_BODY_BYTES = 262_144;

    /**
     * How to start one: which faults to switch on, how long tokens live, the loopback port (0: any free one) and,
     * optionally, fixed credentials (otherwise fresh random ones).
     */
    public record Options(Set<Fault> faults, Duration tokenTtl, int port, List<Credential> credentials, SSLContext tls, Duration latency,
                          List<String> declared, Set<Variant> variants, Set<String> profiles) {
        /** Every standard the reference implements, in the order its capability document lists them. */
        public static final List<String> ALL = List.of("CSI-GEN", "CSI-CAT", "CSI-UW", "CSI-RQ", "CSI-MON", "CSI-ER", "CSI-CLM");
        /** Every optional profile the reference implements, and the standard that carries it; all are declared by default. */
        public static final Map<String, String> PROFILES = Map.of("PERF", "CSI-GEN", "STIX", "CSI-MON", "ONSITE", "CSI-ER");

        public static Options defaults() {
            return new Options(EnumSet.noneOf(Fault.class), Duration.ofSeconds(5), 0, null, null, Duration.ZERO, ALL, EnumSet.noneOf(Variant.class), PROFILES.keySet());
        }

        public Options withFaults(Set<Fault> f) {
            return new Options(f.isEmpty() ? EnumSet.noneOf(Fault.class) : EnumSet.copyOf(f), tokenTtl, port, credentials, tls, latency, declared, variants, profiles);
        }

        public Options withTokenTtl(Duration ttl) {
            return new Options(faults, ttl, port, credentials, tls, latency, declared, variants, profiles);
        }

        public Options withPort(int p) {
            return new Options(faults, tokenTtl, p, credentials, tls, latency, declared, variants, profiles);
        }

        public Options withCredentials(List<Credential> c) {
            return new Options(faults, tokenTtl, port, c, tls, latency, declared, variants, profiles);
        }

        /** Answer every request this much later, as a solution across a network would (for benchmarks). */
        public Options withLatency(Duration d) {
            return new Options(faults, tokenTtl, port, credentials, tls, d, declared, variants, profiles);
        }

        /** Declare only these standards (a narrower solution, e.g. GEN and CAT only); the endpoints stay. */
        public Options withDeclared(List<String> ids) {
            return new Options(faults, tokenTtl, port, credentials, tls, latency, List.copyOf(ids), variants, profiles);
        }

        /** Declare only these optional profiles (of {@link #PROFILES}); none leaves every standard at CORE. */
        public Options withProfiles(Set<String> p) {
            return new Options(faults, tokenTtl, port, credentials, tls, latency, declared, variants, Set.copyOf(p));
        }

        /** Take these permitted variants of behaviour (see {@link Variant}). */
        public Options withVariants(Set<Variant> v) {
            return new Options(faults, tokenTtl, port, credentials, tls, latency, declared, v.isEmpty() ? EnumSet.noneOf(Variant.class) : EnumSet.copyOf(v), profiles);
        }

        /**
         * Fault and variant switches from one comma-separated list of names (the harness's --reference-faults), and
         * {@code DECLARE=CSI-GEN+CSI-CAT+CSI-CLM} for a narrower declaration, {@code PROFILES=STIX+ONSITE} (or
         * {@code PROFILES=CORE}) to declare fewer optional profiles, {@code LATENCY=50} to answer every request 50 ms
         * later (as across a network; for benchmarks). Unknown names are a clear error.
         */
        public Options withSwitches(String names) {
            Set<Fault> f = EnumSet.noneOf(Fault.class);
            Set<Variant> v = EnumSet.noneOf(Variant.class);
            List<String> declare = declared;
            Set<String> declareProfiles = profiles;
            Duration delay = latency;
            if (names != null && !names.isBlank()) {
                for (String raw : names.split(",")) {
                    String n = raw.trim().toUpperCase(java.util.Locale.ROOT);
                    if (n.isEmpty()) continue;
                    if (n.startsWith("DECLARE=")) {
                        declare = List.of(n.substring("DECLARE=".length()).split("\\+"));
                        if (!ALL.containsAll(declare) || !declare.contains("CSI-GEN")) {
                            throw new IllegalArgumentException("DECLARE= takes standards of " + ALL + " joined by '+', CSI-GEN among them: " + raw.trim());
                        }
                        continue;
                    }
                    if (n.startsWith("PROFILES=")) {
                        declareProfiles = new java.util.TreeSet<>(List.of(n.substring("PROFILES=".length()).split("\\+")));
                        declareProfiles.remove("CORE");
                        if (!PROFILES.keySet().containsAll(declareProfiles)) {
                            throw new IllegalArgumentException("PROFILES= takes CORE or profiles of " + new java.util.TreeSet<>(PROFILES.keySet()) + " joined by '+': " + raw.trim());
                        }
                        continue;
                    }
                    if (n.startsWith("LATENCY=")) {
                        try {
                            delay = Duration.ofMillis(Long.parseLong(n.substring("LATENCY=".length())));
                        } catch (NumberFormatException e) {
                            delay = Duration.ofMillis(-1);
                        }
                        if (delay.isNegative() || delay.toMillis() > 10_000) {
                            throw new IllegalArgumentException("LATENCY= takes milliseconds from 0 to 10000 (each answer that much later): " + raw.trim());
                        }
                        continue;
                    }
                    if (java.util.Arrays.stream(Variant.values()).anyMatch(x -> x.name().equals(n))) {
                        v.add(Variant.valueOf(n));
                    } else {
                        try {
                            f.addAll(Fault.parse(n));
                        } catch (IllegalArgumentException e) {
                            throw new IllegalArgumentException(e.getMessage() + "; or a variant: "
                                    + java.util.Arrays.stream(Variant.values()).map(Enum::name).collect(java.util.stream.Collectors.joining(", ")));
                        }
                    }
                }
            }
            for (List<Variant> pair : Variant.EXCLUSIVE) {
                if (v.containsAll(pair)) throw new IllegalArgumentException("variants " + pair + " are two sides of one choice; take one");
            }
            return withFaults(f).withVariants(v).withDeclared(declare).withProfiles(declareProfiles).withLatency(delay);
        }

        /** Serve HTTPS with this context, and require a client certificate it trusts (mutual TLS). */
        public Options withMutualTls(SSLContext context) {
            return new Options(faults, tokenTtl, port, credentials, context, latency, declared, variants, profiles);
        }
    }

    static {
        // The JDK server writes an answer's head and body apart; without TCP_NODELAY a client that delays its ACKs
        // (the JDK's own HttpClient, for one) waits about 40 ms for every body. Read once, when the server classes load.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final Options options;
    private final Set<Fault> faults;
    private final Set<Variant> variants;
    private final HttpServer server;
    private final ExecutorService workers = Executors.newFixedThreadPool(8);
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final Auth auth;
    private final AuditLog audit = new AuditLog();
    private final Pages pages;
    private final Idempotency idempotency;
    private final TestClocks clocks;
    private final Catalog catalog;
    private final Applications applications;
    private final Quantifications quantifications;
    private final Underwriting underwriting;
    private final Policies policies;
    private final Incidents incidents;
    private final Claims claims;
    private final Monitoring monitoring;
    /** Signed webhook delivery (CSI-MON MON-08..10), shared by every service that emits events. */
    private final Webhooks webhooks;
    private final Router router = new Router();

    private ReferenceSolution(Options options) throws IOException {
        this.options = options;
        this.faults = options.faults();
        this.variants = options.variants();
        this.auth = new Auth(variants.contains(Variant.TOKENS_LIVE_2S) ? Duration.ofSeconds(2) : options.tokenTtl(), faults, options.credentials());
        this.pages = new Pages(faults, variants);
        this.idempotency = new Idempotency(faults);
        audit.shared = faults.contains(Fault.GEN04_AUDIT_SHARED);
        audit.uuidIds = variants.contains(Variant.UUID_IDS);
        this.clocks = new TestClocks(faults, variants, scheduler, audit);
        this.catalog = new Catalog(faults);
        this.applications = new Applications(faults, clocks, catalog);
        this.quantifications = new Quantifications(faults, clocks);
        this.underwriting = new Underwriting(faults, clocks, applications, quantifications, catalog, audit, scheduler);
        this.policies = new Policies(faults, clocks, underwriting, applications, catalog, audit);
        this.incidents = new Incidents(faults, clocks, policies, audit, options.declared().stream().anyMatch(d -> d.split("\\+")[0].equals("CSI-ER")));
        this.claims = new Claims(faults, clocks, policies, incidents, underwriting, audit);
        this.webhooks = new Webhooks(faults, variants);
        this.monitoring = new Monitoring(faults, variants, clocks, policies, audit, scheduler, new Monitoring.Emitter() {
            public String emit(String url, String secret, String type, String tenantId, String clockId, java.time.Instant at, ObjectNode data) {
                return webhooks.emit(url, secret, type, tenantId, clockId, at, data);
            }

            public void forget(String url) {
                webhooks.forget(url);
            }
        });
        routes();
        InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), options.port());
        if (options.tls() == null) {
            server = HttpServer.create(address, 64);
        } else {
            HttpsServer https = HttpsServer.create(address, 64);
            https.setHttpsConfigurator(new HttpsConfigurator(options.tls()) {
                @Override
                public void configure(HttpsParameters params) {
                    SSLParameters p = options.tls().getDefaultSSLParameters();
                    p.setNeedClientAuth(true);
                    params.setSSLParameters(p);
                }
            });
            server = https;
        }
        server.createContext("/", this::serve);
        server.setExecutor(workers);
        server.start();
    }

    /** Starts on a free loopback port. */
    public static ReferenceSolution start(Options options) {
        try {
            return new ReferenceSolution(options);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the reference solution on loopback: " + e.getMessage(), e);
        }
    }

    public String baseUrl() {
        return (options.tls() == null ? "http://" : "https://") + server.getAddress().getHostString() + ":" + server.getAddress().getPort();
    }

    public List<Credential> credentials() {
        return auth.credentials();
    }

    public Set<Fault> faults() {
        return faults;
    }

    /** How much later than it could every answer comes (zero unless a benchmark asked for LATENCY=). */
    public Duration latency() {
        return options.latency();
    }

    public Set<Variant> variants() {
        return variants;
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
        scheduler.shutdownNow();
        webhooks.close();
    }

    private void routes() {
        router.onTestOnly("POST", "/test-clocks", r -> idempotent(r, b -> clocks.create(r.principal, b)))
                .onTestOnly("GET", "/test-clocks", r -> ApiResponse.json(200, pages.page(clocks.list(r.principal), r.query)))
                .onTestOnly("GET", "/test-clocks/{id}", r -> ApiResponse.json(200, clocks.get(r.principal, r.param(0)).toJson()))
                .onTestOnly("DELETE", "/test-clocks/{id}", r -> clocks.delete(r.principal, r.param(0)))
                .onTestOnly("POST", "/test-clocks/{id}/advance", r -> advanceClock(r))
                .on("GET", "/catalog/products", r -> ApiResponse.json(200, productPage(r)))
                .on("GET", "/catalog/products/{id}", r -> ApiResponse.json(200, catalog.product(r.param(0))))
                .on("GET", "/catalog/category-map", r -> ApiResponse.json(200, catalog.categoryMap()))
                .on("GET", "/audit-events", r -> ApiResponse.json(200, pages.page(audit.visibleTo(r.principal, r.query), r.query)))
                .on("GET", "/audit-events/{id}", r -> ApiResponse.json(200, audit.get(r.principal, r.param(0)).toJson()))
                .on("POST", "/applications", r -> idempotent(r, b -> applications.create(r.principal, b)))
                .on("GET", "/applications", r -> list(applications.store(), r))
                .on("GET", "/applications/{id}", r -> ApiResponse.json(200, applications.store().get(r.principal, r.param(0)).toJson()))
                .on("PATCH", "/applications/{id}", r -> applications.patch(r.principal, r.param(0), body(r)))
                .on("GET", "/questionnaires/{version}", r -> ApiResponse.json(200, questionnaire(r.param(0))))
                .on("POST", "/assessments", r -> {
                    if (faults.contains(Fault.UW03_ASSESSMENTS_NOT_FOUND)) throw ApiException.of(404, "No such resource.").build();
                    return idempotent(r, b -> underwriting.assess(r.principal, b));
                })
                .on("GET", "/assessments", r -> list(underwriting.assessments, r))
                .on("GET", "/assessments/{id}", r -> ApiResponse.json(200, underwriting.assessments.get(r.principal, r.param(0)).toJson()))
                .on("POST", "/applications/{id}/underwriting-decisions", r -> idempotent(r, b -> underwriting.decide(r.principal, r.param(0), b)))
                .on("GET", "/applications/{id}/underwriting-decisions/{decisionId}", r -> underwriting.decision(r.principal, r.param(0), r.param(1)))
                .on("POST", "/applications/{id}/quotes", r -> idempotent(r, b -> underwriting.quote(r.principal, r.param(0), b)))
                .on("GET", "/quotes", r -> list(underwriting.quotes, r))
                .on("GET", "/quotes/{id}", r -> ApiResponse.json(200, underwriting.quoteNow(r.principal, r.param(0))))
                .on("POST", "/quotes/{id}/bind", r -> bind(r))
                .on("GET", "/policies", r -> list(policies.policies, r))
                .on("GET", "/policies/{id}", r -> ApiResponse.json(200, policies.policies.get(r.principal, r.param(0)).toJson()))
                .on("POST", "/policies/{id}/rescissions", r -> idempotent(r, b -> policies.rescind(r.principal, r.param(0), b)))
                .onTestOnly("POST", "/test-helpers/policies", r -> idempotent(r, b -> policies.helperPolicy(r.principal, b)))
                .on("POST", "/quantifications", r -> idempotent(r, b -> quantifications.create(r.principal, b)))
                .on("GET", "/quantifications", r -> list(quantifications.store(), r))
                .on("GET", "/quantifications/{id}", r -> ApiResponse.json(200, quantifications.store().get(r.principal, r.param(0)).toJson()))
                .on("POST", "/incidents", r -> idempotent(r, b -> incidents.create(r.principal, b)))
                .on("GET", "/incidents", r -> ApiResponse.json(200, pages.page(incidents.list(r.principal, r.query), r.query)))
                .on("GET", "/incidents/{id}", r -> incidents.get(r.principal, r.param(0)))
                .on("PATCH", "/incidents/{id}/impact", r -> incidents.patchImpact(r.principal, r.param(0), body(r)))
                // CSI-ER follow-up calls
                .on("POST", "/incidents/{id}/response-plan", r -> incidents.responsePlan(r.principal, r.param(0), body(r)))
                .on("POST", "/incidents/{id}/actions", r -> incidents.action(r.principal, r.param(0), body(r)))
                .on("PUT", "/incidents/{id}/post-incident-report", r -> incidents.postIncidentReport(r.principal, r.param(0), body(r)))
                .on("POST", "/incidents/{id}/close", r -> incidents.close(r.principal, r.param(0)))
                .on("POST", "/claims", r -> idempotent(r, b -> claims.create(r.principal, b)))
                .on("GET", "/claims", r -> ApiResponse.json(200, pages.page(claims.list(r.principal, r.query), r.query)))
                .on("GET", "/claims/{id}", r -> claims.get(r.principal, r.param(0)))
                .on("POST", "/claims/{id}/documents", r -> claims.document(r.principal, r.param(0), body(r)))
                .on("POST", "/claims/{id}/supplement-requests", r -> claims.supplement(r.principal, r.param(0), body(r)))
                .on("POST", "/claims/{id}/forensic-reports", r -> claims.forensicReport(r.principal, r.param(0), body(r)))
                .on("GET", "/claims/{id}/forensic-reports/{reportId}", r -> claims.getForensicReport(r.principal, r.param(0), r.param(1)))
                .on("POST", "/claims/{id}/liability-decision", r -> claims.decide(r.principal, r.param(0), body(r)))
                .on("POST", "/claims/{id}/denial-notice", r -> claims.denialNotice(r.principal, r.param(0), body(r)))
                .on("PUT", "/claims/{id}/loss-assessment", r -> claims.assessLoss(r.principal, r.param(0), body(r)))
                .on("GET", "/claims/{id}/settlement", r -> claims.settlement(r.principal, r.param(0)))
                .on("POST", "/claims/{id}/agreement", r -> claims.agree(r.principal, r.param(0), body(r)))
                .on("POST", "/claims/{id}/payments", r -> claims.pay(r.principal, r.param(0), body(r)))
                .on("POST", "/claims/{id}/close", r -> claims.close(r.principal, r.param(0)))
                .on("POST", "/claims/{id}/withdraw", r -> claims.withdraw(r.principal, r.param(0)));
        monitoringRoutes();
        if (faults.contains(Fault.GEN11_AUDIT_DELETABLE)) {
            router.on("DELETE", "/audit-events/{id}", r -> ApiResponse.noContent());
        } else if (variants.contains(Variant.AUDIT_DELETE_403)) {
            router.on("DELETE", "/audit-events/{id}", r -> {
                throw ApiException.of(403, "Audit events cannot be deleted.").build();
            });
        }
    }

    /** CSI-MON: catalogue, subscriptions, scans, findings, risk score and events, recommendations, reports, STIX export. */
    private void monitoringRoutes() {
        router.on("GET", "/monitoring/services", r -> ApiResponse.json(200, monitoring.services()))
                .on("POST", "/monitoring/subscriptions", r -> idempotent(r, b -> monitoring.subscribe(r.principal, b)))
                .on("GET", "/monitoring/subscriptions", r -> ApiResponse.json(200, pages.page(monitoring.subscriptionList(r.principal, r.query), r.query)))
                .on("GET", "/monitoring/subscriptions/{id}", r -> ApiResponse.json(200, monitoring.subscription(monitoring.subscriptions.get(r.principal, r.param(0)))))
                .on("PATCH", "/monitoring/subscriptions/{id}", r -> monitoring.patch(r.principal, r.param(0), body(r)))
                .on("DELETE", "/monitoring/subscriptions/{id}", r -> monitoring.cancel(r.principal, r.param(0)))
                .onTestOnly("POST", "/monitoring/subscriptions/{id}/scans", r -> {
                    String key = r.header("Idempotency-Key");
                    Idempotency.checkKeyFormat(key);
                    return idempotency.apply(r.principal, key, Json.object().put("scan", r.param(0)), () -> monitoring.startScan(r.principal, r.param(0)));
                })
                .on("GET", "/monitoring/scans/{id}", r -> ApiResponse.json(200, monitoring.scans.get(r.principal, r.param(0)).toJson()))
                .on("GET", "/monitoring/subscriptions/{id}/reports", r -> ApiResponse.json(200, pages.page(monitoring.reportList(r.principal, r.param(0)), r.query)))
                .on("GET", "/monitoring/findings", r -> ApiResponse.json(200, pages.page(monitoring.findingList(r.principal, r.query), r.query)))
                .on("GET", "/monitoring/findings/{id}", r -> ApiResponse.json(200, monitoring.finding(r.principal, r.param(0), r.query.get("format"))))
                .on("GET", "/policies/{id}/risk-score", r -> ApiResponse.json(200, monitoring.riskScore(r.principal, r.param(0))))
                .onTestOnly("PUT", "/policies/{id}/monitoring-terms", r -> monitoring.monitoringTerms(r.principal, r.param(0), body(r)))
                .on("GET", "/policies/{id}/risk-events", r -> ApiResponse.json(200, pages.page(monitoring.riskEventList(r.principal, r.param(0), r.query), r.query)))
                .on("GET", "/policies/{id}/recommendations", r -> ApiResponse.json(200, pages.page(monitoring.recommendationList(r.principal, r.param(0), r.query), r.query)))
                .on("GET", "/policies/{id}/findings/export", r -> ApiResponse.json(200, monitoring.stix(r.principal, r.param(0), r.query.get("format"))))
                .on("GET", "/recommendations/{id}", r -> ApiResponse.json(200, monitoring.recommendationOf(r.principal, r.param(0))))
                .on("POST", "/recommendations/{id}/acknowledgements", r -> idempotent(r, b -> monitoring.acknowledge(r.principal, r.param(0), b)));
    }

    private com.fasterxml.jackson.databind.JsonNode questionnaire(String version) {
        var q = Questionnaire.document(version);
        if (faults.contains(Fault.UW06_QUESTIONNAIRE_INCOMPLETE)) {
            var questions = (com.fasterxml.jackson.databind.node.ArrayNode) q.path("questions");
            questions.remove(questions.size() - 1);
        }
        return q;
    }

    private com.fasterxml.jackson.databind.node.ObjectNode productPage(ApiRequest r) {
        var page = pages.page(catalog.products(), r.query);
        if (faults.contains(Fault.CAT01_LIST_WITHOUT_NAMES)) page.path("data").forEach(p -> ((com.fasterxml.jackson.databind.node.ObjectNode) p).remove("name"));
        return page;
    }

    private ApiResponse list(Store store, ApiRequest r) {
        return ApiResponse.json(200, pages.page(store.list(r.principal, r.query), r.query));
    }

    /** A creating POST with a JSON body, replayed for the same Idempotency-Key (README §4.4). */
    private ApiResponse idempotent(ApiRequest r, java.util.function.Function<JsonNode, ApiResponse> create) {
        String key = r.header("Idempotency-Key");
        Idempotency.checkKeyFormat(key);
        JsonNode body = body(r);
        return idempotency.apply(r.principal, key, body, () -> create.apply(body));
    }

    /** Binding has no body; an Idempotency-Key replays the first answer, a second bind without one is a conflict (UW-14). */
    private ApiResponse bind(ApiRequest r) {
        String key = r.header("Idempotency-Key");
        Idempotency.checkKeyFormat(key);
        return idempotency.apply(r.principal, key, Json.object().put("bind", r.param(0)), () -> policies.bind(r.principal, r.param(0)));
    }

    private ApiResponse advanceClock(ApiRequest r) {
        clocks.get(r.principal, r.param(0)); // 404 before any body error (precedence)
        return clocks.advance(r.principal, r.param(0), body(r));
    }

    private JsonNode body(ApiRequest r) {
        JsonNode body = r.jsonBody(faults.contains(Fault.GEN07_STACK_TRACE_IN_ERRORS));
        if (!body.isObject()) {
            throw ApiException.of(422, "The body must be a JSON object.").pointer("INVALID_FORMAT", "", "Expected an object.").build();
        }
        return body;
    }

    // ---- HTTP plumbing ----

    private void serve(HttpExchange ex) throws IOException {
        if (!options.latency().isZero()) {
            try {
                Thread.sleep(options.latency().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try (ex) {
            ApiResponse response;
            try {
                response = dispatch(ex);
            } catch (ApiException e) {
                boolean malformed = e.status == 400 && e.problem.toString().contains("MALFORMED_JSON");
                response = problem(malformed && faults.contains(Fault.GEN06_MALFORMED_JSON_500)
                        ? ApiException.of(500, "An internal error occurred; it has been logged.").build() : e);
            } catch (Router.MethodNotAllowed e) {
                response = problem(ApiException.of(405, "Allowed: " + e.allow).build()).withHeader("Allow", e.allow);
            } catch (Auth.OAuthError e) {
                response = oauthError(e);
            } catch (RuntimeException e) {
                response = problem(ApiException.of(500, "An internal error occurred; it has been logged.").build());
            }
            write(ex, response);
        }
    }

    private ApiResponse dispatch(HttpExchange ex) {
        String path = ex.getRequestURI().getPath();
        String method = ex.getRequestMethod();
        if (path.equals("/.well-known/csi-configuration")) {
            if (!method.equals("GET")) throw new Router.MethodNotAllowed("GET");
            ApiResponse doc = ApiResponse.json(200, capability());
            return faults.contains(Fault.GEN01_CAPABILITY_AS_HTML) ? doc.withHeader("Content-Type", "text/html; charset=utf-8") : doc;
        }
        if (path.equals(TOKEN_PATH)) {
            if (!method.equals("POST")) throw new Router.MethodNotAllowed("POST");
            return token(ex);
        }
        if (!path.startsWith(API_BASE + "/")) throw ApiException.of(404, "No such resource: " + path).build();
        String apiPath = path.substring(API_BASE.length());
        boolean anonymousCatalog = faults.contains(Fault.GEN02_ANONYMOUS_CATALOG) && apiPath.startsWith("/catalog/")
                && ex.getRequestHeaders().getFirst("Authorization") == null;
        Principal principal = anonymousCatalog ? new Principal("T1", "APPLICANT", "anonymous", true)
                : auth.authenticate(ex.getRequestHeaders().getFirst("Authorization"), ex.getRequestHeaders().getFirst("X-CSI-Api-Key"));
        Router.Match match = router.match(method, apiPath);
        boolean liveAllowed = faults.contains(Fault.GEN14_LIVE_SEES_TEST_CLOCKS);
        if (match.route().testOnly() && !principal.testMode() && !liveAllowed) {
            throw ApiException.of(404, "No such resource: " + apiPath).build();
        }
        ApiRequest request = new ApiRequest(ex, apiPath, match.params(), principal, faults.contains(Fault.GEN06_NO_BODY_LIMIT) ? 64 * 1024 * 1024 : MAX_BODY_BYTES,
                faults.contains(Fault.GEN06_TEXT_PLAIN_ACCEPTED));
        return match.route().handler().handle(request);
    }

    private ApiResponse token(HttpExchange ex) {
        Map<String, String> form = new HashMap<>();
        try {
            String body = new String(ex.getRequestBody().readNBytes(16 * 1024), StandardCharsets.UTF_8);
            for (String pair : body.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new Auth.OAuthError(400, "invalid_request");
        }
        String basic = ex.getRequestHeaders().getFirst("Authorization");
        if (basic != null && basic.regionMatches(true, 0, "Basic ", 0, 6)) {
            String[] pair = new String(java.util.Base64.getDecoder().decode(basic.substring(6).trim()), StandardCharsets.UTF_8).split(":", 2);
            if (pair.length == 2) {
                form.putIfAbsent("client_id", URLDecoder.decode(pair[0], StandardCharsets.UTF_8));
                form.putIfAbsent("client_secret", URLDecoder.decode(pair[1], StandardCharsets.UTF_8));
            }
        }
        Auth.TokenResponse t = auth.token(form.get("grant_type"), form.get("client_id"), form.get("client_secret"));
        return ApiResponse.json(200, Json.object().put("access_token", t.accessToken()).put("token_type", variants.contains(Variant.TOKEN_TYPE_LOWER_CASE) ? "bearer" : "Bearer")
                .put("expires_in", t.expiresIn())).withHeader("Cache-Control", "no-store");
    }

    /** RFC 6749 §5.2 JSON, or (TOKEN_ERRORS_AS_PROBLEMS) a problem of pack README §4.2, which §4.3 allows too. */
    private ApiResponse oauthError(Auth.OAuthError e) {
        int status = e.status == 401 && variants.contains(Variant.TOKEN_CLIENT_ERRORS_400) ? 400 : e.status;
        if (variants.contains(Variant.TOKEN_ERRORS_AS_PROBLEMS)) {
            ApiException.Builder b = ApiException.of(status, "The token request was refused: " + e.error + ".");
            return problem(b.build());
        }
        return ApiResponse.json(status, Json.object().put("error", e.error));
    }

    private ObjectNode capability() {
        ObjectNode c = Json.object();
        c.putObject("vendor").put("name", "CSI 参考实现 / CSI reference solution").put("uscc", "91110108MA0CNR015Q");
        // A reference with faults switched on is another solution, and says so, so that scorecards keep them apart.
        java.util.TreeSet<String> switches = new java.util.TreeSet<>(faults.stream().map(Enum::name).toList());
        variants.forEach(v -> switches.add(v.name()));
        String name = "csi-reference-solution" + (switches.isEmpty() ? "" : " " + switches);
        c.putObject("solution").put("name", name).put("version", "0.1.0");
        c.put("packVersion", "0.1-draft");
        var standards = c.putArray("standards");
        boolean perf = faults.contains(Fault.GEN15_SLOW_DECISIONS) || faults.contains(Fault.GEN16_SLOW_QUANTIFICATIONS);
        for (String declared : options.declared()) {
            String id = declared.split("\\+")[0];
            var profiles = standards.addObject().put("id", id).putArray("profiles").add("CORE");
            for (String p : new java.util.TreeSet<>(Options.PROFILES.keySet())) {
                boolean on = options.profiles().contains(p) || declared.endsWith("+" + p) || (p.equals("PERF") && perf);
                if (on && Options.PROFILES.get(p).equals(id)) profiles.add(p);
            }
            if (id.equals("CSI-CAT") && faults.contains(Fault.GEN01_UNKNOWN_PROFILE)) profiles.add("ONSITE");
        }
        c.putArray("authMethods").add("oauth2_client_credentials").add("api_key");
        c.put("tokenEndpoint", baseUrl() + TOKEN_PATH);
        c.put("apiBaseUrl", baseUrl() + API_BASE);
        var roles = c.putArray("roles");
        Auth.ROLES.forEach(roles::add);
        c.putObject("testMode").put("supported", true).put("testClocks", true).put("scanTrigger", true);
        if (!faults.contains(Fault.GEN01_MISSING_LIMITS)) {
            c.putObject("limits").put("maxBodyBytes", MAX_BODY_BYTES).put("maxPageSize", Pages.MAX_LIMIT)
                    .put("quantificationMaxIterations", Quantifications.MAX_ITERATIONS);
        }
        return c;
    }

    private static ApiResponse problem(ApiException e) {
        ApiResponse r = ApiResponse.json(e.status, e.problem);
        if (e.status == 401) r = r.withHeader("WWW-Authenticate", "Bearer realm=\"csi\", error=\"invalid_token\"");
        return r;
    }

    private void write(HttpExchange ex, ApiResponse response) throws IOException {
        response.headers().forEach((k, v) -> ex.getResponseHeaders().set(k, v));
        if (response.body() == null) {
            ex.sendResponseHeaders(response.status(), -1);
            return;
        }
        boolean problem = response.status() >= 400 && response.body().has("type");
        if (!response.headers().containsKey("Content-Type")) {
            ex.getResponseHeaders().set("Content-Type", (problem ? "application/problem+json" : "application/json") + "; charset=utf-8");
        }
        JsonNode body = response.body();
        if (!variants.isEmpty()) {
            body = body.deepCopy();
            Shapes.apply(variants, body);
        }
        byte[] bytes = Json.bytes(body);
        ex.sendResponseHeaders(response.status(), bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    /**
     * Starts the reference solution on its own (as its container image does). Environment: CSI_PORT (loopback port),
     * CSI_REFERENCE_CREDENTIALS (a JSON array of credentials; otherwise random ones, whose ids are printed),
     * CSI_REFERENCE_FAULTS (fault and variant names), CSI_REFERENCE_TOKEN_TTL (seconds).
     */
    public static void main(String[] args) throws Exception {
        Options o = Options.defaults().withSwitches(System.getenv("CSI_REFERENCE_FAULTS"));
        if (System.getenv("CSI_REFERENCE_STANDARDS") != null) o = o.withDeclared(List.of(System.getenv("CSI_REFERENCE_STANDARDS").split(",")));
        if (System.getenv("CSI_PORT") != null) o = o.withPort(Integer.parseInt(System.getenv("CSI_PORT")));
        if (System.getenv("CSI_REFERENCE_TOKEN_TTL") != null) o = o.withTokenTtl(Duration.ofSeconds(Long.parseLong(System.getenv("CSI_REFERENCE_TOKEN_TTL"))));
        if (System.getenv("CSI_REFERENCE_CREDENTIALS") != null) {
            o = o.withCredentials(List.of(Json.MAPPER.readValue(System.getenv("CSI_REFERENCE_CREDENTIALS"), Credential[].class)));
        }
        ReferenceSolution s = start(o);
        System.out.println("CSI reference solution listening on " + s.baseUrl());
        s.credentials().forEach(c -> System.out.println("  " + c.tenant() + " " + c.role() + (c.testMode() ? " test" : " live")
                + " client_id=" + c.clientId()));
        Thread.currentThread().join();
    }
}
