package org.csi.steps;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cucumber.java.zh_cn.假如;
import io.cucumber.java.zh_cn.当;
import io.cucumber.java.zh_cn.那么;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.csi.harness.checks.ApplicationEcho;
import org.csi.harness.checks.CatalogRules;
import org.csi.harness.verdict.ClauseViolation;
import org.csi.harness.checks.IdempotentReplay;
import org.csi.harness.checks.ClockState;
import org.csi.harness.checks.PageRules;
import org.csi.harness.checks.PiiMasking;
import org.csi.harness.checks.ProblemDetails;
import org.csi.harness.checks.QuestionnaireRules;
import org.csi.harness.checks.TenantIsolation;
import org.csi.harness.http.Caller;
import org.csi.harness.http.Reply;
import org.csi.harness.fixtures.Fixtures;
import org.csi.harness.support.Applicants;
import org.csi.harness.support.Fixture;
import org.csi.harness.support.JsonEdits;
import org.csi.harness.http.PageWalk;
import org.csi.harness.support.Replay;
import org.csi.harness.support.Underwriter;

/** Applications (CSI-UW UW-01, UW-02, UW-06, UW-15) and the GEN and CAT test lines that name them. */
public final class ApplicationSteps {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final World world;
    private final Set<String> created = new LinkedHashSet<>();

    public ApplicationSteps(World world) {
        this.world = world;
    }

    @当("租户 {tenant} 的 {role} 提交 {word} 的投保申请")
    public void submit(String tenant, String role, String org) {
        send(tenant, role, standard(tenant, org));
    }

    @当("租户 {tenant} 的 {role} 提交缺少 priorIncidents 的 {word} 投保申请")
    public void withoutPriorIncidents(String tenant, String role, String org) {
        ObjectNode body = standard(tenant, org);
        body.remove("priorIncidents");
        send(tenant, role, body);
    }

    @当("租户 {tenant} 的 {role} 提交 priorIncidents 为空列表的 {word} 投保申请")
    public void emptyPriorIncidents(String tenant, String role, String org) {
        ObjectNode body = standard(tenant, org);
        body.putArray("priorIncidents");
        send(tenant, role, body);
    }

    /** "提交等保级别为 9 的投保申请": IND with one field replaced; the value is read as JSON ("ALIEN" a string, 9 a number). */
    @当("^租户 (" + Parties.TENANT + ") 的 (" + Parties.ROLE + ") 提交(\\S.*?) ?为 (\\S+) 的投保申请$")
    public void submitWithField(String tenant, String role, String field, String value) throws Exception {
        ObjectNode body = standard(tenant, "IND");
        JsonEdits.set(body, Applicants.pointer(field), JSON.readTree(value));
        send(tenant, role, body);
    }

    @当("^租户 (" + Parties.TENANT + ") 的 (" + Parties.ROLE + ") 提交请求保障为(.+)的 (\\S+) 投保申请$")
    public void submitWithTermViolation(String tenant, String role, String violation, String org) {
        ObjectNode body = standard(tenant, org);
        send(tenant, role, Fixture.setUp("apply the case to RC-STD", () -> Applicants.withTermViolation(body, violation)));
    }

    @当("租户 {tenant} 的 {role} 提交请求了产品未提供保障的投保申请")
    public void submitUnofferedSection(String tenant, String role) {
        String section = CatalogRules.sectionNotOffered(Applicants.product(world.run, world.run.as(tenant, "INSURER")));
        send(tenant, role, Applicants.withSection(standard(tenant, "IND"), section));
    }

    @那么("投保申请带有 applicationId，状态为 SUBMITTED")
    public void submitted() {
        ApplicationEcho.requireSubmitted(world.reply.json());
    }

    @那么("读取该投保申请时回显提交的每个字段，联系人身份证号与手机号已脱敏")
    public void echoed() {
        JsonNode read = world.actorOr("T1", "APPLICANT").get("/applications/" + world.reply.json().path("applicationId").asText()).expectStatus(200).json();
        ApplicationEcho.requireEchoed(world.submitted, read, Applicants.maskedContact());
    }

    @当("租户 {tenant} 的 {role} 提交 {int} 个 F-ORG 企业的投保申请")
    public void submitAll(String tenant, String role, int n) {
        ClauseViolation.require(n == Underwriter.ORGANISATIONS.size(), "fixtures.md has " + Underwriter.ORGANISATIONS.size() + " F-ORG enterprises");
        for (String org : Underwriter.ORGANISATIONS) send(tenant, role, standard(tenant, org));
    }

    @那么("每个投保申请都被受理，状态为 201")
    public void allAccepted() {
        Reply.expectEach(world.replies, 201);
    }

    /** The harness's own GB 32100 check gives IND's check character; each of the 30 others must be refused. */
    @当("租户 {tenant} 的 {role} 以 IND 代码的其余 30 个校验字符各提交一次投保申请")
    public void everyWrongCheckCharacter(String tenant, String role) {
        for (String uscc : Applicants.wrongCheckCharacters("IND")) send(tenant, role, Applicants.withUscc(standard(tenant, "IND"), uscc));
    }

    @那么("每个响应都是 {int}，错误码 {word} 指向 {string}")
    public void everyError(int status, String code, String pointer) {
        ProblemDetails.requireEachPointerError(world.replies, status, code, pointer);
    }

    @当("租户 {tenant} 的 {role} 读取问卷 {word}")
    public void questionnaire(String tenant, String role, String version) {
        world.answered(world.as(tenant, role).get("/questionnaires/" + version));
    }

    @那么("问卷的 version 为 CSIQ-1.0，列出问卷表中的每个答案路径，且路径以点分隔")
    public void questionnaireComplete() {
        QuestionnaireRules.requireComplete(world.reply.json(), "CSIQ-1.0", Fixtures.get("uw/questionnaires.json").path("answerPaths"));
    }

    // GEN-04: another tenant and this tenant's application

    @假如("租户 {tenant} 的 {role} 提交了投保申请")
    public void anApplication(String tenant, String role) {
        ObjectNode body = standard(tenant, "IND");
        world.submitted = body;
        world.application = Fixture.setUp("submit the IND application", () -> world.as(tenant, role).post("/applications", body).expectStatus(201).json());
    }

    @当("租户 {tenant} 读取、修改该投保申请并请求对其核保")
    public void otherTenantTouches(String tenant) {
        String path = "/applications/" + world.application.path("applicationId").asText();
        Caller applicant = world.run.as(tenant, "APPLICANT");
        world.replies.add(applicant.get(path));
        world.replies.add(applicant.patch(path, JSON.createObjectNode().put("testClockId", world.clockId())));
        world.replies.add(world.run.as(tenant, "INSURER").post(path + "/underwriting-decisions", JSON.createObjectNode().put("assessmentId", "none")));
    }

    @那么("每个响应都是 403 或 404，且不含 T1 的投保数据")
    public void refusedWithoutApplicationData() {
        TenantIsolation.requireRefusedWithoutLeak(world.replies, world.submitted.at("/applicant/legalName").asText());
        TenantIsolation.requireRefusedWithoutLeak(world.replies, world.submitted.at("/applicant/uscc").asText());
    }

    @那么("租户 {tenant} 的投保申请列表不含该投保申请")
    public void notListed(String tenant) {
        TenantIsolation.requireNotListed(PageWalk.walk(world.run.as(tenant, "APPLICANT"), "/applications", 100, Map.of()).items(),
                "applicationId", world.application.path("applicationId").asText());
    }

    @那么("租户 {tenant} 的 {role} 按该投保申请的 id 查询审计事件，得到空列表、403 或 404")
    public void noAuditOfOther(String tenant, String role) {
        TenantIsolation.requireNoAuditEvents(world.as(tenant, role).get("/audit-events", Map.of("resourceId", world.application.path("applicationId").asText())));
    }

    // GEN-08, GEN-09, GEN-10: idempotency and pages of applications

    @当("租户 {tenant} 的 {role} 以同一 Idempotency-Key 和相同请求体两次提交投保申请")
    public void replay(String tenant, String role) {
        Replay.twice(world.as(tenant, role), "/applications", standard(tenant, "IND")).forEach(world::answered);
    }

    @那么("两次响应的状态与投保申请 id 相同")
    public void sameAnswer() {
        IdempotentReplay.requireSameAnswer(world.replies.get(0), world.replies.get(1), 201, "applicationId");
    }

    @那么("该投保申请在列表中恰好出现一次")
    public void listedOnce() {
        PageWalk walk = PageWalk.walk(world.actorOr("T1", "APPLICANT"), "/applications", 100, Map.of("testClockId", world.clockId()));
        PageRules.requireEachOnce(walk, "applicationId", Set.of(world.replies.get(0).json().path("applicationId").asText()));
    }

    @当("租户 {tenant} 的 {role} 以 Idempotency-Key K 提交投保申请后，又以 K 和另一请求体提交")
    public void reuse(String tenant, String role) {
        Caller c = world.as(tenant, role);
        String key = "csi-" + UUID.randomUUID();
        Fixture.setUp("submit the first application with the key", () -> c.post("/applications", standard(tenant, "IND"), key).expectStatus(201));
        world.answered(c.post("/applications", standard(tenant, "TEL"), key));
    }

    @那么("没有创建第二个投保申请")
    public void noSecond() {
        List<JsonNode> items = PageWalk.walk(world.actorOr("T1", "APPLICANT"), "/applications", 100, Map.of("testClockId", world.clockId())).items();
        ClauseViolation.require(items.size() == 1, "the clock holds " + items.size() + " applications after a reused key; expected 1");
    }

    @假如("租户 {tenant} 的 {role} 在新的测试时钟上提交了 {int} 个投保申请")
    public void many(String tenant, String role, int n) {
        Caller c = world.as(tenant, role);
        for (int i = 0; i < n; i++) {
            ObjectNode body = standard(tenant, Underwriter.ORGANISATIONS.get(i % Underwriter.ORGANISATIONS.size()));
            created.add(Fixture.setUp("submit application " + (i + 1) + " of " + n,
                    () -> c.post("/applications", body).expectStatus(201).json().path("applicationId").asText()));
        }
    }

    @当("以 testClockId 与 limit={int} 翻阅投保申请列表直到末页")
    public void walk(int limit) {
        world.walk = PageWalk.walk(world.actorOr("T1", "APPLICANT"), "/applications", limit, Map.of("testClockId", world.clockId()));
    }

    @那么("各页依次有 {int}、{int}、{int} 项，无重复、无遗漏")
    public void pages(int a, int b, int c) {
        PageRules.requireSizes(world.walk, List.of(a, b, c));
        PageRules.requireEachOnce(world.walk, "applicationId", created);
        PageRules.requireAscending(world.walk, "applicationId");
    }

    // GEN-12: PII masking

    @假如("租户 {tenant} 的 {role} 提交了含 F-PII 联系人的投保申请")
    public void withContact(String tenant, String role) {
        anApplication(tenant, role);
    }

    @那么("投保申请中的身份证号显示为 {string}，手机号显示为 {string}")
    public void masked(String id, String mobile) {
        PiiMasking.requireMasked(Applicants.everyView(world.actorOr("T1", "APPLICANT"), world.application, world.clockId()), id, mobile,
                Applicants.rawContactByName());
    }

    @那么("本次运行捕获的响应都不含原始身份证号与手机号")
    public void rawNeverSeen() {
        PiiMasking.requireNeverRaw(world.run.evidence().captured(), Applicants.rawContactByName());
    }

    // GEN-14: an application on a clock

    @假如("租户 {tenant} 的 {role} 在新的测试时钟上提交了投保申请")
    public void onNewClock(String tenant, String role) {
        anApplication(tenant, role);
    }

    @那么("该投保申请的 createdAt 等于时钟的 frozenTime")
    public void createdAtClock() {
        ClockState.requireStampedAtFrozenTime(world.application, "createdAt", world.clock);
    }

    @那么("该投保申请返回 404 或带有 archived:true")
    public void archivedOrGone() {
        ClockState.requireArchivedOrGone(world.actorOr("T1", "APPLICANT").get("/applications/" + world.application.path("applicationId").asText()));
    }

    private ObjectNode standard(String tenant, String org) {
        JsonNode clock = world.clockOf(tenant);
        return Fixture.setUp("build the " + org + " application", () -> Applicants.standard(world.run, world.run.as(tenant, "INSURER"), org, clock.path("testClockId").asText()));
    }

    private void send(String tenant, String role, ObjectNode body) {
        world.submitted = body;
        world.answered(world.as(tenant, role).post("/applications", body));
    }
}
