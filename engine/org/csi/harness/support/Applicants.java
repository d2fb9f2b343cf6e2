package org.csi.harness.support;

import org.csi.harness.time.Rfc3339;
import org.csi.harness.http.PageWalk;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.csi.harness.verdict.FixtureUnavailable;
import org.csi.harness.http.Caller;
import org.csi.harness.oracle.UsccCheck;
import org.csi.harness.fixtures.Fixtures;

/** Builds CSI-UW request bodies from the fixtures: F-ORG applicants, F-Q answers, RC-STD coverage and AUTH-1. */
public final class Applicants {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** The field names the features use, and the member of an application each one names. */
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("行业代码", "/applicant/industryCode"), Map.entry("等保级别", "/applicant/classifiedProtectionLevel"),
            Map.entry("员工人数", "/applicant/employees"), Map.entry("统一社会信用代码", "/applicant/uscc"),
            Map.entry("年营业收入金额", "/applicant/annualRevenue/amount"), Map.entry("年营业收入币种", "/applicant/annualRevenue/currency"),
            Map.entry("身份证号", "/applicant/contact/idCardNumber"), Map.entry("手机号", "/applicant/contact/mobile"),
            Map.entry("资产类型", "/assets/0/type"), Map.entry("问卷版本", "/questionnaire/version"));

    private Applicants() {}

    /** The pointer a feature's field name stands for; "问卷答案 a.b" is /questionnaire/answers/a/b. */
    public static String pointer(String field) {
        if (field.startsWith("问卷答案 ")) return answerPointer(field.substring(5).trim());
        String p = FIELDS.get(field);
        if (p == null) throw new IllegalArgumentException("no application field named " + field + "; known: " + FIELDS.keySet());
        return p;
    }

    /** Where a questionnaire answer given as a dotted path sits in an application (mfa.email → /questionnaire/answers/mfa/email). */
    public static String answerPointer(String dottedPath) {
        return "/questionnaire/answers/" + dottedPath.replace('.', '/');
    }

    /** Whether an application carries the STRONG answers of F-Q. */
    public static boolean isStrong(JsonNode application) {
        return application.at("/questionnaire/answers").equals(answers("STRONG"));
    }

    /** The F-PII contact as GEN-12 says it must come back: pointer → masked value. */
    public static Map<String, String> maskedContact() {
        JsonNode m = organisations().path("contactMasked");
        return Map.of("/applicant/contact/idCardNumber", m.path("idCardNumber").asText(), "/applicant/contact/mobile", m.path("mobile").asText());
    }

    /** The F-ORG application {@code org} on {@code clockId} over CAN-A and CAN-C, as most CSI-UW and GEN scenarios send it. */
    public static ObjectNode standard(RunContext run, Caller insurer, String org, String clockId) {
        return application(run, org, product(run, insurer), List.of("CAN-A", "CAN-C"), clockId);
    }

    public static JsonNode organisations() {
        return Fixtures.get("uw/organisations.json");
    }

    /** The answers of a questionnaire fixture: STRONG, MEDIUM, WEAK or MEDIUM-RDP. */
    public static ObjectNode answers(String key) {
        JsonNode all = Fixtures.get("uw/questionnaires.json").path("answers");
        ObjectNode a = (ObjectNode) all.path(key.equals("MEDIUM-RDP") ? "MEDIUM" : key).deepCopy();
        if (a.isEmpty()) throw new IllegalArgumentException("no questionnaire fixture " + key);
        if (key.equals("MEDIUM-RDP")) a.put("exposedRdp", true);
        return a;
    }

    /** An application of fixture organisation {@code org} on a clock, listing the canaries {@code assets}. */
    public static ObjectNode application(RunContext run, String org, JsonNode product, List<String> assets, String clockId) {
        JsonNode o = organisations().path("organisations").path(org);
        ObjectNode app = JSON.objectNode();
        app.set("applicant", applicant(org));
        ArrayNode list = app.putArray("assets");
        for (String id : assets) {
            list.addObject().put("assetRef", id).put("type", "URL").put("value", run.canaries().get(id).url()).put("criticality", 3);
        }
        ObjectNode q = app.putObject("questionnaire").put("version", Fixtures.get("uw/questionnaires.json").path("version").asText());
        q.set("answers", answers(o.path("questionnaire").asText()));
        JsonNode incidents = organisations().path("priorIncidents").path(org);
        app.set("priorIncidents", incidents.isMissingNode() ? JSON.arrayNode() : incidents.deepCopy());
        app.set("requestedCoverage", requestedCoverage(product));
        app.put("testClockId", clockId);
        return app;
    }

    /** The F-ORG applicant {@code org} with the F-PII contact, as an application's {@code applicant} (or a policy's {@code insured}). */
    public static ObjectNode applicant(String org) {
        JsonNode o = organisations().path("organisations").path(org);
        if (o.isMissingNode()) throw new IllegalArgumentException("no F-ORG fixture " + org);
        ObjectNode applicant = JSON.objectNode().put("legalName", o.path("legalName").asText()).put("uscc", o.path("uscc").asText())
                .put("industryCode", o.path("industryCode").asText());
        applicant.set("annualRevenue", money(o.path("annualRevenue").asText()));
        applicant.put("employees", o.path("employees").asInt()).put("classifiedProtectionLevel", o.path("classifiedProtectionLevel").asInt());
        applicant.set("contact", organisations().path("contact").deepCopy());
        return applicant;
    }

    /** RC-STD, without the sections the product lacks (and without bi if business interruption is dropped). */
    public static ObjectNode requestedCoverage(JsonNode product) {
        JsonNode rc = Fixtures.get("uw/coverage.json").path("rcStd");
        ObjectNode c = JSON.objectNode().put("productId", product.path("productId").asText());
        c.set("aggregateLimit", money(rc.path("aggregateLimit").asText()));
        c.set("retention", money(rc.path("retention").asText()));
        ArrayNode sections = c.putArray("sections");
        boolean bi = false;
        for (JsonNode s : rc.path("sections")) {
            if (!offers(product, s.path("code").asText())) continue;
            sections.addObject().put("code", s.path("code").asText()).set("subLimit", money(s.path("subLimit").asText()));
            bi |= s.path("code").asText().equals("BUSINESS_INTERRUPTION");
        }
        if (bi) c.set("bi", rc.path("bi").deepCopy());
        c.set("policyPeriod", rc.path("policyPeriod").deepCopy());
        c.put("retroactiveDate", rc.path("retroactiveDate").asText());
        return c;
    }

    /** The first catalogue product whose limitRange holds RC-STD's limits and that offers one of its sections. */
    public static JsonNode product(RunContext run, Caller caller) {
        return run.once("rc-std-product", () -> pickProduct(caller));
    }

    private static JsonNode pickProduct(Caller caller) {
        JsonNode rc = Fixtures.get("uw/coverage.json").path("rcStd");
        for (JsonNode p : PageWalk.walk(caller, "/catalog/products", 100, Map.of()).items()) {
            boolean limits = true;
            for (JsonNode l : rc.path("productMustCoverLimits")) limits &= within(p.path("limitRange"), new BigDecimal(l.asText()));
            boolean section = false;
            for (JsonNode s : rc.path("sections")) section |= offers(p, s.path("code").asText());
            if (limits && section) return p;
        }
        throw new FixtureUnavailable("no catalogue product has a limitRange holding 5,000,000.00 and 10,000,000.00 and an RC-STD section");
    }

    /** AUTH-1 over the given canaries, signed for {@code uscc}, with the window T0 … T0 + 7 d. */
    public static ObjectNode authorisation(RunContext run, String uscc, List<String> canaries, OffsetDateTime t0) {
        JsonNode a = Fixtures.get("uw/coverage.json").path("auth1");
        ObjectNode auth = JSON.objectNode().put("scope", a.path("scope").asText());
        ArrayNode assets = auth.putArray("assets");
        canaries.forEach(id -> assets.addObject().put("type", "URL").put("value", run.canaries().get(id).url()));
        auth.set("methodsAllowed", a.path("methodsAllowed").deepCopy());
        auth.putObject("window").put("start", Rfc3339.format(t0)).put("end", Rfc3339.format(t0.plusDays(a.path("windowDays").asInt())));
        ObjectNode signatory = (ObjectNode) a.path("signatory").deepCopy();
        auth.set("signatory", signatory.put("organisationUscc", uscc));
        return auth.put("signedAt", Rfc3339.format(t0));
    }

    /** The assessment request: AUTH-1 over {@code canaries}, by questionnaire and vulnerability scan. */
    public static ObjectNode assessment(String applicationId, JsonNode authorisation) {
        ObjectNode b = JSON.objectNode().put("applicationId", applicationId);
        b.set("authorization", authorisation);
        b.putArray("methods").add("QUESTIONNAIRE").add("VULN_SCAN");
        return b;
    }

    public static ObjectNode money(String amount) {
        return JSON.objectNode().put("amount", amount).put("currency", "CNY");
    }

    /** The application with the answer at a dotted path (mfa.email) set to the STRONG fixture's value. */
    public static ObjectNode improve(ObjectNode application, String dottedPath) {
        JsonEdits.set(application, answerPointer(dottedPath), answers("STRONG").at("/" + dottedPath.replace('.', '/')).deepCopy());
        return application;
    }

    /** A UW-15 case of uw/term-violations.json: the edits to an application's requested coverage and to a test-helper policy's terms. */
    public static JsonNode termViolation(String violation) {
        JsonNode c = Fixtures.get("uw/term-violations.json").path("cases").path(violation);
        if (c.isMissingNode()) throw new IllegalArgumentException("no UW-15 case named " + violation);
        return c;
    }

    /** A policy period from one date to another, at midnight in UTC+08:00. */
    public static ObjectNode period(String startDate, String endDate) {
        return JSON.objectNode().put("start", startDate + "T00:00:00+08:00").put("end", endDate + "T00:00:00+08:00");
    }

    /** RC-STD broken as a UW-15 case says (its "application" edits, else its "helper" edits). */
    public static ObjectNode withTermViolation(ObjectNode application, String violation) {
        JsonNode c = termViolation(violation);
        JsonEdits.apply(application.path("requestedCoverage"), c.has("application") ? c.path("application") : c.path("helper"));
        return application;
    }

    /** The application requesting one more section, first, with a sub-limit of 100,000.00. */
    public static ObjectNode withSection(ObjectNode application, String section) {
        ((ArrayNode) application.at("/requestedCoverage/sections")).insertObject(0).put("code", section).set("subLimit", money("100000.00"));
        return application;
    }

    /** The organisation's USCC with each of the 30 check characters the harness's own GB 32100 check says are wrong. */
    public static List<String> wrongCheckCharacters(String org) {
        String uscc = organisations().at("/organisations/" + org + "/uscc").asText();
        char right = UsccCheck.checkCharacter(uscc.substring(0, 17));
        if (right != uscc.charAt(17)) throw new IllegalStateException("the " + org + " fixture " + uscc + " fails the harness's own check (" + right + ")");
        List<String> wrong = new ArrayList<>();
        for (char c : UsccCheck.ALPHABET.toCharArray()) if (c != right) wrong.add(uscc.substring(0, 17) + c);
        return wrong;
    }

    public static ObjectNode withUscc(ObjectNode application, String uscc) {
        ((ObjectNode) application.path("applicant")).put("uscc", uscc);
        return application;
    }

    /** The F-PII contact's raw ID number and mobile, which no response may carry (GEN-12). */
    public static List<String> rawContact() {
        JsonNode contact = organisations().path("contact");
        return List.of(contact.path("idCardNumber").asText(), contact.path("mobile").asText());
    }

    /** The raw F-PII values by name ("ID number", "mobile"), so that a check can say which one it met without repeating it. */
    public static Map<String, String> rawContactByName() {
        List<String> raw = rawContact();
        Map<String, String> named = new java.util.LinkedHashMap<>();
        named.put("ID number", raw.get(0));
        named.put("mobile", raw.get(1));
        return named;
    }

    /** The application as the POST answered it, as GET returns it, and as the clock's list shows it (GEN-12 checks all three). */
    public static Map<String, JsonNode> everyView(Caller applicant, JsonNode created, String clockId) {
        String path = "/applications/" + created.path("applicationId").asText();
        JsonNode read = applicant.get(path).expectStatus(200).json();
        JsonNode listed = PageWalk.walk(applicant, "/applications", 100, Map.of("testClockId", clockId)).items().get(0);
        return Map.of("POST /applications", created, "GET " + path, read, "GET /applications (list)", listed);
    }

    public static String uscc(String org) {
        return organisations().at("/organisations/" + org + "/uscc").asText();
    }

    /** The assessment request with only these methods. */
    public static ObjectNode withMethods(ObjectNode assessment, String... methods) {
        ArrayNode m = assessment.putArray("methods");
        for (String x : methods) m.add(x);
        return assessment;
    }

    /** A JSON Merge Patch that sets one questionnaire answer, at a dotted path (mfa.email), to the value. */
    public static ObjectNode answerPatch(String dottedPath, JsonNode value) {
        ObjectNode patch = JSON.objectNode();
        JsonEdits.set(patch, answerPointer(dottedPath), value, true);
        return patch;
    }

    /** Submits the application and returns its id. */
    public static String submit(Caller applicant, ObjectNode application) {
        return applicant.post("/applications", application).expectStatus(201).json().path("applicationId").asText();
    }

    /** The application with one questionnaire answer, at a dotted path (mfa.remoteAccess), set to the value. */
    public static ObjectNode withAnswer(ObjectNode application, String dottedPath, boolean value) {
        JsonEdits.set(application, answerPointer(dottedPath), JSON.booleanNode(value));
        return application;
    }

    private static boolean offers(JsonNode product, String section) {
        for (JsonNode s : product.path("coverageSections")) if (s.asText().equals(section)) return true;
        return false;
    }

    private static boolean within(JsonNode range, BigDecimal amount) {
        return new BigDecimal(range.at("/min/amount").asText("0")).compareTo(amount) <= 0
                && new BigDecimal(range.at("/max/amount").asText("0")).compareTo(amount) >= 0;
    }
}
