package org.csi.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Claims of CSI-CLM: first notice, documents and the one supplement request per round, forensic reports, the liability
 * decision and denial notice, the loss assessment and settlement, agreement, payments and the statutory time limits
 * of Insurance Law arts. 21–26, all on the claim's test clock.
 */
final class Claims {
    static final Set<String> DOCUMENT_CODES = Set.of("CLAIM_FORM", "INCIDENT_REPORT", "LOSS_STATEMENT", "FORENSIC_REPORT", "BI_FINANCIAL_RECORDS",
            "EXTORTION_COMMUNICATIONS", "THIRD_PARTY_DEMAND", "INVOICES", "OTHER");
    private static final Set<String> DECISIONS = Set.of("ACCEPTED", "PARTIALLY_ACCEPTED", "DENIED");
    private static final Set<String> REASONS = Set.of("EXCLUSION_APPLIES", "OUTSIDE_INSURING_CLAUSE", "BEFORE_RETROACTIVE_DATE",
            "OUTSIDE_POLICY_PERIOD", "TIME_BARRED", "NON_DISCLOSURE");
    private static final Set<String> FORMS = Set.of("PRODUCTIVITY", "RESPONSE", "REPLACEMENT", "COMPETITIVE_ADVANTAGE", "FINES_AND_JUDGMENTS", "REPUTATION");
    private static final Set<String> VECTORS = Set.of("PHISHING", "EXPLOIT_PUBLIC_FACING_APP", "VALID_ACCOUNTS", "EXTERNAL_REMOTE_SERVICES",
            "SUPPLY_CHAIN", "REMOVABLE_MEDIA", "INSIDER", "UNKNOWN");
    private static final Set<String> QUALIFICATIONS = Set.of("JUDICIAL_APPRAISAL_LICENCE", "TESTING_BODY_ACCREDITATION", "OTHER");
    private static final Set<String> CLOSED = Set.of("CLOSED", "WITHDRAWN");
    private static final Duration ADVANCE_DAYS = Duration.ofDays(60);

    private final Set<Fault> faults;
    private final TestClocks clocks;
    private final Policies policies;
    private final Incidents incidents;
    private final Underwriting underwriting;
    private final AuditLog audit;
    private final Settlement settlement;
    final Store claims;
    private final Map<String, ObjectNode> forensicReports = new ConcurrentHashMap<>();

    Claims(Set<Fault> faults, TestClocks clocks, Policies policies, Incidents incidents, Underwriting underwriting, AuditLog audit) {
        this.faults = faults;
        this.clocks = clocks;
        this.policies = policies;
        this.incidents = incidents;
        this.underwriting = underwriting;
        this.audit = audit;
        this.settlement = new Settlement(faults);
        this.claims = new Store("claim", "clm_", "claimId", clocks);
    }

    // FNOL (CLM-01..03)

    ApiResponse create(Principal caller, JsonNode body) {
        Roles.require(caller, "APPLICANT");
        Violations e = new Violations();
        Fields.text(body, "policyId", "", e);
        Fields.text(body, "incidentId", "", e);
        Instant discovered = Fields.time(body, "eventDiscoveredAt", "", e);
        Fields.text(body, "description", "", e);
        Fields.person(body, "claimant", e);
        JsonNode sections = body.path("sectionsClaimed");
        if (!sections.isArray() || sections.isEmpty()) e.add("REQUIRED", "/sectionsClaimed", "sectionsClaimed needs at least one section.");
        for (int i = 0; i < sections.size(); i++) {
            if (!Settlement.CANONICAL.contains(sections.get(i).asText())) e.add("UNKNOWN_ENUM_VALUE", "/sectionsClaimed/" + i, "Not a coverage section.");
        }
        boolean unvalidated = faults.contains(Fault.CLM02_FNOL_UNVALIDATED);
        if (body.has("notifiedAt") && clocks.varies(Variant.CLIENT_NOTIFIED_AT_REJECTED)) {
            e.add("INVALID_FORMAT", "/notifiedAt", "notifiedAt is set by the platform; do not send it.");
        }
        if (!unvalidated) e.throwIfAny();
        Store.Doc policy = policies.policies.get(caller, body.path("policyId").asText());
        Store.Doc incident = incidents.incidents.get(caller, body.path("incidentId").asText());
        if (!policy.clockId.equals(incident.clockId) && !unvalidated) {
            throw ApiException.of(422, "The incident and the policy are on different clocks.").pointer("TEST_CLOCK_MISMATCH", "/incidentId", "Another clock.").build();
        }
        if (!policy.id.equals(incident.json.path("policyId").asText()) && !unvalidated) {
            throw ApiException.of(422, "The incident belongs to another policy.").pointer("INCIDENT_POLICY_MISMATCH", "/incidentId", "Another policy's incident.").build();
        }
        TestClocks.Clock clock = clocks.get(caller, policy.clockId);
        Instant now = clock.frozenTime;
        if (discovered.isAfter(now) && !unvalidated) throw ApiException.of(422, "eventDiscoveredAt is later than now.").pointer("OUT_OF_RANGE", "/eventDiscoveredAt", "In the future.").build();
        JsonNode terms = policy.toJson().path("terms");
        Set<String> onPolicy = new LinkedHashSet<>();
        terms.path("sections").forEach(s -> onPolicy.add(s.path("code").asText()));
        Violations notCovered = new Violations();
        for (int i = 0; i < sections.size(); i++) {
            if (!onPolicy.contains(sections.get(i).asText()) && !faults.contains(Fault.CLM02_SECTION_NOT_CHECKED) && !unvalidated) {
                notCovered.add("SECTION_NOT_COVERED", "/sectionsClaimed/" + i, sections.get(i).asText() + " is not on the policy.");
            }
        }
        notCovered.throwIfAny();
        Instant notified = faults.contains(Fault.CLM01_NOTIFIED_AT_FROM_CLIENT) && body.hasNonNull("notifiedAt") ? Times.parseOrNull(body.path("notifiedAt").asText()) : now;
        Instant limit = discovered.atOffset(Times.CHINA).plusYears(2).toInstant();
        boolean barred = faults.contains(Fault.CLM03_TIME_BAR_INCLUSIVE) ? !notified.isBefore(limit) : notified.isAfter(limit);
        if (faults.contains(Fault.CLM03_NEVER_TIME_BARRED)) barred = false;
        ObjectNode c = Json.object().put("policyId", policy.id).put("incidentId", incident.id).put("status", "NOTIFIED");
        c.put("eventDiscoveredAt", body.path("eventDiscoveredAt").asText()).put("notifiedAt", Times.format(notified)).putNull("documentsCompleteAt");
        c.set("sectionsClaimed", sections.deepCopy());
        c.put("description", body.path("description").asText());
        c.set("claimant", body.path("claimant").deepCopy());
        Pii.mask(c.get("claimant"));
        ArrayNode required = c.putArray("requiredDocuments");
        (faults.contains(Fault.CLM01_MINIMAL_DOCUMENT_LIST) ? List.of("CLAIM_FORM") : requiredDocuments(sections))
                .forEach(code -> required.addObject().put("code", code).put("received", false));
        c.putObject("timeBar").put("status", barred ? "TIME_BARRED_CANDIDATE" : "WITHIN_LIMIT").put("limitAt", Times.format(limit));
        c.putArray("coverageChecks");
        ObjectNode links = c.putObject("links").put("incidentId", incident.id);
        links.putArray("forensicReportIds");
        String quoteId = policy.json.path("quoteId").textValue();
        if (quoteId == null || faults.contains(Fault.CLM16_LINKS_EMPTY)) links.putNull("underwritingDecisionId");
        else links.put("underwritingDecisionId", underwriting.quotes.get(caller, quoteId).json.path("decisionId").asText());
        c.putArray("documents");
        c.putArray("supplementRequests");
        c.put("round", 1);
        c.putNull("liabilityDecision");
        c.putNull("lossAssessment");
        c.putArray("payments");
        Store.Doc d = claims.create(caller, clock, c);
        return ApiResponse.json(201, render(caller, d));
    }

    static List<String> requiredDocuments(JsonNode sections) {
        List<String> docs = new ArrayList<>(List.of("CLAIM_FORM", "INCIDENT_REPORT", "LOSS_STATEMENT"));
        boolean first = false, third = false, middle = false;
        for (JsonNode s : sections) {
            String code = s.asText();
            boolean liability = Settlement.THIRD_PARTY.contains(code);
            first |= !liability;
            third |= liability;
            int n = Settlement.CANONICAL.indexOf(code) + 1;
            middle |= n >= 3 && n <= 6;
        }
        if (first) docs.add("FORENSIC_REPORT");
        if (contains(sections, "BUSINESS_INTERRUPTION")) docs.add("BI_FINANCIAL_RECORDS");
        if (contains(sections, "CYBER_EXTORTION")) docs.add("EXTORTION_COMMUNICATIONS");
        if (third) docs.add("THIRD_PARTY_DEMAND");
        if (middle) docs.add("INVOICES");
        return docs;
    }

    /** A claim in lists, rendered as GET shows it (obligations on the clock's now). */
    record Listing(java.time.Instant createdAt, String id, ObjectNode json) implements Listed {
        public ObjectNode toJson() {
            return json;
        }
    }

    List<Listing> list(Principal caller, Map<String, String> query) {
        return claims.list(caller, query).stream().map(d -> {
            synchronized (d) {
                return new Listing(d.createdAt(), d.id(), render(caller, d));
            }
        }).toList();
    }

    ApiResponse get(Principal caller, String id) {
        Store.Doc d = claims.get(caller, id);
        synchronized (d) {
            return ApiResponse.json(200, render(caller, d));
        }
    }

    // Documents and the supplement request (CLM-04)

    ApiResponse document(Principal caller, String id, JsonNode body) {
        Roles.require(caller, "APPLICANT");
        Store.Doc d = claims.get(caller, id);
        synchronized (d) {
            open(d);
            Violations e = new Violations();
            String code = Fields.oneOf(body, "code", "", DOCUMENT_CODES, e);
            Fields.text(body, "title", "", e);
            String sha = Fields.text(body, "sha256", "", e);
            if (sha != null && !sha256(sha)) e.add("INVALID_FORMAT", "/sha256", "sha256 is 64 lowercase hexadecimal characters.");
            e.throwIfAny();
            Instant now = now(caller, d);
            ObjectNode doc = ((ArrayNode) d.json.get("documents")).addObject().put("documentId", clocks.newId("doc_", 12))
                    .put("code", code).put("title", body.path("title").asText()).put("sha256", sha).put("receivedAt", Times.format(now));
            receive(d, code, now);
            d.json.put("round", d.json.path("round").asInt() + 1);
            return ApiResponse.json(201, doc.deepCopy());
        }
    }

    ApiResponse supplement(Principal caller, String id, JsonNode body) {
        Roles.require(caller, "INSURER");
        Store.Doc d = claims.get(caller, id);
        synchronized (d) {
            state(d, "NOTIFIED", "AWAITING_DOCUMENTS");
            int round = d.json.path("round").asInt();
            ArrayNode requests = (ArrayNode) d.json.get("supplementRequests");
            boolean issued = !requests.isEmpty() && requests.get(requests.size() - 1).path("round").asInt() == round;
            if (issued && !faults.contains(Fault.CLM04_SECOND_SUPPLEMENT_ADDS)) {
                throw ApiException.of(409, "A supplement request was already issued in this round.").code("SUPPLEMENT_ALREADY_ISSUED", "One request per round.")
                        .currentState(d.json.path("status").asText()).build();
            }
            Set<String> missing = missing(d);
            Set<String> items = new LinkedHashSet<>();
            if (body.path("items").isArray()) body.path("items").forEach(i -> items.add(i.asText()));
            else items.addAll(missing);
            Set<String> before = new LinkedHashSet<>();
            requests.forEach(r -> r.path("items").forEach(i -> before.add(i.asText())));
            if (requests.isEmpty()) {
                if (!items.equals(missing) && !faults.contains(Fault.CLM04_PARTIAL_FIRST_REQUEST)) {
                    throw ApiException.of(422, "The first supplement request must list every missing document: " + missing)
                            .pointer("SUPPLEMENT_INCOMPLETE", "/items", "Missing documents: " + missing).build();
                }
            } else if (!faults.contains(Fault.CLM04_SECOND_SUPPLEMENT_ADDS)) {
                Set<String> allowed = new LinkedHashSet<>(before);
                allowed.retainAll(missing);
                if (items.isEmpty() || !allowed.containsAll(items)) {
                    throw ApiException.of(422, "A later request may list only documents requested before and still missing: " + allowed)
                            .pointer("SUPPLEMENT_ITEM_NOT_ALLOWED", "/items", "Allowed: " + allowed).build();
                }
            }
            ObjectNode r = requests.addObject().put("requestId", clocks.newId("sup_", 12)).put("round", round)
                    .put("issuedAt", Times.format(now(caller, d)));
            ArrayNode list = r.putArray("items");
            items.forEach(list::add);
            d.json.put("status", "AWAITING_DOCUMENTS");
            return ApiResponse.json(201, r.deepCopy());
        }
    }

    // Forensic report (CLM-05) and coverage checks (CLM-16)

    ApiResponse forensicReport(Principal caller, String id, JsonNode body) {
        Roles.require(caller, "FORENSIC_INSTITUTION");
        Store.Doc d = claims.get(caller, id);
        synchronized (d) {
            open(d);
            Violations e = new Violations();
            JsonNode provider = body.path("provider");
            if (!provider.isObject()) e.add("REQUIRED", "/provider", "provider is required.");
            else {
                Fields.text(provider, "name", "/provider", e);
                Fields.text(provider, "uscc", "/provider", e);
                Fields.oneOf(provider, "qualificationType", "/provider", QUALIFICATIONS, e);
                Fields.text(provider, "qualificationNumber", "/provider", e);
            }
            JsonNode techniques = body.path("attackTechniques");
            if (!techniques.isArray()) e.add("REQUIRED", "/attackTechniques", "attackTechniques is required.");
            for (int i = 0; i < techniques.size(); i++) {
                String pattern = faults.contains(Fault.CLM05_SUBTECHNIQUES_REJECTED) ? "T\\d{4}" : "T\\d{4}(\\.\\d{3})?";
                if (!techniques.get(i).asText().matches(pattern)) e.add("INVALID_FORMAT", "/attackTechniques/" + i, "An ATT&CK id: ^T\\d{4}(\\.\\d{3})?$.");
            }
            Fields.oneOf(body, "initialAccessVector", "", VECTORS, e);
            if (!body.path("affectedAssets").isArray() || body.path("affectedAssets").isEmpty()) e.add("REQUIRED", "/affectedAssets", "At least one affected asset.");
            JsonNode t = body.path("timeline");
            Instant compromise = Fields.time(t, "compromise", "/timeline", e), discovery = Fields.time(t, "discovery", "/timeline", e),
                    containment = Fields.time(t, "containment", "/timeline", e);
            Instant exfiltration = t.path("exfiltration").isNull() ? null : Fields.time(t, "exfiltration", "/timeline", e);
            if (compromise != null && discovery != null && discovery.isBefore(compromise)) e.add("TIMELINE_ORDER", "/timeline/discovery", "Discovery before compromise.");
            if (discovery != null && containment != null && containment.isBefore(discovery)) e.add("TIMELINE_ORDER", "/timeline/containment", "Containment before discovery.");
            if (compromise != null && exfiltration != null && exfiltration.isBefore(compromise)) e.add("TIMELINE_ORDER", "/timeline/exfiltration", "Exfiltration before compromise.");
            JsonNode evidence = body.path("evidence");
            if (!evidence.isArray() || evidence.isEmpty()) e.add("REQUIRED", "/evidence", "At least one evidence item.");
            for (int i = 0; i < evidence.size(); i++) {
                JsonNode ev = evidence.get(i);
                String at = "/evidence/" + i;
                Fields.text(ev, "evidenceId", at, e);
                Fields.text(ev, "description", at, e);
                String sha = Fields.text(ev, "sha256", at, e);
                if (sha != null && !sha256(sha)) e.add("INVALID_FORMAT", at + "/sha256", "sha256 is 64 lowercase hexadecimal characters.");
                Fields.time(ev, "collectedAt", at, e);
                Fields.text(ev, "custodian", at, e);
            }
            Fields.text(body, "rootCause", "", e);
            if (!faults.contains(Fault.CLM05_REPORTS_UNVALIDATED)) e.throwIfAny();
            Instant now = now(caller, d);
            ObjectNode report = ((ObjectNode) body.deepCopy()).put("forensicReportId", clocks.newId("frp_", 12))
                    .put("claimId", d.id).put("createdAt", Times.format(now));
            forensicReports.put(report.path("forensicReportId").asText(), report);
            if (!faults.contains(Fault.CLM16_LINKS_EMPTY)) ((ArrayNode) d.json.at("/links/forensicReportIds")).add(report.path("forensicReportId").asText());
            if (compromise != null) coverageChecks(d, compromise);
            receive(d, "FORENSIC_REPORT", now);
            return ApiResponse.json(201, report.deepCopy());
        }
    }

    ApiResponse getForensicReport(Principal caller, String id, String reportId) {
        claims.get(caller, id);
        ObjectNode r = forensicReports.get(reportId);
        if (r == null || !r.path("claimId").asText().equals(id)) throw ApiException.of(404, "No forensic report " + reportId + ".").build();
        return ApiResponse.json(200, r.deepCopy());
    }

    private void coverageChecks(Store.Doc d, Instant compromise) {
        JsonNode terms = policies.policies.get(new Principal(d.tenantId, "INSURER", "", true), d.json.path("policyId").asText()).json.path("terms");
        java.time.LocalDate retro = java.time.LocalDate.parse(terms.path("retroactiveDate").asText());
        boolean before = compromise.atOffset(Times.CHINA).toLocalDate().isBefore(retro) && !faults.contains(Fault.CLM16_RETROACTIVE_DATE_NOT_CHECKED);
        ArrayNode checks = d.json.putArray("coverageChecks");
        checks.addObject().put("code", "RETROACTIVE_DATE").put("result", before ? "FLAGGED" : "PASS");
    }

    // Liability decision and denial notice (CLM-06, CLM-07)

    ApiResponse decide(Principal caller, String id, JsonNode body) {
        if (!faults.contains(Fault.GEN05_APPLICANT_SETTLES)) Roles.require(caller, "INSURER");
        Store.Doc d = claims.get(caller, id);
        synchronized (d) {
            state(d, "DOCUMENTS_COMPLETE");
            Violations e = new Violations();
            String decision = Fields.oneOf(body, "decision", "", DECISIONS, e);
            JsonNode reasons = body.path("reasonCodes"), exclusions = body.path("exclusionCodes"), texts = body.path("reasons");
            for (int i = 0; i < reasons.size(); i++) if (!REASONS.contains(reasons.get(i).asText())) e.add("UNKNOWN_ENUM_VALUE", "/reasonCodes/" + i, "Unknown reason code.");
            boolean unfavourable = "PARTIALLY_ACCEPTED".equals(decision) || "DENIED".equals(decision);
            if (unfavourable && (!reasons.isArray() || reasons.isEmpty())) e.add("REQUIRED", "/reasonCodes", "A partial acceptance or denial needs reason codes.");
            if (unfavourable && (!texts.isArray() || texts.isEmpty())) e.add("REQUIRED", "/reasons", "A partial acceptance or denial needs reasons.");
            if (contains(reasons, "EXCLUSION_APPLIES") && (!exclusions.isArray() || exclusions.isEmpty())) {
                e.add("REQUIRED", "/exclusionCodes", "EXCLUSION_APPLIES needs the exclusion codes.");
            }
            JsonNode terms = policyOf(caller, d).path("terms");
            Set<String> onPolicy = new LinkedHashSet<>();
            terms.path("exclusions").forEach(x -> onPolicy.add(x.path("code").asText()));
            for (int i = 0; i < exclusions.size(); i++) {
                String x = exclusions.get(i).asText();
                if (!onPolicy.contains(x) && !faults.contains(Fault.CLM06_EXCLUSION_NOT_CHECKED)) {
                    e.add("EXCLUSION_NOT_IN_POLICY", "/exclusionCodes/" + i, x + " is not an exclusion of the policy.");
                }
                if ((x.equals("WAR") || x.equals("STATE_BACKED_ATTACK")) && !attributed(d)) {
                    e.add("ATTRIBUTION_REQUIRED", "/exclusionCodes/" + i, x + " needs a forensic attribution.basis.");
                }
            }
            if (!faults.contains(Fault.CLM06_DECISIONS_UNVALIDATED)) e.throwIfAny();
            Instant now = now(caller, d);
            ObjectNode out = Json.object().put("claimId", d.id).put("decision", decision);
            out.set("reasonCodes", reasons.isArray() ? reasons.deepCopy() : Json.array());
            out.set("exclusionCodes", exclusions.isArray() ? exclusions.deepCopy() : Json.array());
            out.set("reasons", texts.isArray() ? texts.deepCopy() : Json.array());
            out.put("decidedAt", faults.contains(Fault.CLM06_DECIDED_AT_NOTIFICATION) ? d.json.path("notifiedAt").asText() : Times.format(now));
            d.json.set("liabilityDecision", out);
            d.json.put("status", decision.equals("DENIED") ? "DENIED" : "LIABILITY_ACCEPTED");
            if (decision.equals("DENIED") && clocks.varies(Variant.DENIAL_NOTICE_AUTOMATIC)) {
                // CLM-07 allows the platform to issue the notice itself, at the decision.
                ObjectNode n = d.json.putObject("denialNotice").put("issuedAt", out.path("decidedAt").asText());
                n.set("reasons", out.path("reasons").isEmpty() ? Json.array().add("依据保险条款作出拒赔决定") : out.path("reasons").deepCopy());
                n.set("exclusionCodes", out.path("exclusionCodes").deepCopy());
            }
            if (!faults.contains(Fault.GEN11_NO_CLAIM_AUDIT)) audit.record(caller, now, "LIABILITY_DECIDED", "CLAIM", d.id);
            return ApiResponse.json(201, out.deepCopy());
        }
    }

    ApiResponse denialNotice(Principal caller, String id, JsonNode body) {
        Roles.require(caller, "INSURER");
        Store.Doc d = claims.get(caller, id);
        synchronized (d) {
            state(d, "DENIED");
            if (d.json.has("denialNotice")) {
                throw ApiException.of(409, "The denial notice was already issued.").code("ILLEGAL_STATE_TRANSITION", "Already issued.").currentState("DENIED").build();
            }
            if (!body.path("reasons").isArray() || body.path("reasons").isEmpty()) {
                throw ApiException.of(422, "A denial notice states its reasons.").pointer("REQUIRED", "/reasons", "reasons is required.").build();
            }
            ObjectNode n = d.json.putObject("denialNotice").put("issuedAt", Times.format(now(caller, d)));
            n.set("reasons", body.path("reasons").deepCopy());
            n.set("exclusionCodes", body.path("exclusionCodes").isArray() ? body.path("exclusionCodes").deepCopy() : Json.array());
            return ApiResponse.json(201, clocks.varies(Variant.ACTIONS_ANSWER_PARENT) ? render(caller, d) : n.deepCopy());
        }
    }

    // Loss assessment and settlement (CLM-08, CLM-09)

    ApiResponse assessLoss(Principal caller, String id, JsonNode body) {
        Roles.require(caller, "INSURER");
        Store.Doc d = claims.get(caller, id);
        synchronized (d) {
            state(d, "DOCUMENTS_COMPLETE", "LIABILITY_ACCEPTED");
            JsonNode terms = policyOf(caller, d).path("terms");
            Set<String> onPolicy = new LinkedHashSet<>();
            terms.path("sections").forEach(s -> onPolicy.add(s.path("code").asText()));
            Set<String> refs = new LinkedHashSet<>();
            d.json.path("documents").forEach(doc -> refs.add(doc.path("documentId").asText()));
            d.json.at("/links/forensicReportIds").forEach(r -> forensicReports.get(r.asText()).path("evidence").forEach(ev -> refs.add(ev.path("evidenceId").asText())));
            Violations e = new Violations();
            JsonNode items = body.path("items");
            if (!items.isArray() || items.isEmpty()) e.add("REQUIRED", "/items", "At least one loss item.");
            for (int i = 0; i < items.size(); i++) item(items.get(i), "/items/" + i, onPolicy, refs, e);
            if (!faults.contains(Fault.CLM08_ITEMS_UNVALIDATED)) e.throwIfAny();
            Instant now = now(caller, d);
            ObjectNode a = d.json.putObject("lossAssessment").put("assessedAt", Times.format(now));
            a.set("items", items.deepCopy());
            if (!faults.contains(Fault.GEN11_NO_CLAIM_AUDIT)) audit.record(caller, now, "LOSS_ASSESSED", "CLAIM", d.id);
            return ApiResponse.json(200, clocks.varies(Variant.ACTIONS_ANSWER_PARENT) ? render(caller, d) : a.deepCopy());
        }
    }

    private void item(JsonNode it, String at, Set<String> onPolicy, Set<String> refs, Violations e) {
        Fields.text(it, "itemId", at, e);
        String section = it.path("section").asText();
        if (!onPolicy.contains(section)) e.add("SECTION_NOT_COVERED", at + "/section", section + " is not on the policy.");
        Fields.oneOf(it, "formOfLoss", at, FORMS, e);
        Fields.oneOf(it, "status", at, Set.of("AGREED", "DISPUTED"), e);
        if (section.equals("BUSINESS_INTERRUPTION")) {
            if (faults.contains(Fault.CLM08_BI_ITEMS_REJECTED)) e.add("NOT_ALLOWED", at + "/bi", "Business-interruption items are not accepted.");
            if (it.has("amount")) e.add("NOT_ALLOWED", at + "/amount", "A business-interruption item carries bi, not amount.");
            JsonNode bi = it.path("bi");
            Instant start = Fields.time(bi, "outageStart", at + "/bi", e), end = Fields.time(bi, "outageEnd", at + "/bi", e);
            Fields.money(bi, "hourlyLoss", at + "/bi", e);
            boolean seconds = faults.contains(Fault.CLM08_BI_SECONDS_ACCEPTED);
            if (start != null && start.getEpochSecond() % 60 != 0 && !seconds) e.add("INVALID_FORMAT", at + "/bi/outageStart", "Whole minutes only.");
            if (end != null && end.getEpochSecond() % 60 != 0 && !seconds) e.add("INVALID_FORMAT", at + "/bi/outageEnd", "Whole minutes only.");
            if (start != null && end != null && !end.isAfter(start)) e.add("OUT_OF_RANGE", at + "/bi/outageEnd", "The outage ends before it starts.");
        } else {
            Fields.money(it, "amount", at, e);
        }
        if (!it.path("basis").isTextual() || it.path("basis").asText().isBlank()) e.add("REQUIRED", at + "/basis", "basis is required.");
        JsonNode evidence = it.path("evidenceRefs");
        for (int j = 0; j < evidence.size(); j++) {
            if (!refs.contains(evidence.get(j).asText())) e.add("EVIDENCE_REF_UNRESOLVED", at + "/evidenceRefs/" + j, "Neither a claim document nor evidence.");
        }
    }

    ApiResponse settlement(Principal caller, String id) {
        Store.Doc d = claims.get(caller, id);
        synchronized (d) {
            return ApiResponse.json(200, settle(caller, d));
        }
    }

    private ObjectNode settle(Principal caller, Store.Doc d) {
        JsonNode policy = policyOf(caller, d);
        BigDecimal paidHere = paid(d, null);
        BigDecimal paidBefore = new BigDecimal(policy.at("/aggregatePaidToDate/amount").asText()).subtract(faults.contains(Fault.CLM14_PAYMENT_NOT_ERODING) ? BigDecimal.ZERO : paidHere);
        JsonNode items = d.json.path("lossAssessment").path("items");
        boolean denied = d.json.at("/liabilityDecision/decision").asText().equals("DENIED");
        BigDecimal advances = faults.contains(Fault.CLM12_BALANCE_IGNORES_ADVANCES) ? BigDecimal.ZERO : paid(d, "ADVANCE");
        ObjectNode s = settlement.compute(policy.path("terms"), items.isMissingNode() ? Json.array() : items, denied, paidBefore, advances);
        return Json.object().put("claimId", d.id).setAll(s);
    }

    // Agreement, payments, close and withdraw (CLM-11..14)

    ApiResponse agree(Principal caller, String id, JsonNode body) {
        Roles.require(caller, "APPLICANT");
        Store.Doc d = claims.get(caller, id);
        synchronized (d) {
            state(d, "LIABILITY_ACCEPTED");
            JsonNode items = d.json.at("/lossAssessment/items");
            boolean disputed = items.isMissingNode();
            for (JsonNode i : items) disputed |= !i.path("status").asText().equals("AGREED");
            if (disputed && !faults.contains(Fault.CLM13_AGREE_WITH_DISPUTED)) {
                throw ApiException.of(409, "Every loss item must be AGREED before the agreement.").code("ILLEGAL_STATE_TRANSITION", "Items are disputed.")
                        .currentState("LIABILITY_ACCEPTED").build();
            }
            Violations e = new Violations();
            BigDecimal payable = Fields.money(body, "payable", "", e);
            e.throwIfAny();
            BigDecimal due = new BigDecimal(settle(caller, d).at("/payable/amount").asText());
            if (payable.compareTo(due) != 0 && !faults.contains(Fault.CLM11_AGREEMENT_UNCHECKED)) {
                throw ApiException.of(422, "The agreed payable is not the settlement's " + due.toPlainString() + ".").pointer("PAYABLE_MISMATCH", "/payable", "Expected " + due.toPlainString()).build();
            }
            d.json.put("agreedAt", Times.format(now(caller, d))).put("status", "AGREED");
            if (clocks.varies(Variant.ACTIONS_ANSWER_SUB_RESOURCE)) {
                ObjectNode agreement = Json.object().put("agreementId", clocks.newId("agr_", 12)).put("claimId", d.id);
                agreement.set("payable", Settlement.money(payable));
                return ApiResponse.json(201, agreement.put("agreedAt", d.json.path("agreedAt").asText()));
            }
            return ApiResponse.json(201, render(caller, d));
        }
    }

    ApiResponse pay(Principal caller, String id, JsonNode body) {
        if (!faults.contains(Fault.GEN05_APPLICANT_SETTLES)) Roles.require(caller, "INSURER");
        Store.Doc d = claims.get(caller, id);
        synchronized (d) {
            Violations e = new Violations();
            String type = Fields.oneOf(body, "type", "", Set.of("ADVANCE", "FINAL"), e);
            BigDecimal amount = Fields.money(body, "amount", "", e);
            e.throwIfAny();
            if (type.equals("ADVANCE")) {
                state(d, "DOCUMENTS_COMPLETE", "LIABILITY_ACCEPTED");
                if (amount.signum() <= 0) throw ApiException.of(422, "An advance is positive.").pointer("OUT_OF_RANGE", "/amount/amount", "Must be > 0.").build();
            } else {
                state(d, "AGREED");
                BigDecimal due = new BigDecimal(settle(caller, d).at("/balanceDue/amount").asText());
                if (amount.compareTo(due) != 0 && !faults.contains(Fault.CLM11_FINAL_AMOUNT_UNCHECKED)) {
                    throw ApiException.of(422, "A FINAL payment is the balance due, " + due.toPlainString() + ".")
                            .pointer("PAYMENT_AMOUNT_MISMATCH", "/amount/amount", "Expected " + due.toPlainString()).build();
                }
            }
            Instant now = now(caller, d);
            ObjectNode p = ((ArrayNode) d.json.get("payments")).addObject().put("paymentId", clocks.newId("pay_", 12))
                    .put("type", type).put("paidAt", Times.format(now));
            p.set("amount", Settlement.money(amount));
            if (type.equals("FINAL")) d.json.put("paidAt", Times.format(now)).put("status", "PAID");
            if (!faults.contains(Fault.CLM14_PAYMENT_NOT_ERODING)) erode(caller, d, amount);
            if (!faults.contains(Fault.GEN11_NO_CLAIM_AUDIT)) audit.record(caller, now, "PAYMENT_MADE", "CLAIM", d.id);
            return ApiResponse.json(201, clocks.varies(Variant.ACTIONS_ANSWER_PARENT) ? render(caller, d) : p.deepCopy());
        }
    }

    ApiResponse close(Principal caller, String id) {
        Roles.require(caller, "INSURER");
        Store.Doc d = claims.get(caller, id);
        synchronized (d) {
            boolean deniedNoticed = d.json.path("status").asText().equals("DENIED") && d.json.has("denialNotice");
            if (!deniedNoticed) state(d, "PAID");
            d.json.put("status", "CLOSED").put("closedAt", Times.format(now(caller, d)));
            return ApiResponse.json(200, render(caller, d));
        }
    }

    ApiResponse withdraw(Principal caller, String id) {
        Roles.require(caller, "APPLICANT");
        Store.Doc d = claims.get(caller, id);
        synchronized (d) {
            state(d, "NOTIFIED", "AWAITING_DOCUMENTS", "DOCUMENTS_COMPLETE");
            d.json.put("status", "WITHDRAWN").put("withdrawnAt", Times.format(now(caller, d)));
            return ApiResponse.json(200, render(caller, d));
        }
    }

    // Rendering: obligations and late damages follow the clock

    private ObjectNode render(Principal caller, Store.Doc d) {
        ObjectNode c = d.toJson();
        Instant now = now(caller, d);
        JsonNode terms = policyOf(caller, d).path("terms");
        ArrayNode obligations = c.putArray("obligations");
        Instant complete = Times.parseOrNull(c.path("documentsCompleteAt").asText(""));
        JsonNode decision = c.path("liabilityDecision");
        Instant decided = decision.isObject() ? Times.parseOrNull(decision.path("decidedAt").asText()) : null;
        if (complete != null) {
            Instant from = faults.contains(Fault.CLM10_DECISION_DUE_FROM_NOTIFICATION) ? Times.parseOrNull(c.path("notifiedAt").asText()) : complete;
            obligation(obligations, "DECISION", from.plus(Duration.ofDays(terms.at("/claimsTerms/decisionDays").asInt(30))), decided, now);
        }
        if (decision.path("decision").asText().equals("DENIED")) {
            Instant due = decided.plus(Duration.ofDays(faults.contains(Fault.CLM07_DENIAL_DUE_5_DAYS) ? 5 : 3));
            obligation(obligations, "DENIAL_NOTICE", due, Times.parseOrNull(c.at("/denialNotice/issuedAt").asText("")), now);
        }
        Instant agreed = Times.parseOrNull(c.path("agreedAt").asText(""));
        if (agreed != null) {
            Instant due = agreed.plus(Duration.ofDays(terms.at("/claimsTerms/paymentDays").asInt(10)));
            Instant paid = Times.parseOrNull(c.path("paidAt").asText(""));
            String status = obligation(obligations, "PAYMENT", due, paid, faults.contains(Fault.CLM11_PAYMENT_NEVER_BREACHED) ? due : now);
            if (status.equals("BREACHED") && !faults.contains(Fault.CLM15_NO_LATE_DAMAGES)) {
                long late = Duration.between(due, paid != null ? paid : now).toMinutes();
                c.putObject("lateDamages").put("daysLate", faults.contains(Fault.CLM15_DAYS_LATE_FLOORED) ? late / 1440 : (late + 1439) / 1440).put("basis", "《保险法》第二十三条：未及时履行赔付义务的，除支付保险金外，应当赔偿被保险人因此受到的损失。");
            }
        }
        if (complete != null) advanceObligation(caller, d, c, obligations, complete.plus(ADVANCE_DAYS), agreed, decided, now);
        c.remove("round");
        if (clocks.varies(Variant.CLAIMS_WITHOUT_EMBEDDED_DECISION)) c.remove(List.of("liabilityDecision", "lossAssessment", "documents", "supplementRequests", "payments"));
        return c;
    }

    private void advanceObligation(Principal caller, Store.Doc d, ObjectNode c, ArrayNode obligations, Instant due, Instant agreed, Instant decided, Instant now) {
        ObjectNode s = settle(caller, d);
        BigDecimal threshold = new BigDecimal(s.at(faults.contains(Fault.CLM12_ADVANCE_THRESHOLD_PAYABLE) ? "/payable/amount" : "/minimumDeterminableAmount/amount").asText());
        boolean denied = c.at("/liabilityDecision/decision").asText().equals("DENIED");
        Instant withdrawn = Times.parseOrNull(c.path("withdrawnAt").asText(""));
        Instant settled = earliest(agreed, denied ? decided : null, withdrawn);
        boolean nothingDeterminable = faults.contains(Fault.CLM12_ZERO_MINIMUM_NOT_EXEMPT) ? noAgreedItem(d) : threshold.signum() == 0;
        if ((settled != null && !settled.isAfter(due)) || nothingDeterminable) {
            obligations.addObject().put("code", "ADVANCE_PAYMENT").put("dueAt", Times.format(due)).put("status", "NOT_REQUIRED");
            return;
        }
        BigDecimal total = BigDecimal.ZERO;
        Instant met = null;
        for (JsonNode p : c.path("payments")) {
            if (!p.path("type").asText().equals("ADVANCE")) continue;
            BigDecimal amount = new BigDecimal(p.at("/amount/amount").asText());
            total = faults.contains(Fault.CLM12_SINGLE_ADVANCE_ONLY) ? total.max(amount) : total.add(amount);
            if (met == null && total.compareTo(threshold) >= 0) met = Times.parseOrNull(p.path("paidAt").asText());
        }
        obligation(obligations, "ADVANCE_PAYMENT", due, met, faults.contains(Fault.CLM12_ADVANCE_NEVER_BREACHED) ? due : now);
    }

    /** The reading of {@link Fault#CLM12_ZERO_MINIMUM_NOT_EXEMPT}: no loss item is AGREED. */
    private static boolean noAgreedItem(Store.Doc d) {
        for (JsonNode i : d.json.at("/lossAssessment/items")) if (i.path("status").asText().equals("AGREED")) return false;
        return true;
    }

    private static String obligation(ArrayNode obligations, String code, Instant due, Instant met, Instant now) {
        String status = met != null ? (met.isAfter(due) ? "BREACHED" : "MET") : (now.isAfter(due) ? "BREACHED" : "PENDING");
        ObjectNode o = obligations.addObject().put("code", code).put("dueAt", Times.format(due)).put("status", status);
        if (met != null) o.put("metAt", Times.format(met));
        return status;
    }

    // Helpers

    private void receive(Store.Doc d, String code, Instant now) {
        for (JsonNode r : d.json.path("requiredDocuments")) if (r.path("code").asText().equals(code)) ((ObjectNode) r).put("received", true);
        String status = d.json.path("status").asText();
        if (missing(d).isEmpty() && (status.equals("NOTIFIED") || status.equals("AWAITING_DOCUMENTS"))) {
            String at = faults.contains(Fault.CLM04_COMPLETE_AT_NOTIFICATION) ? d.json.path("notifiedAt").asText() : Times.format(now);
            d.json.put("status", "DOCUMENTS_COMPLETE").put("documentsCompleteAt", at);
        }
    }

    private static Set<String> missing(Store.Doc d) {
        Set<String> m = new LinkedHashSet<>();
        for (JsonNode r : d.json.path("requiredDocuments")) if (!r.path("received").asBoolean()) m.add(r.path("code").asText());
        return m;
    }

    private void erode(Principal caller, Store.Doc claim, BigDecimal amount) {
        Store.Doc p = policies.policies.get(caller, claim.json.path("policyId").asText());
        synchronized (p) {
            BigDecimal paid = new BigDecimal(p.json.at("/aggregatePaidToDate/amount").asText()).add(amount);
            BigDecimal limit = new BigDecimal(p.json.at("/terms/aggregateLimit/amount").asText());
            p.json.set("aggregatePaidToDate", Settlement.money(paid));
            p.json.set("aggregateRemaining", Settlement.money(limit.subtract(paid).max(BigDecimal.ZERO)));
        }
    }

    private static BigDecimal paid(Store.Doc d, String type) {
        BigDecimal total = BigDecimal.ZERO;
        for (JsonNode p : d.json.path("payments")) {
            if (type == null || p.path("type").asText().equals(type)) total = total.add(new BigDecimal(p.at("/amount/amount").asText()));
        }
        return total;
    }

    private boolean attributed(Store.Doc d) {
        for (JsonNode id : d.json.at("/links/forensicReportIds")) {
            if (!forensicReports.get(id.asText()).at("/attribution/basis").asText("").isBlank()) return true;
        }
        return false;
    }

    private JsonNode policyOf(Principal caller, Store.Doc d) {
        return policies.policies.get(new Principal(caller.tenantId(), "INSURER", caller.clientId(), caller.testMode()), d.json.path("policyId").asText()).toJson();
    }

    private Instant now(Principal caller, Store.Doc d) {
        return clocks.get(caller, d.clockId).frozenTime;
    }

    /** 409 ILLEGAL_STATE_TRANSITION with currentState unless the claim is in one of {@code allowed}. */
    private void state(Store.Doc d, String... allowed) {
        String current = d.json.path("status").asText();
        if (!List.of(allowed).contains(current) && !faults.contains(Fault.CLM13_ANY_TRANSITION)) {
            throw ApiException.of(409, "Not allowed while the claim is " + current + ".").code("ILLEGAL_STATE_TRANSITION", "Not allowed in " + current + ".")
                    .currentState(current).build();
        }
    }

    private void open(Store.Doc d) {
        String current = d.json.path("status").asText();
        if (CLOSED.contains(current) && !faults.contains(Fault.CLM13_ANY_TRANSITION)) {
            throw ApiException.of(409, "The claim is " + current + ".").code("ILLEGAL_STATE_TRANSITION", "No action on a " + current + " claim.").currentState(current).build();
        }
    }

    private boolean sha256(String s) {
        return faults.contains(Fault.CLM05_HASH_CASE_INSENSITIVE) ? s.matches("[0-9a-fA-F]{64}") : s.matches("[0-9a-f]{64}");
    }

    private static boolean contains(JsonNode array, String value) {
        for (JsonNode v : array) if (v.asText().equals(value)) return true;
        return false;
    }

    private static Instant earliest(Instant... xs) {
        Instant m = null;
        for (Instant x : xs) if (x != null && (m == null || x.isBefore(m))) m = x;
        return m;
    }
}
