package org.csi.harness.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.csi.harness.fixtures.Fixtures;

/** Bodies for POST /test-helpers/policies (pack README §4.8): IND as insured, CAN-A and CAN-C, the CSI-TEST terms of the fixtures. */
public final class TestPolicies {
    private TestPolicies() {}

    public static ObjectNode body(RunContext run, String clockId) {
        String org = "IND";
        JsonNode coverage = Fixtures.get("uw/coverage.json");
        ObjectNode application = Applicants.application(run, org, JsonNodeFactory.instance.objectNode().put("productId", "CSI-TEST"), List.of("CAN-A", "CAN-C"), clockId);
        ObjectNode b = JsonNodeFactory.instance.objectNode().put("testClockId", clockId);
        b.set("insured", application.path("applicant"));
        b.set("assets", application.path("assets"));
        b.set("terms", coverage.path("testPolicy").deepCopy());
        b.set("premium", Applicants.money(coverage.path("testPolicyPremium").asText()));
        b.set("aggregatePaidToDate", Applicants.money("0.00"));
        return b;
    }

    /** The terms broken as a UW-15 case of uw/term-violations.json says (its "helper" edits). */
    public static ObjectNode withTermViolation(ObjectNode body, String violation) {
        JsonEdits.apply(body.path("terms"), Applicants.termViolation(violation).path("helper"));
        return body;
    }

    /** A rescission for gross negligence (UW-16) relying on one answer pointer. */
    public static ObjectNode rescission(String groundsKnownAt, String answerPointer) {
        ObjectNode b = JsonNodeFactory.instance.objectNode().put("reasonCode", "NON_DISCLOSURE_GROSS_NEGLIGENCE").put("groundsKnownAt", groundsKnownAt);
        b.putArray("answerPointers").add(answerPointer);
        return b;
    }
}
