package org.csi.steps;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.cucumber.java.zh_cn.假如;
import io.cucumber.java.zh_cn.当;
import io.cucumber.java.zh_cn.那么;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.csi.harness.checks.AuditTrail;
import org.csi.harness.checks.IncidentRules;
import org.csi.harness.fixtures.Fixtures;
import org.csi.harness.http.Reply;
import org.csi.harness.oracle.IncidentGrading;
import org.csi.harness.support.Fixture;
import org.csi.harness.support.Responder;
import org.csi.harness.support.Responder.Incident;
import org.csi.harness.verdict.ClauseViolation;

/** CSI-ER: intake, grading, reporting duty, response plan, actions, evidence, post-incident report, closure, re-grading. */
public final class EmergencySteps {
    private final World world;
    private Responder responder;
    private final List<Incident> incidents = new ArrayList<>();
    private Incident incident;
    private ArrayNode submitted;
    /** When the grade first reached III or higher by a re-grading (ER-11), as the harness moved the clock. */
    private OffsetDateTime regradedAt;

    public EmergencySteps(World world) {
        this.world = world;
    }

    private Responder responder(String tenant) {
        if (responder == null) responder = new Responder(world.run, tenant);
        return responder;
    }

    private void reported(Incident i) {
        incidents.add(i);
        incident = i;
        world.answered(i.intake);
    }

    private static List<String> names(String list) {
        return Arrays.stream(list.split("[,、，]")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private JsonNode read() {
        return responder.read(incident);
    }

    private void evidence(String name, java.util.function.Supplier<String> check) {
        world.run.evidence().checked(name, check);
    }

    // Intake (ER-01)

    @当("租户 {word} 的 APPLICANT 在时钟 {string} 上报告 INC-IV，discoveredAt 为时钟时间前 30 分钟")
    public void reportAt(String tenant, String clock) {
        OffsetDateTime now = OffsetDateTime.parse(clock);
        reported(responder(tenant).report("INC-IV", now, now.minusMinutes(30), b -> {}));
    }

    @那么("应答有 incidentId，acknowledgedAt 为时钟的当前时间")
    public void acknowledgedNow() {
        evidence("ER-01 acknowledgedAt vs the clock's now", () -> IncidentRules.requireAcknowledgedAt(incident.intake.json(), incident.reportedAt));
    }

    @当("租户 {word} 的 APPLICANT 报告不带 discoveredAt 的 INC-IV")
    public void withoutDiscovery(String tenant) {
        reported(responder(tenant).report("INC-IV", org.csi.harness.support.Clocks.t0(), null, b -> {}));
    }

    @当("租户 {word} 的 APPLICANT 报告 discoveredAt 晚于时钟当前时间 1 分钟的 INC-IV")
    public void discoveredInFuture(String tenant) {
        OffsetDateTime t0 = org.csi.harness.support.Clocks.t0();
        reported(responder(tenant).report("INC-IV", t0, t0.plusMinutes(1), b -> {}));
    }

    // Reported incidents (a set-up in 假如, the act judged in 当)

    @假如("租户 {word} 的 APPLICANT 已报告 F-INC 事件 {word}")
    public void given(String tenant, String fixture) {
        Incident i = responder(tenant).reported(fixture);
        incidents.add(i);
        incident = i;
    }

    @当("租户 {word} 的 APPLICANT 报告 F-INC 事件 {string}")
    public void report(String tenant, String list) {
        for (String f : names(list)) reported(responder(tenant).report(f, org.csi.harness.support.Clocks.t0(), Responder.discoveredAt(), b -> {}));
    }

    @当("租户 {word} 的 APPLICANT 报告 F-INC 的全部事件")
    public void reportAll(String tenant) {
        List<String> all = new ArrayList<>();
        Fixtures.get("clm/incidents.json").fields().forEachRemaining(e -> {
            if (e.getValue().isObject()) all.add(e.getKey());
        });
        report(tenant, String.join(",", all));
    }

    @那么("每个事件都以 201 受理")
    public void allAccepted() {
        for (Incident i : incidents) i.intake.expectStatus(201);
    }

    // Category (ER-02)

    @那么("每个事件的 category 都是 10 个类别代码之一")
    public void categories() {
        for (Incident i : incidents) evidence("ER-02 category of " + i.fixture, () -> IncidentRules.requireCategory(responder.read(i), null));
    }

    @那么("事件的 category 为 {word}")
    public void category(String expected) {
        evidence("ER-02 category of " + incident.fixture, () -> IncidentRules.requireCategory(read(), expected));
    }

    // Grading (ER-03)

    @那么("每个事件的 grade 与 gradingBasis 都与测试工具按分级表算出的相同")
    public void grades() {
        for (Incident i : incidents) {
            evidence("ER-03 " + i.fixture + " (input, expected, observed)", () -> IncidentRules.requireGrade(i.fixture, i.sent.path("impact"), i.intake.expectStatus(201).json()));
        }
    }

    @那么("这对事件一个为 III 级、一个为 IV 级，都与测试工具按分级表算出的相同")
    public void boundaryPair() {
        ClauseViolation.require(incidents.size() == 2, "a boundary pair is two incidents");
        List<String> grades = new ArrayList<>();
        for (Incident i : incidents) {
            evidence("ER-03 boundary pair: " + i.fixture + " (input, expected, observed)",
                    () -> IncidentRules.requireGrade(i.fixture, i.sent.path("impact"), i.intake.expectStatus(201).json()));
            grades.add(IncidentGrading.grade(IncidentGrading.impact(i.sent.path("impact"))).grade());
        }
        ClauseViolation.require(grades.equals(List.of("III", "IV")), "the fixtures are not a III/IV pair: " + grades);
    }

    @那么("gradingBasis 恰为 {string}")
    public void basis(String expected) {
        List<String> want = names(expected).stream().sorted().toList();
        List<String> got = new ArrayList<>();
        incident.intake.json().path("gradingBasis").forEach(b -> got.add(b.asText()));
        ClauseViolation.require(got.stream().sorted().toList().equals(want), "gradingBasis is " + got + ", expected " + want);
        evidence("ER-03 gradingBasis of " + incident.fixture, () -> IncidentRules.requireGrade(incident.fixture, incident.sent.path("impact"), incident.intake.json()));
    }

    // Reporting (ER-04, ER-05)

    @那么("每个事件的 regulatoryReport 为 required:true，deadline 为 discoveredAt 加运营者类型的时限，recipient 为表中所列")
    public void reportable() {
        for (Incident i : incidents) {
            evidence("ER-04 reporting duty of " + i.fixture, () -> IncidentRules.requireReporting(responder.read(i), i.discoveredAt(), i.operatorType()));
        }
    }

    @那么("regulatoryReport 为 required:false，REGULATORY_REPORT 义务为 NOT_REQUIRED")
    public void notReportable() {
        evidence("ER-04 grade IV " + incident.fixture, () -> IncidentRules.requireNotReportable(read()));
    }

    @那么("报告清单含全部 9 个代码，均为 PENDING")
    public void checklistPending() {
        evidence("ER-05 checklist of " + incident.fixture, () -> IncidentRules.requireChecklist(read(), "PENDING"));
    }

    @当("SERVICE_PROVIDER 提交监管报告，清单中 {word} 为 NOT_AVAILABLE 并附说明，其余为 COMPLETE")
    public void submitReport(String notAvailable) {
        submitted = Responder.checklist(notAvailable, "事件尚在调查，溯源线索暂不可得", null);
        world.answered(responder.submitReport(incident, submitted));
    }

    @当("SERVICE_PROVIDER 提交缺少 {word} 一项的监管报告")
    public void submitWithout(String omitted) {
        submitted = Responder.checklist(null, null, omitted);
        world.answered(responder.submitReport(incident, submitted));
    }

    @当("SERVICE_PROVIDER 提交监管报告，清单中 {word} 为 NOT_AVAILABLE 而无说明")
    public void submitWithoutNote(String notAvailable) {
        submitted = Responder.checklist(notAvailable, null, null);
        world.answered(responder.submitReport(incident, submitted));
    }

    @那么("事件的报告清单显示所提交的状态与说明")
    public void checklistAsSubmitted() {
        evidence("ER-05 checklist after the submission", () -> IncidentRules.requireChecklistAsSubmitted(read(), submitted));
    }

    // Obligations and the clock (ER-04, ER-06, ER-08)

    /** The dueAt the pack gives each obligation, from the harness's own clock and the intake it sent. */
    private OffsetDateTime due(String code) {
        return switch (code) {
            case "REGULATORY_REPORT" -> regradedAt != null ? IncidentGrading.regradedDeadline(incident.discoveredAt(), regradedAt, incident.operatorType())
                    : incident.discoveredAt().plus(IncidentGrading.reporting(incident.operatorType()).period());
            case "FIRST_HUMAN_CONTACT" -> incident.reportedAt.plus(IncidentGrading.FIRST_HUMAN_CONTACT);
            case "REMOTE_RESPONSE_START" -> incident.reportedAt.plus(IncidentGrading.REMOTE_RESPONSE_START);
            case "ON_SITE_ARRIVAL" -> incident.reportedAt.plus(IncidentGrading.ON_SITE_ARRIVAL);
            default -> throw new IllegalArgumentException("no obligation " + code);
        };
    }

    @当("时钟推进到 {word} 的截止时间")
    public void advanceToDue(String code) {
        responder.advanceTo(incident, due(code));
    }

    @当("时钟再推进 1 分钟")
    public void advanceOneMinute() {
        responder.advanceBy(incident, Duration.ofMinutes(1));
    }

    @当("时钟推进 {int} 分钟")
    public void advanceMinutes(int minutes) {
        responder.advanceBy(incident, Duration.ofMinutes(minutes));
    }

    @当("时钟推进 {int} 小时")
    public void advanceHours(int hours) {
        responder.advanceBy(incident, Duration.ofHours(hours));
    }

    @那么("{word} 义务在截止时间仍为 PENDING")
    public void pendingAtDue(String code) {
        evidence("boundary " + code + " at dueAt (input: clock " + incident.now + "; expected PENDING; observed)",
                () -> IncidentRules.requireAtBoundary(read(), code, due(code), incident.now));
    }

    @那么("{word} 义务为 BREACHED，breachedAt 为 dueAt")
    public void breachedAtDue(String code) {
        evidence("boundary " + code + " after dueAt (input: clock " + incident.now + "; expected BREACHED, breachedAt = dueAt; observed)",
                () -> IncidentRules.requireAtBoundary(read(), code, due(code), incident.now));
    }

    @那么("该事件的 {word} 义务为 {word}")
    public void obligation(String code, String status) {
        evidence(code + " status", () -> IncidentRules.requireStatus(read(), code, status));
    }

    @那么("{word} 义务仍为 PENDING")
    public void stillPending(String code) {
        obligation(code, "PENDING");
    }

    @那么("{word} 义务为 MET，metAt 为时钟的当前时间")
    public void metNow(String code) {
        evidence(code + " met", () -> IncidentRules.requireMetAt(read(), code, incident.now));
    }

    @那么("{word} 义务的 dueAt 为受理时间加 {int} 分钟")
    public void dueMinutes(String code, int minutes) {
        ClauseViolation.require(due(code).equals(incident.reportedAt.plusMinutes(minutes)), "the feature and the pack disagree on " + code);
        evidence(code + " dueAt", () -> IncidentRules.requireDue(read(), code, due(code)));
    }

    @那么("{word} 义务的 dueAt 为受理时间加 {int} 小时")
    public void dueHours(String code, int hours) {
        dueMinutes(code, hours * 60);
    }

    // Response plan and actions (ER-06..ER-09)

    @当("SERVICE_PROVIDER 以 responseMode {string} 和理由 {string} 记录响应方案")
    public void plan(String mode, String rationale) {
        world.answered(responder.plan(incident, mode, rationale));
    }

    @假如("SERVICE_PROVIDER 已以 responseMode {string} 记录响应方案")
    public void planned(String mode) {
        Fixture.setUp("record a " + mode + " response plan", () -> responder.plan(incident, mode, "按事件影响选择响应方式").expectStatus(201));
    }

    @当("SERVICE_PROVIDER 记录 {word} 行动")
    public void action(String type) {
        world.answered(responder.action(incident, type));
    }

    @当("SERVICE_PROVIDER 记录 destructive 为 true 的 REMEDIATION 行动")
    public void destructiveRemediation() {
        world.answered(responder.action(incident, "REMEDIATION", true, Responder.noEvidence()));
    }

    @当("SERVICE_PROVIDER 记录证据列表为空的 EVIDENCE_PRESERVED 行动")
    public void emptyEvidence() {
        world.answered(responder.action(incident, "EVIDENCE_PRESERVED", false, Responder.noEvidence()));
    }

    @当("SERVICE_PROVIDER 记录 sha256 为大写十六进制的 EVIDENCE_PRESERVED 行动")
    public void upperCaseSha() {
        world.answered(responder.action(incident, "EVIDENCE_PRESERVED", false, Responder.evidence(Responder.validSha256().toUpperCase(java.util.Locale.ROOT))));
    }

    @当("SERVICE_PROVIDER 记录有效的 EVIDENCE_PRESERVED 行动")
    public void preserve() {
        world.answered(responder.action(incident, "EVIDENCE_PRESERVED", false, Responder.evidence(Responder.validSha256())));
    }

    // Post-incident report and closure (ER-10)

    @当("SERVICE_PROVIDER 关闭该事件")
    public void close() {
        world.answered(responder.close(incident));
    }

    @当("SERVICE_PROVIDER 提交 rootCause 为空的复盘报告")
    public void emptyRootCause() {
        world.answered(responder.putReport(incident, Responder.postIncidentReport("", Duration.ofHours(2))));
    }

    @当("SERVICE_PROVIDER 提交 containment 早于 discovery 的复盘报告")
    public void containmentFirst() {
        world.answered(responder.putReport(incident, Responder.postIncidentReport("未打补丁的 VPN 网关被利用", Duration.ofHours(-1))));
    }

    @当("SERVICE_PROVIDER 提交有效的复盘报告")
    public void validReport() {
        world.answered(responder.putReport(incident, Responder.postIncidentReport("未打补丁的 VPN 网关被利用", Duration.ofHours(2))));
    }

    @假如("该事件已提交复盘报告并关闭")
    public void closedAlready() {
        Fixture.setUp("store a post-incident report and close", () -> {
            responder.putReport(incident, Responder.postIncidentReport("未打补丁的 VPN 网关被利用", Duration.ofHours(2))).expectStatus(200, 201);
            return responder.close(incident).expectStatus(200);
        });
    }

    @那么("响应为 status:\"CLOSED\" 的事件，读回也是 CLOSED")
    public void closed() {
        world.reply.expectStatus(200);
        evidence("ER-10 close answer", () -> IncidentRules.requireClosed(world.reply.json()));
        evidence("ER-10 read back", () -> IncidentRules.requireClosed(read()));
    }

    @当("SERVICE_PROVIDER 对该事件记录行动、响应方案、复盘报告，APPLICANT 修改其影响，并再次关闭")
    public void everythingOnClosed() {
        world.replies.clear();
        world.replies.add(responder.action(incident, "CONTAINED"));
        world.replies.add(responder.action(incident, "EVIDENCE_PRESERVED", false, Responder.evidence(Responder.validSha256())));
        world.replies.add(responder.plan(incident, "REMOTE", "关闭后不应再有方案"));
        world.replies.add(responder.putReport(incident, Responder.postIncidentReport("关闭后的修改", Duration.ofHours(2))));
        world.replies.add(responder.patchImpact(incident, "outageHours", 48));
        world.replies.add(responder.close(incident));
    }

    @那么("每个响应都是 409，事件仍为 CLOSED 且未变")
    public void allRefused() {
        Reply.expectEach(world.replies, 409);
        JsonNode after = read();
        evidence("ER-10 still closed", () -> IncidentRules.requireClosed(after));
        ClauseViolation.require(after.at("/impact/outageHours").asInt() != 48, "the impact of a CLOSED incident changed: " + after.path("impact"));
    }

    // Re-grading (ER-11) and its audit events (GEN-11)

    @当("时钟推进 {int} 小时后，APPLICANT 将其 personalInfoRecords 改为 {long}")
    public void regrade(int hours, long records) {
        responder.advanceBy(incident, Duration.ofHours(hours));
        regradedAt = incident.now;
        world.answered(responder.patchImpact(incident, "personalInfoRecords", records));
    }

    @那么("事件为 {word} 级，gradeHistory 保留原来的 {word} 级与此次变更的时间")
    public void history(String now, String earlier) {
        world.reply.expectStatus(200);
        evidence("ER-11 gradeHistory", () -> IncidentRules.requireHistory(read(), earlier, now, regradedAt));
    }

    @那么("新的报告截止时间为 max\\(discoveredAt, 首次达到 III 级的时间) 加运营者类型的时限")
    public void regradedDeadline() {
        JsonNode after = read();
        evidence("ER-11 deadline after re-grading", () -> IncidentRules.requireReporting(after, regradedAt.isAfter(incident.discoveredAt()) ? regradedAt : incident.discoveredAt(),
                incident.operatorType()));
    }

    @那么("该事件有两条 INCIDENT_GRADED 审计事件（受理与重新定级），actor.id 为 APPLICANT 的客户端 id")
    public void gradedAudit() {
        AuditTrail.requireEach(responder.reporter, incident.id(), "INCIDENT_GRADED", List.of(incident.reportedAt, regradedAt),
                world.run.credential(responder.tenant, "APPLICANT").actorId());
    }
}
