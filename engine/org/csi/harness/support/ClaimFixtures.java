package org.csi.harness.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.csi.harness.fixtures.Fixtures;

/** F-POL, F-INC and F-CLM of fixtures.md as request bodies: PA and PB, incidents, FR-1, and the claim cases with their items. */
public final class ClaimFixtures {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private ClaimFixtures() {}

    /**
     * A case of F-CLM, or one the harness generates at the edge of a rule ({@link ClaimEdges}, EDGE-…); a case "like"
     * another takes its members and overrides them; "disputed" items are DISPUTED.
     */
    public static JsonNode caseOf(String id) {
        JsonNode edge = ClaimEdges.caseOf(id);
        if (edge != null) return edge;
        JsonNode all = Fixtures.get("clm/cases.json").path("cases");
        JsonNode c = all.path(id);
        if (c.isMissingNode()) throw new IllegalArgumentException("no F-CLM case " + id);
        if (!c.has("like")) return c;
        ObjectNode merged = (ObjectNode) caseOf(c.path("like").asText()).deepCopy();
        c.fields().forEachRemaining(f -> merged.set(f.getKey(), f.getValue().deepCopy()));
        if (c.has("expected")) merged.set("expected", c.path("expected").deepCopy());
        return merged;
    }

    /** The policy's terms in the shape of UW-14. */
    public static ObjectNode terms(String policy) {
        JsonNode f = Fixtures.get("clm/policies.json");
        JsonNode p = f.path("policies").path(policy);
        ObjectNode t = f.path("common").deepCopy();
        t.set("aggregateLimit", Applicants.money(p.path("aggregateLimit").asText()));
        t.set("retention", Applicants.money(p.path("retention").asText()));
        ArrayNode sections = t.putArray("sections");
        p.path("sections").fields().forEachRemaining(s -> sections.addObject().put("code", s.getKey()).set("subLimit", Applicants.money(s.getValue().asText())));
        t.set("bi", p.path("bi").deepCopy());
        ArrayNode exclusions = t.putArray("exclusions");
        p.path("exclusions").forEach(x -> exclusions.addObject().put("code", x.asText()).put("text", x.asText() + " 除外"));
        return t;
    }

    public static BigDecimal paidBefore(String policy) {
        return new BigDecimal(Fixtures.get("clm/policies.json").at("/policies/" + policy + "/aggregatePaidToDate").asText());
    }

    /** POST /test-helpers/policies for PA or PB on a clock. */
    public static ObjectNode policyBody(String policy, String clockId) {
        JsonNode p = Fixtures.get("clm/policies.json").path("policies").path(policy);
        ObjectNode b = JSON.objectNode().put("testClockId", clockId);
        b.set("insured", Applicants.applicant(p.path("insured").asText()));
        b.putArray("assets");
        b.set("terms", terms(policy));
        b.set("premium", Applicants.money(p.path("premium").asText()));
        b.set("aggregatePaidToDate", Applicants.money(p.path("aggregatePaidToDate").asText()));
        return b;
    }

    /** An F-INC incident on the policy and clock, discovered at {@code discoveredAt}. */
    public static ObjectNode incident(String name, String policyId, String clockId, String discoveredAt) {
        JsonNode f = Fixtures.get("clm/incidents.json").path(name);
        if (f.isMissingNode()) throw new IllegalArgumentException("no F-INC incident " + name);
        ObjectNode b = JSON.objectNode().put("policyId", policyId).put("testClockId", clockId);
        JsonNode contact = Applicants.organisations().path("contact");
        b.putObject("reporter").put("name", contact.path("name").asText()).put("mobile", contact.path("mobile").asText());
        b.put("operatorType", f.path("operatorType").asText()).put("discoveredAt", discoveredAt).put("summary", f.path("summary").asText());
        if (f.has("suspectedCategory")) b.put("suspectedCategory", f.path("suspectedCategory").asText());
        b.set("impact", f.path("impact").deepCopy());
        return b;
    }

    /** FNOL: the sections of the case's items, the F-PII claimant. */
    public static ObjectNode fnol(JsonNode c, String policyId, String incidentId) {
        ObjectNode b = JSON.objectNode().put("policyId", policyId).put("incidentId", incidentId).put("eventDiscoveredAt", c.path("eventDiscoveredAt").asText());
        ArrayNode sections = b.putArray("sectionsClaimed");
        for (String s : sections(c)) sections.add(s);
        b.put("description", "测试理赔 " + c.path("policy").asText());
        JsonNode contact = Applicants.organisations().path("contact");
        b.putObject("claimant").put("name", contact.path("name").asText()).put("mobile", contact.path("mobile").asText());
        return b;
    }

    public static List<String> sections(JsonNode c) {
        List<String> s = new ArrayList<>();
        for (JsonNode i : c.path("items")) if (!s.contains(i.path("section").asText())) s.add(i.path("section").asText());
        return s;
    }

    /** The loss items as the INSURER assesses them, with evidenceRefs left empty (the walk fills in document ids). */
    public static ArrayNode items(JsonNode c) {
        JsonNode forms = Fixtures.get("clm/cases.json").path("formOfLoss");
        List<String> disputed = new ArrayList<>();
        c.path("disputed").forEach(d -> disputed.add(d.asText()));
        ArrayNode out = JSON.arrayNode();
        for (JsonNode i : c.path("items")) {
            String section = i.path("section").asText();
            ObjectNode item = out.addObject().put("itemId", i.path("itemId").asText()).put("section", section)
                    .put("formOfLoss", i.path("formOfLoss").asText(forms.path(section).asText()));
            if (i.has("bi")) {
                ObjectNode bi = item.putObject("bi").put("outageStart", i.at("/bi/outageStart").asText()).put("outageEnd", i.at("/bi/outageEnd").asText());
                bi.set("hourlyLoss", Applicants.money(i.at("/bi/hourlyLoss").asText()));
            } else {
                item.set("amount", Applicants.money(i.path("amount").asText()));
            }
            item.put("basis", "依据损失清单与发票核定");
            item.putArray("evidenceRefs");
            item.put("status", disputed.contains(i.path("itemId").asText()) ? "DISPUTED" : "AGREED");
            if (i.has("exclusionCode")) item.put("exclusionCode", i.path("exclusionCode").asText());
        }
        return out;
    }

    /** The documents the pack requires for the claimed sections (CSI-CLM "Minimum required documents"). */
    public static List<String> requiredDocuments(List<String> sections) {
        JsonNode rules = Fixtures.get("clm/cases.json").path("documentsRequired");
        List<String> docs = new ArrayList<>();
        rules.path("always").forEach(d -> docs.add(d.asText()));
        List<String> order = canonicalOrder();
        boolean first = false, third = false, middle = false;
        for (String s : sections) {
            String party = party(s);
            first |= party.equals("FIRST");
            third |= party.equals("THIRD");
            int n = order.indexOf(s) + 1;
            middle |= n >= 3 && n <= 6;
        }
        if (first) docs.add(rules.path("firstParty").asText());
        if (sections.contains("BUSINESS_INTERRUPTION")) docs.add(rules.path("bi").asText());
        if (sections.contains("CYBER_EXTORTION")) docs.add(rules.path("extortion").asText());
        if (third) docs.add(rules.path("thirdParty").asText());
        if (middle) docs.add(rules.path("sections3to6").asText());
        return docs;
    }

    /** CSI-CAT coverage sections #1 to #12. */
    public static List<String> canonicalOrder() {
        List<String> order = new ArrayList<>();
        Fixtures.get("cat/code-lists.json").path("coverageSection").forEach(s -> order.add(s.path("code").asText()));
        return order;
    }

    private static String party(String section) {
        for (JsonNode s : Fixtures.get("cat/code-lists.json").path("coverageSection")) if (s.path("code").asText().equals(section)) return s.path("party").asText();
        return "";
    }

    /** FR-1 with its provider, optionally with another compromise time (CLM-RETRO). */
    public static ObjectNode forensicReport(String compromise) {
        JsonNode f = Fixtures.get("clm/forensic.json");
        ObjectNode r = f.path("FR-1").deepCopy();
        r.remove("postAfter");
        r.set("provider", f.path("provider").deepCopy());
        if (compromise != null) ((ObjectNode) r.path("timeline")).put("compromise", compromise);
        return r;
    }

    /** FR-1 with one defect of the "invalid" list of clm/forensic.json applied. */
    public static ObjectNode defectiveForensicReport(String defect) {
        ObjectNode report = forensicReport(null);
        JsonNode d = Fixtures.named(Fixtures.get("clm/forensic.json").path("invalid"), defect);
        if (d.path("remove").asBoolean()) JsonEdits.remove(report, d.path("at").asText());
        else JsonEdits.set(report, d.path("at").asText(), d.path("value").deepCopy());
        return report;
    }

    /** The items with one defect of the "invalidItems" list of clm/cases.json applied to the item it names. */
    public static ArrayNode withDefect(ArrayNode items, String defect) {
        JsonNode d = Fixtures.named(Fixtures.get("clm/cases.json").path("invalidItems"), defect);
        ObjectNode item = (ObjectNode) items.get(d.path("item").asInt());
        if (d.has("remove")) JsonEdits.remove(item, d.path("remove").asText());
        if (d.has("set")) JsonEdits.set(item, d.path("set").asText(), d.path("value").deepCopy());
        return items;
    }

    /** Every item AGREED, none DISPUTED. */
    public static ArrayNode allAgreed(ArrayNode items) {
        items.forEach(i -> ((ObjectNode) i).put("status", "AGREED"));
        return items;
    }

    /** A supplement request (CLM-04) listing these items, or none: the solution then lists what is missing. */
    public static ObjectNode supplementRequest(String... items) {
        ObjectNode body = JSON.objectNode();
        if (items.length > 0) {
            ArrayNode list = body.putArray("items");
            for (String i : items) list.add(i);
        }
        return body;
    }

    /** A claim document: its code, title and the SHA-256 of its content. */
    public static ObjectNode document(String code, String title, String sha256) {
        return JSON.objectNode().put("code", code).put("title", title).put("sha256", sha256);
    }

    /** A change to an incident's impact (PATCH /incidents/{id}/impact). */
    public static ObjectNode impactChange(int outageHours) {
        return JSON.objectNode().put("outageHours", outageHours);
    }

    /** A payment of the type and amount in CNY. */
    public static ObjectNode payment(String type, String amount) {
        ObjectNode body = JSON.objectNode().put("type", type);
        body.set("amount", Applicants.money(amount));
        return body;
    }

    /** A denial notice (CLM-07) with one reason and no exclusion codes. */
    public static ObjectNode denialNotice() {
        ObjectNode body = JSON.objectNode();
        body.putArray("reasons").add("所报损失不属于保险责任范围");
        body.putArray("exclusionCodes");
        return body;
    }

    /** The documents the case's sections require, less those uploaded. */
    public static List<String> stillMissing(JsonNode c, List<String> uploaded) {
        List<String> missing = new ArrayList<>(requiredDocuments(sections(c)));
        missing.removeAll(uploaded);
        return missing;
    }

    /** A money member: the amount moved by {@code delta} yuan, in CNY. */
    public static ObjectNode shifted(JsonNode money, String delta) {
        return Applicants.money(new BigDecimal(money.path("amount").asText()).add(new BigDecimal(delta)).setScale(2).toPlainString());
    }
}
