package org.csi.steps;

import com.fasterxml.jackson.databind.JsonNode;
import io.cucumber.java.zh_cn.假如;
import io.cucumber.java.zh_cn.当;
import io.cucumber.java.zh_cn.那么;
import java.util.List;
import org.csi.harness.checks.LatencySample;
import org.csi.harness.checks.LatencyRules;
import org.csi.harness.http.Caller;
import org.csi.harness.support.Applicants;
import org.csi.harness.support.Fixture;
import org.csi.harness.support.Load;
import org.csi.harness.support.Quantifier;
import org.csi.harness.support.Underwriter;

/** The PERF profile of CSI-GEN: underwriting decisions (GEN-15) and quantifications (GEN-16) under 10 concurrent clients. */
public final class PerformanceSteps {
    private final World world;
    private Underwriter underwriter;
    private List<String[]> assessed;
    private List<LatencySample> samples;

    public PerformanceSteps(World world) {
        this.world = world;
    }

    @假如("租户 {tenant} 有 {int} 份已评估的投保申请")
    public void assessedApplications(String tenant, int n) {
        underwriter = new Underwriter(world.run, tenant);
        JsonNode clock = Fixture.setUp("create a clock", () -> underwriter.clock("csi-gen15"));
        String clockId = clock.path("testClockId").asText();
        JsonNode product = Fixture.setUp("pick the RC-STD product", () -> Applicants.product(world.run, underwriter.insurer));
        String[][] ids = new String[n][];
        Fixture.setUp("apply and assess " + n + " times", () -> Load.run(10, n / 10, i -> {
            var app = Applicants.application(world.run, "IND", product, List.of("CAN-A", "CAN-C"), clockId);
            String appId = underwriter.apply(app).expectStatus(201).json().path("applicationId").asText();
            ids[i] = new String[] {appId, underwriter.assessUnderAuth1(clock, app, appId).path("assessmentId").asText()};
            return new LatencySample(0, 201);
        }));
        assessed = List.of(ids);
    }

    @当("{int} 个并发客户端各作出 {int} 次核保决定")
    public void decisions(int clients, int each) {
        for (int i = 0; i < 10; i++) decide(i);
        samples = Load.run(clients, each, this::decide);
    }

    @当("{int} 个并发客户端各提交 {int} 次 RQ-MULTI 量化，每次 {int} 次迭代")
    public void quantifications(int clients, int each, int iterations) {
        Caller caller = world.run.as("T1", "INSURER");
        String clockId = Fixture.setUp("create a clock", () -> new Underwriter(world.run, "T1").clock("csi-gen16")).path("testClockId").asText();
        JsonNode request = Quantifier.multi(clockId).put("iterations", iterations);
        samples = Load.run(clients, each, i -> Load.quantification(caller, request));
    }

    @那么("p95 不超过 {int} 毫秒，p99 不超过 {int} 毫秒")
    public void p95p99(int p95, int p99) {
        world.run.evidence().checked("GEN-15 decision latency", () -> LatencyRules.requireWithin(samples, p95, p99));
    }

    @那么("从提交到 COMPLETED 的 p95 不超过 {int} 毫秒")
    public void p95(int p95) {
        world.run.evidence().checked("GEN-16 quantification latency", () -> LatencyRules.requireWithin(samples, p95, 0));
    }

    @那么("没有 5xx 或 429 响应")
    public void noOverload() {
        LatencyRules.requireNoOverload(samples);
    }

    private LatencySample decide(int i) {
        String[] a = assessed.get(i % assessed.size());
        return Load.decision(underwriter.insurer, a[0], a[1]);
    }
}
