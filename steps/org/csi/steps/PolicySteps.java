package org.csi.steps;

import org.csi.harness.time.Rfc3339;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cucumber.java.zh_cn.假如;
import io.cucumber.java.zh_cn.当;
import io.cucumber.java.zh_cn.那么;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.csi.harness.checks.AuditTrail;
import org.csi.harness.checks.PolicyRules;
import org.csi.harness.checks.ProblemDetails;
import org.csi.harness.http.Reply;
import org.csi.harness.support.Applicants;
import org.csi.harness.support.Clocks;
import org.csi.harness.support.Fixture;
import org.csi.harness.support.TestPolicies;
import org.csi.harness.support.Underwriter;
import org.csi.harness.checks.UnderwritingCase;

/** CSI-UW from quote to policy (UW-14 to UW-16), and the GEN-05 and GEN-11 lines on decisions, quotes and binding. */
public final class PolicySteps {
    private final World world;
    private Underwriter underwriter;

    public PolicySteps(World world) {
        this.world = world;
    }

    @假如("租户 {tenant} 的 {word} 投保申请已取得报价")
    public void quoted(String tenant, String org) {
        underwriter = new Underwriter(world.run, tenant);
        UnderwritingCase c = Fixture.setUp("walk " + org + " to a quote", () -> underwriter.underwrite(org));
        Fixture.setUp("obtain a quote", c::quoteId);
        world.cases.add(c);
        world.clock = c.clock();
        world.clockOwner = underwriter.insurer;
    }

    @假如("租户 {tenant} 有一份有效的报价")
    public void aQuote(String tenant) {
        quoted(tenant, "IND");
    }

    @当("租户 {tenant} 的 {role} 对该报价出单")
    public void bind(String tenant, String role) {
        world.answered(world.as(tenant, role).send("POST", "/quotes/" + quoteId() + "/bind"));
    }

    @那么("保单的 terms 与 premium 与报价完全相同，insured 与 assets 取自投保申请")
    public void reproduces() {
        UnderwritingCase c = world.lastCase();
        JsonNode application = underwriter.applicant.get("/applications/" + c.applicationId()).expectStatus(200).json();
        PolicyRules.requireReproduces(world.reply.json(), c.quote(), application);
    }

    @当("租户 {tenant} 的 {role} 带新的 Idempotency-Key 与不带 Idempotency-Key 各再出单一次")
    public void bindAgain(String tenant, String role) {
        world.reply.expectStatus(201);
        var caller = world.as(tenant, role);
        world.answered(caller.send(caller.request("POST", "/quotes/" + quoteId() + "/bind").header("Idempotency-Key", "csi-" + UUID.randomUUID())));
        world.answered(caller.send("POST", "/quotes/" + quoteId() + "/bind"));
    }

    @那么("后两次响应都是 {int}，错误码 {word}")
    public void lastTwo(int status, String code) {
        ProblemDetails.requireEachPointerError(world.replies.subList(world.replies.size() - 2, world.replies.size()), status, code, null);
    }

    @当("将该测试时钟推进到报价的 validUntil 之后 {int} 天")
    public void pastValidUntil(int days) {
        OffsetDateTime to = OffsetDateTime.parse(world.lastCase().quote().path("validUntil").asText()).plusDays(days);
        advanceTo(to);
    }

    // UW-15 through the test helper

    @当("^租户 (" + Parties.TENANT + ") 的 (" + Parties.ROLE + ") 以(.+)的条款创建测试辅助保单$")
    public void helperPolicy(String tenant, String role, String violation) {
        ObjectNode body = TestPolicies.body(world.run, world.clockId());
        if (!violation.equals("未修改")) TestPolicies.withTermViolation(body, violation);
        world.answered(world.as(tenant, role).post("/test-helpers/policies", body));
    }

    // UW-16

    @假如("租户 {tenant} 在同一测试时钟上对 {word} 出单了 {int} 份保单")
    public void bound(String tenant, String org, int n) {
        underwriter = new Underwriter(world.run, tenant);
        world.clock = underwriter.clock("csi-uw16-" + org);
        world.clockOwner = underwriter.insurer;
        for (int i = 0; i < n; i++) bindOne(org, null);
    }

    @假如("租户 {tenant} 在新的测试时钟上对保险期间为 {word} 至 {word} 的 {word} 出单了保单")
    public void boundForPeriod(String tenant, String start, String end, String org) {
        underwriter = new Underwriter(world.run, tenant);
        world.clock = underwriter.clock("csi-uw16-" + org);
        world.clockOwner = underwriter.insurer;
        bindOne(org, Applicants.period(start, end));
    }

    @当("该测试时钟推进 {int} 天并回到 READY")
    public void advanceDays(int days) {
        advanceTo(now().plusDays(days));
    }

    @当("该测试时钟以每步不超过 {int} 天推进 {int} 年零 {int} 天")
    public void advanceYears(int step, int years, int days) {
        OffsetDateTime target = now().plusYears(years).plusDays(days);
        world.clock = Fixture.setUp("advance the clock to " + target + " in steps of " + step + " days",
                () -> Clocks.advanceInSteps(world.clockOwner, world.clockId(), target, Duration.ofDays(step)));
    }

    @当("租户 {tenant} 的 {role} 以早于当前时间 {int} 天 {int} 分钟的 groundsKnownAt 解除第 {int} 份保单")
    public void rescind(String tenant, String role, int days, int minutes, int nth) {
        String grounds = Rfc3339.format(now().minusDays(days).minusMinutes(minutes));
        world.answered(world.as(tenant, role).post("/policies/" + policyId(nth) + "/rescissions", TestPolicies.rescission(grounds, "/mfa/email")));
    }

    @当("租户 {tenant} 的 {role} 以不存在于 answersRelied 的答案指针解除第 {int} 份保单")
    public void rescindBadPointer(String tenant, String role, int nth) {
        String grounds = Rfc3339.format(now().minusDays(1));
        world.answered(world.as(tenant, role).post("/policies/" + policyId(nth) + "/rescissions", TestPolicies.rescission(grounds, "/no/such/answer")));
    }

    @那么("第 {int} 份保单的状态为 {word}")
    public void policyStatus(int nth, String status) {
        PolicyRules.requireStatus(underwriter.insurer.get("/policies/" + policyId(nth)).expectStatus(200).json(), status);
    }

    // GEN-05 and GEN-11

    @假如("租户 {tenant} 的 {role} 提交了已完成评估的投保申请")
    public void assessedApplication(String tenant, String role) {
        underwriter = new Underwriter(world.run, tenant);
        world.clock = underwriter.clock("csi-gen05");
        ObjectNode body = Applicants.standard(world.run, underwriter.insurer, "IND", world.clockId());
        world.submitted = body;
        world.application = Fixture.setUp("submit the IND application", () -> world.as(tenant, role).post("/applications", body).expectStatus(201).json());
        world.assessment = Fixture.setUp("have it assessed", () -> underwriter.assessUnderAuth1(world.clock, body, world.application.path("applicationId").asText()));
    }

    @当("租户 {tenant} 的 {role} 对该投保申请作出核保决定")
    public void decideAs(String tenant, String role) {
        world.answered(world.as(tenant, role).post("/applications/" + world.application.path("applicationId").asText() + "/underwriting-decisions",
                Underwriter.decisionRequest(world.assessment.path("assessmentId").asText())));
    }

    @那么("该投保申请没有核保决定")
    public void noDecision() {
        AuditTrail.requireNoAction(underwriter.insurer, world.application.path("applicationId").asText(), "UNDERWRITING_DECISION_MADE");
    }

    @那么("该报价没有生成保单")
    public void notBound() {
        PolicyRules.requireQuoteStillOpen(underwriter.insurer.get("/quotes/" + quoteId()).expectStatus(200).json());
        AuditTrail.requireNoAction(underwriter.insurer, quoteId(), "POLICY_BOUND");
    }

    @假如("租户 {tenant} 对一份已评估的投保申请作出核保决定、报价并出单")
    public void decidedQuotedBound(String tenant) {
        quoted(tenant, "IND");
        world.policies.add(Fixture.setUp("bind the quote", () -> underwriter.bind(quoteId()).expectStatus(201).json()));
    }

    @假如("租户 {tenant} 对一份已评估的投保申请作出核保决定")
    public void decidedOnly(String tenant) {
        quoted(tenant, "IND");
    }

    @那么("每项决定在 GET \\/audit-events?resourceId= 中都有对应的 action")
    public void auditActions() {
        UnderwritingCase c = world.lastCase();
        AuditTrail.requireAction(underwriter.insurer, c.applicationId(), "UNDERWRITING_DECISION_MADE");
        AuditTrail.requireAction(underwriter.insurer, c.applicationId(), "QUOTE_ISSUED");
        AuditTrail.requireAction(underwriter.insurer, quoteId(), "POLICY_BOUND");
    }

    @那么("每条审计事件的 actor.id 为执行决定的客户端 id，occurredAt 为时钟的当前时间")
    public void auditActors() {
        UnderwritingCase c = world.lastCase();
        OffsetDateTime at = OffsetDateTime.parse(c.clock().path("frozenTime").asText());
        String insurer = world.run.credential("T1", "INSURER").actorId(), applicant = world.run.credential("T1", "APPLICANT").actorId();
        AuditTrail.requireActorAndTime(AuditTrail.requireAction(underwriter.insurer, c.applicationId(), "UNDERWRITING_DECISION_MADE"), insurer, at);
        AuditTrail.requireActorAndTime(AuditTrail.requireAction(underwriter.insurer, c.applicationId(), "QUOTE_ISSUED"), insurer, at);
        AuditTrail.requireActorAndTime(AuditTrail.requireAction(underwriter.insurer, quoteId(), "POLICY_BOUND"), applicant, at);
    }

    @当("租户 {tenant} 的 {role} 对该审计事件发送 PUT、PATCH 与 DELETE")
    public void tamper(String tenant, String role) {
        JsonNode event = AuditTrail.requireAction(underwriter.insurer, world.lastCase().applicationId(), "UNDERWRITING_DECISION_MADE");
        world.replies.addAll(AuditTrail.tamper(world.as(tenant, role), event));
    }

    @那么("每个响应的状态为 403、404 或 405")
    public void refused() {
        Reply.expectEach(world.replies, 403, 404, 405);
    }

    private void bindOne(String org, ObjectNode period) {
        ObjectNode app = Applicants.standard(world.run, underwriter.insurer, org, world.clockId());
        if (period != null) ((ObjectNode) app.path("requestedCoverage")).set("policyPeriod", period);
        UnderwritingCase c = Fixture.setUp("walk " + org + " to a quote", () -> underwriter.underwrite(world.clock, app));
        world.cases.add(c);
        world.policies.add(Fixture.setUp("bind the quote", () -> underwriter.bind(c.quoteId()).expectStatus(201).json()));
    }

    private void advanceTo(OffsetDateTime to) {
        world.clock = Fixture.setUp("advance the clock to " + to, () -> Clocks.advanceUntilReady(world.clockOwner, world.clockId(), to));
    }

    private OffsetDateTime now() {
        return Clocks.now(world.clockOwner, world.clockId());
    }

    private String policyId(int nth) {
        return world.policies.get(nth - 1).path("policyId").asText();
    }

    private String quoteId() {
        return world.lastCase().quoteId();
    }

}
