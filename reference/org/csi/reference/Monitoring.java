package org.csi.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * In-term monitoring (CSI-MON): the service catalogue, subscriptions with callbacks whose secrets are never echoed,
 * test-mode scans of authorised assets only (banner versions matched against a small table of the Apache HTTP
 * Server project's CVE records), findings with both severity scales and their OCSF 2002 view, the risk score with its
 * history and threshold events, written recommendations with response deadlines, monthly reports and the STIX 2.1
 * export. Everything time-based follows the test clock: obligations are rendered from the clock's now, schedules run
 * while the clock advances.
 */
final class Monitoring {
    /** Sends one webhook event to a subscription's callback (the signed delivery of MON-08..10); returns its eventId. */
    interface Emitter {
        String emit(String callbackUrl, String secret, String type, String tenantId, String testClockId, Instant occurredAt, ObjectNode data);

        void forget(String callbackUrl);
    }

    /** One CVE record: the affected versions of Apache HTTP Server 2.4.x, inclusive (the CNA data of F-CAN). */
    private record Cve(String id, String title, int fromPatch, int toPatch, double score, String vector) {
        boolean affects(int patch) {
            return patch >= fromPatch && patch <= toPatch;
        }
    }

    private static final String V_CONF_ONLY = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N";
    private static final String V_FULL = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H";
    private static final Set<String> SERVICES = Set.of("VULN_SCAN", "ASSET_MAPPING", "THREAT_INTEL", "CODE_AUDIT");
    private static final Duration SCAN_PERIOD = Duration.ofDays(7);

    private final Set<Fault> faults;
    private final Set<Variant> variants;
    private final TestClocks clocks;
    private final Policies policies;
    private final AuditLog audit;
    private final Scanner scanner;
    private final ScheduledExecutorService scheduler;
    private volatile Emitter emitter;
    final Store subscriptions, scans, findings, recommendations, riskEvents, reports, acknowledgements;
    private final Map<String, String> secrets = new ConcurrentHashMap<>();
    private final Map<String, Principal> owners = new ConcurrentHashMap<>();
    private final Map<String, Integer> thresholds = new ConcurrentHashMap<>();

    Monitoring(Set<Fault> faults, Set<Variant> variants, TestClocks clocks, Policies policies, AuditLog audit, ScheduledExecutorService scheduler,
               Emitter emitter) {
        this.faults = faults;
        this.variants = variants;
        this.clocks = clocks;
        this.policies = policies;
        this.audit = audit;
        this.scheduler = scheduler;
        this.emitter = emitter;
        this.scanner = new Scanner(faults);
        this.subscriptions = new Store("subscription", "sub_", "subscriptionId", clocks);
        this.scans = new Store("scan", "scn_", "scanId", clocks);
        this.findings = new Store("finding", "fnd_", "findingId", clocks);
        this.recommendations = new Store("recommendation", "rec_", "recommendationId", clocks);
        this.riskEvents = new Store("risk event", "rke_", "riskEventId", clocks);
        this.reports = new Store("report", "rpt_", "reportId", clocks);
        this.acknowledgements = new Store("acknowledgement", "ack_", "acknowledgementId", clocks);
        clocks.onAdvance(this::advanced);
    }

    void emitter(Emitter e) {
        this.emitter = e;
    }

    // ---- MON-01 catalogue ----

    ObjectNode services() {
        ObjectNode page = Json.object();
        ArrayNode data = page.putArray("data");
        service(data, "VULN_SCAN", "漏洞扫描 / Vulnerability scanning", faults.contains(Fault.MON01_FREQUENCY_NOT_ISO) ? "weekly" : "P7D",
                "授权清单内的互联网暴露资产 / authorised internet-facing assets", "发现项与风险评分 / findings and risk score");
        service(data, "ASSET_MAPPING", "资产测绘 / Asset mapping", "P30D", "授权清单内的资产 / authorised assets", "资产清单 / asset inventory");
        service(data, "THREAT_INTEL", "威胁情报 / Threat intelligence", "CONTINUOUS", "被保险人所在行业 / the insured's sector", "风险事件通知 / risk-event notices");
        if (!faults.contains(Fault.MON01_NO_CODE_AUDIT)) {
            service(data, "CODE_AUDIT", "代码审计 / Code audit", "P90D", "约定的代码仓库 / agreed repositories", "审计报告 / audit report");
        }
        page.putNull("nextCursor");
        return page;
    }

    private static void service(ArrayNode data, String code, String name, String frequency, String scope, String deliverable) {
        data.addObject().put("serviceCode", code).put("name", name).put("frequency", frequency).put("scope", scope).put("deliverable", deliverable);
    }

    // ---- MON-02 subscriptions ----

    ApiResponse subscribe(Principal caller, JsonNode body) {
        Roles.require(caller, "SERVICE_PROVIDER");
        Violations e = new Violations();
        String policyId = Fields.text(body, "policyId", "", e);
        JsonNode services = body.path("services");
        if (!services.isArray() || services.isEmpty()) e.add("REQUIRED", "/services", "List at least one service.");
        else for (int i = 0; i < services.size(); i++) {
            if (!SERVICES.contains(services.get(i).asText())) e.add("UNKNOWN_ENUM_VALUE", "/services/" + i, "Not a service of the catalogue.");
        }
        assetsShape(body.path("assets"), e);
        authorisationShape(body.path("authorization"), e);
        JsonNode callback = body.path("callback");
        if (!callback.isObject()) {
            e.add("REQUIRED", "/callback", "callback {url, secret} is required.");
        } else {
            String url = callback.path("url").asText(null);
            if (url == null) e.add("REQUIRED", "/callback/url", "callback.url is required.");
            else if (!absoluteHttp(url) && !faults.contains(Fault.MON02_CALLBACK_URL_UNCHECKED)) {
                e.add("INVALID_FORMAT", "/callback/url", "callback.url must be an absolute http or https URL.");
            }
            JsonNode secret = callback.path("secret");
            if (!secret.isTextual()) e.add("REQUIRED", "/callback/secret", "callback.secret is required.");
            else if (secret.asText().length() < 32 || secret.asText().length() > 128) {
                e.add("INVALID_FORMAT", "/callback/secret", "callback.secret must have 32 to 128 characters.");
            }
        }
        e.throwIfAny();
        Store.Doc policy = policy(caller, policyId, "/policyId");
        TestClocks.Clock clock = clocks.get(caller, policy.clockId);
        ArrayNode assets = insuredAssets(policy.toJson(), body.path("assets"));
        covered(body.path("authorization"), assets, clock.frozenTime, policy.toJson());
        ObjectNode s = Json.object().put("policyId", policyId).put("status", "ACTIVE");
        s.set("services", services.deepCopy());
        s.set("assets", assets);
        s.set("authorization", body.path("authorization").deepCopy());
        ObjectNode cb = s.putObject("callback").put("url", callback.path("url").asText()).put("secretSet", true);
        if (faults.contains(Fault.MON02_SECRET_ECHOED)) cb.put("secret", callback.path("secret").asText());
        s.put("startedAt", Times.format(clock.frozenTime)).putNull("cancelledAt");
        Store.Doc doc = subscriptions.create(caller, clock, s);
        secrets.put(doc.id, callback.path("secret").asText());
        owners.put(doc.id, caller);
        audit.record(caller, clock.frozenTime, "MONITORING_SUBSCRIBED", "SUBSCRIPTION", doc.id);
        return ApiResponse.json(201, subscription(doc));
    }

    private static boolean absoluteHttp(String url) {
        try {
            URI u = URI.create(url);
            return u.isAbsolute() && (u.getScheme().equalsIgnoreCase("http") || u.getScheme().equalsIgnoreCase("https")) && u.getHost() != null;
        } catch (IllegalArgumentException ex) {
            return false;
        }
    }

    private static void assetsShape(JsonNode assets, Violations e) {
        if (!assets.isArray() || assets.isEmpty()) {
            e.add("REQUIRED", "/assets", "List at least one asset.");
            return;
        }
        for (int i = 0; i < assets.size(); i++) {
            if (!assets.get(i).path("type").isTextual()) e.add("REQUIRED", "/assets/" + i + "/type", "type is required.");
            if (!assets.get(i).path("value").isTextual()) e.add("REQUIRED", "/assets/" + i + "/value", "value is required.");
        }
    }

    /** The authorisation of UW-03: scope, assets, methods, window, signatory and signing time. */
    private void authorisationShape(JsonNode auth, Violations e) {
        if (faults.contains(Fault.MON02_AUTHORISATION_OPTIONAL) && auth.isMissingNode()) return;
        if (!auth.isObject()) {
            e.add("AUTHORIZATION_REQUIRED", "/authorization", "A signed testing authorisation is required.");
            return;
        }
        Fields.authorisation(auth, e);
    }

    private Store.Doc policy(Principal caller, String policyId, String pointer) {
        try {
            return policies.policies.get(caller, policyId);
        } catch (ApiException ex) {
            if (pointer == null) throw ex;
            throw ApiException.of(422, "No such policy.").pointer("UNKNOWN_REFERENCE", pointer, "policyId must name one of your policies.").build();
        }
    }

    /** The subscription's assets with the assetRef of the policy asset of the same type and value; 422 ASSET_NOT_INSURED otherwise. */
    private ArrayNode insuredAssets(JsonNode policy, JsonNode asked) {
        ArrayNode out = Json.array();
        Violations e = new Violations();
        for (int i = 0; i < asked.size(); i++) {
            JsonNode a = asked.get(i);
            JsonNode match = null;
            for (JsonNode p : policy.path("assets")) {
                if (p.path("type").asText().equals(a.path("type").asText()) && p.path("value").asText().equals(a.path("value").asText())) match = p;
            }
            if (match == null && !faults.contains(Fault.MON02_UNINSURED_ASSET_ACCEPTED)) {
                e.add("ASSET_NOT_INSURED", "/assets/" + i, "The asset is not on the policy.");
                continue;
            }
            out.addObject().put("assetRef", match == null ? "UNLISTED-" + i : match.path("assetRef").asText())
                    .put("type", a.path("type").asText()).put("value", a.path("value").asText());
        }
        e.throwIfAny();
        return out;
    }

    /** The authorisation must cover every asset, be in its window and be signed for the insured (as in UW-03). */
    private void covered(JsonNode auth, ArrayNode assets, Instant now, JsonNode policy) {
        if (auth.isMissingNode()) return; // MON02_AUTHORISATION_OPTIONAL
        Violations e = new Violations();
        for (int i = 0; i < assets.size(); i++) {
            if (!authorises(auth, assets.get(i))) e.add("ASSET_NOT_AUTHORIZED", "/assets/" + i, "The authorisation does not list this asset.");
        }
        e.throwIfAny();
        Instant end = Times.parseOrNull(auth.at("/window/end").asText());
        if (!now.isBefore(end)) {
            throw ApiException.of(422, "The authorisation window has ended.").pointer("AUTHORIZATION_WINDOW", "/authorization/window/end",
                    "The window ended before now.").build();
        }
        if (!auth.at("/signatory/organisationUscc").asText().equals(policy.at("/insured/uscc").asText())) {
            throw ApiException.of(422, "The authorisation is signed for another organisation.").pointer("AUTHORIZATION_SIGNATORY_MISMATCH",
                    "/authorization/signatory/organisationUscc", "The signatory must act for the insured.").build();
        }
    }

    private static boolean authorises(JsonNode auth, JsonNode asset) {
        for (JsonNode listed : auth.path("assets")) {
            if (listed.path("type").asText().equals(asset.path("type").asText()) && listed.path("value").asText().equals(asset.path("value").asText())) return true;
        }
        return false;
    }

    ApiResponse patch(Principal caller, String id, JsonNode body) {
        Roles.require(caller, "SERVICE_PROVIDER");
        Store.Doc doc = subscriptions.get(caller, id);
        Violations e = new Violations();
        if (body.has("assets")) assetsShape(body.path("assets"), e);
        if (body.has("authorization")) authorisationShape(body.path("authorization"), e);
        e.throwIfAny();
        ObjectNode current = doc.toJson();
        if (current.path("status").asText().equals("CANCELLED")) {
            throw ApiException.of(409, "The subscription is cancelled.").code("SUBSCRIPTION_CANCELLED", "Subscribe again.").currentState("CANCELLED").build();
        }
        JsonNode auth = body.has("authorization") ? body.path("authorization") : current.path("authorization");
        JsonNode policy = policy(caller, current.path("policyId").asText(), null).toJson();
        ArrayNode assets = body.has("assets") ? insuredAssets(policy, body.path("assets")) : (ArrayNode) current.path("assets");
        covered(auth, assets, clocks.get(caller, doc.clockId).frozenTime, policy);
        synchronized (doc) {
            doc.json.set("assets", assets.deepCopy());
            doc.json.set("authorization", auth.deepCopy());
        }
        return ApiResponse.json(200, subscription(doc));
    }

    ApiResponse cancel(Principal caller, String id) {
        Roles.require(caller, "SERVICE_PROVIDER");
        Store.Doc doc = subscriptions.get(caller, id);
        Instant now = clocks.get(caller, doc.clockId).frozenTime;
        synchronized (doc) {
            if (!doc.json.path("status").asText().equals("CANCELLED")) {
                doc.json.put("status", "CANCELLED").put("cancelledAt", Times.format(now));
            }
        }
        audit.record(caller, now, "MONITORING_CANCELLED", "SUBSCRIPTION", id);
        Emitter e = emitter;
        if (e != null) e.forget(doc.toJson().at("/callback/url").asText());
        return ApiResponse.noContent();
    }

    ObjectNode subscription(Store.Doc doc) {
        ObjectNode s = doc.toJson();
        Instant now = clocks.exists(doc.clockId) ? clockNow(doc.clockId) : doc.createdAt;
        ArrayNode obligations = s.putArray("obligations");
        Instant start = Times.parseOrNull(s.path("startedAt").asText());
        for (Instant periodStart = start; !periodStart.isAfter(now); periodStart = periodEnd(periodStart)) {
            Instant due = periodEnd(periodStart);
            Store.Doc report = reportFor(doc.id, periodStart);
            Instant met = report == null || faults.contains(Fault.MON14_OBLIGATION_NEVER_MET) ? null
                    : Times.parseOrNull(report.toJson().path("generatedAt").asText());
            if (cancelledBefore(s, due) && met == null) {
                obligations.addObject().put("code", "MONTHLY_REPORT").put("dueAt", Times.format(due)).put("status", "NOT_REQUIRED");
                break;
            }
            obligation(obligations, "MONTHLY_REPORT", due, met, now);
        }
        return s;
    }

    private static boolean cancelledBefore(JsonNode s, Instant t) {
        Instant c = Times.parseOrNull(s.path("cancelledAt").asText(""));
        return c != null && !c.isAfter(t);
    }

    private Instant clockNow(String clockId) {
        return clocks.frozen(clockId);
    }

    /** One calendar month in UTC+08:00 (pack README §4.1: "monthly" is a calendar period). */
    private static Instant periodEnd(Instant start) {
        return start.atOffset(Times.CHINA).plusMonths(1).toInstant();
    }

    private static void obligation(ArrayNode obligations, String code, Instant due, Instant met, Instant now) {
        String status = met != null ? (met.isAfter(due) ? "BREACHED" : "MET") : (now.isAfter(due) ? "BREACHED" : "PENDING");
        ObjectNode o = obligations.addObject().put("code", code).put("dueAt", Times.format(due)).put("status", status);
        if (met != null && status.equals("MET")) o.put("metAt", Times.format(met)); else o.putNull("metAt");
        if (status.equals("BREACHED")) o.put("breachedAt", Times.format(due)); else o.putNull("breachedAt");
    }

    List<Listed> subscriptionList(Principal caller, Map<String, String> query) {
        return subscriptions.list(caller, query).stream().map(d -> (Listed) new Rendered(d, subscription(d))).toList();
    }

    /** A stored resource rendered for the clock's now. */
    private record Rendered(Store.Doc doc, ObjectNode json) implements Listed {
        public Instant createdAt() {
            return doc.createdAt;
        }

        public String id() {
            return doc.id;
        }

        public ObjectNode toJson() {
            return json;
        }
    }

    // ---- scans (README §4.7, MON-03..06) ----

    ApiResponse startScan(Principal caller, String subscriptionId) {
        Roles.require(caller, "SERVICE_PROVIDER");
        Store.Doc sub = subscriptions.get(caller, subscriptionId);
        if (sub.toJson().path("status").asText().equals("CANCELLED")) {
            throw ApiException.of(409, "The subscription is cancelled.").code("SUBSCRIPTION_CANCELLED", "Subscribe again.").currentState("CANCELLED").build();
        }
        TestClocks.Clock clock = clocks.get(caller, sub.clockId);
        Instant now = clock.frozenTime;
        ObjectNode s = Json.object().put("subscriptionId", subscriptionId).put("policyId", sub.toJson().path("policyId").asText())
                .put("status", "PENDING").put("trigger", "TEST").putNull("startedAt").putNull("completedAt");
        s.putArray("findingIds");
        Store.Doc scan = scans.create(caller, clock, s);
        if (faults.contains(Fault.MON03_SCANS_FAIL)) {
            synchronized (scan) {
                scan.json.put("status", "FAILED").put("startedAt", Times.format(now)).put("completedAt", Times.format(now));
            }
        } else if (variants.contains(Variant.MON_SCANS_COMPLETE_AT_ONCE)) {
            run(caller, sub, scan, clock, now);
        } else {
            long delay = variants.contains(Variant.MON_SCANS_COMPLETE_LATER) ? 2_000 : 100;
            scheduler.schedule(() -> {
                synchronized (scan) {
                    scan.json.put("status", "RUNNING").put("startedAt", Times.format(now));
                }
                scheduler.schedule(() -> run(caller, sub, scan, clock, now), delay, TimeUnit.MILLISECONDS);
            }, 20, TimeUnit.MILLISECONDS);
        }
        return ApiResponse.json(202, scan.toJson());
    }

    private void run(Principal caller, Store.Doc sub, Store.Doc scan, TestClocks.Clock clock, Instant now) {
        Seen found;
        try {
            found = scanNow(caller, sub, clock, now, scan.id);
        } catch (RuntimeException e) {
            synchronized (scan) {
                scan.json.put("status", "FAILED").put("completedAt", Times.format(now));
            }
            return;
        }
        synchronized (scan) {
            scan.json.put("status", "COMPLETED").put("completedAt", Times.format(now));
            if (!scan.json.hasNonNull("startedAt")) scan.json.put("startedAt", Times.format(now));
            ArrayNode ids = scan.json.putArray("findingIds");
            found.all().forEach(ids::add);
        }
        deliverFindings(caller, sub, scan.id, found.fresh());
    }

    /** The findings one scan saw: all of them, and those that are new. */
    private record Seen(List<String> all, List<String> fresh) {}

    /** One scan of the subscription's authorised URL assets at {@code now}. */
    private synchronized Seen scanNow(Principal caller, Store.Doc sub, TestClocks.Clock clock, Instant now, String scanId) {
        JsonNode s = sub.toJson();
        String policyId = s.path("policyId").asText();
        JsonNode auth = s.path("authorization");
        Instant windowStart = Times.parseOrNull(auth.at("/window/start").asText("")), windowEnd = Times.parseOrNull(auth.at("/window/end").asText(""));
        boolean inWindow = auth.isMissingNode() || (windowStart != null && windowEnd != null && !now.isBefore(windowStart) && now.isBefore(windowEnd));
        boolean outOfScope = faults.contains(Fault.MON06_CANCEL_KEEPS_SCANNING);
        List<String> seen = new ArrayList<>();
        List<String> fresh = new ArrayList<>();
        for (JsonNode asset : s.path("assets")) {
            if (!asset.path("type").asText().equals("URL")) continue;
            if (!outOfScope && (!inWindow || (!auth.isMissingNode() && !authorises(auth, asset)))) continue;
            String banner = scanner.banner(asset.path("value").asText());
            if (banner == null) continue;
            for (Detected d : detect(banner)) {
                upsert(caller, clock, now, policyId, sub.id, asset, d, seen, fresh);
            }
        }
        if (faults.contains(Fault.MON06_SWEEPS_HOST)) HostSweep.probeOwnListeners(scanner);
        rescore(caller, clock, now, policyId, fresh, seen);
        for (String id : fresh) recommend(caller, clock, policyId, id);
        return new Seen(seen, fresh);
    }

    /** What one banner shows: a CVE of the table, or (cve null) the informational banner disclosure. */
    private record Detected(String cveId, String title, double score, String vector) {}

    private List<Detected> detect(String banner) {
        List<Detected> out = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^Apache/2\\.4\\.(\\d+)").matcher(banner);
        if (m.find()) {
            int patch = Integer.parseInt(m.group(1));
            for (Cve c : table()) {
                if (c.affects(patch)) out.add(new Detected(c.id, c.title, c.score, c.vector));
            }
        }
        if (banner.startsWith("nginx") && faults.contains(Fault.MON05_CVE_ON_NGINX)) {
            out.add(new Detected("CVE-2021-23017", "nginx resolver 单字节越界写 / resolver off-by-one", 7.7, "CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:L/A:H"));
        }
        if (!banner.isEmpty() && !variants.contains(Variant.MON_NO_INFORMATIONAL_FINDINGS)) {
            out.add(new Detected(null, "服务器标识暴露 / Server banner disclosed: " + banner, 0.0, "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N"));
        }
        return out;
    }

    /** The CVE records the reference knows, with their affected 2.4.x patch versions as the project's records give them. */
    private List<Cve> table() {
        List<Cve> t = new ArrayList<>();
        double s41773 = faults.contains(Fault.MON03_CVSS_SCORE_UNACCEPTED) ? 5.3 : variants.contains(Variant.MON_41773_SCORED_9_8) ? 9.8 : 7.5;
        int upTo41773 = faults.contains(Fault.MON04_VERSION_AT_LEAST) ? 99 : 49;
        t.add(new Cve("CVE-2021-41773", "Apache HTTP Server 2.4.49 路径穿越 / path traversal", 49, upTo41773, s41773,
                s41773 == 9.8 ? V_FULL : V_CONF_ONLY));
        t.add(new Cve("CVE-2021-42013", "Apache HTTP Server 2.4.49–2.4.50 路径穿越与远程代码执行 / path traversal and RCE",
                faults.contains(Fault.MON04_42013_ON_2_4_49_ONLY) ? 49 : 49, faults.contains(Fault.MON04_42013_ON_2_4_49_ONLY) ? 49 : 50, 9.8, V_FULL));
        if (variants.contains(Variant.MON_ADDITIONAL_CVES)) {
            t.add(new Cve("CVE-2021-41524", "Apache HTTP Server 2.4.49 HTTP/2 空指针解引用 / HTTP/2 null dereference", 49, 49, 7.5,
                    "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H"));
            t.add(new Cve("CVE-2021-44790", "Apache HTTP Server mod_lua 缓冲区溢出 / mod_lua buffer overflow", 0, 51, 9.8, V_FULL));
        }
        if (faults.contains(Fault.MON05_EXCLUDED_VERSION_CVE)) {
            // CVE-2021-40438 affects 2.4.48 and earlier: its record excludes 2.4.49 and 2.4.50.
            t.add(new Cve("CVE-2021-40438", "Apache HTTP Server mod_proxy SSRF", 0, 50, 9.0, "CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:C/C:H/I:H/A:H"));
        }
        return t;
    }

    private void upsert(Principal caller, TestClocks.Clock clock, Instant now, String policyId, String subscriptionId, JsonNode asset, Detected d,
                        List<String> seen, List<String> fresh) {
        String assetRef = asset.path("assetRef").asText();
        for (Store.Doc f : findings.list(caller, Map.of())) {
            JsonNode j = f.toJson();
            boolean same = j.path("policyId").asText().equals(policyId) && j.path("assetRef").asText().equals(assetRef)
                    && (d.cveId == null ? j.path("cveId").isNull() : d.cveId.equals(j.path("cveId").asText(null)));
            if (same) {
                synchronized (f) {
                    f.json.put("lastSeen", Times.format(now));
                }
                seen.add(f.id);
                return;
            }
        }
        ObjectNode f = Json.object().put("policyId", policyId).put("subscriptionId", subscriptionId).put("assetRef", assetRef);
        if (d.cveId == null) f.putNull("cveId"); else f.put("cveId", d.cveId);
        f.put("title", d.title);
        ObjectNode severity = scanner.severity(d.score, d.vector);
        if (faults.contains(Fault.MON03_GBT_MISLABELLED) && d.score >= 7.0 && d.score < 9.0) severity.put("gbt30279Level", "MEDIUM");
        f.set("severity", severity);
        f.put("status", "OPEN").put("detectedAt", Times.format(now)).put("firstSeen", Times.format(now)).put("lastSeen", Times.format(now))
                .put("detectionMethod", d.cveId == null ? "BANNER_DISCLOSURE" : "BANNER_VERSION_MATCH");
        Store.Doc doc = findings.create(caller, clock, f, now);
        seen.add(doc.id);
        fresh.add(doc.id);
    }

    private void deliverFindings(Principal caller, Store.Doc sub, String scanId, List<String> found) {
        for (String id : found) {
            ObjectNode f = findings.get(caller, id).toJson();
            ObjectNode data = Json.object().put("findingId", id).put("policyId", f.path("policyId").asText()).put("subscriptionId", sub.id)
                    .put("scanId", scanId).put("assetRef", f.path("assetRef").asText());
            data.set("cveId", f.path("cveId"));
            data.set("severity", f.path("severity"));
            emit(sub, "FINDING_DETECTED", Times.parseOrNull(f.path("detectedAt").asText()), data);
        }
    }

    private void emit(Store.Doc sub, String type, Instant occurredAt, ObjectNode data) {
        JsonNode s = sub.toJson();
        String secret = secrets.get(sub.id);
        Emitter e = emitter;
        if (e == null || secret == null) return;
        e.emit(s.at("/callback/url").asText(), secret, type, sub.tenantId, sub.clockId, occurredAt, data);
    }

    // ---- findings (MON-03..07) ----

    ObjectNode finding(Principal caller, String id, String format) {
        ObjectNode f = findings.get(caller, id).toJson();
        if (format == null || format.equals("native")) return f;
        if (!format.equals("ocsf")) {
            throw ApiException.of(400, "format must be native or ocsf.").parameter("UNKNOWN_ENUM_VALUE", "format", "native or ocsf").build();
        }
        return ocsf(f);
    }

    /** The OCSF 1.x Vulnerability Finding (class 2002, category 2) view of a native finding. */
    private ObjectNode ocsf(ObjectNode f) {
        ObjectNode o = Json.object().put("class_uid", 2002).put("class_name", "Vulnerability Finding").put("category_uid", 2)
                .put("category_name", "Findings");
        int activity = f.path("firstSeen").equals(f.path("lastSeen")) ? 1 : 2;
        o.put("activity_id", activity).put("type_uid", 200200 + activity);
        String sev = f.at("/severity/cvssSeverity").asText("NONE");
        int sid = switch (sev) {
            case "LOW" -> 2;
            case "MEDIUM" -> 3;
            case "HIGH" -> 4;
            case "CRITICAL" -> 5;
            default -> 1;
        };
        if (faults.contains(Fault.MON07_SEVERITY_OFF_BY_ONE)) sid = Math.max(0, sid - 1);
        o.put("severity_id", sid).put("severity", sev.charAt(0) + sev.substring(1).toLowerCase(java.util.Locale.ROOT));
        long lastSeen = Times.parseOrNull(f.path("lastSeen").asText()).toEpochMilli();
        o.put("time", faults.contains(Fault.MON07_TIME_IN_SECONDS) ? lastSeen / 1000 : lastSeen);
        o.putObject("finding_info").put("uid", f.path("findingId").asText()).put("title", f.path("title").asText())
                .put("first_seen_time", Times.parseOrNull(f.path("firstSeen").asText()).toEpochMilli()).put("last_seen_time", lastSeen);
        ArrayNode vulns = o.putArray("vulnerabilities");
        if (f.path("cveId").isTextual()) {
            ObjectNode cve = vulns.addObject().putObject("cve").put("uid", f.path("cveId").asText());
            cve.putArray("cvss").addObject().put("version", f.at("/severity/cvssVersion").asText())
                    .put("base_score", f.at("/severity/cvssBaseScore").decimalValue()).put("vector_string", f.at("/severity/cvssVector").asText());
        }
        o.putArray("resources").addObject().put("uid", f.path("assetRef").asText()).put("type", "URL");
        o.putObject("metadata").put("version", "1.1.0").putObject("product").put("name", "csi-reference-solution").put("vendor_name", "CSI 参考实现");
        o.put("status", f.path("status").asText());
        return o;
    }

    List<Store.Doc> findingList(Principal caller, Map<String, String> query) {
        String policyId = query.get("policyId");
        return findings.list(caller, query).stream().filter(d -> policyId == null || policyId.equals(d.toJson().path("policyId").asText())).toList();
    }

    // ---- risk score (MON-11, MON-12) ----

    private final Map<String, ArrayNode> histories = new ConcurrentHashMap<>();

    private int threshold(Principal caller, String policyId) {
        Integer t = thresholds.get(policyId);
        if (t != null) return t;
        return policy(caller, policyId, null).toJson().at("/terms/monitoringTerms/riskScoreThreshold").asInt(70);
    }

    /** 10, plus five points per CVSS point of every open CVE finding, plus one per informational finding; at most 100. */
    private int score(Principal caller, String policyId) {
        double sum = 10;
        for (Store.Doc d : findingList(caller, Map.of("policyId", policyId))) {
            JsonNode f = d.toJson();
            if (!f.path("status").asText().equals("OPEN") && !f.path("status").asText().equals("NOTIFIED")) continue;
            if (f.path("cveId").isTextual()) {
                sum += 5 * f.at("/severity/cvssBaseScore").asDouble();
            } else {
                sum += 1;
            }
        }
        return (int) Math.min(100, Math.round(sum));
    }

    private void rescore(Principal caller, TestClocks.Clock clock, Instant now, String policyId, List<String> fresh, List<String> seen) {
        ArrayNode history = histories.computeIfAbsent(policyId, k -> Json.array());
        int previous = history.isEmpty() ? -1 : history.get(history.size() - 1).path("score").asInt();
        int score = faults.contains(Fault.MON11_SCORE_FROZEN) && previous >= 0 ? previous : score(caller, policyId);
        int threshold = threshold(caller, policyId);
        if (history.isEmpty() || score != previous || !fresh.isEmpty()) {
            ObjectNode h = Json.object().put("score", score).put("asOf", Times.format(now))
                    .put("reason", history.isEmpty() ? "BASELINE_SCAN" : "SCAN_COMPLETED");
            ArrayNode ids = h.putArray("findingIds");
            if (!faults.contains(Fault.MON11_HISTORY_CITES_NOTHING)) fresh.forEach(ids::add);
            synchronized (history) {
                history.add(h);
            }
        }
        List<Store.Doc> subs = subscriptions.list(caller, Map.of()).stream()
                .filter(d -> d.toJson().path("policyId").asText().equals(policyId) && !d.toJson().path("status").asText().equals("CANCELLED")).toList();
        if (previous >= 0 && score != previous) {
            ObjectNode data = Json.object().put("policyId", policyId).put("previousScore", previous).put("newScore", score);
            subs.forEach(s -> emit(s, "RISK_SCORE_CHANGED", now, data));
        }
        boolean crossed = previous >= 0 && previous < threshold && score >= threshold;
        if (faults.contains(Fault.MON12_EVENT_ON_UNCHANGED_RESCAN)) crossed = previous >= 0 && score >= threshold;
        if (!crossed) return;
        ObjectNode ev = Json.object().put("occurredAt", Times.format(now)).put("policyId", policyId).put("previousScore", previous)
                .put("newScore", score).put("threshold", threshold);
        ArrayNode ids = ev.putArray("findingIds");
        (fresh.isEmpty() ? seen : fresh).forEach(ids::add);
        ev.put("reRatingRequired", !faults.contains(Fault.MON12_RERATING_NOT_REQUIRED)).put("type", "RISK_MATERIALLY_INCREASED");
        Store.Doc doc = riskEvents.create(caller, clock, ev, now);
        // CSI-GEN GEN-11: a risk event's audit entry names the policy as its resource.
        if (!faults.contains(Fault.GEN11_NO_RISK_EVENT_AUDIT)) audit.record(caller, now, "RISK_EVENT_RAISED", "POLICY", policyId);
        if (!faults.contains(Fault.MON12_NO_WEBHOOK)) {
            ObjectNode data = doc.toJson();
            subs.forEach(s -> emit(s, "RISK_MATERIALLY_INCREASED", now, data));
        }
    }

    ObjectNode riskScore(Principal caller, String policyId) {
        Store.Doc p = policy(caller, policyId, null);
        ArrayNode history = histories.getOrDefault(policyId, Json.array());
        ObjectNode r = Json.object().put("policyId", policyId);
        synchronized (history) {
            r.put("score", history.isEmpty() ? 0 : history.get(history.size() - 1).path("score").asInt());
            r.put("threshold", threshold(caller, policyId));
            r.put("asOf", history.isEmpty() ? Times.format(clockNow(p.clockId)) : history.get(history.size() - 1).path("asOf").asText());
            r.set("history", history.deepCopy());
        }
        return r;
    }

    ApiResponse monitoringTerms(Principal caller, String policyId, JsonNode body) {
        Roles.require(caller, "INSURER");
        policy(caller, policyId, null);
        Violations e = new Violations();
        Integer t = Fields.integer(body, "riskScoreThreshold", "", 0, 100, e);
        e.throwIfAny();
        thresholds.put(policyId, t);
        return ApiResponse.json(200, Json.object().put("policyId", policyId).put("riskScoreThreshold", t));
    }

    List<Store.Doc> riskEventList(Principal caller, String policyId, Map<String, String> query) {
        policy(caller, policyId, null);
        return riskEvents.list(caller, query).stream().filter(d -> policyId.equals(d.toJson().path("policyId").asText())).toList();
    }

    // ---- recommendations (MON-13) ----

    private void recommend(Principal caller, TestClocks.Clock clock, String policyId, String findingId) {
        JsonNode f = findings.get(caller, findingId).toJson();
        double score = f.at("/severity/cvssBaseScore").asDouble();
        String sev = f.at("/severity/cvssSeverity").asText();
        if (score < 7.0 || (faults.contains(Fault.MON13_HIGH_IGNORED) && !sev.equals("CRITICAL"))) return;
        Instant detected = Times.parseOrNull(f.path("detectedAt").asText());
        Duration delay = faults.contains(Fault.MON13_RECOMMENDATION_LATE) ? Duration.ofHours(25)
                : variants.contains(Variant.MON_RECOMMENDATIONS_LATER) ? Duration.ofHours(12) : Duration.ZERO;
        Instant issued = detected.plus(delay);
        int days = sev.equals("CRITICAL") ? (faults.contains(Fault.MON13_CRITICAL_8_DAYS) ? 8 : variants.contains(Variant.MON_SHORTER_DEADLINES) ? 3 : 7)
                : (variants.contains(Variant.MON_SHORTER_DEADLINES) ? 10 : 15);
        ObjectNode r = Json.object().put("policyId", policyId);
        r.putArray("findingIds").add(findingId);
        r.put("issuedAt", Times.format(issued));
        r.putArray("actions").add("升级 Apache HTTP Server 至 2.4.51 或更高版本 / upgrade Apache HTTP Server to 2.4.51 or later")
                .add("升级前限制对受影响服务的访问 / restrict access to the affected service until upgraded");
        r.put("responseDeadline", Times.format(issued.plus(Duration.ofDays(days)))).put("status", "ISSUED").putNull("acknowledgedAt");
        Store.Doc doc = recommendations.create(caller, clock, r, issued);
        if (delay.isZero()) {
            for (Store.Doc s : subscriptions.list(caller, Map.of())) {
                if (s.toJson().path("policyId").asText().equals(policyId) && !s.toJson().path("status").asText().equals("CANCELLED")) {
                    emit(s, "RECOMMENDATION_ISSUED", issued, Json.object().put("recommendationId", doc.id).put("policyId", policyId));
                }
            }
        }
    }

    ObjectNode recommendation(Store.Doc doc) {
        ObjectNode r = doc.toJson();
        Instant now = clockNow(doc.clockId);
        Instant due = Times.parseOrNull(r.path("responseDeadline").asText());
        Instant ack = faults.contains(Fault.MON13_ACKNOWLEDGEMENT_IGNORED) ? null : Times.parseOrNull(r.path("acknowledgedAt").asText(""));
        ArrayNode obligations = r.putArray("obligations");
        Instant judged = faults.contains(Fault.MON13_NEVER_OVERDUE) ? due : faults.contains(Fault.MON13_BREACHED_AT_DEADLINE) ? now.plusMillis(1) : now;
        obligation(obligations, "RECOMMENDATION_RESPONSE", due, ack, judged);
        String status = obligations.get(0).path("status").asText();
        if (ack != null) r.put("status", status.equals("MET") ? "ACKNOWLEDGED" : "OVERDUE");
        else if (status.equals("BREACHED")) r.put("status", "OVERDUE");
        return r;
    }

    List<Listed> recommendationList(Principal caller, String policyId, Map<String, String> query) {
        Store.Doc p = policy(caller, policyId, null);
        Instant now = clockNow(p.clockId);
        return recommendations.list(caller, query).stream().filter(d -> policyId.equals(d.toJson().path("policyId").asText()))
                .filter(d -> !d.createdAt.isAfter(now)).map(d -> (Listed) new Rendered(d, recommendation(d))).toList();
    }

    ObjectNode recommendationOf(Principal caller, String id) {
        Store.Doc d = recommendations.get(caller, id);
        if (d.createdAt.isAfter(clockNow(d.clockId))) throw ApiException.of(404, "No recommendation " + id + ".").build();
        return recommendation(d);
    }

    ApiResponse acknowledge(Principal caller, String id, JsonNode body) {
        Roles.require(caller, "APPLICANT");
        Store.Doc d = recommendations.get(caller, id);
        TestClocks.Clock clock = clocks.get(caller, d.clockId);
        Instant now = clock.frozenTime;
        if (d.createdAt.isAfter(now)) throw ApiException.of(404, "No recommendation " + id + ".").build();
        synchronized (d) {
            if (d.json.hasNonNull("acknowledgedAt")) {
                throw ApiException.of(409, "The recommendation is already acknowledged.").code("ALREADY_ACKNOWLEDGED", "Acknowledge once.")
                        .currentState("ACKNOWLEDGED").build();
            }
            d.json.put("acknowledgedAt", Times.format(now));
        }
        ObjectNode a = Json.object().put("recommendationId", id).put("acknowledgedAt", Times.format(now));
        a.set("response", body.path("response").isTextual() ? body.path("response") : Json.MAPPER.getNodeFactory().textNode(""));
        audit.record(caller, now, "RECOMMENDATION_ACKNOWLEDGED", "RECOMMENDATION", id);
        return ApiResponse.json(201, acknowledgements.create(caller, clock, a).toJson());
    }

    // ---- monthly reports (MON-14) ----

    private Store.Doc reportFor(String subscriptionId, Instant periodStart) {
        String start = Times.format(periodStart);
        for (Store.Doc r : reportsOf(subscriptionId)) {
            if (r.toJson().path("periodStart").asText().equals(start)) return r;
        }
        return null;
    }

    private final Map<String, List<Store.Doc>> reportIndex = new ConcurrentHashMap<>();

    private List<Store.Doc> reportsOf(String subscriptionId) {
        return reportIndex.getOrDefault(subscriptionId, List.of());
    }

    List<Store.Doc> reportList(Principal caller, String subscriptionId) {
        Store.Doc sub = subscriptions.get(caller, subscriptionId);
        Instant now = clockNow(sub.clockId);
        return reportsOf(subscriptionId).stream().filter(r -> !r.createdAt.isAfter(now)).toList();
    }

    /** Runs the schedules of the clock's subscriptions due in (from, to], in due order: weekly scans and monthly reports. */
    private void advanced(TestClocks.Clock clock, Instant from, Instant to) {
        record Due(Instant at, Runnable effect) {}
        List<Due> due = new ArrayList<>();
        for (Map.Entry<String, Principal> e : owners.entrySet()) {
            Principal owner = e.getValue();
            Store.Doc sub;
            try {
                sub = subscriptions.get(owner, e.getKey());
            } catch (ApiException gone) {
                continue;
            }
            if (!sub.clockId.equals(clock.id)) continue;
            JsonNode s = sub.toJson();
            Instant start = Times.parseOrNull(s.path("startedAt").asText());
            boolean cancelled = s.path("status").asText().equals("CANCELLED");
            if (contains(s.path("services"), "VULN_SCAN") && (!cancelled || faults.contains(Fault.MON06_CANCEL_KEEPS_SCANNING))) {
                for (Instant t = start.plus(SCAN_PERIOD); !t.isAfter(to); t = t.plus(SCAN_PERIOD)) {
                    if (!t.isAfter(from)) continue;
                    Instant at = t;
                    due.add(new Due(at, () -> {
                        Seen found = scanNow(owner, sub, clock, at, null);
                        deliverFindings(owner, sub, null, found.fresh());
                    }));
                }
            }
            Duration late = faults.contains(Fault.MON14_REPORT_LATE) ? Duration.ofDays(2) : Duration.ZERO;
            for (Instant p = start; !periodEnd(p).plus(late).isAfter(to); p = periodEnd(p)) {
                Instant end = periodEnd(p), generated = end.plus(late), periodStart = p;
                if (!generated.isAfter(from) || cancelledBefore(s, end)) continue;
                due.add(new Due(generated, () -> report(owner, sub, clock, periodStart, end, generated)));
            }
        }
        due.sort(Comparator.comparing(Due::at));
        due.forEach(d -> d.effect().run());
    }

    private static boolean contains(JsonNode array, String value) {
        for (JsonNode v : array) if (v.asText().equals(value)) return true;
        return false;
    }

    private void report(Principal owner, Store.Doc sub, TestClocks.Clock clock, Instant start, Instant end, Instant generated) {
        String policyId = sub.toJson().path("policyId").asText();
        ObjectNode r = Json.object().put("subscriptionId", sub.id).put("policyId", policyId)
                .put("periodStart", Times.format(start)).put("periodEnd", Times.format(end)).put("generatedAt", Times.format(generated));
        ObjectNode summary = r.putObject("findingsSummary");
        ObjectNode bySeverity = summary.putObject("bySeverity");
        for (String s : List.of("CRITICAL", "HIGH", "MEDIUM", "LOW", "NONE")) bySeverity.put(s, 0);
        int total = 0, open = 0;
        for (Store.Doc d : findingList(owner, Map.of("policyId", policyId))) {
            JsonNode f = d.toJson();
            if (Times.parseOrNull(f.path("detectedAt").asText()).isAfter(end)) continue;
            total++;
            if (f.path("status").asText().equals("OPEN")) open++;
            String sev = f.at("/severity/cvssSeverity").asText("NONE");
            bySeverity.put(sev, bySeverity.path(sev).asInt() + 1);
        }
        summary.put("total", total).put("open", open);
        ArrayNode trend = r.putArray("scoreTrend");
        for (JsonNode h : histories.getOrDefault(policyId, Json.array())) {
            Instant at = Times.parseOrNull(h.path("asOf").asText());
            if (!at.isAfter(end)) trend.addObject().put("asOf", h.path("asOf").asText()).put("score", h.path("score").asInt());
        }
        Store.Doc doc = reports.create(owner, clock, r, generated);
        reportIndex.computeIfAbsent(sub.id, k -> new java.util.concurrent.CopyOnWriteArrayList<>()).add(doc);
        emit(sub, "REPORT_AVAILABLE", generated, Json.object().put("reportId", doc.id).put("subscriptionId", sub.id));
    }

    // ---- STIX 2.1 export (MON-15) ----

    private static final DateTimeFormatter STIX_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    ObjectNode stix(Principal caller, String policyId, String format) {
        Store.Doc p = policy(caller, policyId, null);
        if (!"stix".equals(format)) {
            throw ApiException.of(400, "format must be stix.").parameter(format == null ? "REQUIRED" : "UNKNOWN_ENUM_VALUE", "format", "stix").build();
        }
        ObjectNode b = Json.object().put("type", "bundle").put("id", "bundle--" + UUID.randomUUID());
        ArrayNode objects = b.putArray("objects");
        String version = faults.contains(Fault.MON15_SPEC_VERSION_2_0) ? "2.0" : "2.1";
        Instant now = clockNow(p.clockId);
        for (Store.Doc d : findingList(caller, Map.of("policyId", policyId))) {
            JsonNode f = d.toJson();
            if (!f.path("cveId").isTextual()) continue;
            ObjectNode v = objects.addObject().put("type", "vulnerability").put("spec_version", version)
                    .put("id", "vulnerability--" + UUID.nameUUIDFromBytes(d.id.getBytes(StandardCharsets.UTF_8)))
                    .put("created", STIX_TIME.format(Times.parseOrNull(f.path("firstSeen").asText()).truncatedTo(ChronoUnit.MILLIS)))
                    .put("modified", STIX_TIME.format(Times.parseOrNull(f.path("lastSeen").asText()).truncatedTo(ChronoUnit.MILLIS)))
                    .put("name", f.path("cveId").asText()).put("description", f.path("title").asText());
            v.putArray("external_references").addObject().put("source_name", "cve").put("external_id", f.path("cveId").asText());
        }
        b.put("x_csi_generated", STIX_TIME.format(now));
        return b;
    }
}
