package org.csi.steps;

import org.csi.harness.time.Rfc3339;
import org.csi.harness.checks.UnderwritingCase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cucumber.java.zh_cn.假如;
import io.cucumber.java.zh_cn.当;
import io.cucumber.java.zh_cn.那么;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.csi.harness.checks.AuditTrail;
import org.csi.harness.checks.ClaimRules;
import org.csi.harness.checks.SettlementRules;
import org.csi.harness.http.Caller;
import org.csi.harness.oracle.PayableOracle;
import org.csi.harness.support.Applicants;
import org.csi.harness.support.ClaimFixtures;
import org.csi.harness.support.Claimant;
import org.csi.harness.support.Claimant.Milestone;
import org.csi.harness.support.Claimant.Stage;
import org.csi.harness.support.Fixture;
import org.csi.harness.support.Underwriter;

/** CSI-CLM: the F-CLM cases walked on their clocks, and the statutory limits read from the claim at their boundaries. */
public final class ClaimSteps {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final World world;
    private Claimant claimant;
    private Claimant.Claim claim;
    private JsonNode before;
    private final List<String> uploaded = new ArrayList<>();

    public ClaimSteps(World world) {
        this.world = world;
    }

    // FNOL

    @假如("租户 {tenant} 已为 {word} 准备好保单与事件")
    public void prepared(String tenant, String caseId) {
        claimant = new Claimant(world.run, tenant);
        claim = Fixture.setUp("set up the policy and incident of " + caseId, () -> claimant.prepare(caseId));
    }

    @当("租户 {tenant} 的 {role} 就该案报案")
    public void notifyClaim(String tenant, String role) {
        world.answered(world.as(tenant, role).post("/claims", claimant.fnolBody(claim)));
        if (world.reply.status() == 201) claim.claim = world.reply.json();
    }

    @那么("理赔状态为 NOTIFIED，notifiedAt 为时钟的当前时间，eventDiscoveredAt 与提交的完全相同")
    public void notified() {
        ClaimRules.requireNotified(world.reply.json(), claimant.now(claim), claim.fixture.path("eventDiscoveredAt").asText());
    }

    @那么("requiredDocuments 至少包含所报保障所需的全部材料")
    public void minimumDocuments() {
        ClaimRules.requireDocuments(world.reply.json(), ClaimFixtures.requiredDocuments(ClaimFixtures.sections(claim.fixture)));
    }

    @当("租户 {tenant} 的 {role} 就该案报案，并自带一年前的 notifiedAt")
    public void notifyWithOwnTime(String tenant, String role) {
        ObjectNode body = claimant.fnolBody(claim).put("notifiedAt", Rfc3339.format(claimant.now(claim).minusYears(1)));
        world.answered(world.as(tenant, role).post("/claims", body));
    }

    @那么("报案以 422 被拒绝，或 notifiedAt 仍为时钟的当前时间")
    public void ownTimeIgnored() {
        world.reply.expectStatus(201, 422);
        if (world.reply.status() == 201) ClaimRules.requireNow(world.reply.json().path("notifiedAt"), claimant.now(claim), "notifiedAt");
    }

    @当("租户 {tenant} 的 {role} 以晚于当前时间 {int} 小时的 eventDiscoveredAt 报案")
    public void futureDiscovery(String tenant, String role, int hours) {
        ObjectNode body = claimant.fnolBody(claim).put("eventDiscoveredAt", Rfc3339.format(claimant.now(claim).plusHours(hours)));
        world.answered(world.as(tenant, role).post("/claims", body));
    }

    @当("租户 {tenant} 的 {role} 以同一时钟上另一保单的事件报案")
    public void otherPolicysIncident(String tenant, String role) {
        JsonNode other = Fixture.setUp("create a second policy and its incident", () -> claimant.incidentOnAnotherPolicy(claim));
        world.answered(world.as(tenant, role).post("/claims", claimant.fnolBody(claim).put("incidentId", other.path("incidentId").asText())));
    }

    @当("租户 {tenant} 的 {role} 申报 {word} 与 {word} 报案")
    public void sections(String tenant, String role, String a, String b) {
        world.answered(world.as(tenant, role).post("/claims", claimant.fnolBody(claim, List.of(a, b))));
    }

    @当("租户 {tenant} 的 {role} 以另一测试时钟上的事件报案")
    public void otherClocksIncident(String tenant, String role) {
        JsonNode other = Fixture.setUp("create an incident on another clock", () -> claimant.incidentOnAnotherClock(claim));
        world.answered(world.as(tenant, role).post("/claims", claimant.fnolBody(claim).put("incidentId", other.path("incidentId").asText())));
    }

    @那么("时效状态为 {word}，limitAt 为 eventDiscoveredAt 加 2 年")
    public void timeBar(String status) {
        ClaimRules.requireTimeBar(world.reply.json(), status);
    }

    @当("测试时钟推进 {int} 分钟后，租户 {tenant} 的 {role} 就该案报案")
    public void notifyLater(int minutes, String tenant, String role) {
        advance(Duration.ofMinutes(minutes));
        notifyClaim(tenant, role);
    }

    // Documents and supplement requests (CLM-04)

    @假如("租户 {tenant} 已就 {word} 报案，并只上传了 CLAIM_FORM")
    public void claimFormOnly(String tenant, String caseId) {
        claimant = new Claimant(world.run, tenant);
        claim = Fixture.setUp("notify " + caseId, () -> claimant.walk(caseId, Stage.NOTIFIED));
        Fixture.setUp("upload CLAIM_FORM", () -> claimant.upload(claim, "CLAIM_FORM").expectStatus(201));
        uploaded.add("CLAIM_FORM");
    }

    @当("租户 {tenant} 的 {role} 发出补充材料通知")
    public void supplement(String tenant, String role) {
        world.answered(world.as(tenant, role).post("/claims/" + claim.id() + "/supplement-requests", ClaimFixtures.supplementRequest()));
    }

    @当("租户 {tenant} 的 {role} 在同一轮再发补充材料通知")
    public void supplementAgain(String tenant, String role) {
        supplement(tenant, role);
    }

    @当("租户 {tenant} 的 {role} 发出只列 {word} 的补充材料通知")
    public void supplementOf(String tenant, String role, String code) {
        world.answered(world.as(tenant, role).post("/claims/" + claim.id() + "/supplement-requests", ClaimFixtures.supplementRequest(code)));
    }

    @那么("通知列出的正是仍缺的全部材料")
    public void listsAllMissing() {
        ClaimRules.requireListsMissing(world.reply.json(), ClaimFixtures.stillMissing(claim.fixture, uploaded));
    }

    @当("租户 {tenant} 的 {role} 上传 {word}")
    public void upload(String tenant, String role, String code) {
        Fixture.setUp("upload " + code, () -> claimant.upload(claim, code, world.as(tenant, role)).expectStatus(201));
        uploaded.add(code);
    }

    @当("测试时钟推进 {int} 天后，租户 {tenant} 的 {role} 上传其余全部材料")
    public void uploadRest(int days, String tenant, String role) {
        Fixture.setUp("advance and upload", () -> {
            claimant.advance(claim, Duration.ofDays(days));
            claimant.uploadRequired(claim, List.of(), world.as(tenant, role));
            return claim;
        });
    }

    @那么("理赔状态为 DOCUMENTS_COMPLETE，documentsCompleteAt 为时钟的当前时间")
    public void documentsComplete() {
        ClaimRules.requireDocumentsComplete(claimant.read(claim), claimant.now(claim));
    }

    // Forensic report (CLM-05)

    @假如("租户 {tenant} 已就 {word} 报案，时钟已推进 {int} 天")
    public void notifiedAndWaited(String tenant, String caseId, int days) {
        claimant = new Claimant(world.run, tenant);
        claim = Fixture.setUp("notify " + caseId, () -> {
            Claimant.Claim c = claimant.walk(caseId, Stage.NOTIFIED);
            claimant.uploadRequired(c, List.of("FORENSIC_REPORT"));
            claimant.advance(c, Duration.ofDays(days));
            return c;
        });
    }

    @当("租户 {tenant} 的 {role} 提交 FR-1")
    public void fr1(String tenant, String role) {
        world.answered(world.as(tenant, role).post("/claims/" + claim.id() + "/forensic-reports", ClaimFixtures.forensicReport(null)));
    }

    @当("租户 {tenant} 的 {role} 提交带有缺陷{string}的 FR-1")
    public void badFr1(String tenant, String role, String defect) {
        world.answered(world.as(tenant, role).post("/claims/" + claim.id() + "/forensic-reports", ClaimFixtures.defectiveForensicReport(defect)));
    }

    // Walks to a stage

    @假如("租户 {tenant} 的 {word} 理赔已材料齐全")
    public void complete(String tenant, String caseId) {
        walk(tenant, caseId, Stage.DOCUMENTS_COMPLETE);
    }

    @假如("租户 {tenant} 的 {word} 理赔已完成定损")
    public void assessed(String tenant, String caseId) {
        walk(tenant, caseId, Stage.ASSESSED);
    }

    @假如("租户 {tenant} 的 {word} 理赔已作出定责决定")
    public void decided(String tenant, String caseId) {
        walk(tenant, caseId, Stage.DECIDED);
    }

    @假如("租户 {tenant} 的 {word} 理赔已达成赔付协议")
    public void agreed(String tenant, String caseId) {
        walk(tenant, caseId, Stage.AGREED);
    }

    @假如("租户 {tenant} 的 {word} 理赔已支付")
    public void paid(String tenant, String caseId) {
        walk(tenant, caseId, Stage.PAID);
    }

    // GEN-11 on a claim's decision: no underwriting needed

    @当("租户 {tenant} 的 {role} 对该理赔的定责审计事件发送 PUT、PATCH 与 DELETE")
    public void tamperLiabilityAudit(String tenant, String role) {
        world.replies.addAll(AuditTrail.tamper(world.as(tenant, role), AuditTrail.requireAction(claimant.insurer, claim.id(), "LIABILITY_DECIDED")));
    }

    // Decision (CLM-06, CLM-07, CLM-10)

    @当("^租户 (" + Parties.TENANT + ") 的 (" + Parties.ROLE + ") 作出定责决定 (\\{.*\\})$")
    public void decide(String tenant, String role, String body) throws Exception {
        JsonNode decision = JSON.readTree(body);
        world.answered(claimant.decided(claim, decision, world.as(tenant, role).post("/claims/" + claim.id() + "/liability-decision", decision)));
    }

    @那么("决定的 decidedAt 为时钟的当前时间")
    public void decidedNow() {
        ClaimRules.requireNow(world.reply.json().path("decidedAt"), claimant.now(claim), "decidedAt");
    }

    @那么("^理赔有 (\\S+) 义务，于(决定|材料齐全|协议)后 (\\d+) 天到期$")
    public void obligationDue(String code, String from, int days) {
        OffsetDateTime start = claimant.when(claim, Milestone.named(from));
        ClaimRules.requireDue(claimant.read(claim), code, start, Duration.ofDays(days));
    }

    @当("测试时钟推进 {int} 天后，租户 {tenant} 的 {role} 发出拒赔通知")
    public void denialNotice(int days, String tenant, String role) {
        advance(Duration.ofDays(days));
        world.answered(world.as(tenant, role).post("/claims/" + claim.id() + "/denial-notice", ClaimFixtures.denialNotice()));
    }

    @那么("^(\\S+) 义务为 ([A-Z_]+)$")
    public void obligationStatus(String code, String status) {
        ClaimRules.requireObligationStatus(claimant.read(claim), code, status);
    }

    @当("^测试时钟推进到(决定|材料齐全|协议)后 (\\d+) 天(?: (\\d+) 分钟)?$")
    public void advanceAfter(String from, int days, String minutes) {
        Duration after = Duration.ofDays(days).plusMinutes(minutes == null ? 0 : Integer.parseInt(minutes));
        OffsetDateTime to = claimant.when(claim, Milestone.named(from)).plus(after);
        Fixture.setUp("advance the clock", () -> {
            claimant.advanceTo(claim, to);
            return claim;
        });
    }

    @那么("^DENIAL_NOTICE 义务为 (PENDING|BREACHED)，或方案已在决定时自动发出通知$")
    public void denialNoticeDue(String status) {
        ClaimRules.requireDenialNotice(claimant.read(claim), claimant.when(claim, Milestone.DECISION), status);
    }

    @当("测试时钟推进 {int} 天后，租户 {tenant} 的 {role} 作出该案的定责决定")
    public void decideLater(int days, String tenant, String role) {
        advance(Duration.ofDays(days));
        JsonNode decision = claimant.decisionBody(claim);
        world.answered(claimant.decided(claim, decision, world.as(tenant, role).post("/claims/" + claim.id() + "/liability-decision", decision)));
        world.reply.expectStatus(201);
    }

    // Loss assessment and settlement (CLM-08, CLM-09)

    @当("租户 {tenant} 的 {role} 按该案提交定损明细")
    public void assess(String tenant, String role) {
        world.answered(claimant.assess(claim, claimant.items(claim), world.as(tenant, role)));
    }

    @当("租户 {tenant} 的 {role} 提交带有缺陷{string}的定损明细")
    public void badAssessment(String tenant, String role, String defect) {
        world.answered(claimant.assess(claim, ClaimFixtures.withDefect(claimant.items(claim), defect), world.as(tenant, role)));
    }

    @那么("方案的理算结果与测试工具的复算分毫不差")
    public void settlementRecomputed() {
        JsonNode reported = claimant.settlement(claim);
        PayableOracle.Settlement expected = claimant.expectedSettlement(claim);
        world.run.evidence().checked("CLM-09 settlement of " + claim.fixture.path("policy").asText() + " " + claim.id() + ": expected vs reported",
                () -> SettlementRules.requireMatches(reported, expected));
    }

    @那么("payable 为 {word}")
    public void payableIs(String amount) {
        ClaimRules.requireAmount(claimant.settlement(claim).path("payable"), amount, "payable");
    }

    @那么("minimumDeterminableAmount 为 {word}")
    public void minimumIs(String amount) {
        ClaimRules.requireAmount(claimant.settlement(claim).path("minimumDeterminableAmount"), amount, "minimumDeterminableAmount");
    }

    // Agreement and payments (CLM-11, CLM-12)

    @当("租户 {tenant} 的 {role} 以比理算值多 0.01 的金额达成赔付协议")
    public void agreeWrong(String tenant, String role) {
        world.answered(claimant.agree(claim, ClaimFixtures.shifted(claimant.settlement(claim).path("payable"), "0.01"), world.as(tenant, role)));
    }

    @当("租户 {tenant} 的 {role} 支付比 balanceDue 少 0.01 的 FINAL")
    public void payWrong(String tenant, String role) {
        world.answered(claimant.pay(claim, "FINAL", ClaimFixtures.shifted(claimant.settlement(claim).path("balanceDue"), "-0.01"), world.as(tenant, role)));
    }

    @当("测试时钟推进 {int} 天后，租户 {tenant} 的 {role} 支付等于 balanceDue 的 FINAL")
    public void payLater(int days, String tenant, String role) {
        advance(Duration.ofDays(days));
        world.answered(claimant.pay(claim, "FINAL", claimant.settlement(claim).path("balanceDue"), world.as(tenant, role)));
        world.reply.expectStatus(201);
    }

    @那么("PAYMENT 义务为 MET，理赔状态为 PAID")
    public void paidInTime() {
        ClaimRules.requirePaidInTime(claimant.read(claim));
    }

    @当("测试时钟推进 {int} 天后，租户 {tenant} 的 {role} 先予支付 minimumDeterminableAmount")
    public void advanceLater(int days, String tenant, String role) {
        advance(Duration.ofDays(days));
        advancePayment(tenant, role);
    }

    @当("租户 {tenant} 的 {role} 先予支付 minimumDeterminableAmount")
    public void advancePayment(String tenant, String role) {
        world.answered(claimant.pay(claim, "ADVANCE", claimant.settlement(claim).path("minimumDeterminableAmount"), world.as(tenant, role)));
        world.reply.expectStatus(201);
    }

    @当("租户 {tenant} 的 {role} 先予支付比 minimumDeterminableAmount 少 0.01 的金额")
    public void advanceShort(String tenant, String role) {
        world.answered(claimant.pay(claim, "ADVANCE", ClaimFixtures.shifted(claimant.settlement(claim).path("minimumDeterminableAmount"), "-0.01"), world.as(tenant, role)));
        world.reply.expectStatus(201);
    }

    @当("租户 {tenant} 的 {role} 再先予支付 {word}")
    public void advanceMore(String tenant, String role, String amount) {
        world.answered(claimant.pay(claim, "ADVANCE", Applicants.money(amount), world.as(tenant, role)));
        world.reply.expectStatus(201);
    }

    @当("租户 {tenant} 的 {role} 把全部损失项改为 AGREED 重新定损，作出定责决定")
    public void allAgreed(String tenant, String role) {
        Caller by = world.as(tenant, role);
        claimant.assess(claim, ClaimFixtures.allAgreed(claimant.items(claim)), by).expectStatus(200);
        claimant.decide(claim, claimant.decisionBody(claim), by).expectStatus(201);
    }

    @当("租户 {tenant} 的 {role} 按理算值达成赔付协议")
    public void agreeRight(String tenant, String role) {
        claimant.agree(claim, claimant.settlement(claim).path("payable"), world.as(tenant, role)).expectStatus(200, 201);
    }

    @那么("理算结果的 payable 为 {word}，advancesPaid 为 {word}，balanceDue 为 {word}")
    public void balance(String payable, String advances, String balance) {
        ClaimRules.requireBalance(claimant.settlement(claim), payable, advances, balance);
    }

    // State machine (CLM-13)

    @假如("^租户 (" + Parties.TENANT + ") 的 (\\S+) 理赔已走到(\\S+)$")
    public void atStage(String tenant, String caseId, String stage) {
        claimant = new Claimant(world.run, tenant);
        Stage to = switch (stage) {
            case "报案" -> Stage.NOTIFIED;
            case "定责" -> Stage.DECIDED;
            case "达成协议" -> Stage.AGREED;
            case "结案" -> Stage.CLOSED;
            case "撤回" -> Stage.WITHDRAWN;
            default -> throw new IllegalArgumentException("no stage " + stage);
        };
        claim = Fixture.setUp("walk " + caseId + " to " + stage, () -> claimant.walk(caseId, to));
        before = claimant.read(claim);
    }

    @当("^租户 (" + Parties.TENANT + ") 试图(.+)$")
    public void attempt(String tenant, String action) {
        Claimant by = of(tenant);
        world.answered(switch (action.trim()) {
            case "作出定责决定" -> by.decide(claim, claimant.decisionBody(claim));
            case "达成赔付协议" -> by.agree(claim, claimant.settlement(claim).path("payable"));
            case "支付 FINAL" -> by.pay(claim, "FINAL", claimant.settlement(claim).path("balanceDue"));
            case "结案" -> by.close(claim);
            case "上传材料" -> by.upload(claim, "OTHER");
            default -> throw new IllegalArgumentException("no action " + action);
        });
    }

    @那么("响应状态为 409，错误码 ILLEGAL_STATE_TRANSITION，currentState 为 {word}")
    public void illegal(String state) {
        ClaimRules.requireIllegalTransition(world.reply, state);
    }

    @那么("理赔没有变化")
    public void unchanged() {
        ClaimRules.requireUnchanged(before, claimant.read(claim));
    }

    // Aggregate erosion (CLM-14), late damages (CLM-15), links (CLM-16)

    @那么("保单的 aggregatePaidToDate 为 {word}，aggregateRemaining 为 {word}")
    public void eroded(String paid, String remaining) {
        ClaimRules.requireAggregate(claimant.policy(claim), paid, remaining);
    }

    @当("租户 {tenant} 在同一保单上再报一宗与 CLM-EX1 相同的理赔并完成定损")
    public void secondClaim(String tenant) {
        claim = Fixture.setUp("notify and assess a second claim", () -> of(tenant).another(claim));
    }

    @那么("第二宗理赔的 aggregateRemainingBefore 为 {word}")
    public void remainingBefore(String amount) {
        ClaimRules.requireAmount(claimant.settlement(claim).path("aggregateRemainingBefore"), amount, "aggregateRemainingBefore");
    }

    @那么("理赔有 lateDamages，daysLate 为 {int}，且有 basis")
    public void lateDamages(int days) {
        ClaimRules.requireLateDamages(claimant.read(claim), days);
    }

    @那么("理赔的 links 指向其事件与取证报告，underwritingDecisionId 为 null")
    public void links() {
        ClaimRules.requireLinks(claimant.read(claim), claim.incident.path("incidentId").asText());
    }

    @那么("coverageChecks 含 RETROACTIVE_DATE，结果为 {word}")
    public void retroactive(String result) {
        ClaimRules.requireCoverageCheck(claimant.read(claim), "RETROACTIVE_DATE", result);
    }

    @假如("租户 {tenant} 在经核保出单的 IND 保单上报案")
    public void claimOnBoundPolicy(String tenant) {
        claimant = new Claimant(world.run, tenant);
        Underwriter u = new Underwriter(world.run, tenant);
        UnderwritingCase c = Fixture.setUp("underwrite IND", () -> u.underwrite("IND"));
        world.cases.add(c);
        claim = Fixture.setUp("bind the quote and notify a claim on the policy", () -> claimant.onPolicy(c.clock(), u.bind(c.quoteId()).expectStatus(201).json()));
    }

    @那么("理赔的 links.underwritingDecisionId 为该保单的核保决定")
    public void linkedToDecision() {
        ClaimRules.requireLinkedDecision(claimant.read(claim), world.lastCase().decision().path("decisionId").asText());
    }

    private void walk(String tenant, String caseId, Stage stage) {
        claimant = new Claimant(world.run, tenant);
        claim = Fixture.setUp("walk " + caseId + " to " + stage, () -> claimant.walk(caseId, stage));
        world.clock = claim.clock;
        world.claim = claim;
        world.claimant = claimant;
    }

    /** The parties of {@code tenant} for an action whose role the pack fixes (the scenario's own when it is the same tenant). */
    private Claimant of(String tenant) {
        return claimant != null && claimant.tenant.equals(tenant) ? claimant : new Claimant(world.run, tenant);
    }

    private void advance(Duration by) {
        Fixture.setUp("advance the clock", () -> {
            claimant.advance(claim, by);
            return claim;
        });
    }
}
