package org.csi.harness.support;

import org.csi.harness.time.Rfc3339;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.csi.harness.verdict.ClauseViolation;
import org.csi.harness.verdict.FixtureUnavailable;
import org.csi.harness.http.Caller;
import org.csi.harness.http.Reply;
import org.csi.harness.oracle.PayableOracle;

/**
 * A claim of F-CLM as its parties walk it in one tenant: the INSURER sets up the test-helper policy, the APPLICANT
 * reports the incident, notifies and uploads, the FORENSIC_INSTITUTION reports, the INSURER assesses, decides and
 * pays. Each step returns the solution's answer; {@link #walk} goes as far as a case needs.
 */
public final class Claimant {
    /** How far a walk goes: along the happy path to CLOSED, or WITHDRAWN right after FNOL. */
    public enum Stage { NOTIFIED, WITHDRAWN, DOCUMENTS_COMPLETE, ASSESSED, DECIDED, AGREED, PAID, CLOSED }

    /** The moments a statutory period of CSI-CLM runs from, as the features name them. */
    public enum Milestone {
        DECISION("决定", "/liabilityDecision/decidedAt"), DOCUMENTS_COMPLETE("材料齐全", "/documentsCompleteAt"), AGREEMENT("协议", "/agreedAt");

        private final String label;
        private final String pointer;

        Milestone(String label, String pointer) {
            this.label = label;
            this.pointer = pointer;
        }

        public static Milestone named(String label) {
            for (Milestone m : values()) if (m.label.equals(label)) return m;
            throw new IllegalArgumentException("no milestone " + label);
        }
    }

    /** One claim and what it stands on; {@code documents} maps a document code to its id. */
    public static final class Claim {
        public final JsonNode fixture;
        public JsonNode clock;
        public JsonNode policy;
        public JsonNode incident;
        /** The incident as the harness sent it (the answer may carry only the members CSI-CLM names). */
        public JsonNode incidentSent;
        public JsonNode claim;
        public final Map<String, String> documents = new LinkedHashMap<>();
        public ArrayNode items;
        /** What this claim has paid so far, in total and as advances (the harness's own count, for the oracle). */
        public BigDecimal paid = BigDecimal.ZERO, advances = BigDecimal.ZERO;
        public boolean denied;
        /** The decidedAt the liability decision was answered with (the pack's claim fields do not include the decision). */
        public String decidedAt;

        Claim(JsonNode fixture) {
            this.fixture = fixture;
        }

        public String id() {
            return claim.path("claimId").asText();
        }

        public String clockId() {
            return clock.path("testClockId").asText();
        }
    }

    public final String tenant;
    public final Caller applicant;
    public final Caller insurer;
    public final Caller forensic;

    public Claimant(RunContext run, String tenant) {
        this.tenant = tenant;
        this.applicant = run.as(tenant, "APPLICANT");
        this.insurer = run.as(tenant, "INSURER");
        this.forensic = run.as(tenant, "FORENSIC_INSTITUTION");
    }

    private Claimant(String tenant, Caller applicant, Caller insurer, Caller forensic) {
        this.tenant = tenant;
        this.applicant = applicant;
        this.insurer = insurer;
        this.forensic = forensic;
    }

    /** The same parties, with {@code party} in the applicant's part (a feature line that names who reports and claims). */
    public Claimant withApplicant(Caller party) {
        return new Claimant(tenant, party, insurer, forensic);
    }

    /** The case's clock, policy and incident, ready for FNOL. */
    public Claim prepare(String caseId) {
        return prepare(caseId, applicant);
    }

    /** As {@link #prepare(String)}, the incident reported by {@code reporter}. */
    public Claim prepare(String caseId, Caller reporter) {
        Claim c = new Claim(ClaimFixtures.caseOf(caseId));
        c.clock = Clocks.create(insurer, "csi-" + caseId, OffsetDateTime.parse(c.fixture.path("clock").asText())).expectStatus(201).json();
        c.policy = insurer.post("/test-helpers/policies", ClaimFixtures.policyBody(c.fixture.path("policy").asText(), c.clockId())).expectStatus(201).json();
        c.incident = incident(c, c.policy.path("policyId").asText(), c.clockId(), reporter);
        return c;
    }

    /** A second claim of the same case on the sibling's policy and clock: new incident, FNOL, every document, the case's items assessed. */
    public Claim another(Claim sibling) {
        Claim c = new Claim(sibling.fixture);
        c.clock = sibling.clock;
        c.policy = sibling.policy;
        c.incident = incident(c, c.policy.path("policyId").asText(), c.clockId());
        notify(c, fnolBody(c)).expectStatus(201);
        uploadRequired(c, List.of());
        assess(c, items(c)).expectStatus(200);
        return c;
    }

    /** A claim on a policy bound elsewhere (CSI-UW): an INC-IV incident discovered 30 min before the clock's now, the policy's first section. */
    public Claim onPolicy(JsonNode clock, JsonNode policy) {
        ObjectNode fixture = JsonNodeFactory.instance.objectNode().put("incident", "INC-IV")
                .put("eventDiscoveredAt", Rfc3339.format(OffsetDateTime.parse(clock.path("frozenTime").asText()).minusMinutes(30)));
        fixture.putArray("items").addObject().put("section", policy.at("/terms/sections/0/code").asText());
        Claim c = new Claim(fixture);
        c.clock = clock;
        c.policy = policy;
        c.incident = incident(c, policy.path("policyId").asText(), clock.path("testClockId").asText());
        notify(c, fnolBody(c)).expectStatus(201);
        return c;
    }

    /** An incident of the same case on a second test-helper policy on the claim's clock. */
    public JsonNode incidentOnAnotherPolicy(Claim c) {
        JsonNode other = insurer.post("/test-helpers/policies", ClaimFixtures.policyBody("PA", c.clockId())).expectStatus(201).json();
        return incident(c, other.path("policyId").asText(), c.clockId());
    }

    /** An incident of the same case, without a policy, on a second test clock. */
    public JsonNode incidentOnAnotherClock(Claim c) {
        JsonNode clock = Clocks.create(insurer, "csi-other", OffsetDateTime.parse(c.fixture.path("clock").asText())).expectStatus(201).json();
        ObjectNode body = ClaimFixtures.incident(c.fixture.path("incident").asText("INC-IV"), null, clock.path("testClockId").asText(),
                c.fixture.path("eventDiscoveredAt").asText());
        body.remove("policyId");
        return applicant.post("/incidents", body).expectStatus(201).json();
    }

    public JsonNode incident(Claim c, String policyId, String clockId) {
        return incident(c, policyId, clockId, applicant);
    }

    public JsonNode incident(Claim c, String policyId, String clockId, Caller reporter) {
        ObjectNode body = ClaimFixtures.incident(c.fixture.path("incident").asText("INC-IV"), policyId, clockId, c.fixture.path("eventDiscoveredAt").asText());
        c.incidentSent = body;
        return reporter.post("/incidents", body).expectStatus(201).json();
    }

    /** An INC-IV incident on the claim's policy and clock, as a request body not yet sent. */
    public ObjectNode incidentBody(Claim c) {
        return ClaimFixtures.incident("INC-IV", c.policy.path("policyId").asText(), c.clockId(), c.fixture.path("eventDiscoveredAt").asText());
    }

    public ObjectNode fnolBody(Claim c) {
        return ClaimFixtures.fnol(c.fixture, c.policy.path("policyId").asText(), c.incident.path("incidentId").asText());
    }

    /** FNOL claiming exactly these sections. */
    public ObjectNode fnolBody(Claim c, List<String> sections) {
        ObjectNode body = fnolBody(c);
        sections.forEach(body.putArray("sectionsClaimed")::add);
        return body;
    }

    public Reply notify(Claim c, JsonNode body) {
        Reply r = applicant.post("/claims", body);
        if (r.status() == 201) c.claim = r.json();
        return r;
    }

    /** Uploads one document with sha256 = SHA-256("csi-doc-<claimId>-<code>") (fixtures.md). */
    public Reply upload(Claim c, String code) {
        return upload(c, code, applicant);
    }

    /** As {@link #upload(Claim, String)}, sent by {@code by}. */
    public Reply upload(Claim c, String code, Caller by) {
        Reply r = by.post("/claims/" + c.id() + "/documents", ClaimFixtures.document(code, code + " 测试材料", sha256("csi-doc-" + c.id() + "-" + code)));
        if (r.status() == 201) c.documents.put(code, r.json().path("documentId").asText());
        return r;
    }

    /** Every required document not yet received, except those in {@code skip}. */
    public void uploadRequired(Claim c, List<String> skip) {
        uploadRequired(c, skip, applicant);
    }

    public void uploadRequired(Claim c, List<String> skip, Caller by) {
        for (JsonNode d : read(c).path("requiredDocuments")) {
            String code = d.path("code").asText();
            if (!d.path("received").asBoolean() && !skip.contains(code)) upload(c, code, by).expectStatus(201);
        }
    }

    public Reply forensicReport(Claim c, JsonNode report) {
        return forensic.post("/claims/" + c.id() + "/forensic-reports", report);
    }

    /** The case's items with evidenceRefs: the LOSS_STATEMENT, and for BI the BI_FINANCIAL_RECORDS. */
    public ArrayNode items(Claim c) {
        ArrayNode items = ClaimFixtures.items(c.fixture);
        for (JsonNode i : items) {
            ArrayNode refs = (ArrayNode) i.path("evidenceRefs");
            refs.add(c.documents.getOrDefault("LOSS_STATEMENT", "none"));
            if (i.has("bi")) refs.add(c.documents.getOrDefault("BI_FINANCIAL_RECORDS", "none"));
        }
        return items;
    }

    public Reply assess(Claim c, JsonNode items) {
        return assess(c, items, insurer);
    }

    public Reply assess(Claim c, JsonNode items, Caller by) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.set("items", items);
        Reply r = by.put("/claims/" + c.id() + "/loss-assessment", body);
        if (r.status() == 200) c.items = (ArrayNode) items;
        return r;
    }

    /** The case's decision, with reasons text wherever it has reason codes. */
    public ObjectNode decisionBody(Claim c) {
        ObjectNode d = c.fixture.path("decision").isObject() ? (ObjectNode) c.fixture.path("decision").deepCopy() : JsonNodeFactory.instance.objectNode().put("decision", "ACCEPTED");
        if (!d.has("reasonCodes")) d.putArray("reasonCodes");
        if (!d.has("exclusionCodes")) d.putArray("exclusionCodes");
        ArrayNode reasons = d.putArray("reasons");
        if (!d.path("reasonCodes").isEmpty()) reasons.add("依据保险条款与损失核定结论作出");
        return d;
    }

    public Reply decide(Claim c, JsonNode body) {
        return decide(c, body, insurer);
    }

    public Reply decide(Claim c, JsonNode body, Caller by) {
        return decided(c, body, by.post("/claims/" + c.id() + "/liability-decision", body));
    }

    /** Remembers what a liability decision's answer says (CLM-06: 201 with decidedAt), for the periods that run from it. */
    public Reply decided(Claim c, JsonNode body, Reply r) {
        if (r.status() == 201) {
            c.denied = body.path("decision").asText().equals("DENIED");
            if (r.json() != null && r.json().path("decidedAt").isTextual()) c.decidedAt = r.json().path("decidedAt").asText();
        }
        return r;
    }

    public JsonNode settlement(Claim c) {
        return applicant.get("/claims/" + c.id() + "/settlement").expectStatus(200).json();
    }

    public Reply agree(Claim c, JsonNode payable) {
        return agree(c, payable, applicant);
    }

    public Reply agree(Claim c, JsonNode payable, Caller by) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.set("payable", payable);
        return by.post("/claims/" + c.id() + "/agreement", body);
    }

    public Reply pay(Claim c, String type, JsonNode amount) {
        return pay(c, type, amount, insurer);
    }

    public Reply pay(Claim c, String type, JsonNode amount, Caller by) {
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("type", type);
        body.set("amount", amount);
        Reply r = by.post("/claims/" + c.id() + "/payments", body);
        if (r.status() == 201) {
            BigDecimal a = new BigDecimal(amount.path("amount").asText());
            c.paid = c.paid.add(a);
            if (type.equals("ADVANCE")) c.advances = c.advances.add(a);
        }
        return r;
    }

    public Reply denialNotice(Claim c) {
        return insurer.post("/claims/" + c.id() + "/denial-notice", ClaimFixtures.denialNotice());
    }

    public Reply close(Claim c) {
        return insurer.send("POST", "/claims/" + c.id() + "/close");
    }

    public Reply withdraw(Claim c) {
        return applicant.send("POST", "/claims/" + c.id() + "/withdraw");
    }

    public JsonNode policy(Claim c) {
        return insurer.get("/policies/" + c.policy.path("policyId").asText()).expectStatus(200).json();
    }

    /**
     * What the harness's payable-amount oracle says this claim settles at, from the terms the solution returns for the
     * policy, the aggregate paid before this claim (what the policy shows less this claim's own payments) and its advances.
     */
    public PayableOracle.Settlement expectedSettlement(Claim c) {
        JsonNode p = policy(c);
        BigDecimal paidBefore = new BigDecimal(p.at("/aggregatePaidToDate/amount").asText()).subtract(c.paid);
        return PayableOracle.settle(p.path("terms"), c.items, c.denied, paidBefore, c.advances, ClaimFixtures.canonicalOrder());
    }

    /**
     * When the claim shows the milestone happened; a claim that does not show it cannot be judged on that period. The
     * decision's time is the claim's embedded decision if it has one, else the decidedAt of the decision's own answer.
     */
    public OffsetDateTime when(Claim c, Milestone m) {
        String at = read(c).at(m.pointer).asText("");
        if (at.isEmpty() && m == Milestone.DECISION && c.decidedAt != null) at = c.decidedAt;
        if (at.isEmpty()) throw new FixtureUnavailable("the claim does not show when the " + m.name().toLowerCase() + " happened (" + m.pointer + ")");
        return OffsetDateTime.parse(at);
    }

    public JsonNode read(Claim c) {
        return applicant.get("/claims/" + c.id()).expectStatus(200).json();
    }

    public OffsetDateTime now(Claim c) {
        return Clocks.now(insurer, c.clockId());
    }

    public void advance(Claim c, Duration by) {
        advanceTo(c, now(c).plus(by));
    }

    public void advanceTo(Claim c, OffsetDateTime to) {
        c.clock = Clocks.advanceUntilReady(insurer, c.clockId(), to);
    }

    /** The whole case up to {@code stage}: FNOL, documents (FR-1 after the case's wait), assessment, decision, agreement, payment. */
    public Claim walk(String caseId, Stage stage) {
        Claim c = prepare(caseId);
        notify(c, fnolBody(c)).expectStatus(201);
        if (stage == Stage.NOTIFIED) return c;
        if (stage == Stage.WITHDRAWN) {
            withdraw(c).expectStatus(200, 201);
            return c;
        }
        boolean fr1 = c.fixture.has("forensic");
        uploadRequired(c, fr1 ? List.of("FORENSIC_REPORT") : List.of());
        if (fr1) {
            advance(c, Duration.ofDays(c.fixture.path("advanceDaysBeforeAssessment").asInt(5)));
            forensicReport(c, ClaimFixtures.forensicReport(c.fixture.path("forensicCompromise").textValue())).expectStatus(201);
        }
        c.claim = read(c);
        ClauseViolation.require(c.claim.path("status").asText().equals("DOCUMENTS_COMPLETE"),
                "with every required document, the claim is " + c.claim.path("status") + ", expected DOCUMENTS_COMPLETE");
        if (stage == Stage.DOCUMENTS_COMPLETE) return c;
        assess(c, items(c)).expectStatus(200);
        if (stage == Stage.ASSESSED) return c;
        decide(c, decisionBody(c)).expectStatus(201);
        if (stage == Stage.DECIDED) return c;
        agree(c, settlement(c).path("payable")).expectStatus(200, 201);
        if (stage == Stage.AGREED) return c;
        pay(c, "FINAL", settlement(c).path("balanceDue")).expectStatus(201);
        if (stage == Stage.CLOSED) close(c).expectStatus(200, 201);
        c.claim = read(c);
        return c;
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
