package org.csi.steps;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cucumber.java.zh_cn.当;
import io.cucumber.java.zh_cn.那么;
import java.util.List;
import org.csi.harness.checks.QuantificationRules;
import org.csi.harness.http.Caller;
import org.csi.harness.support.Applicants;
import org.csi.harness.support.Fixture;
import org.csi.harness.support.Quantifier;

/** CSI-RQ: quantification requests from the F-RQ fixtures, judged by the harness's own closed forms and rules. */
public final class QuantificationSteps {
    private final World world;
    private String caseName;
    private JsonNode request;

    public QuantificationSteps(World world) {
        this.world = world;
    }

    @当("租户 {tenant} 的 {role} 以种子 {long} 请求量化 {word}")
    public void calibrationCase(String tenant, String role, long seed, String name) {
        caseName = name;
        request = Quantifier.calibration(world.clockId(), name, seed);
        world.quantifications.add(Quantifier.run(world.as(tenant, role), request));
    }

    @那么("量化在 300 秒内完成，每个场景都有结果")
    public void completed() {
        QuantificationRules.requireCompletedSingle(last());
    }

    @那么("结果回显了请求的 iterations 与 seed")
    public void echoed() {
        QuantificationRules.requireEchoed(last(), request.path("iterations").asLong(), request.path("seed").asLong());
    }

    @那么("methodology 与 modelVersion 都不为空")
    public void methodology() {
        QuantificationRules.requireMethodology(last());
    }

    @当("租户 {tenant} 的 {role} 依次以 poisson、PERT 频率、TEF × 脆弱性、lognormal 两种形式请求量化")
    public void everyForm(String tenant, String role) {
        world.quantifications.addAll(Quantifier.runAll(world.as(tenant, role), Quantifier.everyForm(world.clockId())));
    }

    @那么("每个请求都完成")
    public void allCompleted() {
        QuantificationRules.requireAllCompleted(world.quantifications, 5);
    }

    @当("^租户 (" + Parties.TENANT + ") 的 (" + Parties.ROLE + ") 以种子 (\\d+) 分别用 p5/p95 形式和 mu/sigma 形式请求 RQ-CAL-1 的场景$")
    public void bothLognormalForms(String tenant, String role, long seed) {
        world.quantifications.addAll(Quantifier.runAll(world.as(tenant, role), Quantifier.lognormalForms(world.clockId(), seed)));
    }

    @那么("两次结果的 aleCNY 相差不超过 0.5%")
    public void formsAgree() {
        world.run.evidence().checked("RQ-02 lognormal forms",
                () -> QuantificationRules.requireFormsAgree(world.quantifications.get(0), world.quantifications.get(1), Quantifier.lognormalTolerance()));
    }

    @当("租户 {tenant} 的 {role} 请求带有无效输入 {string} 的量化")
    public void invalidInput(String tenant, String role, String name) {
        caseName = name;
        ObjectNode body = Fixture.setUp("build the invalid request", () -> Quantifier.invalid(world.clockId(), name));
        world.answered(world.as(tenant, role).post("/quantifications", body));
    }

    @那么("响应状态为 422，errors[] 中有一项指向无效输入的位置")
    public void errorAtPointer() {
        QuantificationRules.requireInputError(world.reply, Quantifier.invalidPointer(caseName));
    }

    @当("租户 {tenant} 的 {role} 请求同时带有 λ = −1、σ = 0 与 iterations 9999 的量化")
    public void threeFaults(String tenant, String role) {
        world.answered(world.as(tenant, role).post("/quantifications", Quantifier.invalid(world.clockId(), "λ = −1", "σ = 0", "iterations 9999")));
    }

    @那么("响应状态为 422，errors[] 恰有三项")
    public void threeErrors() {
        QuantificationRules.requireErrorCount(world.reply, 3);
    }

    @当("租户 {tenant} 的 {role} 请求量化 RQ-MULTI")
    public void multi(String tenant, String role) {
        world.quantifications.add(Quantifier.run(world.as(tenant, role), Quantifier.multi(world.clockId())));
    }

    @那么("总体与每个场景的分位数都满足 0 ≤ p50 ≤ p90 ≤ p95 ≤ p99")
    public void percentileOrder() {
        QuantificationRules.requirePercentileOrder(last());
    }

    @那么("损失超越曲线至少有 20 个点，从 0.00 开始，概率不增，且每个分位数处都有点")
    public void curve() {
        QuantificationRules.requireCurveShape(last());
    }

    @那么("p95 与 p99 处的超越概率在规定区间内")
    public void tail() {
        world.run.evidence().checked("RQ-06 exceedance at P95/P99", () -> QuantificationRules.requireTailExceedance(last()));
    }

    @当("租户 {tenant} 的 {role} 以种子 {long} 两次请求量化 RQ-MULTI")
    public void multiTwice(String tenant, String role, long seed) {
        world.quantifications.addAll(Quantifier.runAll(world.as(tenant, role), List.of(Quantifier.multi(world.clockId(), seed), Quantifier.multi(world.clockId(), seed))));
    }

    @当("租户 {tenant} 的 {role} 不给种子请求量化 RQ-MULTI，再以报告的种子重跑")
    public void unseededThenReported(String tenant, String role) {
        Caller caller = world.as(tenant, role);
        JsonNode first = Quantifier.run(caller, Quantifier.multi(world.clockId(), null));
        world.quantifications.add(first);
        world.quantifications.add(Quantifier.run(caller, Quantifier.multi(world.clockId(), QuantificationRules.reportedSeed(first))));
    }

    @那么("两次结果逐字节相同")
    public void identical() {
        QuantificationRules.requireSameResult(world.quantifications.get(0), world.quantifications.get(1));
    }

    @当("租户 {tenant} 的 {role} 以种子 1、2、3 各请求一次量化 {word}")
    public void threeSeeds(String tenant, String role, String name) {
        caseName = name;
        for (long seed : new long[] {1, 2, 3}) {
            world.quantifications.add(Quantifier.run(world.as(tenant, role), Quantifier.calibration(world.clockId(), name, seed)));
        }
    }

    @那么("三个 aleCNY 的中位数与 λ·exp\\(μ+σ²\\/2) 的相对误差不超过该案例的容差")
    public void aleCalibrated() {
        world.run.evidence().checked("RQ-08 calibration " + caseName,
                () -> QuantificationRules.requireAleCalibrated(caseName, Quantifier.calibrationCase(caseName), world.quantifications));
    }

    @那么("三个 zeroLossProbability 的中位数与 exp\\(−λ) 之差不超过该案例的容差")
    public void zeroLossCalibrated() {
        world.run.evidence().checked("RQ-09 calibration " + caseName,
                () -> QuantificationRules.requireZeroLossCalibrated(caseName, Quantifier.calibrationCase(caseName), world.quantifications));
    }

    @那么("总 aleCNY 等于各场景 aleCNY 之和（误差不超过每个场景 0.01）")
    public void additive() {
        world.run.evidence().checked("RQ-10 additivity", () -> QuantificationRules.requireAdditive(last()));
    }

    @当("租户 {tenant} 的 {role} 以同一种子请求量化 RQ-SENS 的 A 与 B")
    public void sensitivity(String tenant, String role) {
        world.quantifications.addAll(Quantifier.runAll(world.as(tenant, role), Quantifier.sensitivity(world.clockId())));
    }

    @那么("B 的 aleCNY 与 p95 都不高于 A")
    public void bNotWorse() {
        world.run.evidence().checked("RQ-11 sensitivity", () -> QuantificationRules.requireNotWorse(world.quantifications.get(0), world.quantifications.get(1)));
    }

    @当("租户 {tenant} 的 {role} 分别由 mfa.remoteAccess 为 true 与 false 的 HLT 投保申请推导量化")
    public void derivedFromHlt(String tenant, String role) {
        for (boolean mfa : new boolean[] {true, false}) {
            ObjectNode app = Fixture.setUp("build the HLT application",
                    () -> Applicants.withAnswer(Applicants.standard(world.run, world.run.as(tenant, "INSURER"), "HLT", world.clockId()), "mfa.remoteAccess", mfa));
            String id = Fixture.setUp("submit the HLT application", () -> Applicants.submit(world.run.as(tenant, "APPLICANT"), app));
            world.quantifications.add(Quantifier.run(world.as(tenant, role), Quantifier.derived(world.clockId(), id)));
        }
    }

    @那么("true 时推导输入的期望年损失更低")
    public void mfaLowersExpectedLoss() {
        world.run.evidence().checked("RQ-11 derived inputs", () -> QuantificationRules.requireLowerExpectedLoss(world.quantifications.get(0), world.quantifications.get(1)));
    }

    @当("租户 {tenant} 的 {role} 由该投保申请推导量化")
    public void derived(String tenant, String role) {
        world.quantifications.add(Quantifier.run(world.as(tenant, role), Quantifier.derived(world.clockId(), world.application.path("applicationId").asText())));
    }

    @那么("每个推导场景都有 provenance 与 ref，且每个 ASSESSMENT_FINDING 的 ref 都是该评估的发现项")
    public void provenance() {
        QuantificationRules.requireProvenance(last(), world.assessment);
    }

    private JsonNode last() {
        return world.quantifications.get(world.quantifications.size() - 1);
    }
}
