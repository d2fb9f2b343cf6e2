package org.csi.harness;

import org.csi.harness.time.Rfc3339;
import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.csi.harness.checks.SettlementRules;
import org.csi.harness.oracle.PayableOracle;
import org.csi.harness.support.ClaimFixtures;
import org.csi.harness.support.Claimant;
import org.csi.reference.Credential;
import org.csi.reference.ReferenceSolution;

/**
 * Random policies (limits, retention, sections and sub-limits, both waiting-period modes) and random loss items
 * (amounts, outages, exclusions, disputes) go to the reference solution over HTTP as a claim; its settlement must
 * equal the harness's payable-amount oracle to the fen. The oracle shares no code with the reference.
 */
class SettlementPropertyTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final List<String> FIRST_PARTY = List.of("BUSINESS_INTERRUPTION", "DATA_ASSET_RESTORATION", "EMERGENCY_RESPONSE_COSTS",
            "PR_LEGAL_COSTS", "CYBER_EXTORTION", "DATA_BREACH_LIABILITY");
    static ReferenceSolution reference;
    static Map<String, String> keys;

    record Claim(ObjectNode terms, BigDecimal paidBefore, ArrayNode items) {}

    @BeforeContainer
    static void start() throws Exception {
        reference = ReferenceSolution.start(ReferenceSolution.Options.defaults());
        keys = new java.util.HashMap<>();
        for (Credential c : reference.credentials()) if (c.testMode() && c.tenant().equals("T1")) keys.put(c.role(), c.apiKey());
    }

    @AfterContainer
    static void stop() {
        reference.close();
    }

    @Property(tries = 40)
    void settlementEqualsTheOracle(@ForAll("claims") Claim c) {
        String clock = post("INSURER", "/test-clocks", JsonNodeFactory.instance.objectNode().put("name", "csi-property").put("frozenTime", "2025-06-02T09:00:00+08:00"))
                .path("testClockId").asText();
        ObjectNode policyBody = JsonNodeFactory.instance.objectNode().put("testClockId", clock);
        policyBody.putObject("insured").put("legalName", "冀衡智造装备有限公司").put("uscc", "91130104MA0CNK016Y").put("industryCode", "C34")
                .put("employees", 1200).put("classifiedProtectionLevel", 2).set("annualRevenue", money(new BigDecimal("356000000.00")));
        policyBody.putArray("assets");
        policyBody.set("terms", c.terms());
        policyBody.set("premium", money(new BigDecimal("50000.00")));
        policyBody.set("aggregatePaidToDate", money(c.paidBefore()));
        String policyId = post("INSURER", "/test-helpers/policies", policyBody).path("policyId").asText();
        String incidentId = post("APPLICANT", "/incidents", ClaimFixtures.incident("INC-IV", policyId, clock, "2025-06-02T08:00:00+08:00")).path("incidentId").asText();
        ObjectNode fnol = JsonNodeFactory.instance.objectNode().put("policyId", policyId).put("incidentId", incidentId)
                .put("eventDiscoveredAt", "2025-06-02T08:00:00+08:00").put("description", "property");
        ArrayNode sections = fnol.putArray("sectionsClaimed");
        c.items().forEach(i -> {
            if (!sections.toString().contains("\"" + i.path("section").asText() + "\"")) sections.add(i.path("section").asText());
        });
        fnol.putObject("claimant").put("name", "测试联系人").put("mobile", "13812345678");
        JsonNode claim = post("APPLICANT", "/claims", fnol);
        String claimId = claim.path("claimId").asText();
        String lossStatement = null;
        for (JsonNode d : claim.path("requiredDocuments")) {
            JsonNode doc = post("APPLICANT", "/claims/" + claimId + "/documents", JsonNodeFactory.instance.objectNode().put("code", d.path("code").asText())
                    .put("title", "doc").put("sha256", Claimant.sha256(claimId + d.path("code").asText())));
            if (d.path("code").asText().equals("LOSS_STATEMENT")) lossStatement = doc.path("documentId").asText();
        }
        for (JsonNode i : c.items()) ((ArrayNode) i.path("evidenceRefs")).removeAll().add(lossStatement);
        ObjectNode assessment = JsonNodeFactory.instance.objectNode();
        assessment.set("items", c.items());
        send("INSURER", "PUT", "/claims/" + claimId + "/loss-assessment", assessment, 200);
        JsonNode reported = send("APPLICANT", "GET", "/claims/" + claimId + "/settlement", null, 200);
        PayableOracle.Settlement expected = PayableOracle.settle(c.terms(), c.items(), false, c.paidBefore(), BigDecimal.ZERO.setScale(2),
                ClaimFixtures.canonicalOrder());
        SettlementRules.requireMatches(reported, expected);
    }

    @Provide
    Arbitrary<Claim> claims() {
        Arbitrary<List<String>> sections = Arbitraries.of(FIRST_PARTY).set().ofMinSize(1).ofMaxSize(6).map(s -> FIRST_PARTY.stream().filter(s::contains).toList());
        Arbitrary<Long> limit = Arbitraries.longs().between(100_000, 10_000_000);
        Arbitrary<Long> retention = Arbitraries.longs().between(0, 300_000);
        Arbitrary<Boolean> deductible = Arbitraries.of(true, false);
        Arbitrary<Integer> waiting = Arbitraries.integers().between(0, 72);
        Arbitrary<Integer> indemnity = Arbitraries.integers().between(1, 60);
        Arbitrary<Long> paid = Arbitraries.longs().between(0, 3_000_000);
        return Combinators.combine(sections, limit, retention, deductible, waiting, indemnity, paid)
                .flatAs((s, a, r, td, w, ip, p) -> items(s).map(items -> new Claim(terms(s, a, r, td, w, ip), BigDecimal.valueOf(Math.min(p, a)).setScale(2), items)));
    }

    private static Arbitrary<ArrayNode> items(List<String> sections) {
        Arbitrary<ObjectNode> item = Combinators.combine(Arbitraries.of(sections), Arbitraries.longs().between(1, 80_000_000),
                Arbitraries.integers().between(1, 90_000), Arbitraries.integers().between(0, 9), Arbitraries.of("AGREED", "AGREED", "DISPUTED"))
                .as((section, cents, minutes, excluded, status) -> {
                    ObjectNode i = JsonNodeFactory.instance.objectNode().put("section", section).put("formOfLoss", section.equals("BUSINESS_INTERRUPTION") ? "PRODUCTIVITY" : "RESPONSE");
                    if (section.equals("BUSINESS_INTERRUPTION")) {
                        OffsetDateTime start = OffsetDateTime.parse("2025-06-01T00:00:00+08:00");
                        i.putObject("bi").put("outageStart", Rfc3339.format(start)).put("outageEnd", Rfc3339.format(start.plusMinutes(minutes)))
                                .set("hourlyLoss", money(BigDecimal.valueOf(cents / 100, 2)));
                    } else {
                        i.set("amount", money(BigDecimal.valueOf(cents, 2)));
                    }
                    i.put("basis", "property").putArray("evidenceRefs");
                    i.put("status", status);
                    if (excluded == 0) i.put("exclusionCode", "FINES_PENALTIES");
                    return i;
                });
        return item.list().ofMinSize(1).ofMaxSize(6).map(list -> {
            ArrayNode a = JsonNodeFactory.instance.arrayNode();
            for (int k = 0; k < list.size(); k++) a.add(list.get(k).put("itemId", "i" + (k + 1)));
            return a;
        });
    }

    private static ObjectNode terms(List<String> sections, long limit, long retention, boolean timeDeductible, int waiting, int indemnity) {
        ObjectNode t = ClaimFixtures.terms("PA");
        t.set("aggregateLimit", money(BigDecimal.valueOf(limit).setScale(2)));
        t.set("retention", money(BigDecimal.valueOf(retention).setScale(2)));
        ArrayNode s = t.putArray("sections");
        List<Long> subLimits = new ArrayList<>();
        for (String code : sections) {
            long sub = Math.max(1, limit / (2 + subLimits.size()));
            subLimits.add(sub);
            s.addObject().put("code", code).set("subLimit", money(BigDecimal.valueOf(sub).setScale(2)));
        }
        if (sections.contains("BUSINESS_INTERRUPTION")) {
            t.putObject("bi").put("waitingPeriodHours", waiting).put("waitingPeriodMode", timeDeductible ? "TIME_DEDUCTIBLE" : "QUALIFYING").put("indemnityPeriodDays", indemnity);
        } else {
            t.remove("bi");
        }
        return t;
    }

    private static ObjectNode money(BigDecimal amount) {
        return JsonNodeFactory.instance.objectNode().put("amount", amount.setScale(2).toPlainString()).put("currency", "CNY");
    }

    private static JsonNode post(String role, String path, JsonNode body) {
        return send(role, "POST", path, body, 201);
    }

    private static JsonNode send(String role, String method, String path, JsonNode body, int status) {
        var request = given().header("X-CSI-Api-Key", keys.get(role)).contentType("application/json");
        if (body != null) request = request.body(body.toString());
        var response = request.request(method, reference.baseUrl() + "/csi/v1" + path);
        if (response.statusCode() != status) throw new AssertionError(method + " " + path + " → " + response.statusCode() + ": " + response.asString());
        try {
            return JSON.readTree(response.asString());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
