package org.csi.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.csi.harness.contract.ContractCheck;
import org.csi.harness.contract.RuleOwners;
import org.csi.harness.contract.SchemaCheck;
import org.junit.jupiter.api.Test;

/** Each rule of the contract has the clause that owns it (issue 10: the right clause). */
class RuleOwnersTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ContractCheck contract = new ContractCheck(new SchemaCheck());

    @Test
    void everyResponseSchemaOfTheInterfaceHasAnOwner() throws Exception {
        JsonNode api = new ObjectMapper(new YAMLFactory()).readTree(Path.of("schemas", "openapi.yaml").toFile());
        Set<String> files = new TreeSet<>();
        api.findValues("$ref").stream().map(JsonNode::asText).filter(r -> r.endsWith(".schema.json")).forEach(files::add);
        List<String> unowned = new ArrayList<>();
        for (String f : files) {
            if (RuleOwners.owners(new ContractCheck.Violation("", f, f)).isEmpty()) unowned.add(f);
        }
        assertEquals(List.of(), unowned, "response schemas whose rules no clause owns: add them to RuleOwners");
    }

    @Test
    void aMoneyAmountWithOneDecimalIsGen13sAndAMissingMemberIsTheResourceClauses() throws Exception {
        JsonNode product = JSON.readTree("""
                {"data":[{"productId":"P","name":"n","version":"1","insuranceType":"PROPERTY_FIRST_PARTY","coverageSections":[],
                  "underwritingModes":[],"serviceModes":[],"premiumRange":{"min":{"amount":"500.0","currency":"CNY"},
                  "max":{"amount":"900.00","currency":"CNY"}},"limitRange":{"min":{"amount":"1.00","currency":"CNY"}},
                  "effectiveFrom":"2025-01-01"}],"nextCursor":null}""");
        Set<String> owners = new TreeSet<>();
        List<ContractCheck.Violation> violations = contract.check(contract.operationId("GET", "/csi/v1/catalog/products"), 200,
                "application/json", product.toString(), product);
        violations.forEach(v -> owners.addAll(RuleOwners.owners(v)));
        assertEquals(Set.of("GEN-13", "CAT-01"), owners, "violations: " + violations);
    }

    @Test
    void pageEnvelopeIsPaginationsAProblemIsTheErrorClausesAndABodyThatIsNotJsonIsEveryReaders() throws Exception {
        JsonNode page = JSON.readTree("{\"data\":[]}");
        List<ContractCheck.Violation> v = contract.check(contract.operationId("GET", "/csi/v1/test-clocks"), 200, "application/json", page.toString(), page);
        assertEquals(Set.of("GEN-10"), RuleOwners.owners(v.get(0)), "violations: " + v);
        JsonNode problem = JSON.readTree("{\"type\":\"urn:csi:problem:validation\",\"status\":422}");
        v = contract.check(contract.operationId("POST", "/csi/v1/test-clocks"), 422, "application/problem+json", problem.toString(), problem);
        assertEquals(Set.of("GEN-02", "GEN-06"), RuleOwners.owners(v.get(0)), "violations: " + v);
        v = contract.check(contract.operationId("GET", "/csi/v1/test-clocks"), 200, "application/json", "<html>", null);
        assertEquals(Set.of(), RuleOwners.owners(v.get(0)), "violations: " + v);
    }

    /** A claim's SHOULD-level members are their own clauses' (CLM-16, CLM-15, CLM-03), not the first notice's (CLM-01). */
    @Test
    void aClaimMemberThatAClauseOfItsOwnJudgesIsThatClauses() throws Exception {
        JsonNode claim = JSON.readTree("{\"claimId\":\"c\",\"timeBar\":\"soon\"}");
        List<ContractCheck.Violation> v = contract.check(contract.operationId("GET", "/csi/v1/claims/c"), 200, "application/json", claim.toString(), claim);
        Set<String> owners = new TreeSet<>();
        v.forEach(x -> owners.addAll(RuleOwners.owners(x)));
        assertTrue(owners.containsAll(Set.of("CLM-16", "CLM-03", "CLM-01")), "violations: " + v + " owners: " + owners);
        for (ContractCheck.Violation x : v) {
            if (x.text().contains("'coverageChecks'") || x.text().contains("'links'")) assertEquals(Set.of("CLM-16"), RuleOwners.owners(x), x.text());
            if (x.text().contains("/timeBar")) assertEquals(Set.of("CLM-03"), RuleOwners.owners(x), x.text());
        }
    }

    /** CSI-ER's members of the shared incident are their ER clauses' (optional for CSI-CLM), not the intake's (CLM-01). */
    @Test
    void anIncidentsErMemberIsItsErClauses() throws Exception {
        JsonNode incident = JSON.readTree("""
                {"incidentId":"i","acknowledgedAt":"2025-06-02T09:00:00+08:00","status":"OPEN","createdAt":"2025-06-02T09:00:00+08:00","testMode":true,
                 "grade":"V","category":"RANSOMWARE","obligations":[{"code":"X","status":"LATE"}],"gradeHistory":[{"grade":"II"}]}""");
        List<ContractCheck.Violation> v = contract.check(contract.operationId("GET", "/csi/v1/incidents/i"), 200, "application/json", incident.toString(), incident);
        Set<String> owners = new TreeSet<>();
        v.forEach(x -> owners.addAll(RuleOwners.owners(x)));
        assertTrue(owners.containsAll(Set.of("ER-02", "ER-03", "ER-11")) && !owners.contains("CLM-01"), "violations: " + v + " owners: " + owners);
        assertTrue(owners.contains("ER-06"), "obligations belong to the ER clauses that define them: " + owners);
        JsonNode minimal = JSON.readTree("""
                {"incidentId":"i","acknowledgedAt":"2025-06-02T09:00:00+08:00","status":"OPEN","createdAt":"2025-06-02T09:00:00+08:00","testMode":true}""");
        assertEquals(List.of(), contract.check(contract.operationId("GET", "/csi/v1/incidents/i"), 200, "application/json", minimal.toString(), minimal),
                "without CSI-ER the intake needs only CSI-CLM's members");
    }
}
