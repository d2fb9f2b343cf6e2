package org.csi.steps;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cucumber.java.zh_cn.假如;
import io.cucumber.java.zh_cn.当;
import io.cucumber.java.zh_cn.那么;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.csi.harness.http.Caller;
import org.csi.harness.canary.Canaries;
import org.csi.harness.checks.AssessmentRules;
import org.csi.harness.checks.CatalogRules;
import org.csi.harness.verdict.ClauseViolation;
import org.csi.harness.checks.DecisionRules;
import org.csi.harness.verdict.FixtureUnavailable;
import org.csi.harness.checks.PremiumRules;
import org.csi.harness.support.Applicants;
import org.csi.harness.support.Fixture;
import org.csi.harness.support.Metamorphic;
import org.csi.harness.support.PremiumFloor;
import org.csi.harness.support.Underwriter;
import org.csi.harness.checks.UnderwritingCase;

/** CSI-UW from the authorised assessment to the quote (UW-03 to UW-13). */
public final class UnderwritingSteps {
    private final World world;
    private Underwriter underwriter;
    private final List<Metamorphic.Pair> pairs = new ArrayList<>();

    public UnderwritingSteps(World world) {
        this.world = world;
    }

    @假如("租户 {tenant} 的 {role} 在新的测试时钟上提交了 {word} 的投保申请")
    public void applied(String tenant, String role, String org) {
        appliedWith(tenant, role, "CAN-A、CAN-C", org);
    }

    @假如("^租户 (" + Parties.TENANT + ") 的 (" + Parties.ROLE + ") 在新的测试时钟上提交了列出 (.+) 的 (\\S+) 投保申请$")
    public void appliedWith(String tenant, String role, String canaries, String org) {
        underwriter = new Underwriter(world.run, tenant);
        List<String> assets = Canaries.idsIn(canaries);
        world.clock = underwriter.clock("csi-uw-" + org);
        world.clockOwner = underwriter.insurer;
        world.submitted = Fixture.setUp("build the " + org + " application",
                () -> Applicants.application(world.run, org, Applicants.product(world.run, underwriter.insurer), assets, world.clockId()));
        Caller applicant = world.as(tenant, role);
        world.application = Fixture.setUp("submit the " + org + " application",
                () -> applicant.post("/applications", world.submitted).expectStatus(201).json());
    }

    @当("租户 {tenant} 的 {role} 不带授权书请求评估该投保申请")
    public void withoutAuthorisation(String tenant, String role) {
        ObjectNode body = Applicants.assessment(applicationId(), null);
        body.remove("authorization");
        world.answered(world.as(tenant, role).post("/assessments", body));
    }

    @当("租户 {tenant} 的 {role} 以窗口已结束的授权书请求评估该投保申请")
    public void expiredWindow(String tenant, String role) {
        ObjectNode auth = Applicants.authorisation(world.run, uscc(), List.of("CAN-A", "CAN-C"), now().minusDays(8));
        world.answered(world.as(tenant, role).post("/assessments", Applicants.assessment(applicationId(), auth)));
    }

    @当("租户 {tenant} 的 {role} 以其他企业签署的授权书请求评估该投保申请")
    public void otherSignatory(String tenant, String role) {
        ObjectNode auth = Applicants.authorisation(world.run, Applicants.uscc("TEL"), List.of("CAN-A", "CAN-C"), now());
        world.answered(world.as(tenant, role).post("/assessments", Applicants.assessment(applicationId(), auth)));
    }

    @当("租户 {tenant} 的 {role} 只以 QUESTIONNAIRE 方法请求评估该投保申请")
    public void questionnaireOnly(String tenant, String role) {
        ObjectNode body = Applicants.assessment(applicationId(), Applicants.authorisation(world.run, uscc(), List.of("CAN-A", "CAN-C"), now()));
        world.answered(world.as(tenant, role).post("/assessments", Applicants.withMethods(body, "QUESTIONNAIRE")));
    }

    @当("租户 {tenant} 的 {role} 按 AUTH-1 评估该投保申请")
    public void assess(String tenant, String role) {
        ObjectNode auth = Applicants.authorisation(world.run, uscc(), List.of("CAN-A", "CAN-C"), now());
        world.answered(world.as(tenant, role).post("/assessments", Applicants.assessment(applicationId(), auth)));
        world.assessmentStarted = world.reply.expectStatus(201, 202).json();
    }

    @那么("评估在 300 秒内完成")
    public void completed() {
        world.assessment = underwriter.awaitAssessment(world.assessmentStarted.path("assessmentId").asText());
    }

    @那么("{word} 没有收到任何请求")
    public void noHits(String canary) {
        var hits = world.run.canaries().get(canary).hits();
        ClauseViolation.require(hits.isEmpty(), canary + " was not authorised for testing, yet received " + hits.size() + " requests: " + hits);
    }

    @那么("评估的方法、发现项与风险项都符合 GB\\/T 20984 的要求")
    public void assessmentComplete() {
        AssessmentRules.requireComplete(world.submitted, world.assessment);
    }

    @那么("至少一个风险项引用了 CAN-A 上 CVE-2021-41773 的发现项")
    public void riskItemCitesCve() {
        AssessmentRules.requireRiskItemCites(world.assessment, cveFinding());
    }

    @假如("租户 {tenant} 的 {word} 投保申请已按 AUTH-1 完成评估")
    public void assessed(String tenant, String org) {
        applied(tenant, "APPLICANT", org);
        world.assessment = Fixture.setUp("have the application assessed", () -> underwriter.assessUnderAuth1(world.clock, world.submitted, applicationId()));
    }

    @那么("CAN-A 有 CVE-2021-41773 的发现项，cvssBaseScore 为 7.5 或 9.8")
    public void cveFound() {
        cveFinding();
    }

    @那么("每个发现项都有完整的 severity")
    public void severitiesComplete() {
        AssessmentRules.requireSeveritiesComplete(world.assessment);
    }

    @那么("每个发现项的 cvssSeverity 与 gbt30279Level 都符合其 cvssBaseScore 的双尺度映射")
    public void severitiesMapped() {
        world.run.evidence().checked("UW-05 severity mapping (expected from the score vs reported)", () -> AssessmentRules.requireSeverities(world.assessment));
    }

    // UW-07 to UW-13 over the eight F-ORG fixtures

    @假如("租户 {tenant} 已为 8 个 F-ORG 企业各走完评估、核保决定与报价")
    public void fleet(String tenant) {
        world.fleet = Underwriter.fleet(world.run, tenant);
        StringBuilder s = new StringBuilder();
        world.fleet.forEach((org, c) -> s.append(org).append(" — ").append(c.summary()).append('\n'));
        world.run.evidence().artefact("The eight F-ORG walks (one per run, shared)", s.toString());
    }

    @那么("每个核保决定的 reasonCodes 都不为空，且都取自代码表")
    public void reasonCodes() {
        DecisionRules.requireReasonCodes(world.fleet.values());
    }

    @那么("CONTROLS_ADEQUATE 从不与其他原因码并列，每个 REFER 与 DECLINE 都有其他原因码")
    public void adequateAlone() {
        DecisionRules.requireAdequateAlone(world.fleet.values());
    }

    @那么("HLT、EDU 与 TRN 的核保决定都引用 RDP_EXPOSED")
    public void rdpCited() {
        for (String org : List.of("HLT", "EDU", "TRN")) DecisionRules.requireCites(world.fleet.get(org), "RDP_EXPOSED");
    }

    @那么("每个 ACCEPT_WITH_CONDITIONS 至少有 1 个条件")
    public void conditions() {
        DecisionRules.requireConditionsWhenConditional(world.fleet.values());
    }

    @当("评估尚未完成时租户 {tenant} 的 {role} 作出核保决定")
    public void decideEarly(String tenant, String role) {
        world.reply = Underwriter.decideBeforeCompletion(world.as(tenant, role), applicationId(), world.assessmentStarted);
        if (world.reply != null) world.replies.add(world.reply);
    }

    @那么("响应状态为 409，currentState 是评估尚未完成的状态")
    public void conflictWithState() {
        DecisionRules.requireConflictWhileAssessing(world.reply, world.run.evidence());
    }

    @假如("租户 {tenant} 的 {word} 投保申请已取得核保决定")
    public void decided(String tenant, String org) {
        underwriter = new Underwriter(world.run, tenant);
        world.cases.add(Fixture.setUp("walk " + org + " to a decision", () -> underwriter.underwrite(org)));
    }

    @那么("核保决定的 questionnaireVersion 与投保申请相同")
    public void questionnaireVersion() {
        DecisionRules.requireDisclosureRecord(world.lastCase());
    }

    @那么("核保决定的 answersRelied 与提交的答案完全相同")
    public void answersRelied() {
        DecisionRules.requireAnswersRelied(world.lastCase());
    }

    @当("租户 {tenant} 的 {role} 把该投保申请的答案 {word} 改为 {word}")
    public void patchAnswer(String tenant, String role, String dotted, String value) throws Exception {
        ObjectNode patch = Applicants.answerPatch(dotted, new com.fasterxml.jackson.databind.ObjectMapper().readTree(value));
        world.answered(world.as(tenant, role).patch("/applications/" + world.lastCase().applicationId(), patch));
    }

    @那么("再次读取的核保决定与原来完全相同")
    public void decisionUnchanged() {
        DecisionRules.requireUnchanged(world.lastCase().decision(), underwriter.readDecision(world.lastCase()));
    }

    @那么("至少有一家 STRONG 企业取得了报价")
    public void strongQuoted() {
        PremiumRules.requireStrongQuoted(world.fleet.values(), c -> Applicants.isStrong(c.submitted()));
    }

    @那么("每份报价的 premium 都等于测试工具按 premiumDerivation 精确复算的保费")
    public void recomputed() {
        world.run.evidence().artefact("UW-09 worked example (harness oracle)", PremiumRules.workedExample().explain());
        world.run.evidence().checked("UW-09 premiums: recomputed vs reported", () -> PremiumRules.requireRecomputable(world.fleet.values()));
    }

    @当("租户 {tenant} 把 {word} 的承保基数调到精确乘积低于最低保费后重新核保")
    public void belowMinimum(String tenant, String org) {
        world.cases.add(Fixture.setUp("walk " + org + " with its exposure below the minimum premium",
                () -> PremiumFloor.belowMinimum(new Underwriter(world.run, tenant), world.fleet.get(org))));
    }

    @那么("该报价的 premium 等于测试工具按 premiumDerivation 精确复算的保费")
    public void recomputedAtFloor() {
        world.run.evidence().checked("UW-09 premium below the minimum: recomputed vs reported", () -> PremiumRules.requireRecomputable(List.of(world.lastCase())));
    }

    @当("租户 {tenant} 的 {role} 对结果为 REFER 或 DECLINE 的核保决定报价")
    public void quoteRefused(String tenant, String role) {
        UnderwritingCase refused = world.fleet.values().stream().filter(c -> c.outcome().equals("REFER") || c.outcome().equals("DECLINE")).findFirst()
                .orElseThrow(() -> new FixtureUnavailable("no F-ORG fixture was referred or declined, so quoting after REFER or DECLINE cannot be tried"));
        world.answered(world.as(tenant, role).post("/applications/" + refused.applicationId() + "/quotes",
                Underwriter.quoteRequest(refused.decision().path("decisionId").asText())));
    }

    @那么("每份报价的 exposureBase.source 与每个修正因子的 source 都能解析，发现项属于该决定的评估")
    public void traceable() {
        for (UnderwritingCase c : world.fleet.values()) PremiumRules.requireTraceable(c, id -> quantificationExists(c, id));
    }

    @那么("每份报价至少有 1 个来自 QUESTIONNAIRE_ANSWER 的修正因子")
    public void questionnaireModifier() {
        world.fleet.values().forEach(PremiumRules::requireQuestionnaireModifier);
    }

    @当("租户 {tenant} 对 {word} 的每项答案分别改好并核保")
    public void improveEach(String tenant, String fixture) {
        pairs.addAll(new Metamorphic(new Underwriter(world.run, tenant)).controls(fixture));
    }

    @那么("每个变体的保费都不高于基线，核保结果都不差于基线")
    public void notWorse() {
        world.run.evidence().checked("UW-11 M-CTRL pairs", () -> Metamorphic.requireNoWorse(pairs));
    }

    @当("租户 {tenant} 对 IND 分别以累计限额 {string} 与 {string} 核保")
    public void limits(String tenant, String low, String high) {
        pairs.add(new Metamorphic(new Underwriter(world.run, tenant)).pair("M-LIM", "/requestedCoverage/aggregateLimit/amount", low, high));
    }

    @当("租户 {tenant} 对 IND 分别以年营业收入 {string} 与 {string} 核保")
    public void revenue(String tenant, String low, String high) {
        pairs.add(new Metamorphic(new Underwriter(world.run, tenant)).pair("M-REV", "/applicant/annualRevenue/amount", low, high));
    }

    @那么("后者的保费不低于前者")
    public void notLower() {
        world.run.evidence().checked("UW-11 " + pairs.get(0).name(), () -> Metamorphic.requireNotLower(pairs.get(0)));
    }

    @当("租户 {tenant} 在同一测试时钟上两次以相同的 IND 投保申请核保")
    public void same(String tenant) {
        pairs.add(new Metamorphic(new Underwriter(world.run, tenant)).pair("M-SAME", "/applicant/annualRevenue/amount", null, null));
    }

    @那么("两次都取得了报价")
    public void bothQuoted() {
        Metamorphic.requireBothQuoted(pairs.get(0));
    }

    @那么("两份报价的 premium 与 premiumDerivation 相同（不计 id）")
    public void sameQuote() {
        PremiumRules.requireSameQuote(pairs.get(0).base(), pairs.get(0).variant());
    }

    @那么("每份报价都有 quantificationId")
    public void citesQuantification() {
        PremiumRules.requireCitesQuantification(world.fleet.values());
    }

    @那么("声明了 CSI-RQ 时，每份报价引用的量化都已完成，且属于同一租户与测试时钟")
    public void quantificationCompleted() {
        if (!world.run.declaration().declares("CSI-RQ")) return;
        for (UnderwritingCase c : world.fleet.values()) {
            if (c.quote() == null) continue;
            PremiumRules.requireQuantificationOnClock(c, underwriter().insurer.get("/quantifications/" + c.quote().path("quantificationId").asText()).expectStatus(200).json());
        }
    }

    // CAT-07 over the same walks


    @假如("租户 {tenant} 已就 RC-STD 保障取得报价")
    public void rcStdQuoted(String tenant) {
        fleet(tenant);
        if (world.fleet.values().stream().noneMatch(c -> c.quote() != null)) throw new FixtureUnavailable("no F-ORG fixture was quoted");
    }

    @那么("报价的每个保障范围都在所选产品的 coverageSections 内")
    public void sectionsOffered() {
        forEachQuoteWithProduct(CatalogRules::requireSectionsOffered);
    }

    @那么("报价的 aggregateLimit 在产品的 limitRange 内，premium 在 premiumRange 内")
    public void withinRanges() {
        forEachQuoteWithProduct(CatalogRules::requireWithinRanges);
    }

    private void forEachQuoteWithProduct(java.util.function.BiConsumer<JsonNode, JsonNode> check) {
        for (UnderwritingCase c : world.fleet.values()) {
            if (c.quote() == null) continue;
            JsonNode product = underwriter().insurer.get("/catalog/products/" + c.quote().at("/terms/productId").asText()).expectStatus(200).json();
            check.accept(c.quote(), product);
        }
    }

    private boolean quantificationExists(UnderwritingCase c, String id) {
        if (id.equals(c.quote().path("quantificationId").asText()) || id.equals(c.decision().path("quantificationId").asText())) return true;
        return world.run.declaration().declares("CSI-RQ") && underwriter().insurer.get("/quantifications/" + id).status() == 200;
    }

    private Underwriter underwriter() {
        if (underwriter == null) underwriter = new Underwriter(world.run, "T1");
        return underwriter;
    }

    private JsonNode cveFinding() {
        return AssessmentRules.requireCveFinding(world.assessment, "CAN-A", "CVE-2021-41773", Canaries.acceptedCvssBaseScores("CVE-2021-41773"));
    }

    private String applicationId() {
        return world.application.path("applicationId").asText();
    }

    private String uscc() {
        return world.submitted.at("/applicant/uscc").asText();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.parse(world.clock.path("frozenTime").asText());
    }

}
