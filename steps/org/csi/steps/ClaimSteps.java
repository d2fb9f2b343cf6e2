package org.csi.steps;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cucumber.java.zh_cn.假如;
import io.cucumber.java.zh_cn.当;
import io.cucumber.java.zh_cn.那么;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.csi.harness.checks.ClaimRules;
import org.csi.harness.checks.ClauseViolation;
import org.csi.harness.checks.FixtureUnavailable;
import org.csi.harness.checks.ProblemDetails;
import org.csi.harness.checks.SettlementRules;
import org.csi.harness.oracle.PayableOracle;
import org.csi.harness.run.Fixtures;
import org.csi.harness.support.ClaimFixtures;
import org.csi.harness.support.Claimant;
import org.csi.harness.support.Claimant.Stage;
import org.csi.harness.support.Clocks;
import org.csi.harness.support.Fixture;
import org.csi.harness.support.JsonEdits;

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

    @假如("租户 {word} 已为 {word} 准备好保单与事件")
    public void prepared(String tenant, String caseId) {
        claimant = new Claimant(world.run, tenant);
        claim = Fixture.setUp("set up the policy and incident of " + caseId, () -> claimant.prepare(caseId));
    }

    @当("租户 {word} 的 {word} 就该案报案")
    public void notifyClaim(String tenant, String role) {
        world.answered(world.run.as(tenant, role).post("/claims", claimant.fnolBody(claim)));
        if (world.reply.status() == 201) claim.claim = world.reply.json();
    }

    @那么("理赔状态为 NOTIFIED，notifiedAt 为时钟的当前时间，eventDiscoveredAt 与提交的完全相同")
    public void notified() {
        JsonNode c = world.reply.json();
        ClauseViolation.require(c.path("status").asText().equals("NOTIFIED"), "status is " + c.path("status") + ", expected NOTIFIED");
        requireNow(c.path("notifiedAt"), "notifiedAt");
        ClauseViolation.require(c.path("eventDiscoveredAt").asText().equals(claim.fixture.path("eventDiscoveredAt").asText()),
                "eventDiscoveredAt is " + c.path("eventDiscoveredAt") + ", sent " + claim.fixture.path("eventDiscoveredAt"));
    }

    @那么("requiredDocuments 至少包含所报保障所需的全部材料")
    public void minimumDocuments() {
        ClaimRules.requireDocuments(world.reply.json(), ClaimFixtures.requiredDocuments(ClaimFixtures.sections(claim.fixture)));
    }

    @当("租户 {word} 的 {word} 就该案报案，并自带一年前的 notifiedAt")
    public void notifyWithOwnTime(String tenant, String role) {
        ObjectNode body = claimant.fnolBody(claim).put("notifiedAt", Clocks.rfc3339(claimant.now(claim).minusYears(1)));
        world.answered(world.run.as(tenant, role).post("/claims", body));
    }

    @那么("报案以 422 被拒绝，或 notifiedAt 仍为时钟的当前时间")
    public void ownTimeIgnored() {
        world.reply.expectStatus(201, 422);
        if (world.reply.status() == 201) requireNow(world.reply.json().path("notifiedAt"), "notifiedAt");
    }

    @当("租户 {word} 的 {word} 以晚于当前时间 {int} 小时的 eventDiscoveredAt 报案")
    public void futureDiscovery(String tenant, String role, int hours) {
        ObjectNode body = claimant.fnolBody(claim).put("eventDiscoveredAt", Clocks.rfc3339(claimant.now(claim).plusHours(hours)));
        world.answered(world.run.as(tenant, role).post("/claims", body));
    }

    @当("租户 {word} 的 {word} 以同一时钟上另一保单的事件报案")
    public void otherPolicysIncident(String tenant, String role) {
        JsonNode other = Fixture.setUp("create a second policy and its incident", () -> {
            JsonNode policy = claimant.insurer.post("/test-helpers/policies", ClaimFixtures.policyBody("PA", claim.clockId())).expectStatus(201).json();
            return claimant.incident(claim, policy.path("policyId").asText(), claim.clockId());
        });
        world.answered(world.run.as(tenant, role).post("/claims", claimant.fnolBody(claim).put("incidentId", other.path("incidentId").asText())));
    }

    @当("租户 {word} 的 {word} 申报 {word} 与 {word} 报案")
    public void sections(String tenant, String role, String a, String b) {
        ObjectNode body = claimant.fnolBody(claim);
        body.putArray("sectionsClaimed").add(a).add(b);
        world.answered(world.run.as(tenant, role).post("/claims", body));
    }

    @当("租户 {word} 的 {word} 以另一测试时钟上的事件报案")
    public void otherClocksIncident(String tenant, String role) {
        JsonNode other = Fixture.setUp("create an incident on another clock", () -> {
            JsonNode clock = Clocks.create(claimant.insurer, "csi-other", OffsetDateTime.parse(claim.fixture.path("clock").asText())).expectStatus(201).json();
            ObjectNode body = ClaimFixtures.incident(claim.fixture.path("incident").asText("INC-IV"), null, clock.path("testClockId").asText(),
                    claim.fixture.path("eventDiscoveredAt").asText());
            body.remove("policyId");
            return claimant.applicant.post("/incidents", body).expectStatus(201).json();
        });
        world.answered(world.run.as(tenant, role).post("/claims", claimant.fnolBody(claim).put("incidentId", other.path("incidentId").asText())));
    }

    @那么("时效状态为 {word}，limitAt 为 eventDiscoveredAt 加 2 年")
    public void timeBar(String status) {
        ClaimRules.requireTimeBar(world.reply.json(), status);
    }

    @当("测试时钟推进 {int} 分钟后，租户 {word} 的 {word} 就该案报案")
    public void notifyLater(int minutes, String tenant, String role) {
        Fixture.setUp("advance the clock", () -> {
            claimant.advance(claim, Duration.ofMinutes(minutes));
            return claim;
        });
        notifyClaim(tenant, role);
    }

    // Documents and supplement requests (CLM-04)

    @假如("租户 {word} 已就 {word} 报案，并只上传了 CLAIM_FORM")
    public void claimFormOnly(String tenant, String caseId) {
        claimant = new Claimant(world.run, tenant);
        claim = Fixture.setUp("notify " + caseId, () -> claimant.walk(caseId, Stage.NOTIFIED));
        Fixture.setUp("upload CLAIM_FORM", () -> claimant.upload(claim, "CLAIM_FORM").expectStatus(201));
        uploaded.add("CLAIM_FORM");
    }

    @当("租户 {word} 的 {word} 发出补充材料通知")
    public void supplement(String tenant, String role) {
        world.answered(world.run.as(tenant, role).post("/claims/" + claim.id() + "/supplement-requests", JsonNodeFactory.instance.objectNode()));
    }

    @当("租户 {word} 的 {word} 在同一轮再发补充材料通知")
    public void supplementAgain(String tenant, String role) {
        supplement(tenant, role);
    }

    @当("租户 {word} 的 {word} 发出只列 {word} 的补充材料通知")
    public void supplementOf(String tenant, String role, String code) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.putArray("items").add(code);
        world.answered(world.run.as(tenant, role).post("/claims/" + claim.id() + "/supplement-requests", body));
    }

    @那么("通知列出的正是仍缺的全部材料")
    public void listsAllMissing() {
        List<String> expected = new ArrayList<>(ClaimFixtures.requiredDocuments(ClaimFixtures.sections(claim.fixture)));
        expected.removeAll(uploaded);
        ClaimRules.requireListsMissing(world.reply.json(), expected);
    }

    @当("租户 {word} 的 {word} 上传 {word}")
    public void upload(String tenant, String role, String code) {
        Fixture.setUp("upload " + code, () -> claimant.upload(claim, code).expectStatus(201));
        uploaded.add(code);
    }

    @当("测试时钟推进 {int} 天后，租户 {word} 的 {word} 上传其余全部材料")
    public void uploadRest(int days, String tenant, String role) {
        Fixture.setUp("advance and upload", () -> {
            claimant.advance(claim, Duration.ofDays(days));
            claimant.uploadRequired(claim, List.of());
            return claim;
        });
    }

    @那么("理赔状态为 DOCUMENTS_COMPLETE，documentsCompleteAt 为时钟的当前时间")
    public void documentsComplete() {
        JsonNode c = claimant.read(claim);
        ClauseViolation.require(c.path("status").asText().equals("DOCUMENTS_COMPLETE"), "status is " + c.path("status") + " with every document uploaded");
        requireNow(c.path("documentsCompleteAt"), "documentsCompleteAt");
    }

    // Forensic report (CLM-05)

    @假如("租户 {word} 已就 {word} 报案，时钟已推进 {int} 天")
    public void notifiedAndWaited(String tenant, String caseId, int days) {
        claimant = new Claimant(world.run, tenant);
        claim = Fixture.setUp("notify " + caseId, () -> {
            Claimant.Claim c = claimant.walk(caseId, Stage.NOTIFIED);
            claimant.uploadRequired(c, List.of("FORENSIC_REPORT"));
            claimant.advance(c, Duration.ofDays(days));
            return c;
        });
    }

    @当("租户 {word} 的 {word} 提交 FR-1")
    public void fr1(String tenant, String role) {
        world.answered(world.run.as(tenant, role).post("/claims/" + claim.id() + "/forensic-reports", ClaimFixtures.forensicReport(null)));
    }

    @当("租户 {word} 的 {word} 提交带有缺陷{string}的 FR-1")
    public void badFr1(String tenant, String role, String defect) {
        ObjectNode report = ClaimFixtures.forensicReport(null);
        JsonNode d = Fixtures.named(Fixtures.get("clm/forensic.json").path("invalid"), defect);
        if (d.path("remove").asBoolean()) JsonEdits.remove(report, d.path("at").asText());
        else JsonEdits.set(report, d.path("at").asText(), d.path("value").deepCopy());
        world.answered(world.run.as(tenant, role).post("/claims/" + claim.id() + "/forensic-reports", report));
    }

    // Walks to a stage

    @假如("租户 {word} 的 {word} 理赔已材料齐全")
    public void complete(String tenant, String caseId) {
        walk(tenant, caseId, Stage.DOCUMENTS_COMPLETE);
    }

    @假如("租户 {word} 的 {word} 理赔已完成定损")
    public void assessed(String tenant, String caseId) {
        walk(tenant, caseId, Stage.ASSESSED);
    }

    @假如("租户 {word} 的 {word} 理赔已作出定责决定")
    public void decided(String tenant, String caseId) {
        walk(tenant, caseId, Stage.DECIDED);
    }

    @假如("租户 {word} 的 {word} 理赔已达成赔付协议")
    public void agreed(String tenant, String caseId) {
        walk(tenant, caseId, Stage.AGREED);
    }

    @假如("租户 {word} 的 {word} 理赔已支付")
    public void paid(String tenant, String caseId) {
        walk(tenant, caseId, Stage.PAID);
    }

    // Decision (CLM-06, CLM-07, CLM-10)

    @当("^租户 (\\S+) 的 (\\S+) 作出定责决定 (\\{.*\\})$")
    public void decide(String tenant, String role, String body) throws Exception {
        world.answered(world.run.as(tenant, role).post("/claims/" + claim.id() + "/liability-decision", JSON.readTree(body)));
    }

    @那么("决定的 decidedAt 为时钟的当前时间")
    public void decidedNow() {
        requireNow(world.reply.json().path("decidedAt"), "decidedAt");
    }

    @那么("^理赔有 (\\S+) 义务，于(决定|材料齐全|协议)后 (\\d+) 天到期$")
    public void obligationDue(String code, String from, int days) {
        JsonNode c = claimant.read(claim);
        String start = switch (from) {
            case "决定" -> c.at("/liabilityDecision/decidedAt").asText(decidedAtOf(c));
            case "材料齐全" -> c.path("documentsCompleteAt").asText();
            default -> c.path("agreedAt").asText();
        };
        ClaimRules.requireDue(c, code, start, Duration.ofDays(days));
    }

    @当("测试时钟推进 {int} 天后，租户 {word} 的 {word} 发出拒赔通知")
    public void denialNotice(int days, String tenant, String role) {
        advance(Duration.ofDays(days));
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.putArray("reasons").add("所报损失不属于保险责任范围");
        body.putArray("exclusionCodes");
        world.answered(world.run.as(tenant, role).post("/claims/" + claim.id() + "/denial-notice", body));
    }

    @那么("^(\\S+) 义务为 ([A-Z_]+)$")
    public void obligationStatus(String code, String status) {
        ClaimRules.requireObligationStatus(claimant.read(claim), code, status);
    }

    @当("^测试时钟推进到(决定|材料齐全|协议)后 (\\d+) 天(?: (\\d+) 分钟)?$")
    public void advanceAfter(String from, int days, String minutes) {
        JsonNode c = claimant.read(claim);
        String start = switch (from) {
            case "决定" -> decidedAtOf(c);
            case "材料齐全" -> c.path("documentsCompleteAt").asText();
            default -> c.path("agreedAt").asText();
        };
        OffsetDateTime to = OffsetDateTime.parse(start).plusDays(days).plusMinutes(minutes == null ? 0 : Integer.parseInt(minutes));
        Fixture.setUp("advance the clock", () -> {
            claimant.advanceTo(claim, to);
            return claim;
        });
    }

    @那么("^DENIAL_NOTICE 义务为 (PENDING|BREACHED)，或方案已在决定时自动发出通知$")
    public void denialNoticeDue(String status) {
        JsonNode c = claimant.read(claim);
        if (c.path("denialNotice").isObject()) {
            ClauseViolation.require(Clocks.sameInstant(c.at("/denialNotice/issuedAt").asText(), OffsetDateTime.parse(decidedAtOf(c))),
                    "the automatic denial notice was issued at " + c.at("/denialNotice/issuedAt") + ", not at the decision " + decidedAtOf(c));
        } else {
            ClaimRules.requireObligationStatus(c, "DENIAL_NOTICE", status);
        }
    }

    @当("测试时钟推进 {int} 天后，租户 {word} 的 {word} 作出该案的定责决定")
    public void decideLater(int days, String tenant, String role) {
        advance(Duration.ofDays(days));
        world.answered(world.run.as(tenant, role).post("/claims/" + claim.id() + "/liability-decision", claimant.decisionBody(claim)));
        world.reply.expectStatus(201);
    }

    // Loss assessment and settlement (CLM-08, CLM-09)

    @当("租户 {word} 的 {word} 按该案提交定损明细")
    public void assess(String tenant, String role) {
        world.answered(claimant.assess(claim, claimant.items(claim)));
    }

    @当("租户 {word} 的 {word} 提交带有缺陷{string}的定损明细")
    public void badAssessment(String tenant, String role, String defect) {
        ArrayNode items = claimant.items(claim);
        JsonNode d = Fixtures.named(Fixtures.get("clm/cases.json").path("invalidItems"), defect);
        ObjectNode item = (ObjectNode) items.get(d.path("item").asInt());
        if (d.has("remove")) JsonEdits.remove(item, d.path("remove").asText());
        if (d.has("set")) JsonEdits.set(item, d.path("set").asText(), d.path("value").deepCopy());
        world.answered(claimant.assess(claim, items));
    }

    @那么("方案的理算结果与测试工具的复算分毫不差")
    public void settlementRecomputed() {
        JsonNode reported = claimant.settlement(claim);
        JsonNode policy = claimant.insurer.get("/policies/" + claim.policy.path("policyId").asText()).expectStatus(200).json();
        BigDecimal paidBefore = new BigDecimal(policy.at("/aggregatePaidToDate/amount").asText()).subtract(claim.paid);
        PayableOracle.Settlement expected = PayableOracle.settle(policy.path("terms"), claim.items, claim.denied, paidBefore, claim.advances, ClaimFixtures.canonicalOrder());
        world.run.evidence().artefact("CLM-09 settlement of " + claim.fixture.path("policy").asText() + " " + claim.id() + ": expected vs reported",
                SettlementRules.requireMatches(reported, expected));
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

    @当("租户 {word} 的 {word} 以比理算值多 0.01 的金额达成赔付协议")
    public void agreeWrong(String tenant, String role) {
        BigDecimal payable = new BigDecimal(claimant.settlement(claim).at("/payable/amount").asText()).add(new BigDecimal("0.01"));
        world.answered(claimant.agree(claim, money(payable)));
    }

    @当("租户 {word} 的 {word} 支付比 balanceDue 少 0.01 的 FINAL")
    public void payWrong(String tenant, String role) {
        BigDecimal due = new BigDecimal(claimant.settlement(claim).at("/balanceDue/amount").asText()).subtract(new BigDecimal("0.01"));
        world.answered(claimant.pay(claim, "FINAL", money(due)));
    }

    @当("测试时钟推进 {int} 天后，租户 {word} 的 {word} 支付等于 balanceDue 的 FINAL")
    public void payLater(int days, String tenant, String role) {
        advance(Duration.ofDays(days));
        world.answered(claimant.pay(claim, "FINAL", claimant.settlement(claim).path("balanceDue")));
        world.reply.expectStatus(201);
    }

    @那么("PAYMENT 义务为 MET，理赔状态为 PAID")
    public void paidInTime() {
        JsonNode c = claimant.read(claim);
        ClaimRules.requireObligationStatus(c, "PAYMENT", "MET");
        ClauseViolation.require(c.path("status").asText().equals("PAID"), "status is " + c.path("status") + " after the FINAL payment");
    }

    @当("测试时钟推进 {int} 天后，租户 {word} 的 {word} 先予支付 minimumDeterminableAmount")
    public void advanceLater(int days, String tenant, String role) {
        advance(Duration.ofDays(days));
        advancePayment(tenant, role);
    }

    @当("租户 {word} 的 {word} 先予支付 minimumDeterminableAmount")
    public void advancePayment(String tenant, String role) {
        world.answered(claimant.pay(claim, "ADVANCE", claimant.settlement(claim).path("minimumDeterminableAmount")));
        world.reply.expectStatus(201);
    }

    @当("租户 {word} 的 {word} 把全部损失项改为 AGREED 重新定损，作出定责决定")
    public void allAgreed(String tenant, String role) {
        ArrayNode items = claimant.items(claim);
        items.forEach(i -> ((ObjectNode) i).put("status", "AGREED"));
        claimant.assess(claim, items).expectStatus(200);
        claimant.decide(claim, claimant.decisionBody(claim)).expectStatus(201);
    }

    @当("租户 {word} 的 {word} 按理算值达成赔付协议")
    public void agreeRight(String tenant, String role) {
        claimant.agree(claim, claimant.settlement(claim).path("payable")).expectStatus(201);
    }

    @那么("理算结果的 payable 为 {word}，advancesPaid 为 {word}，balanceDue 为 {word}")
    public void balance(String payable, String advances, String balance) {
        JsonNode s = claimant.settlement(claim);
        ClaimRules.requireAmount(s.path("payable"), payable, "payable");
        ClaimRules.requireAmount(s.path("advancesPaid"), advances, "advancesPaid");
        ClaimRules.requireAmount(s.path("balanceDue"), balance, "balanceDue");
    }

    // State machine (CLM-13)

    @假如("^租户 (\\S+) 的 (\\S+) 理赔已走到(\\S+)$")
    public void atStage(String tenant, String caseId, String stage) {
        claimant = new Claimant(world.run, tenant);
        claim = Fixture.setUp("walk " + caseId + " to " + stage, () -> switch (stage) {
            case "报案" -> claimant.walk(caseId, Stage.NOTIFIED);
            case "定责" -> claimant.walk(caseId, Stage.DECIDED);
            case "达成协议" -> claimant.walk(caseId, Stage.AGREED);
            case "结案" -> {
                Claimant.Claim c = claimant.walk(caseId, Stage.PAID);
                claimant.insurer.send("POST", "/claims/" + c.id() + "/close").expectStatus(200, 201);
                yield c;
            }
            case "撤回" -> {
                Claimant.Claim c = claimant.walk(caseId, Stage.NOTIFIED);
                claimant.applicant.send("POST", "/claims/" + c.id() + "/withdraw").expectStatus(200, 201);
                yield c;
            }
            default -> throw new IllegalArgumentException("no stage " + stage);
        });
        before = claimant.read(claim);
    }

    @当("^租户 (\\S+) 试图(.+)$")
    public void attempt(String tenant, String action) {
        world.answered(switch (action.trim()) {
            case "作出定责决定" -> claimant.decide(claim, claimant.decisionBody(claim));
            case "达成赔付协议" -> claimant.agree(claim, claimant.settlement(claim).path("payable"));
            case "支付 FINAL" -> claimant.pay(claim, "FINAL", claimant.settlement(claim).path("balanceDue"));
            case "结案" -> claimant.insurer.send("POST", "/claims/" + claim.id() + "/close");
            case "上传材料" -> claimant.upload(claim, "OTHER");
            default -> throw new IllegalArgumentException("no action " + action);
        });
    }

    @那么("响应状态为 409，错误码 ILLEGAL_STATE_TRANSITION，currentState 为 {word}")
    public void illegal(String state) {
        world.reply.expectStatus(409);
        ProblemDetails.requirePointerError(world.reply, "ILLEGAL_STATE_TRANSITION", null);
        ClauseViolation.require(world.reply.json().path("currentState").asText().equals(state),
                "currentState is " + world.reply.json().path("currentState") + ", expected " + state);
    }

    @那么("理赔没有变化")
    public void unchanged() {
        JsonNode now = claimant.read(claim);
        ClauseViolation.require(now.equals(before), "the refused call changed the claim: was " + before + ", is " + now);
    }

    // Aggregate erosion (CLM-14), late damages (CLM-15), links (CLM-16)

    @那么("保单的 aggregatePaidToDate 为 {word}，aggregateRemaining 为 {word}")
    public void eroded(String paid, String remaining) {
        JsonNode p = claimant.insurer.get("/policies/" + claim.policy.path("policyId").asText()).expectStatus(200).json();
        ClaimRules.requireAmount(p.path("aggregatePaidToDate"), paid, "aggregatePaidToDate");
        ClaimRules.requireAmount(p.path("aggregateRemaining"), remaining, "aggregateRemaining");
    }

    @当("租户 {word} 在同一保单上再报一宗与 CLM-EX1 相同的理赔并完成定损")
    public void secondClaim(String tenant) {
        Claimant.Claim second = Fixture.setUp("notify and assess a second claim", () -> claimant.another(claim));
        claim = second;
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

    @假如("租户 {word} 在经核保出单的 IND 保单上报案")
    public void claimOnBoundPolicy(String tenant) {
        claimant = new Claimant(world.run, tenant);
        org.csi.harness.support.Underwriter u = new org.csi.harness.support.Underwriter(world.run, tenant);
        world.cases.add(Fixture.setUp("underwrite and bind IND", () -> u.underwrite("IND")));
        claim = Fixture.setUp("bind the quote and notify a claim on the policy", () -> {
            org.csi.harness.support.Underwriter.Case c = world.lastCase();
            ClauseViolation.require(c.quote() != null, c.summary());
            return claimant.onPolicy(c.clock(), u.bind(c.quote().path("quoteId").asText()).expectStatus(201).json());
        });
    }

    @那么("理赔的 links.underwritingDecisionId 为该保单的核保决定")
    public void linkedToDecision() {
        String expected = world.lastCase().decision().path("decisionId").asText();
        JsonNode c = claimant.read(claim);
        ClauseViolation.require(c.at("/links/underwritingDecisionId").asText().equals(expected),
                "links.underwritingDecisionId is " + c.at("/links/underwritingDecisionId") + ", the policy was bound on decision " + expected);
    }

    private void walk(String tenant, String caseId, Stage stage) {
        claimant = new Claimant(world.run, tenant);
        claim = Fixture.setUp("walk " + caseId + " to " + stage, () -> claimant.walk(caseId, stage));
        world.clock = claim.clock;
        world.claim = claim;
        world.claimant = claimant;
    }

    private void advance(Duration by) {
        Fixture.setUp("advance the clock", () -> {
            claimant.advance(claim, by);
            return claim;
        });
    }

    private void requireNow(JsonNode time, String what) {
        OffsetDateTime now = claimant.now(claim);
        ClauseViolation.require(time.isTextual() && Clocks.sameInstant(time.asText(), now), what + " is " + time + ", the clock's now is " + Clocks.rfc3339(now));
    }

    private static String decidedAtOf(JsonNode c) {
        String at = c.at("/liabilityDecision/decidedAt").asText("");
        if (at.isEmpty()) throw new FixtureUnavailable("the claim does not show when the decision was made (liabilityDecision.decidedAt)");
        return at;
    }


    private static ObjectNode money(BigDecimal amount) {
        return JsonNodeFactory.instance.objectNode().put("amount", amount.setScale(2).toPlainString()).put("currency", "CNY");
    }

}
