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
    final Store incidents;

    Incidents(java.util.Set<Fault> faults, TestClocks clocks, Policies policies) {
        this.faults = faults;
        this.clocks = clocks;
        this.policies = policies;
        this.incidents = new Store("incident", "inc_", "incidentId", clocks);
    }

    ApiResponse create(Principal caller, JsonNode body) {
        Roles.require(caller, "APPLICANT", "SERVICE_PROVIDER");
        Violations e = new Violations();
        Fields.person(body, "reporter", e);
        String operator = Fields.oneOf(body, "operatorType", "", OPERATORS, e);
        Instant discovered = Fields.time(body, "discoveredAt", "", e);
        Fields.text(body, "summary", "", e);
        if (body.has("suspectedCategory")) Fields.oneOf(body, "suspectedCategory", "", CATEGORIES, e);
        Impact impact = impact(body.path("impact"), "/impact", e);
        TestClocks.Clock clock = clockOf(caller, body, e);
        if (!faults.contains(Fault.GEN06_INCIDENTS_UNVALIDATED)) e.throwIfAny();
        if (discovered != null && discovered.isAfter(clock.frozenTime) && !faults.contains(Fault.GEN06_INCIDENTS_UNVALIDATED)) {
            throw ApiException.of(422, "discoveredAt is later than now.").pointer("OUT_OF_RANGE", "/discoveredAt", "discoveredAt must not be in the future.").build();
        }
        if (clocks.varies(Variant.INCIDENTS_WITHOUT_ER_MEMBERS)) {
            // CSI-CLM resources: without CSI-ER the answer needs only these members (and the policyId given).
            ObjectNode minimal = Json.object();
            if (body.hasNonNull("policyId")) minimal.put("policyId", body.path("policyId").asText());
            minimal.put("acknowledgedAt", Times.format(clock.frozenTime)).put("status", "OPEN");
            return ApiResponse.json(201, incidents.create(caller, clock, minimal).toJson());
        }
        ObjectNode inc = Json.object().put("policyId", body.path("policyId").textValue());
        inc.set("reporter", body.path("reporter").deepCopy());
        Pii.mask(inc.get("reporter"));
        inc.put("operatorType", operator).put("discoveredAt", body.path("discoveredAt").asText()).put("summary", body.path("summary").asText());
        inc.put("acknowledgedAt", Times.format(clock.frozenTime)).put("status", "OPEN");
        inc.put("category", body.has("suspectedCategory") ? body.path("suspectedCategory").asText() : "OTHER");
        inc.set("impact", body.path("impact").deepCopy());
        if (impact != null && operator != null) grade(inc, impact, clock.frozenTime, discovered, operator);
        return ApiResponse.json(201, incidents.create(caller, clock, inc).toJson());
    }

    /** PATCH /incidents/{id}/impact: re-grades, keeping the earlier grades in gradeHistory. */
    ApiResponse patchImpact(Principal caller, String id, JsonNode patch) {
        Roles.require(caller, "APPLICANT", "SERVICE_PROVIDER");
        Store.Doc d = incidents.get(caller, id);
        TestClocks.Clock clock = clocks.get(caller, d.clockId);
        synchronized (d) {
            ObjectNode merged = d.json.path("impact").deepCopy();
            MergePatch.apply(merged, patch);
            Violations e = new Violations();
            Impact impact = impact(merged, "", e);
            e.throwIfAny();
            if (clocks.varies(Variant.INCIDENTS_WITHOUT_ER_MEMBERS)) return ApiResponse.json(200, d.json.deepCopy());
            d.json.set("impact", merged);
            grade(d.json, impact, clock.frozenTime, Times.parseOrNull(d.json.path("discoveredAt").asText()), d.json.path("operatorType").asText());
            return ApiResponse.json(200, d.json.deepCopy());
        }
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

    private static void grade(ObjectNode inc, Impact i, Instant now, Instant discovered, String operator) {
        int grade = 4;
        ArrayNode basis = Json.array();
        grade = Math.min(grade, row(LOSS, i.loss(), basis));
        grade = Math.min(grade, row(PI, BigDecimal.valueOf(i.pi()), basis));
        grade = Math.min(grade, row(SPI, BigDecimal.valueOf(i.spi()), basis));
        grade = Math.min(grade, row(i.cii() ? CII : OUTAGE, i.outage(), basis));
        String g = List.of("I", "II", "III", "IV").get(grade - 1);
        ArrayNode history = inc.has("gradeHistory") ? (ArrayNode) inc.get("gradeHistory") : inc.putArray("gradeHistory");
        if (!g.equals(inc.path("grade").asText())) history.addObject().put("grade", g).put("changedAt", Times.format(now));
        inc.put("grade", g);
        inc.set("gradingBasis", basis);
        ObjectNode report = inc.putObject("regulatoryReport").put("required", grade <= 3);
        ArrayNode obligations = inc.putArray("obligations");
        if (grade <= 3) {
            Duration period = switch (operator) {
                case "CII_OPERATOR" -> Duration.ofMinutes(60);
                case "CENTRAL_STATE_ORGAN" -> Duration.ofMinutes(120);
                default -> Duration.ofMinutes(240);
            };
            Instant reachedIII = firstSevere(history, now);
            Instant deadline = (discovered.isAfter(reachedIII) ? discovered : reachedIII).plus(period);
            report.put("deadline", Times.format(deadline)).put("recipient", switch (operator) {
                case "CII_OPERATOR" -> "PROTECTION_DEPARTMENT_AND_PUBLIC_SECURITY";
                case "CENTRAL_STATE_ORGAN" -> "OWN_CYBERSPACE_AFFAIRS_UNIT";
                default -> "PROVINCIAL_CAC";
            });
            ArrayNode checklist = report.putArray("checklist");
            CHECKLIST.forEach(c -> checklist.addObject().put("code", c).put("status", "PENDING").put("note", ""));
            obligations.addObject().put("code", "REGULATORY_REPORT").put("dueAt", Times.format(deadline)).put("status", now.isAfter(deadline) ? "BREACHED" : "PENDING");
        } else {
            report.putNull("deadline").putNull("recipient");
            report.putArray("checklist");
            obligations.addObject().put("code", "REGULATORY_REPORT").putNull("dueAt").put("status", "NOT_REQUIRED");
        }
    }

    private static Instant firstSevere(ArrayNode history, Instant now) {
        for (JsonNode h : history) if (!h.path("grade").asText().equals("IV")) return Times.parseOrNull(h.path("changedAt").asText());
        return now;
    }

    /** The most severe grade (1–4) the row reaches, adding its basis entry; 4 when it reaches none. */
    private static int row(Row r, BigDecimal value, ArrayNode basis) {
        for (int g = 0; g < 3; g++) {
            BigDecimal t = r.thresholds()[g];
            if (t != null && value.compareTo(t) >= 0) {
                basis.add(r.name() + ">=" + t.stripTrailingZeros().toPlainString());
                return g + 1;
            }
        }
        return 4;
    }

    private static BigDecimal[] d(String i, String ii, String iii) {
        return new BigDecimal[] {new BigDecimal(i), new BigDecimal(ii), new BigDecimal(iii)};
    }
}
