package org.csi.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Incident intake of CSI-ER (the part CSI-CLM needs: POST /incidents, its grade and reporting duty, and the impact
 * update). Grading follows the pack's table: the most severe grade any row reaches, every comparison ≥.
 */
final class Incidents {
    static final Set<String> CATEGORIES = Set.of("MALWARE", "CYBER_ATTACK", "DATA_SECURITY", "INFORMATION_CONTENT", "EQUIPMENT_FAILURE",
            "IMPROPER_OPERATION", "SECURITY_HAZARD", "ABNORMAL_BEHAVIOUR", "FORCE_MAJEURE", "OTHER");
    private static final Set<String> OPERATORS = Set.of("CII_OPERATOR", "CENTRAL_STATE_ORGAN", "OTHER");
    private static final List<String> CHECKLIST = List.of("REPORTING_ENTITY", "TIME_AND_LOCATION", "CATEGORY_AND_GRADE", "IMPACT_AND_HARM",
            "MEASURES_TAKEN", "PRELIMINARY_CAUSE", "FURTHER_MEASURES_AND_SUPPORT", "TRACEABILITY_LEADS", "EVIDENCE_PRESERVATION");
    /** Row, thresholds for I, II, III (null: the row cannot reach that grade). */
    private record Row(String name, BigDecimal[] thresholds) {}

    private static final Row LOSS = new Row("DIRECT_ECONOMIC_LOSS_CNY", d("100000000", "20000000", "5000000"));
    private static final Row PI = new Row("PERSONAL_INFO_RECORDS", d("100000000", "10000000", "1000000"));
    private static final Row SPI = new Row("SENSITIVE_PERSONAL_INFO_RECORDS", d("10000000", "1000000", "100000"));
    private static final Row CII = new Row("OUTAGE_HOURS_CII", d("6", "2", "0.5"));
    private static final Row OUTAGE = new Row("OUTAGE_HOURS", new BigDecimal[] {null, new BigDecimal("72"), new BigDecimal("24")});

    private final java.util.Set<Fault> faults;
    private final TestClocks clocks;
    private final Policies policies;
    private final AuditLog audit;
    final Store incidents;

    /** {@link Variant#INCIDENTS_WITHOUT_ER_MEMBERS}, which only a solution that does not declare CSI-ER may take. */
    private final boolean withoutEr;

    Incidents(java.util.Set<Fault> faults, TestClocks clocks, Policies policies, AuditLog audit, boolean erDeclared) {
        this.withoutEr = clocks.varies(Variant.INCIDENTS_WITHOUT_ER_MEMBERS) && !erDeclared;
        this.faults = faults;
        this.clocks = clocks;
        this.policies = policies;
        this.audit = audit;
        this.incidents = new Store("incident", "inc_", "incidentId", clocks);
    }

    ApiResponse create(Principal caller, JsonNode body) {
        Roles.require(caller, "APPLICANT", "SERVICE_PROVIDER");
        Violations e = new Violations();
        Fields.person(body, "reporter", e);
        String operator = Fields.oneOf(body, "operatorType", "", OPERATORS, e);
        boolean discoveryOptional = faults.contains(Fault.ER01_DISCOVERY_OPTIONAL) && !body.has("discoveredAt");
        Instant discovered = discoveryOptional ? null : Fields.time(body, "discoveredAt", "", e);
        Fields.text(body, "summary", "", e);
        if (body.has("suspectedCategory")) Fields.oneOf(body, "suspectedCategory", "", CATEGORIES, e);
        Impact impact = impact(body.path("impact"), "/impact", e);
        TestClocks.Clock clock = clockOf(caller, body, e);
        if (discoveryOptional) discovered = clock.frozenTime;
        if (!faults.contains(Fault.GEN06_INCIDENTS_UNVALIDATED)) e.throwIfAny();
        if (discovered != null && discovered.isAfter(clock.frozenTime) && !faults.contains(Fault.GEN06_INCIDENTS_UNVALIDATED)
                && !faults.contains(Fault.ER01_FUTURE_DISCOVERY_ACCEPTED)) {
            throw ApiException.of(422, "discoveredAt is later than now.").pointer("OUT_OF_RANGE", "/discoveredAt", "discoveredAt must not be in the future.").build();
        }
        Instant acknowledged = faults.contains(Fault.ER01_ACK_IS_DISCOVERY) && discovered != null ? discovered : clock.frozenTime;
        if (withoutEr) {
            // CSI-CLM resources: without CSI-ER the answer needs only these members (and the policyId given).
            ObjectNode minimal = Json.object();
            if (body.hasNonNull("policyId")) minimal.put("policyId", body.path("policyId").asText());
            minimal.put("acknowledgedAt", Times.format(acknowledged)).put("status", "OPEN");
            return ApiResponse.json(201, incidents.create(caller, clock, minimal).toJson());
        }
        ObjectNode inc = Json.object().put("policyId", body.path("policyId").textValue());
        inc.set("reporter", body.path("reporter").deepCopy());
        Pii.mask(inc.get("reporter"));
        inc.put("operatorType", operator).put("discoveredAt", discovered == null ? null : Times.format(discovered)).put("summary", body.path("summary").asText());
        if (body.path("discoveredAt").isTextual()) inc.put("discoveredAt", body.path("discoveredAt").asText());
        inc.put("acknowledgedAt", Times.format(acknowledged)).put("status", "OPEN");
        String category = body.has("suspectedCategory") && !faults.contains(Fault.ER02_SUSPECTED_CATEGORY_IGNORED) ? body.path("suspectedCategory").asText() : "OTHER";
        if (faults.contains(Fault.ER02_CATEGORY_OUTSIDE_CODES) && !body.has("suspectedCategory")) category = "UNCLASSIFIED";
        inc.put("category", category);
        inc.set("impact", body.path("impact").deepCopy());
        inc.putNull("responsePlan").putNull("postIncidentReport");
        if (impact != null && operator != null) grade(inc, impact, acknowledged, discovered, operator, true);
        Store.Doc d = incidents.create(caller, clock, inc);
        audit.record(caller, clock.frozenTime, "INCIDENT_GRADED", "INCIDENT", d.id);
        return ApiResponse.json(201, render(caller, d));
    }

    /** PATCH /incidents/{id}/impact: re-grades, keeping the earlier grades in gradeHistory. */
    ApiResponse patchImpact(Principal caller, String id, JsonNode patch) {
        Roles.require(caller, "APPLICANT", "SERVICE_PROVIDER");
        Store.Doc d = incidents.get(caller, id);
        TestClocks.Clock clock = clocks.get(caller, d.clockId);
        synchronized (d) {
            open(d);
            ObjectNode merged = d.json.path("impact").deepCopy();
            MergePatch.apply(merged, patch);
            Violations e = new Violations();
            Impact impact = impact(merged, "", e);
            e.throwIfAny();
            if (withoutEr) return ApiResponse.json(200, d.json.deepCopy());
            d.json.set("impact", merged);
            grade(d.json, impact, clock.frozenTime, Times.parseOrNull(d.json.path("discoveredAt").asText()), d.json.path("operatorType").asText(), false);
            if (!faults.contains(Fault.GEN11_INCIDENT_GRADING_UNAUDITED)) audit.record(caller, clock.frozenTime, "INCIDENT_GRADED", "INCIDENT", d.id);
            return ApiResponse.json(200, render(caller, d));
        }
    }

    ApiResponse get(Principal caller, String id) {
        Store.Doc d = incidents.get(caller, id);
        synchronized (d) {
            return ApiResponse.json(200, render(caller, d));
        }
    }

    /** An incident in lists, rendered as GET shows it (obligations on the clock's now). */
    record Listing(Instant createdAt, String id, ObjectNode json) implements Listed {
        public ObjectNode toJson() {
            return json;
        }
    }

    List<Listing> list(Principal caller, java.util.Map<String, String> query) {
        return incidents.list(caller, query).stream().map(d -> {
            synchronized (d) {
                return new Listing(d.createdAt(), d.id(), render(caller, d));
            }
        }).toList();
    }

    // CSI-ER follow-up: response plan, actions, post-incident report, close

    static final Set<String> MODES = Set.of("REMOTE", "ON_SITE");
    static final Set<String> ACTION_TYPES = Set.of("FIRST_HUMAN_CONTACT", "REMOTE_RESPONSE_STARTED", "ON_SITE_ARRIVED", "CONTAINED", "EVIDENCE_PRESERVED",
            "REMEDIATION", "REGULATORY_REPORT_SUBMITTED");
    /** Which obligation each action type meets. */
    private static final java.util.Map<String, String> MEETS = java.util.Map.of("FIRST_HUMAN_CONTACT", "FIRST_HUMAN_CONTACT",
            "REMOTE_RESPONSE_STARTED", "REMOTE_RESPONSE_START", "ON_SITE_ARRIVED", "ON_SITE_ARRIVAL", "REGULATORY_REPORT_SUBMITTED", "REGULATORY_REPORT");

    ApiResponse responsePlan(Principal caller, String id, JsonNode body) {
        Roles.require(caller, "SERVICE_PROVIDER");
        Store.Doc d = incidents.get(caller, id);
        synchronized (d) {
            open(d);
            Violations e = new Violations();
            String mode = faults.contains(Fault.ER07_UNKNOWN_MODE_ACCEPTED) && body.path("responseMode").isTextual() ? body.path("responseMode").asText()
                    : Fields.oneOf(body, "responseMode", "", MODES, e);
            if (!faults.contains(Fault.ER07_EMPTY_RATIONALE_ACCEPTED)) Fields.text(body, "rationale", "", e);
            if ("ON_SITE".equals(mode) && faults.contains(Fault.ER07_ON_SITE_REFUSED)) e.add("UNKNOWN_ENUM_VALUE", "/responseMode", "Only REMOTE is offered.");
            JsonNode providers = body.path("assignedProviders");
            if (!providers.isMissingNode() && !providers.isArray()) e.add("INVALID_FORMAT", "/assignedProviders", "assignedProviders is an array.");
            e.throwIfAny();
            ObjectNode plan = Json.object().put("responseMode", mode).put("rationale", body.path("rationale").asText(""));
            plan.set("assignedProviders", providers.isArray() ? providers.deepCopy() : Json.array());
            plan.put("recordedAt", Times.format(now(caller, d)));
            d.json.set("responsePlan", plan);
            return ApiResponse.json(201, clocks.varies(Variant.ER_ACTIONS_ANSWER_INCIDENT) ? render(caller, d) : plan.deepCopy());
        }
    }

    ApiResponse action(Principal caller, String id, JsonNode body) {
        Roles.require(caller, "SERVICE_PROVIDER");
        Store.Doc d = incidents.get(caller, id);
        synchronized (d) {
            if (!faults.contains(Fault.ER10_ACTIONS_AFTER_CLOSE)) open(d);
            Violations e = new Violations();
            String type = Fields.oneOf(body, "type", "", ACTION_TYPES, e);
            JsonNode destructive = body.path("destructive");
            if (!destructive.isMissingNode() && !destructive.isBoolean()) e.add("INVALID_FORMAT", "/destructive", "destructive is a boolean.");
            JsonNode evidence = body.path("evidence");
            if (!evidence.isMissingNode() && !evidence.isArray()) e.add("INVALID_FORMAT", "/evidence", "evidence is an array.");
            if ("EVIDENCE_PRESERVED".equals(type) && !faults.contains(Fault.ER09_EVIDENCE_UNCHECKED)) {
                if (evidence.size() == 0) e.add("REQUIRED", "/evidence", "EVIDENCE_PRESERVED needs at least one evidence item.");
                for (int i = 0; i < evidence.size(); i++) {
                    JsonNode item = evidence.get(i);
                    Fields.text(item, "evidenceId", "/evidence/" + i, e);
                    Fields.text(item, "custodian", "/evidence/" + i, e);
                    if (!item.path("sha256").asText("").matches("[0-9a-f]{64}")) e.add("INVALID_FORMAT", "/evidence/" + i + "/sha256", "sha256 must match ^[0-9a-f]{64}$.");
                }
            }
            ArrayNode checklist = null;
            if ("REGULATORY_REPORT_SUBMITTED".equals(type)) checklist = submittedChecklist(body.path("checklist"), e);
            e.throwIfAny();
            ArrayNode actions = d.json.has("actions") ? (ArrayNode) d.json.get("actions") : d.json.putArray("actions");
            boolean preserved = false;
            for (JsonNode a : actions) preserved |= a.path("type").asText().equals("EVIDENCE_PRESERVED");
            if (faults.contains(Fault.ER09_DESTRUCTIVE_ALWAYS_REFUSED)) preserved = evidence.size() > 0;
            if (type.equals("REMEDIATION") && destructive.asBoolean(false) && !preserved && !faults.contains(Fault.ER09_DESTRUCTIVE_WITHOUT_EVIDENCE)) {
                throw ApiException.of(409, "Preserve evidence before a destructive remediation.")
                        .code("EVIDENCE_NOT_PRESERVED", "Record an EVIDENCE_PRESERVED action first.").currentState(d.json.path("status").asText()).build();
            }
            Instant now = now(caller, d);
            ObjectNode action = Json.object().put("actionId", clocks.newId("act_", 20)).put("type", type)
                    .put("description", body.path("description").asText("")).put("destructive", destructive.asBoolean(false));
            action.set("evidence", evidence.isArray() ? evidence.deepCopy() : Json.array());
            if (checklist != null) action.set("checklist", checklist.deepCopy());
            action.put("recordedAt", Times.format(now));
            actions.add(action);
            if (checklist != null && !faults.contains(Fault.ER05_CHECKLIST_NOT_UPDATED)) d.json.with("regulatoryReport").set("checklist", checklist);
            return ApiResponse.json(201, clocks.varies(Variant.ER_ACTIONS_ANSWER_INCIDENT) ? render(caller, d) : action.deepCopy());
        }
    }

    /** A submission's checklist: every one of the 9 codes, COMPLETE, or NOT_AVAILABLE with a note (ER-05). */
    private ArrayNode submittedChecklist(JsonNode given, Violations e) {
        ArrayNode out = Json.array();
        if (!given.isArray()) {
            e.add("REQUIRED", "/checklist", "A REGULATORY_REPORT_SUBMITTED action carries the checklist.");
            return out;
        }
        java.util.Map<String, JsonNode> byCode = new java.util.LinkedHashMap<>();
        for (JsonNode item : given) byCode.put(item.path("code").asText(), item);
        for (String code : CHECKLIST) {
            JsonNode item = byCode.get(code);
            if (item == null) {
                if (!faults.contains(Fault.ER05_INCOMPLETE_SUBMISSION_ACCEPTED)) e.add("REQUIRED", "/checklist", "The checklist lacks " + code + ".");
                out.addObject().put("code", code).put("status", "PENDING").put("note", "");
                continue;
            }
            String status = item.path("status").asText();
            String note = item.path("note").asText("");
            if (!status.equals("COMPLETE") && !status.equals("NOT_AVAILABLE")) e.add("UNKNOWN_ENUM_VALUE", "/checklist", code + ": status is COMPLETE or NOT_AVAILABLE.");
            if (status.equals("NOT_AVAILABLE") && note.isBlank() && !faults.contains(Fault.ER05_NOT_AVAILABLE_WITHOUT_NOTE_ACCEPTED)) {
                e.add("REQUIRED", "/checklist", code + ": NOT_AVAILABLE needs a note.");
            }
            out.addObject().put("code", code).put("status", status).put("note", note);
        }
        return out;
    }

    ApiResponse postIncidentReport(Principal caller, String id, JsonNode body) {
        Roles.require(caller, "SERVICE_PROVIDER");
        Store.Doc d = incidents.get(caller, id);
        synchronized (d) {
            open(d);
            Violations e = new Violations();
            boolean unchecked = faults.contains(Fault.ER10_REPORT_UNCHECKED);
            for (String f : List.of("rootCause", "lessonsLearned", "remediationPlan")) if (!unchecked) Fields.text(body, f, "", e);
            JsonNode timeline = body.path("timeline");
            if (!timeline.isObject()) {
                e.add("REQUIRED", "/timeline", "timeline is required.");
            } else {
                Instant discovery = Fields.time(timeline, "discovery", "/timeline", e);
                Instant containment = Fields.time(timeline, "containment", "/timeline", e);
                Fields.time(timeline, "compromise", "/timeline", e);
                JsonNode ex = timeline.path("exfiltration");
                if (!ex.isMissingNode() && !ex.isNull()) Fields.time(timeline, "exfiltration", "/timeline", e);
                if (discovery != null && containment != null && containment.isBefore(discovery) && !unchecked) {
                    e.add("OUT_OF_RANGE", "/timeline/containment", "containment cannot be before discovery.");
                }
            }
            e.throwIfAny();
            ObjectNode report = Json.object().put("rootCause", body.path("rootCause").asText(""))
                    .put("lessonsLearned", body.path("lessonsLearned").asText("")).put("remediationPlan", body.path("remediationPlan").asText(""));
            report.set("timeline", timeline.deepCopy());
            report.put("submittedAt", Times.format(now(caller, d)));
            d.json.set("postIncidentReport", report);
            return ApiResponse.json(200, clocks.varies(Variant.ER_ACTIONS_ANSWER_INCIDENT) ? render(caller, d) : report.deepCopy());
        }
    }

    ApiResponse close(Principal caller, String id) {
        Roles.require(caller, "SERVICE_PROVIDER");
        Store.Doc d = incidents.get(caller, id);
        synchronized (d) {
            open(d);
            if (!d.json.path("postIncidentReport").isObject() && !faults.contains(Fault.ER10_CLOSE_WITHOUT_REPORT)) {
                throw ApiException.of(409, "Store the post-incident report before closing.")
                        .code("POST_INCIDENT_REPORT_REQUIRED", "PUT /incidents/{id}/post-incident-report first.").currentState("OPEN").build();
            }
            if (!faults.contains(Fault.ER10_CLOSE_LEAVES_OPEN)) d.json.put("status", "CLOSED").put("closedAt", Times.format(now(caller, d)));
            return ApiResponse.json(200, render(caller, d));
        }
    }

    private void open(Store.Doc d) {
        String status = d.json.path("status").asText();
        if (status.equals("CLOSED")) {
            throw ApiException.of(409, "The incident is CLOSED.").code("ILLEGAL_STATE_TRANSITION", "Nothing changes on a CLOSED incident.").currentState(status).build();
        }
    }

    private Instant now(Principal caller, Store.Doc d) {
        return clocks.frozen(d.clockId);
    }

    // Rendering: obligations follow the clock (README §4.6: BREACHED once the clock passes dueAt, breachedAt = dueAt)

    private ObjectNode render(Principal caller, Store.Doc d) {
        ObjectNode c = d.toJson();
        c.remove(List.of("actions", "severeSince"));
        if (withoutEr || !c.has("grade")) return c;
        Instant now = now(caller, d);
        Instant ack = Times.parseOrNull(c.path("acknowledgedAt").asText());
        java.util.Map<String, Instant> met = new java.util.HashMap<>();
        for (JsonNode a : d.json.path("actions")) {
            String code = MEETS.get(a.path("type").asText());
            if (code != null && !(code.equals("FIRST_HUMAN_CONTACT") && faults.contains(Fault.ER06_CONTACT_NOT_MET))) {
                met.putIfAbsent(code, Times.parseOrNull(a.path("recordedAt").asText()));
            }
        }
        ArrayNode obligations = c.putArray("obligations");
        JsonNode report = c.path("regulatoryReport");
        if (report.path("required").asBoolean()) {
            Instant due = Times.parseOrNull(report.path("deadline").asText());
            obligation(obligations, "REGULATORY_REPORT", due, met.get("REGULATORY_REPORT"), faults.contains(Fault.ER04_REPORT_NEVER_BREACHED) ? due : now);
        } else if (faults.contains(Fault.ER04_GRADE_IV_OBLIGATION_PENDING)) {
            obligations.addObject().put("code", "REGULATORY_REPORT").putNull("dueAt").put("status", "PENDING").putNull("metAt").putNull("breachedAt");
        } else {
            notRequired(obligations, "REGULATORY_REPORT", null);
        }
        Duration contact = Duration.ofMinutes(faults.contains(Fault.ER06_SLA_OFF_BY_A_MINUTE) ? 61 : 60);
        obligation(obligations, "FIRST_HUMAN_CONTACT", ack.plus(contact), met.get("FIRST_HUMAN_CONTACT"), now);
        obligation(obligations, "REMOTE_RESPONSE_START", ack.plus(Duration.ofMinutes(120)), met.get("REMOTE_RESPONSE_START"), now);
        String mode = c.at("/responsePlan/responseMode").asText("");
        Instant arrival = ack.plus(Duration.ofHours(faults.contains(Fault.ER08_ARRIVAL_DUE_48H) ? 48 : 24));
        if (mode.equals("ON_SITE") || (mode.equals("REMOTE") && faults.contains(Fault.ER07_REMOTE_REQUIRES_ARRIVAL))) {
            obligation(obligations, "ON_SITE_ARRIVAL", arrival, met.get("ON_SITE_ARRIVAL"), faults.contains(Fault.ER08_ARRIVAL_NEVER_BREACHED) ? arrival : now);
        } else if (mode.equals("REMOTE")) {
            notRequired(obligations, "ON_SITE_ARRIVAL", arrival);
        }
        return c;
    }

    private void obligation(ArrayNode obligations, String code, Instant due, Instant met, Instant now) {
        boolean late = met != null ? met.isAfter(due) : now.isAfter(due);
        ObjectNode o = obligations.addObject().put("code", code).put("dueAt", Times.format(due)).put("status", met != null && !late ? "MET" : late ? "BREACHED" : "PENDING");
        if (met != null) o.put("metAt", Times.format(met)); else o.putNull("metAt");
        if (late) o.put("breachedAt", Times.format(faults.contains(Fault.ER06_BREACHED_AT_ADVANCE_TIME) && met == null ? now : due)); else o.putNull("breachedAt");
    }

    private void notRequired(ArrayNode obligations, String code, Instant wouldBeDue) {
        ObjectNode o = obligations.addObject().put("code", code);
        if (wouldBeDue != null && clocks.varies(Variant.ER_NOT_REQUIRED_DUE_AT)) o.put("dueAt", Times.format(wouldBeDue)); else o.putNull("dueAt");
        o.put("status", "NOT_REQUIRED").putNull("metAt").putNull("breachedAt");
    }

    private TestClocks.Clock clockOf(Principal caller, JsonNode body, Violations e) {
        String policyId = body.path("policyId").textValue();
        TestClocks.Clock clock = body.hasNonNull("testClockId") ? clocks.attach(caller, body.path("testClockId").asText(), "/testClockId") : null;
        if (policyId != null) {
            Store.Doc policy = policies.policies.get(caller, policyId);
            if (clock != null && !clock.id.equals(policy.clockId)) {
                throw ApiException.of(422, "The incident and its policy are on different clocks.").pointer("TEST_CLOCK_MISMATCH", "/testClockId", "testClockId differs from the policy's clock.").build();
            }
            return clocks.get(caller, policy.clockId);
        }
        if (clock == null) throw ApiException.of(422, "testClockId or policyId is required.").pointer("REQUIRED", "/testClockId", "testClockId is required.").build();
        return clock;
    }

    private record Impact(BigDecimal loss, long pi, long spi, BigDecimal outage, boolean cii) {}

    private static Impact impact(JsonNode i, String at, Violations e) {
        if (!i.isObject()) {
            e.add("REQUIRED", at.isEmpty() ? "/impact" : at, "impact is required.");
            return null;
        }
        JsonNode loss = i.path("directEconomicLossCNY");
        BigDecimal l = BigDecimal.ZERO;
        if (!loss.isTextual() || !loss.asText().matches("\\d{1,15}\\.\\d{2}")) e.add("INVALID_FORMAT", at + "/directEconomicLossCNY", "a decimal string with two decimals.");
        else l = new BigDecimal(loss.asText());
        long pi = count(i, "personalInfoRecords", at, e), spi = count(i, "sensitivePersonalInfoRecords", at, e);
        JsonNode outage = i.path("outageHours");
        BigDecimal o = BigDecimal.ZERO;
        if (!outage.isNumber() || outage.decimalValue().signum() < 0 || outage.decimalValue().stripTrailingZeros().scale() > 2) {
            e.add("INVALID_FORMAT", at + "/outageHours", "outageHours is a number ≥ 0 with at most 2 decimals.");
        } else {
            o = outage.decimalValue();
        }
        if (!i.path("ciiAffected").isBoolean()) e.add("INVALID_FORMAT", at + "/ciiAffected", "ciiAffected is a boolean.");
        return new Impact(l, pi, spi, o, i.path("ciiAffected").asBoolean());
    }

    private static long count(JsonNode i, String name, String at, Violations e) {
        JsonNode v = i.path(name);
        if (!v.isIntegralNumber() || v.asLong() < 0) {
            e.add("INVALID_FORMAT", at + "/" + name, name + " is an integer ≥ 0.");
            return 0;
        }
        return v.asLong();
    }

    /**
     * Grades the incident at {@code now}. The reporting deadline runs from max(discoveredAt, the time the grade first
     * reached III or higher): at intake that time is the discovery itself (ER-04), on a re-grading the change (ER-11).
     */
    private void grade(ObjectNode inc, Impact i, Instant now, Instant discovered, String operator, boolean intake) {
        int grade = 4;
        ArrayNode basis = Json.array();
        grade = Math.min(grade, row(LOSS, i.loss(), basis));
        grade = Math.min(grade, row(PI, BigDecimal.valueOf(i.pi()), basis));
        grade = Math.min(grade, row(SPI, BigDecimal.valueOf(i.spi()), basis));
        grade = Math.min(grade, row(i.cii() && !faults.contains(Fault.ER03_CII_ROW_IGNORED) ? CII : OUTAGE, i.outage(), basis));
        String g = List.of("I", "II", "III", "IV").get(grade - 1);
        ArrayNode history = inc.has("gradeHistory") && !faults.contains(Fault.ER11_HISTORY_DROPPED) ? (ArrayNode) inc.get("gradeHistory") : inc.putArray("gradeHistory");
        boolean changed = !g.equals(inc.path("grade").asText());
        if (changed) history.addObject().put("grade", g).put("changedAt", Times.format(now));
        if (grade <= 3 && !inc.has("severeSince")) inc.put("severeSince", Times.format(intake ? discovered : now));
        inc.put("grade", g);
        inc.set("gradingBasis", basis);
        JsonNode previous = inc.at("/regulatoryReport/checklist");
        ObjectNode report = inc.putObject("regulatoryReport").put("required", grade <= 3);
        if (grade <= 3) {
            Duration period = switch (operator) {
                case "CII_OPERATOR" -> Duration.ofMinutes(60);
                case "CENTRAL_STATE_ORGAN" -> Duration.ofMinutes(120);
                default -> Duration.ofMinutes(240);
            };
            Instant reachedIII = Times.parseOrNull(inc.path("severeSince").asText());
            Instant from = faults.contains(Fault.ER11_DEADLINE_FROM_DISCOVERY) || reachedIII == null || discovered.isAfter(reachedIII) ? discovered : reachedIII;
            if (faults.contains(Fault.ER04_DEADLINE_FROM_ACK)) from = Times.parseOrNull(inc.path("acknowledgedAt").asText());
            Instant deadline = from.plus(period);
            report.put("deadline", Times.format(deadline)).put("recipient", switch (operator) {
                case "CII_OPERATOR" -> "PROTECTION_DEPARTMENT_AND_PUBLIC_SECURITY";
                case "CENTRAL_STATE_ORGAN" -> faults.contains(Fault.ER04_WRONG_RECIPIENT) ? "PROVINCIAL_CAC" : "OWN_CYBERSPACE_AFFAIRS_UNIT";
                default -> "PROVINCIAL_CAC";
            });
            if (previous.size() > 0) {
                report.set("checklist", previous.deepCopy()); // a re-grading keeps what was submitted
            } else {
                ArrayNode checklist = report.putArray("checklist");
                List<String> codes = faults.contains(Fault.ER05_CHECKLIST_MISSING_CODE) ? CHECKLIST.subList(0, 8) : CHECKLIST;
                codes.forEach(c -> checklist.addObject().put("code", c).put("status", "PENDING").put("note", ""));
            }
        } else {
            report.putNull("deadline").putNull("recipient");
            report.putArray("checklist");
        }
    }

    /** The most severe grade (1–4) the row reaches, adding its basis entry; 4 when it reaches none. */
    private int row(Row r, BigDecimal value, ArrayNode basis) {
        for (int g = 0; g < 3; g++) {
            BigDecimal t = r.thresholds()[g];
            int least = faults.contains(Fault.ER03_GRADING_STRICT) ? 1 : 0;
            if (t != null && value.compareTo(t) >= least) {
                BigDecimal named = faults.contains(Fault.ER03_BASIS_LEAST_SEVERE) ? r.thresholds()[2] : t;
                basis.add(r.name() + ">=" + named.stripTrailingZeros().toPlainString());
                return g + 1;
            }
        }
        return 4;
    }

    private static BigDecimal[] d(String i, String ii, String iii) {
        return new BigDecimal[] {new BigDecimal(i), new BigDecimal(ii), new BigDecimal(iii)};
    }
}
