package org.csi.steps;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cucumber.java.zh_cn.假如;
import io.cucumber.java.zh_cn.当;
import io.cucumber.java.zh_cn.那么;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.csi.harness.canary.Canaries;
import org.csi.harness.checks.AuditTrail;
import org.csi.harness.checks.MonitoringRules;
import org.csi.harness.checks.OcsfView;
import org.csi.harness.checks.StixBundle;
import org.csi.harness.http.PageWalk;
import org.csi.harness.http.Reply;
import org.csi.harness.support.CanaryWatch;
import org.csi.harness.support.Fixture;
import org.csi.harness.support.Monitor;
import org.csi.harness.verdict.ClauseViolation;
import org.csi.harness.webhook.Attempt;

/** CSI-MON MON-01..07 and MON-11..15: catalogue, subscriptions, known-answer scans of the canaries, score, events, recommendations, reports, exports. */
public final class MonitoringSteps {
    private static final String CANARIES = "(CAN-[A-E](?:[、与和 ]+CAN-[A-E])*)";
    private final World world;
    private Monitor monitor;
    private List<JsonNode> services;
    private int s0 = -1, historyBefore, threshold;
    private int riskEventsBefore;
    private final List<Reply> subscriptionReplies = new ArrayList<>();

    public MonitoringSteps(World world) {
        this.world = world;
    }

    Monitor monitor() {
        if (monitor == null) throw new IllegalStateException("no monitoring case: a step must set up PM first");
        return monitor;
    }

    // ---- MON-01 ----

    @当("租户 {tenant} 的 {role} 读取监测服务目录")
    public void readCatalogue(String tenant, String role) {
        PageWalk walk = PageWalk.walk(world.as(tenant, role), "/monitoring/services", 100, java.util.Map.of());
        ClauseViolation.require(walk.unending() == null, walk.unending() == null ? "" : walk.unending());
        services = walk.items();
    }

    @那么("目录包括 VULN_SCAN、ASSET_MAPPING、THREAT_INTEL 与 CODE_AUDIT")
    public void catalogueComplete() {
        MonitoringRules.requireCatalogue(services);
    }

    @那么("每项服务都有有效且非空的 frequency，以及 scope 与 deliverable")
    public void entriesComplete() {
        MonitoringRules.requireEntriesComplete(services);
    }

    // ---- set-up: PM and subscriptions ----

    @假如("租户 {tenant} 在新的测试时钟上有监测保单 PM")
    public void policyPM(String tenant) {
        monitor = new Monitor(world.run, tenant);
        Fixture.setUp("create fixture policy PM with the test helper", monitor::policyPM);
        world.clock = monitor.clock;
        world.clockOwner = monitor.insurer;
    }

    @假如("^该 SERVICE_PROVIDER 已按 AUTH-1 订阅 PM 上的 " + CANARIES + "$")
    public void subscribed(String canaries) {
        Fixture.setUp("subscribe " + canaries + " on PM", () -> monitor().subscribed(Canaries.idsIn(canaries)));
    }

    @假如("^该订阅已完成一次扫描$")
    public void scannedGiven() {
        Fixture.setUp("scan the subscription to completion", monitor()::scanToCompletion);
    }

    // ---- MON-02 ----

    @当("^该 SERVICE_PROVIDER 按 AUTH-1 订阅 PM 上的 " + CANARIES + "$")
    public void subscribe(String canaries) {
        Reply r = monitor().subscribe(monitor().subscriptionBody(Canaries.idsIn(canaries)));
        world.answered(r);
        subscriptionReplies.add(r);
        if (r.status() == 201) monitor().subscription = r.json();
    }

    @那么("订阅的 POST、GET 与列表响应中都没有 secret，callback.secretSet 为 true")
    public void secretHidden() {
        Monitor m = monitor();
        String secret = m.callback.secret();
        Reply post = subscriptionReplies.get(subscriptionReplies.size() - 1);
        MonitoringRules.requireSecretHidden("POST /monitoring/subscriptions", post.json(), post.body(), secret);
        Reply get = m.provider.get("/monitoring/subscriptions/" + m.subscriptionId()).expectStatus(200);
        MonitoringRules.requireSecretHidden("GET /monitoring/subscriptions/{id}", get.json(), get.body(), secret);
        JsonNode listed = m.listed();
        ClauseViolation.require(listed != null, "GET /monitoring/subscriptions does not list subscription " + m.subscriptionId());
        MonitoringRules.requireSecretHidden("GET /monitoring/subscriptions", listed, listed.toString(), secret);
    }

    @当("该 SERVICE_PROVIDER 不带授权书订阅 PM 上的 CAN-A")
    public void withoutAuthorisation() {
        ObjectNode b = monitor().subscriptionBody(List.of("CAN-A"));
        b.remove("authorization");
        world.answered(monitor().subscribe(b));
    }

    @当("该 SERVICE_PROVIDER 以 callback.url {string} 订阅 PM 上的 CAN-A")
    public void withCallback(String url) {
        ObjectNode b = monitor().subscriptionBody(List.of("CAN-A"));
        ((ObjectNode) b.path("callback")).put("url", url);
        world.answered(monitor().subscribe(b));
    }

    @当("该 SERVICE_PROVIDER 订阅不在 PM 上的资产 {string}，授权书列出该资产")
    public void uninsured(String url) {
        ObjectNode b = monitor().subscriptionBody(List.of("CAN-A"));
        ((com.fasterxml.jackson.databind.node.ArrayNode) b.path("assets")).addObject().put("type", "URL").put("value", url);
        ((com.fasterxml.jackson.databind.node.ArrayNode) b.at("/authorization/assets")).addObject().put("type", "URL").put("value", url);
        world.answered(monitor().subscribe(b));
    }

    // ---- MON-03..05 ----

    @当("该订阅执行一次扫描")
    public void scanNow() {
        world.answered(monitor().requestScan());
    }

    @那么("扫描被受理（202，带 scanId），并在 300 秒内为 COMPLETED")
    public void scanCompleted() {
        world.reply.expectStatus(202);
        String id = world.reply.json().path("scanId").asText();
        ClauseViolation.require(!id.isBlank(), "the scan was accepted without a scanId: " + world.reply.body());
        monitor().awaitScan(id, Monitor.SCAN_LIMIT);
    }

    @那么("^(CAN-[A-E]) 有 (CVE-\\d{4}-\\d+) 的发现项，其 cvssBaseScore 为夹具接受的值，两种等级与该分值一致$")
    public void knownAnswer(String canary, String cve) {
        JsonNode f = MonitoringRules.requireFinding(monitor().findings(), canary, cve);
        world.run.evidence().artefact("F-CAN known answer", MonitoringRules.requireScoreAndLabels(f, Canaries.acceptedCvssBaseScores(cve)));
    }

    @那么("^(CAN-[A-E]) 没有 (CVE-\\d{4}-\\d+) 的发现项$")
    public void noFinding(String canary, String cve) {
        MonitoringRules.requireNoFinding(monitor().findings(), canary, cve);
    }

    @那么("^" + CANARIES + " 上没有带 cveId 的发现项$")
    public void noCve(String canaries) {
        List<JsonNode> findings = monitor().findings();
        for (String id : Canaries.idsIn(canaries)) MonitoringRules.requireNoCve(findings, id);
    }

    @那么("^" + CANARIES + " 上的 CVE 都不是误报规则所判定的误报$")
    public void noFalsePositive(String canaries) {
        List<JsonNode> findings = monitor().findings();
        StringBuilder notJudged = new StringBuilder();
        for (String id : Canaries.idsIn(canaries)) notJudged.append(id).append(": ").append(MonitoringRules.requireNoFalsePositive(findings, id)).append('\n');
        world.run.evidence().artefact("CVEs with no record at the F-CAN snapshot (not judged)", notJudged.toString());
    }

    // ---- MON-06 ----

    private final java.util.Map<String, org.csi.harness.canary.Canary> dedicated = new java.util.LinkedHashMap<>();
    private final java.util.Map<String, Integer> hitsAtCancel = new java.util.LinkedHashMap<>();

    @假如("^租户 (" + Parties.TENANT + ") 在新的测试时钟上有监测保单 PM，其中 " + CANARIES + " 为只供本场景使用的专用实例$")
    public void policyWithDedicated(String tenant, String canaries) {
        monitor = new Monitor(world.run, tenant);
        for (String id : Canaries.idsIn(canaries)) {
            org.csi.harness.canary.Canary c = Fixture.setUp("start a dedicated " + id, () -> world.run.canaries().dedicated(id));
            dedicated.put(id, c);
            monitor.urls.put(id, c.url());
        }
        Fixture.setUp("create fixture policy PM with the test helper", monitor::policyPM);
        world.clock = monitor.clock;
        world.clockOwner = monitor.insurer;
    }

    @当("该 SERVICE_PROVIDER 取消该订阅")
    public void cancel() {
        world.answered(monitor().cancel());
        hitsAtCancel.putAll(CanaryWatch.baseline(dedicated));
    }

    @当("监测保单的测试时钟推进 {int} 天")
    public void advanceDays(int days) {
        monitor().advanceTo(monitor().now().plusDays(days));
    }

    @那么("在 MON-06 的观察窗口（300 秒真实时间）内，专用实例没有再收到任何请求")
    public void quietAfterCancel() {
        world.run.evidence().artefact("MON-06 dedicated canaries after cancellation" + (world.run.windows().quick() ? " (quick mode)" : ""),
                CanaryWatch.requireQuiet(dedicated, hitsAtCancel, world.run.windows().mon06(), "after the subscription was cancelled"));
    }

    @那么("在 MON-06 的观察窗口（300 秒真实时间）内，CAN-E 没有收到任何请求")
    public void canENeverContacted() {
        java.util.Map<String, org.csi.harness.canary.Canary> e = java.util.Map.of("CAN-E", world.run.canaries().get("CAN-E"));
        world.run.evidence().artefact("CAN-E request log" + (world.run.windows().quick() ? " (quick mode)" : ""),
                CanaryWatch.requireQuiet(e, java.util.Map.of("CAN-E", 0), world.run.windows().mon06(), "though it is never listed as an asset"));
    }

    // ---- MON-07 ----

    @那么("^(CAN-[A-E]) 上 (CVE-\\d{4}-\\d+) 发现项的 OCSF 视图具备 MON-07 的全部成员，且与原生发现项一致$")
    public void ocsf(String canary, String cve) {
        JsonNode f = MonitoringRules.requireFinding(monitor().findings(), canary, cve);
        JsonNode nativeFinding = monitor().insurer.get("/monitoring/findings/" + f.path("findingId").asText()).expectStatus(200).json();
        JsonNode view = monitor().insurer.get("/monitoring/findings/" + f.path("findingId").asText(), java.util.Map.of("format", "ocsf")).expectStatus(200).json();
        world.run.evidence().artefact("OCSF view against the native finding", OcsfView.require(nativeFinding, view));
    }

    // ---- MON-11, MON-12 ----

    @假如("该订阅已完成基线扫描，风险评分 s0 低于 100")
    public void baselineBelow100() {
        Fixture.setUp("scan the baseline", monitor()::scanToCompletion);
        s0 = Fixture.setUp("read the baseline risk score", () -> MonitoringRules.requireBaseline(monitor().riskScore()));
        if (s0 >= 100) throw new org.csi.harness.verdict.FixtureUnavailable("the baseline score is already 100; MON-12 needs room to rise");
        historyBefore = monitor().riskScore().path("history").size();
        riskEventsBefore = Fixture.setUp("read the risk events", () -> monitor().riskEvents().size());
    }

    @当("该订阅完成基线扫描")
    public void baseline() {
        monitor().scanToCompletion();
    }

    @那么("风险评分 s0 为 0 到 100 的整数，历史非空")
    public void baselineScore() {
        JsonNode r = monitor().riskScore();
        s0 = MonitoringRules.requireBaseline(r);
        historyBefore = r.path("history").size();
    }

    @当("^该 SERVICE_PROVIDER 以 PATCH 将订阅资产改为 " + CANARIES + "（授权书覆盖它们），并再次扫描至 COMPLETED$")
    public void patchAndRescan(String canaries) {
        monitor().patchAssets(Canaries.idsIn(canaries)).expectStatus(200);
        monitor().scanToCompletion();
    }

    @那么("风险评分 s1 大于 s0（s0 为 100 时除外），新的历史条目引用 CAN-A 的发现项")
    public void rose() {
        List<String> canA = Monitor.on(monitor().findings(), "CAN-A").stream().map(f -> f.path("findingId").asText()).toList();
        MonitoringRules.requireRise(s0, historyBefore, monitor().riskScore(), canA);
    }

    @当("租户 {tenant} 的 INSURER 将 riskScoreThreshold 设为 s0 + 1")
    public void thresholdAboveBaseline(String tenant) {
        threshold = s0 + 1;
        monitor().setThreshold(threshold).expectStatus(200, 204);
    }

    @那么("回调在 60 秒内收到 RISK_MATERIALLY_INCREASED 的 webhook")
    public void materialIncreaseWebhook() {
        List<Attempt> got = monitor().callback.await(a -> a.stream().anyMatch(x -> "RISK_MATERIALLY_INCREASED".equals(x.type())), Duration.ofSeconds(60));
        ClauseViolation.require(got.stream().anyMatch(x -> "RISK_MATERIALLY_INCREASED".equals(x.type())),
                "no RISK_MATERIALLY_INCREASED webhook within 60 s; received " + got.stream().map(Attempt::type).toList());
    }

    @那么("保单有一个新的风险事件，previousScore 为 s0、threshold 为 s0 + 1、reRatingRequired 为 true")
    public void riskEvent() {
        List<JsonNode> events = monitor().riskEvents();
        ClauseViolation.require(events.size() == riskEventsBefore + 1, "expected one new risk event, the policy has " + (events.size() - riskEventsBefore));
        MonitoringRules.requireRiskEvent(events.get(events.size() - 1), monitor().policyId(), s0, threshold);
        riskEventsBefore = events.size();
    }

    @当("该订阅在资产不变的情况下再次扫描至 COMPLETED")
    public void rescanUnchanged() {
        monitor().scanToCompletion();
    }

    @那么("没有新的风险事件，也没有新的 RISK_MATERIALLY_INCREASED webhook")
    public void noNewEvent() {
        long hooks = monitor().callback.attempts().stream().filter(x -> "RISK_MATERIALLY_INCREASED".equals(x.type())).map(Attempt::eventId).distinct().count();
        List<JsonNode> events = monitor().riskEvents();
        ClauseViolation.require(events.size() == riskEventsBefore, "a rescan with no change raised " + (events.size() - riskEventsBefore) + " new risk event(s)");
        ClauseViolation.require(hooks <= 1, "a rescan with no change sent another RISK_MATERIALLY_INCREASED webhook (" + hooks + " distinct events)");
    }

    @假如("租户 {tenant} 的 INSURER 已将 riskScoreThreshold 设为 s0 + 1，并以 PATCH 加入 CAN-A 后重扫至 COMPLETED")
    public void crossedThreshold(String tenant) {
        Fixture.setUp("raise the score over a threshold of s0 + 1", () -> {
            thresholdAboveBaseline(tenant);
            patchAndRescan("CAN-A、CAN-C 与 CAN-D");
            return monitor().riskEvents();
        });
    }

    @那么("该保单的审计事件中有 RISK_EVENT_RAISED，actor.type 为 CLIENT、USER 或 SYSTEM")
    public void riskEventAudited() {
        JsonNode e = AuditTrail.requireAction(monitor().insurer, monitor().policyId(), "RISK_EVENT_RAISED");
        ClauseViolation.require(java.util.Set.of("CLIENT", "USER", "SYSTEM").contains(e.at("/actor/type").asText()),
                "the RISK_EVENT_RAISED audit event has actor " + e.path("actor") + ", not of type CLIENT, USER or SYSTEM");
    }

    // ---- MON-13 ----

    private JsonNode earliest;

    @当("测试时钟推进到扫描后 24 小时")
    public void advance24h() {
        monitor().advanceTo(earliestDetected().plusHours(24));
    }

    private OffsetDateTime earliestDetected() {
        return monitor().findings().stream().map(f -> OffsetDateTime.parse(f.path("detectedAt").asText())).min(Comparator.naturalOrder())
                .orElseThrow(() -> new ClauseViolation("the scan of CAN-A and CAN-B left no findings"));
    }

    @那么("每个 CVSS ≥ 7.0 的发现项都有在其 detectedAt 后 24 小时内发出的书面建议，期限 CRITICAL 不超过 7 天、HIGH 不超过 15 天")
    public void recommendations() {
        world.run.evidence().artefact("recommendations against findings", MonitoringRules.requireRecommendations(monitor().findings(), monitor().recommendations()));
    }

    @当("测试时钟推进到最早的 responseDeadline，未提交任何答复")
    public void toEarliestDeadline() {
        List<JsonNode> recs = monitor().recommendations();
        ClauseViolation.require(!recs.isEmpty(), "no recommendation to wait on");
        earliest = recs.stream().min(Comparator.comparing(r -> OffsetDateTime.parse(r.path("responseDeadline").asText()))).orElseThrow();
        monitor().advanceTo(OffsetDateTime.parse(earliest.path("responseDeadline").asText()));
    }

    private JsonNode earliestNow() {
        String id = earliest.path("recommendationId").asText();
        return monitor().recommendations().stream().filter(r -> r.path("recommendationId").asText().equals(id)).findFirst()
                .orElseThrow(() -> new ClauseViolation("recommendation " + id + " is no longer listed"));
    }

    @那么("该建议的 RECOMMENDATION_RESPONSE 义务仍为 PENDING，状态不是 OVERDUE")
    public void stillOpen() {
        MonitoringRules.requireStillOpen(earliestNow());
    }

    @当("测试时钟再推进 1 分钟")
    public void oneMinute() {
        monitor().advanceTo(monitor().now().plusMinutes(1));
    }

    @那么("该建议的状态为 OVERDUE，RECOMMENDATION_RESPONSE 义务为 BREACHED")
    public void overdue() {
        MonitoringRules.requireOverdue(earliestNow());
    }

    @当("租户 {tenant} 的 APPLICANT 在期限前答复最早的建议，测试时钟推进到该期限之后 1 分钟")
    public void acknowledgeEarliest(String tenant) {
        List<JsonNode> recs = monitor().recommendations();
        ClauseViolation.require(!recs.isEmpty(), "no recommendation to acknowledge");
        earliest = recs.stream().min(Comparator.comparing(r -> OffsetDateTime.parse(r.path("responseDeadline").asText()))).orElseThrow();
        world.answered(monitor().acknowledge(earliest.path("recommendationId").asText()).expectStatus(200, 201));
        monitor().advanceTo(OffsetDateTime.parse(earliest.path("responseDeadline").asText()).plusMinutes(1));
    }

    @那么("该建议的状态为 ACKNOWLEDGED，RECOMMENDATION_RESPONSE 义务为 MET")
    public void acknowledged() {
        MonitoringRules.requireAcknowledged(earliestNow());
    }

    // ---- MON-14 ----

    @当("测试时钟推进到订阅开始后 31 天")
    public void advance31Days() {
        monitor().advanceTo(monitor().subscriptionStart().plusDays(31));
    }

    @那么("订阅至少有 1 份月度报告，generatedAt 不晚于开始后 31 天，报告期不超过 31 天")
    public void monthlyReport() {
        MonitoringRules.requireMonthlyReport(monitor().reports(), monitor().subscriptionStart());
    }

    @那么("订阅的 MONTHLY_REPORT 义务为 MET")
    public void reportObligationMet() {
        MonitoringRules.requireObligation(monitor().subscriptionNow(), "MONTHLY_REPORT", "MET");
    }

    // ---- MON-15 ----

    @当("租户 {tenant} 的 {role} 以 STIX 格式导出 PM 的发现项")
    public void exportStix(String tenant, String role) {
        world.answered(world.as(tenant, role).get("/policies/" + monitor().policyId() + "/findings/export", java.util.Map.of("format", "stix")));
    }

    @那么("响应是 STIX bundle：type 为 bundle，id 为 bundle--<uuid>，带 objects[]")
    public void bundle() {
        StixBundle.requireBundle(world.reply.expectStatus(200).json());
    }

    @那么("每个 CVE 发现项都是 spec_version 2.1 的 vulnerability，带 created、modified 与 CVE 外部引用")
    public void vulnerabilities() {
        StixBundle.requireVulnerabilities(world.reply.json(), monitor().findings());
    }
}
