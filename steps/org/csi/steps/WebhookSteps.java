package org.csi.steps;

import com.fasterxml.jackson.databind.JsonNode;
import io.cucumber.java.zh_cn.假如;
import io.cucumber.java.zh_cn.当;
import io.cucumber.java.zh_cn.那么;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.csi.harness.checks.WebhookRules;
import org.csi.harness.support.Fixture;
import org.csi.harness.support.Monitor;
import org.csi.harness.verdict.ClauseViolation;
import org.csi.harness.verdict.FixtureUnavailable;
import org.csi.harness.webhook.Attempt;
import org.csi.harness.webhook.Endpoint;

/** CSI-MON MON-08..10: the solution's webhooks, as the harness's receiver recorded them (checks/WebhookRules judges them). */
public final class WebhookSteps {
    /** How long MON-08 waits for its first delivery after the scan (beyond MON-09's 60 s, so that a late one is still verified). */
    private static final Duration FIRST_DELIVERY_WAIT = Duration.ofSeconds(90);
    /** What the wait adds to a bound, so that an attempt received just at the bound is recorded before it is judged. */
    private static final Duration MARGIN = Duration.ofSeconds(2);
    private final World world;
    private final MonitoringSteps monitoring;

    public WebhookSteps(World world, MonitoringSteps monitoring) {
        this.world = world;
        this.monitoring = monitoring;
    }

    private Endpoint callback() {
        Endpoint e = monitoring.monitor().callback;
        if (e == null) throw new IllegalStateException("no callback: a step must subscribe PM first");
        return e;
    }

    /** The finding of {@code cve} on {@code canary} (set-up: its absence is MON-03's matter, CANNOT_TELL here). */
    private String findingId(String canary, String cve) {
        Monitor m = monitoring.monitor();
        for (JsonNode f : Fixture.setUp("list PM's findings", m::findings)) {
            if (f.path("assetRef").asText().equals(canary) && (cve == null || f.path("cveId").asText().equals(cve))) return f.path("findingId").asText();
        }
        throw new FixtureUnavailable("no finding " + (cve == null ? "" : "of " + cve + " ") + "on " + canary + " after the scan, so its webhook cannot be told (MON-03/MON-04 judge the finding)");
    }

    private static Predicate<Attempt> findingDetected(String findingId) {
        return a -> "FINDING_DETECTED".equals(a.type()) && a.bodyText().contains(findingId);
    }

    @假如("订阅的回调对每个事件的前 {int} 次尝试都回答 {int}")
    public void answerFirst(int n, int status) {
        Monitor m = monitoring.monitor();
        m.callback = world.run.webhooks().newEndpoint("CSI-MON " + m.policyId() + " (first " + n + " attempts answered " + status + ")").answerFirst(n, status);
    }

    // ---- MON-08 ----

    @当("回调收到 CAN-A 发现项的 FINDING_DETECTED 投递")
    public void awaitCanA() {
        List<String> ids = Fixture.setUp("list PM's findings", monitoring.monitor()::findings).stream()
                .filter(f -> f.path("assetRef").asText().equals("CAN-A")).map(f -> f.path("findingId").asText()).toList();
        if (ids.isEmpty()) throw new FixtureUnavailable("no finding on CAN-A after the scan, so its webhook cannot be told (MON-03 judges the finding)");
        Predicate<Attempt> any = a -> ids.stream().anyMatch(i -> findingDetected(i).test(a));
        List<Attempt> got = callback().await(WebhookRules.arrived(any), FIRST_DELIVERY_WAIT);
        ClauseViolation.require(got.stream().anyMatch(any), "no FINDING_DETECTED naming a CAN-A finding " + ids + " arrived within "
                + FIRST_DELIVERY_WAIT.toSeconds() + " s of the scan; " + got.size() + " deliveries arrived");
    }

    @那么("每次投递都带 CSI-Event-Id 与 CSI-Signature，且签名用订阅的 secret 验证通过")
    public void verified() {
        world.run.evidence().checked("MON-08: signatures", () -> WebhookRules.requireVerified(callback().attempts()));
    }

    @那么("每次投递的接收时间与其签名时间 t 相差不超过 300 秒")
    public void realTime() {
        world.run.evidence().checked("MON-08: |receipt − t|", () -> WebhookRules.requireSignedInRealTime(callback().attempts()));
    }

    // ---- MON-09 ----

    @当("该订阅执行一次扫描，测试工具首次读到 COMPLETED")
    public void scanObserved() {
        Fixture.setUp("scan the subscription to completion", monitoring.monitor()::scanToCompletion);
    }

    @那么("CAN-A 上 CVE-2021-41773 发现项的 FINDING_DETECTED 在首次读到 COMPLETED 后 60 秒（真实时间）内到达")
    public void latency() {
        Monitor m = monitoring.monitor();
        Instant seen = m.completedSeenAt;
        Duration bound = world.run.windows().mon09();
        Predicate<Attempt> event = findingDetected(findingId("CAN-A", "CVE-2021-41773"));
        Duration left = Duration.between(Instant.now(), seen.plus(bound).plus(MARGIN));
        List<Attempt> got = callback().await(WebhookRules.arrived(event), left.isNegative() ? Duration.ZERO : left);
        world.run.evidence().checked("MON-09: delivery latency", () -> WebhookRules.requireDeliveredWithin(got, event,
                "FINDING_DETECTED of CAN-A's CVE-2021-41773 finding", seen, bound));
    }

    // ---- MON-10 ----

    @那么("第一个事件至少到达 4 次，每次的 eventId 与正文都相同，间隔从不缩短（允许 1 秒抖动），全部在 10 分钟内到达，回答 2xx 后不再投递")
    public void retries() {
        Instant since = monitoring.monitor().completedSeenAt;
        Duration window = world.run.windows().mon10();
        List<Attempt> got = callback().await(l -> WebhookRules.judgeRetries(l, 3, since, window, Instant.now()).decided(),
                window.plus(WebhookRules.QUIET_AFTER_2XX_MAX).plus(MARGIN));
        world.run.evidence().checked("MON-10: retries of one event", () -> WebhookRules.requireRetries(got, 3, since, window, Instant.now()));
    }

    @那么("不同事件的 eventId 互不相同")
    public void distinctIds() {
        List<Attempt> got = callback().await(l -> WebhookRules.events(l) >= 2, world.run.windows().mon09());
        world.run.evidence().checked("MON-10: distinct events, distinct ids", () -> WebhookRules.requireDistinctIds(got, 2));
    }
}
