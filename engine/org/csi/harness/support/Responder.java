package org.csi.harness.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.csi.harness.fixtures.Fixtures;
import org.csi.harness.http.Caller;
import org.csi.harness.http.Reply;
import org.csi.harness.oracle.IncidentGrading;

/**
 * CSI-ER walks: an F-INC incident reported on its own test clock, then the SERVICE_PROVIDER's response plan, actions,
 * post-incident report and closure, with the clock moved to the boundaries the clauses name. Every incident is read
 * back with GET before it is judged, so that an action may be answered with the action or with the incident.
 */
public final class Responder {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** F-INC: discoveredAt on a clock at T0. */
    public static OffsetDateTime discoveredAt() {
        return OffsetDateTime.parse("2025-06-02T08:30:00+08:00");
    }

    /** One reported incident: its clock, the body sent, the intake's answer, and the clock's now as the harness set it. */
    public static final class Incident {
        public final String fixture;
        public final String clockId;
        public final ObjectNode sent;
        public final Reply intake;
        /** The clock's now at intake: acknowledgedAt must be this (ER-01). */
        public final OffsetDateTime reportedAt;
        public OffsetDateTime now;

        Incident(String fixture, String clockId, ObjectNode sent, Reply intake, OffsetDateTime reportedAt) {
            this.fixture = fixture;
            this.clockId = clockId;
            this.sent = sent;
            this.intake = intake;
            this.reportedAt = reportedAt;
            this.now = reportedAt;
        }

        public String id() {
            return intake.json().path("incidentId").asText();
        }

        public OffsetDateTime discoveredAt() {
            return OffsetDateTime.parse(sent.path("discoveredAt").asText());
        }

        public String operatorType() {
            return sent.path("operatorType").asText();
        }
    }

    public final String tenant;
    public final Caller reporter;
    public final Caller provider;

    public Responder(RunContext run, String tenant) {
        this.tenant = tenant;
        this.reporter = run.as(tenant, "APPLICANT");
        this.provider = run.as(tenant, "SERVICE_PROVIDER");
    }

    /** The F-INC body of {@code fixture} (no policy) on {@code clockId}, discovered at {@code discovered}. */
    public static ObjectNode body(String fixture, String clockId, OffsetDateTime discovered) {
        ObjectNode b = ClaimFixtures.incident(fixture, null, clockId, discovered == null ? null : org.csi.harness.time.Rfc3339.format(discovered));
        b.remove("policyId");
        if (discovered == null) b.remove("discoveredAt");
        return b;
    }

    /** The fixture's impact figures, for the harness's own grading. */
    public static IncidentGrading.Impact impactOf(String fixture) {
        return IncidentGrading.impact(Fixtures.get("clm/incidents.json").path(fixture).path("impact"));
    }

    /** A new clock at {@code now}; the body {@code edit} may change before it is sent; the reply is not judged here. */
    public Incident report(String fixture, OffsetDateTime now, OffsetDateTime discovered, java.util.function.Consumer<ObjectNode> edit) {
        String clockId = Fixture.setUp("create a test clock", () -> Clocks.create(reporter, "csi-er-" + java.util.UUID.randomUUID(), now).expectStatus(201)
                .json().path("testClockId").asText());
        ObjectNode body = body(fixture, clockId, discovered);
        edit.accept(body);
        return new Incident(fixture, clockId, body, reporter.post("/incidents", body), now);
    }

    /** F-INC as the fixture table sets it: discovered at 08:30 on a clock at T0, accepted with 201 (a set-up). */
    public Incident reported(String fixture) {
        Incident i = report(fixture, Clocks.t0(), discoveredAt(), b -> {});
        Fixture.setUp("report " + fixture, () -> i.intake.expectStatus(201).json());
        return i;
    }

    public JsonNode read(Incident i) {
        return provider.get("/incidents/" + i.id()).expectStatus(200).json();
    }

    /** Moves the incident's clock to {@code to} and waits until READY. */
    public void advanceTo(Incident i, OffsetDateTime to) {
        Clocks.advanceUntilReady(reporter, i.clockId, to);
        i.now = to;
    }

    public void advanceBy(Incident i, Duration d) {
        advanceTo(i, i.now.plus(d));
    }

    public Reply plan(Incident i, String mode, String rationale) {
        ObjectNode b = JSON.objectNode().put("responseMode", mode).put("rationale", rationale);
        b.putArray("assignedProviders").add("应急响应服务商 A");
        return provider.post("/incidents/" + i.id() + "/response-plan", b);
    }

    public Reply action(Incident i, String type, boolean destructive, ArrayNode evidence) {
        return provider.post("/incidents/" + i.id() + "/actions", actionBody(type, destructive, evidence));
    }

    public Reply action(Incident i, String type) {
        return action(i, type, false, JSON.arrayNode());
    }

    public static ObjectNode actionBody(String type, boolean destructive, ArrayNode evidence) {
        ObjectNode b = JSON.objectNode().put("type", type).put("description", "CSI 一致性测试：" + type).put("destructive", destructive);
        b.set("evidence", evidence);
        return b;
    }

    /** One evidence item with {@code sha256}. */
    public static ArrayNode evidence(String sha256) {
        ArrayNode a = JSON.arrayNode();
        a.addObject().put("evidenceId", "EV-1").put("sha256", sha256).put("custodian", "取证机构 A");
        return a;
    }

    public static String validSha256() {
        return Claimant.sha256("CSI-ER evidence image");
    }

    /** A REGULATORY_REPORT_SUBMITTED action with {@code checklist}. */
    public Reply submitReport(Incident i, ArrayNode checklist) {
        ObjectNode b = actionBody("REGULATORY_REPORT_SUBMITTED", false, JSON.arrayNode());
        b.set("checklist", checklist);
        return provider.post("/incidents/" + i.id() + "/actions", b);
    }

    /** Every code COMPLETE, except {@code notAvailable} marked NOT_AVAILABLE with {@code note} (null: no note member). */
    public static ArrayNode checklist(String notAvailable, String note, String omit) {
        ArrayNode a = JSON.arrayNode();
        for (String code : IncidentGrading.CHECKLIST) {
            if (code.equals(omit)) continue;
            ObjectNode item = a.addObject().put("code", code);
            if (code.equals(notAvailable)) {
                item.put("status", "NOT_AVAILABLE");
                if (note != null) item.put("note", note);
            } else {
                item.put("status", "COMPLETE").put("note", "已报送");
            }
        }
        return a;
    }

    /** A post-incident report; containment {@code containmentAfterDiscovery} after discovery (negative: before). */
    public static ObjectNode postIncidentReport(String rootCause, Duration containmentAfterDiscovery) {
        OffsetDateTime discovery = discoveredAt();
        ObjectNode b = JSON.objectNode().put("rootCause", rootCause).put("lessonsLearned", "加强补丁管理与备份隔离")
                .put("remediationPlan", "30 日内完成漏洞修复与演练");
        b.putObject("timeline").put("compromise", org.csi.harness.time.Rfc3339.format(discovery.minusHours(6)))
                .put("discovery", org.csi.harness.time.Rfc3339.format(discovery))
                .put("containment", org.csi.harness.time.Rfc3339.format(discovery.plus(containmentAfterDiscovery)))
                .put("exfiltration", org.csi.harness.time.Rfc3339.format(discovery.minusHours(2)));
        return b;
    }

    public Reply putReport(Incident i, ObjectNode report) {
        return provider.put("/incidents/" + i.id() + "/post-incident-report", report);
    }

    public Reply close(Incident i) {
        return provider.post("/incidents/" + i.id() + "/close", JSON.objectNode());
    }

    /** PATCH /incidents/{id}/impact setting one figure. */
    public Reply patchImpact(Incident i, String figure, long value) {
        return reporter.patch("/incidents/" + i.id() + "/impact", JSON.objectNode().put(figure, value));
    }

    public static ArrayNode noEvidence() {
        return JSON.arrayNode();
    }
}
