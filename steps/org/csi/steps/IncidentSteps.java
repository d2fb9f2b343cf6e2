package org.csi.steps;

import com.fasterxml.jackson.databind.JsonNode;
import io.cucumber.java.zh_cn.假如;
import io.cucumber.java.zh_cn.当;
import io.cucumber.java.zh_cn.那么;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.csi.harness.checks.AuditTrail;
import org.csi.harness.checks.ClaimRules;
import org.csi.harness.checks.IdempotentReplay;
import org.csi.harness.checks.PageRules;
import org.csi.harness.checks.TenantIsolation;
import org.csi.harness.http.Caller;
import org.csi.harness.http.Reply;
import org.csi.harness.support.ClaimFixtures;
import org.csi.harness.support.Claimant;
import org.csi.harness.support.Fixture;
import org.csi.harness.http.PageWalk;
import org.csi.harness.support.Replay;

/** The CSI-GEN test lines that name incidents and claims (GEN-04, GEN-05, GEN-06, GEN-08, GEN-11). */
public final class IncidentSteps {
    private final World world;
    private Claimant claimant;
    private Claimant.Claim claim;
    private JsonNode incident;

    public IncidentSteps(World world) {
        this.world = world;
    }

    @假如("租户 {tenant} 的 {role} 报告了一个事件")
    public void reported(String tenant, String role) {
        claimant = new Claimant(world.run, tenant);
        Caller reporter = world.as(tenant, role);
        claim = Fixture.setUp("set up a policy and an incident", () -> claimant.prepare("CLM-EX2", reporter));
        incident = claim.incident;
    }

    @当("租户 {tenant} 的 {role} 读取该事件并修改其影响")
    public void otherTenantTouchesIncident(String tenant, String role) {
        Caller other = world.as(tenant, role);
        String path = "/incidents/" + incident.path("incidentId").asText();
        world.replies.add(other.get(path));
        world.replies.add(other.patch(path + "/impact", ClaimFixtures.impactChange(100)));
    }

    @那么("每个响应都是 403 或 404，且不含 T1 的事件数据")
    public void incidentNotLeaked() {
        TenantIsolation.requireRefusedWithoutLeak(world.replies, claim.incidentSent.path("summary").asText());
        TenantIsolation.requireRefusedWithoutLeak(world.replies, claim.policy.path("policyId").asText());
    }

    @那么("租户 {tenant} 的事件列表不含该事件")
    public void incidentNotListed(String tenant) {
        TenantIsolation.requireNotListed(PageWalk.walk(world.run.as(tenant, "APPLICANT"), "/incidents", 100, Map.of()).items(),
                "incidentId", incident.path("incidentId").asText());
    }

    @假如("租户 {tenant} 的 {role} 提交了理赔")
    public void claimed(String tenant, String role) {
        claimant = new Claimant(world.run, tenant).withApplicant(world.as(tenant, role));
        claim = Fixture.setUp("walk CLM-EX2 until its documents are complete", () -> claimant.walk("CLM-EX2", Claimant.Stage.DOCUMENTS_COMPLETE));
    }

    @当("租户 {tenant} 的 {role} 读取该理赔并向其提交材料")
    public void otherTenantTouchesClaim(String tenant, String role) {
        Caller other = world.as(tenant, role);
        String path = "/claims/" + claim.id();
        world.replies.add(other.get(path));
        world.replies.add(other.post(path + "/documents", ClaimFixtures.document("OTHER", "GEN-04", Claimant.sha256("GEN-04"))));
        world.replies.add(other.get(path + "/settlement"));
    }

    @那么("每个响应都是 403 或 404，且不含 T1 的理赔数据")
    public void claimNotLeaked() {
        TenantIsolation.requireRefusedWithoutLeak(world.replies, claimant.fnolBody(claim).path("description").asText());
        TenantIsolation.requireRefusedWithoutLeak(world.replies, claim.policy.path("policyId").asText());
    }

    @那么("租户 {tenant} 的理赔列表不含该理赔")
    public void claimNotListed(String tenant) {
        TenantIsolation.requireNotListed(PageWalk.walk(world.run.as(tenant, "APPLICANT"), "/claims", 100, Map.of()).items(), "claimId", claim.id());
    }

    @当("租户 {tenant} 的 {role} 对该理赔作出定责决定并发起支付")
    public void applicantDecidesAndPays(String tenant, String role) {
        Caller c = world.as(tenant, role);
        world.replies.add(c.post("/claims/" + claim.id() + "/liability-decision", claimant.decisionBody(claim)));
        world.replies.add(c.post("/claims/" + claim.id() + "/payments", ClaimFixtures.payment("ADVANCE", "1000.00")));
    }

    @那么("每个响应都是 {int}")
    public void every(int status) {
        Reply.expectEach(world.replies, status);
    }

    @那么("该理赔没有定责决定和支付")
    public void nothingDecided() {
        AuditTrail.requireNoAction(claimant.insurer, claim.id(), "LIABILITY_DECIDED");
        AuditTrail.requireNoAction(claimant.insurer, claim.id(), "PAYMENT_MADE");
        ClaimRules.requireNothingDecided(claimant.read(claim), claimant.settlement(claim));
    }

    @当("租户 {tenant} 的 {role} 报告 operatorType 为 {string} 的事件")
    public void badOperator(String tenant, String role, String value) {
        Claimant.Claim c = prepared(tenant);
        world.answered(world.as(tenant, role).post("/incidents", claimant.incidentBody(c).put("operatorType", value)));
    }

    @当("租户 {tenant} 的 {role} 提交 sectionsClaimed 为 {string} 的理赔")
    public void badSection(String tenant, String role, String value) {
        Claimant.Claim c = prepared(tenant);
        world.answered(world.as(tenant, role).post("/claims", claimant.fnolBody(c, List.of(value))));
    }

    @当("租户 {tenant} 的 {role} 以同一 Idempotency-Key 和相同请求体两次报告事件")
    public void replayIncident(String tenant, String role) {
        Claimant.Claim c = prepared(tenant);
        replay(tenant, role, "/incidents", claimant.incidentBody(c));
    }

    @那么("两次响应的状态与事件 id 相同")
    public void sameIncident() {
        IdempotentReplay.requireSameAnswer(world.replies.get(0), world.replies.get(1), 201, "incidentId");
    }

    @那么("该事件在列表中恰好出现一次")
    public void incidentOnce() {
        listedOnce("/incidents", "incidentId");
    }

    @当("租户 {tenant} 的 {role} 以同一 Idempotency-Key 和相同请求体两次报案")
    public void replayClaim(String tenant, String role) {
        Claimant.Claim c = prepared(tenant);
        replay(tenant, role, "/claims", claimant.fnolBody(c));
    }

    @那么("两次响应的状态与理赔 id 相同")
    public void sameClaim() {
        IdempotentReplay.requireSameAnswer(world.replies.get(0), world.replies.get(1), 201, "claimId");
    }

    @那么("该理赔在列表中恰好出现一次")
    public void claimOnce() {
        listedOnce("/claims", "claimId");
    }

    @那么("定责、定损与支付在该理赔的审计事件中都有对应的 action，actor.id 为 INSURER 的客户端 id")
    public void claimAudit() {
        Claimant.Claim c = paidClaim();
        AuditTrail.requireActedBy(claimant.insurer, c.id(), List.of("LIABILITY_DECIDED", "LOSS_ASSESSED", "PAYMENT_MADE"),
                world.run.credential("T1", "INSURER").actorId(), claimant.now(c));
    }

    private Claimant.Claim paidClaim() {
        claimant = world.claimant;
        return world.claim;
    }

    private Claimant.Claim prepared(String tenant) {
        claimant = new Claimant(world.run, tenant);
        return Fixture.setUp("set up a policy and an incident", () -> claimant.prepare("CLM-EX2"));
    }

    private void replay(String tenant, String role, String path, JsonNode body) {
        Replay.twice(world.as(tenant, role), path, body).forEach(world::answered);
    }

    private void listedOnce(String path, String idField) {
        String id = world.replies.get(0).json().path(idField).asText();
        PageRules.requireEachOnce(PageWalk.walk(world.actorOr("T1", "APPLICANT"), path, 100, Map.of()), idField, Set.of(id));
    }
}
