package org.csi.steps;

import static org.csi.harness.checks.ClauseViolation.require;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cucumber.java.zh_cn.当;
import io.cucumber.java.zh_cn.那么;
import java.util.ArrayList;
import java.util.List;
import org.csi.harness.checks.QuantificationRules;
import org.csi.harness.oracle.OpenFair;
import org.csi.harness.support.Applicants;
import org.csi.harness.run.Fixtures;
import org.csi.harness.support.Fixture;
import org.csi.harness.support.JsonEdits;
import org.csi.harness.support.Quantifier;

/** CSI-RQ: quantification requests from the F-RQ fixtures, judged by the harness's own closed forms and rules. */
public final class QuantificationSteps {
    private final World world;

    public QuantificationSteps(World world) {
        this.world = world;
    }

    @当("租户 {word} 的 {word} 以种子 {long} 请求量化 {word}")
    public void calibrationCase(String tenant, String role, long seed, String caseName) {
        world.caseName = caseName;
        world.quantifications.add(Quantifier.run(world.run.as(tenant, role), Quantifier.calibration(world.clockId(), caseName, seed)));
    }

    @那么("量化在 300 秒内完成，每个场景都有结果")
    public void completed() {
        JsonNode q = last();
        require(q.path("status").asText().equals("COMPLETED"), "status is " + q.path("status").asText());
        require(q.path("scenarios").size() == 1 && q.at("/scenarios/0/scenarioId").asText().equals("S1"),
                "the result should have one entry for scenario S1, has " + q.path("scenarios"));
    }

    @那么("结果回显了请求的 iterations 与 seed")
    public void echoed() {
        JsonNode c = Quantifier.cases().path("calibration").path(world.caseName);
        JsonNode q = last();
        require(q.path("iterations").asLong() == c.path("iterations").asLong(), "iterations is " + q.path("iterations") + ", requested " + c.path("iterations"));
        require(q.path("seed").asLong() == 1, "seed is " + q.path("seed") + ", requested 1");
    }

    @那么("methodology 与 modelVersion 都不为空")
    public void methodology() {
        require(!last().path("methodology").asText().isBlank(), "methodology is empty");
        require(!last().path("modelVersion").asText().isBlank(), "modelVersion is empty");
    }

    @当("租户 {word} 的 {word} 依次以 poisson、PERT 频率、TEF × 脆弱性、lognormal 两种形式请求量化")
    public void everyForm(String tenant, String role) {
        JsonNode forms = Quantifier.cases();
        JsonNode multi = forms.path("multi").path("scenarios");
        JsonNode lognormal = forms.path("lognormalForms");
        List<JsonNode> scenarios = List.of(multi.get(2), multi.get(1), multi.get(0));
        for (JsonNode s : scenarios) {
            world.quantifications.add(Quantifier.run(world.run.as(tenant, role),
                    Quantifier.request(world.clockId(), JsonNodeFactory.instance.arrayNode().add(s), 10_000, 5L)));
        }
        for (String form : new String[] {"muSigma", "p5p95"}) {
            world.quantifications.add(Quantifier.run(world.run.as(tenant, role),
                    Quantifier.single(world.clockId(), 0.5, lognormal.path(form), 10_000, 5L)));
        }
    }

    @那么("每个请求都完成")
    public void allCompleted() {
        require(world.quantifications.size() == 5, "5 forms should have completed, " + world.quantifications.size() + " did");
        world.quantifications.forEach(q -> require(q.path("status").asText().equals("COMPLETED"), q.path("quantificationId") + " is not COMPLETED"));
    }

    @当("^租户 (\\S+) 的 (\\S+) 以种子 (\\d+) 分别用 p5/p95 形式和 mu/sigma 形式请求 RQ-CAL-1 的场景$")
    public void bothLognormalForms(String tenant, String role, long seed) {
        JsonNode f = Quantifier.cases().path("lognormalForms");
        for (String form : new String[] {"p5p95", "muSigma"}) {
            world.quantifications.add(Quantifier.run(world.run.as(tenant, role),
                    Quantifier.single(world.clockId(), f.path("lambda").asDouble(), f.path(form), f.path("iterations").asInt(), seed)));
        }
    }

    @那么("两次结果的 aleCNY 相差不超过 0.5%")
    public void formsAgree() {
        double a = world.quantifications.get(0).path("aleCNY").asDouble(), b = world.quantifications.get(1).path("aleCNY").asDouble();
        double tolerance = Quantifier.cases().at("/lognormalForms/tolerance").asDouble();
        String evidence = "p5/p95 form aleCNY " + a + ", mu/sigma form aleCNY " + b + ", relative difference " + Math.abs(a / b - 1);
        world.run.evidence().artefact("RQ-02 lognormal forms", evidence);
        require(Math.abs(a / b - 1) <= tolerance, "the two lognormal forms disagree: " + evidence + " (allowed 0.5 %)");
    }

    @当("租户 {word} 的 {word} 请求带有无效输入 {string} 的量化")
    public void invalidInput(String tenant, String role, String name) {
        world.caseName = name;
        ObjectNode body = Fixture.setUp("build the invalid request", () -> withFault(valid(), fault(name)));
        world.answered(world.run.as(tenant, role).post("/quantifications", body));
    }

    @那么("响应状态为 422，errors[] 中有一项指向无效输入的位置")
    public void errorAtPointer() {
        String pointer = fault(world.caseName).path("pointer").asText();
        world.reply.expectStatus(422);
        boolean found = false;
        for (JsonNode e : world.reply.json().path("errors")) {
            found |= e.path("pointer").asText().equals(pointer) && (e.path("code").asText().equals("OUT_OF_RANGE") || e.path("code").asText().equals("UNKNOWN_ENUM_VALUE"));
        }
        require(found, "no errors[] entry with code OUT_OF_RANGE or UNKNOWN_ENUM_VALUE at " + pointer + ": " + world.reply.json().path("errors"));
    }

    @当("租户 {word} 的 {word} 请求同时带有 λ = −1、σ = 0 与 iterations 9999 的量化")
    public void threeFaults(String tenant, String role) {
        ObjectNode body = valid();
        for (String name : new String[] {"λ = −1", "σ = 0", "iterations 9999"}) body = withFault(body, fault(name));
        world.answered(world.run.as(tenant, role).post("/quantifications", body));
    }

    @那么("响应状态为 422，errors[] 恰有三项")
    public void threeErrors() {
        JsonNode errors = world.reply.expectStatus(422).json().path("errors");
        require(errors.size() == 3, "errors[] should have exactly 3 entries, has " + errors.size() + ": " + errors);
    }

    @当("租户 {word} 的 {word} 请求量化 RQ-MULTI")
    public void multi(String tenant, String role) {
        JsonNode m = Quantifier.cases().path("multi");
        world.quantifications.add(Quantifier.run(world.run.as(tenant, role),
                Quantifier.request(world.clockId(), m.path("scenarios"), m.path("iterations").asInt(), m.path("seed").asLong())));
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
        world.run.evidence().artefact("RQ-06 exceedance at P95/P99", QuantificationRules.requireTailExceedance(last()));
    }

    @当("租户 {word} 的 {word} 以种子 {long} 两次请求量化 RQ-MULTI")
    public void multiTwice(String tenant, String role, long seed) {
        JsonNode m = Quantifier.cases().path("multi");
        for (int i = 0; i < 2; i++) {
            world.quantifications.add(Quantifier.run(world.run.as(tenant, role),
                    Quantifier.request(world.clockId(), m.path("scenarios"), m.path("iterations").asInt(), seed)));
        }
    }

    @当("租户 {word} 的 {word} 不给种子请求量化 RQ-MULTI，再以报告的种子重跑")
    public void unseededThenReported(String tenant, String role) {
        JsonNode m = Quantifier.cases().path("multi");
        JsonNode first = Quantifier.run(world.run.as(tenant, role), Quantifier.request(world.clockId(), m.path("scenarios"), m.path("iterations").asInt(), null));
        world.quantifications.add(first);
        require(first.path("seed").isIntegralNumber(), "a run without a seed must report the seed it used; seed is " + first.path("seed"));
        world.quantifications.add(Quantifier.run(world.run.as(tenant, role),
                Quantifier.request(world.clockId(), m.path("scenarios"), m.path("iterations").asInt(), first.path("seed").asLong())));
    }

    @那么("两次结果逐字节相同")
    public void identical() {
        String a = QuantificationRules.seededResult(world.quantifications.get(0)), b = QuantificationRules.seededResult(world.quantifications.get(1));
        require(a.equals(b), "the same seed gave different results (seed " + world.quantifications.get(1).path("seed") + ")");
    }

    @当("租户 {word} 的 {word} 以种子 1、2、3 各请求一次量化 {word}")
    public void threeSeeds(String tenant, String role, String caseName) {
        world.caseName = caseName;
        for (long seed : new long[] {1, 2, 3}) {
            world.quantifications.add(Quantifier.run(world.run.as(tenant, role), Quantifier.calibration(world.clockId(), caseName, seed)));
        }
    }

    @那么("三个 aleCNY 的中位数与 λ·exp\\(μ+σ²\\/2) 的相对误差不超过该案例的容差")
    public void aleCalibrated() {
        JsonNode c = Quantifier.cases().path("calibration").path(world.caseName);
        double exact = OpenFair.ale(c.path("lambda").asDouble(), c.path("mu").asDouble(), c.path("sigma").asDouble());
        List<Double> ales = values("aleCNY");
        double m = QuantificationRules.median(ales);
        double error = Math.abs(m / exact - 1), tolerance = c.path("aleTolerance").asDouble();
        String evidence = String.format("%s: exact ALE λ·exp(μ+σ²/2) = %.2f; simulated aleCNY (seeds 1,2,3) = %s; median %.2f; relative error %.4f; tolerance ±%.3f",
                world.caseName, exact, ales, m, error, tolerance);
        world.run.evidence().artefact("RQ-08 calibration " + world.caseName, evidence);
        require(error <= tolerance, "ALE is not calibrated: " + evidence);
    }

    @那么("三个 zeroLossProbability 的中位数与 exp\\(−λ) 之差不超过该案例的容差")
    public void zeroLossCalibrated() {
        JsonNode c = Quantifier.cases().path("calibration").path(world.caseName);
        double exact = OpenFair.zeroLossProbability(c.path("lambda").asDouble());
        List<Double> ps = values("zeroLossProbability");
        double m = QuantificationRules.median(ps), tolerance = c.path("zeroLossTolerance").asDouble();
        String evidence = String.format("%s: exact P(L=0) = exp(−λ) = %.6f; simulated (seeds 1,2,3) = %s; median %.6f; tolerance ±%.4f",
                world.caseName, exact, ps, m, tolerance);
        world.run.evidence().artefact("RQ-09 calibration " + world.caseName, evidence);
        require(Math.abs(m - exact) <= tolerance, "P(L=0) is not calibrated: " + evidence);
    }

    @那么("总 aleCNY 等于各场景 aleCNY 之和（误差不超过每个场景 0.01）")
    public void additive() {
        world.run.evidence().artefact("RQ-10 additivity", QuantificationRules.requireAdditive(last()));
    }

    @当("租户 {word} 的 {word} 以同一种子请求量化 RQ-SENS 的 A 与 B")
    public void sensitivity(String tenant, String role) {
        JsonNode s = Quantifier.cases().path("sensitivity");
        for (String v : new String[] {"A", "B"}) {
            world.quantifications.add(Quantifier.run(world.run.as(tenant, role), Quantifier.request(world.clockId(),
                    JsonNodeFactory.instance.arrayNode().add(s.path(v)), s.path("iterations").asInt(), s.path("seed").asLong())));
        }
    }

    @那么("B 的 aleCNY 与 p95 都不高于 A")
    public void bNotWorse() {
        world.run.evidence().artefact("RQ-11 sensitivity", QuantificationRules.requireNotWorse(world.quantifications.get(0), world.quantifications.get(1)));
    }

    @当("租户 {word} 的 {word} 分别由 mfa.remoteAccess 为 true 与 false 的 HLT 投保申请推导量化")
    public void derivedFromHlt(String tenant, String role) {
        for (boolean mfa : new boolean[] {true, false}) {
            ObjectNode app = Fixture.setUp("build the HLT application", () -> Applicants.standard(world.run.as(tenant, "INSURER"), "HLT", world.clockId()));
            ((ObjectNode) app.at("/questionnaire/answers/mfa")).put("remoteAccess", mfa);
            String id = Fixture.setUp("submit the HLT application", () -> world.run.as(tenant, "APPLICANT").post("/applications", app).expectStatus(201).json())
                    .path("applicationId").asText();
            world.quantifications.add(Quantifier.run(world.run.as(tenant, role), Quantifier.derived(world.clockId(), id)));
        }
    }

    @那么("true 时推导输入的期望年损失更低")
    public void mfaLowersExpectedLoss() {
        double with = OpenFair.expectedLoss(world.quantifications.get(0).path("scenarios")), without = OpenFair.expectedLoss(world.quantifications.get(1).path("scenarios"));
        String evidence = String.format("expected annual loss of the derived inputs: mfa.remoteAccess true %.2f, false %.2f", with, without);
        world.run.evidence().artefact("RQ-11 derived inputs", evidence);
        require(with < without, "remote-access MFA does not lower the expected loss: " + evidence);
    }

    @当("租户 {word} 的 {word} 由该投保申请推导量化")
    public void derived(String tenant, String role) {
        world.quantifications.add(Quantifier.run(world.run.as(tenant, role), Quantifier.derived(world.clockId(), world.application.path("applicationId").asText())));
    }

    @那么("每个推导场景都有 provenance 与 ref，且每个 ASSESSMENT_FINDING 的 ref 都是该评估的发现项")
    public void provenance() {
        QuantificationRules.requireProvenance(last(), world.assessment);
    }

    private List<Double> values(String member) {
        List<Double> xs = new ArrayList<>();
        world.quantifications.forEach(q -> xs.add(q.path(member).asDouble()));
        return xs;
    }

    private JsonNode last() {
        return world.quantifications.get(world.quantifications.size() - 1);
    }

    private ObjectNode valid() {
        return Quantifier.calibration(world.clockId(), "RQ-CAL-1", 1L);
    }

    private static JsonNode fault(String name) {
        return Fixtures.named(Quantifier.cases().path("invalid"), name);
    }

    /** Applies one F-RQ invalid-input fixture: "set" merges members at "at", "replace" replaces the node there. */
    private static ObjectNode withFault(ObjectNode body, JsonNode fault) {
        String at = fault.path("at").asText();
        if (fault.has("replace")) {
            JsonEdits.set(body, at, fault.get("replace").deepCopy());
        } else {
            ((ObjectNode) (at.isEmpty() ? body : body.at(at))).setAll((ObjectNode) fault.get("set").deepCopy());
        }
        return body;
    }
}
