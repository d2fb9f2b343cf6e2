package org.csi.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/** Binding, policies, rescission (CSI-UW UW-14..UW-16) and test-helper policies (pack README §4.7). */
final class Policies {
    private static final Duration GROUNDS_LIMIT = Duration.ofDays(30);

    private final Set<Fault> faults;
    private final TestClocks clocks;
    private final Underwriting underwriting;
    private final Applications applications;
    private final Catalog catalog;
    private final AuditLog audit;
    private final TermsRules rules;
    final Store policies;

    Policies(Set<Fault> faults, TestClocks clocks, Underwriting underwriting, Applications applications, Catalog catalog, AuditLog audit) {
        this.faults = faults;
        this.clocks = clocks;
        this.underwriting = underwriting;
        this.applications = applications;
        this.catalog = catalog;
        this.audit = audit;
        this.rules = new TermsRules(faults);
        this.policies = new Store("policy", "pol_", "policyId", clocks);
    }

    /** The terms of UW-14 from requested coverage and the product, with the reference's standard wording. */
    static ObjectNode termsFrom(JsonNode requested, Catalog.Product product) {
        ObjectNode t = Json.object().put("productId", product.id()).put("insuranceType", product.insuranceType());
        t.set("policyPeriod", requested.path("policyPeriod").deepCopy());
        t.set("aggregateLimit", requested.path("aggregateLimit").deepCopy());
        t.set("retention", requested.path("retention").deepCopy());
        t.set("sections", requested.path("sections").deepCopy());
        if (requested.has("bi")) t.set("bi", requested.path("bi").deepCopy());
        t.put("retroactiveDate", requested.path("retroactiveDate").asText());
        var exclusions = t.putArray("exclusions");
        for (String code : new String[] {"WAR", "STATE_BACKED_ATTACK", "TERRORISM", "KNOWN_PRIOR_CIRCUMSTANCE"}) {
            exclusions.addObject().put("code", code).put("text", "本保险不负责因 " + code + " 造成的损失。");
        }
        t.putObject("attributionBasis").put("method", "OFFICIAL_ATTRIBUTION_OR_INSURER_EVIDENCE")
                .put("description", "以官方归因为准；无官方归因时由保险人举证。");
        t.putObject("claimsTerms").put("decisionDays", 30).put("paymentDays", 10);
        t.putObject("monitoringTerms").put("riskScoreThreshold", 70);
        return t;
    }

    ApiResponse bind(Principal caller, String quoteId) {
        if (!faults.contains(Fault.GEN05_ANY_ROLE_BINDS)) Roles.require(caller, "APPLICANT");
        synchronized (this) {
            ObjectNode quote = underwriting.quoteNow(caller, quoteId);
            String status = quote.path("status").asText();
            if (status.equals("BOUND") && !faults.contains(Fault.UW14_REBIND_ALLOWED)) {
                throw ApiException.of(409, "The quote is already bound.").code("QUOTE_ALREADY_BOUND", "Bind a quote once.").currentState(status).build();
            }
            if (status.equals("EXPIRED") && !faults.contains(Fault.UW14_EXPIRED_QUOTE_BINDS)) {
                throw ApiException.of(409, "The quote has expired.").code("QUOTE_EXPIRED", "Ask for a new quote.").currentState(status).build();
            }
            TestClocks.Clock clock = clocks.get(caller, quote.path("testClockId").asText());
            ObjectNode app = applications.masked(applications.disclosed(caller, quote.path("applicationId").asText()));
            ObjectNode terms = (ObjectNode) quote.path("terms").deepCopy();
            if (faults.contains(Fault.UW14_BIND_CHANGES_TERMS)) ((ObjectNode) terms.path("claimsTerms")).put("paymentDays", 15);
            ObjectNode p = policy(app.path("applicant"), app.path("assets"), terms, quote.path("premium"), new BigDecimal("0.00"), clock);
            p.put("quoteId", quoteId).put("decisionId", quote.path("decisionId").asText());
            Store.Doc doc = policies.create(caller, clock, p);
            Store.Doc q = underwriting.quotes.get(caller, quoteId);
            synchronized (q) {
                q.json.put("status", "BOUND");
            }
            if (!faults.contains(Fault.GEN11_NO_BIND_AUDIT)) audit.record(caller, clock.frozenTime, "POLICY_BOUND", "QUOTE", quoteId);
            return ApiResponse.json(201, doc.toJson());
        }
    }

    ApiResponse helperPolicy(Principal caller, JsonNode body) {
        Roles.require(caller, "INSURER");
        Violations e = new Violations();
        JsonNode terms = body.path("terms");
        String productId = Fields.text(terms, "productId", "/terms", e);
        Catalog.Product product = productId == null || productId.equals("CSI-TEST") ? null : catalog.find(productId);
        if (productId != null && !productId.equals("CSI-TEST") && product == null) e.add("UNKNOWN_REFERENCE", "/terms/productId", "No such product.");
        if (faults.contains(Fault.UW15_HELPER_REJECTS_EVERYTHING)) e.add("INVALID_TERMS", "/terms", "Terms refused.");
        if (!faults.contains(Fault.UW15_HELPER_TERMS_UNCHECKED)) rules.check(terms, "/terms", product, true, e);
        Fields.money(body, "premium", "", e);
        BigDecimal paid = Fields.money(body, "aggregatePaidToDate", "", e);
        if (!body.path("insured").isObject()) e.add("REQUIRED", "/insured", "insured is required.");
        e.throwIfAny();
        TestClocks.Clock clock = clocks.attach(caller, body.path("testClockId").textValue(), "/testClockId");
        ObjectNode insured = applications.masked(Json.object().set("applicant", body.path("insured").deepCopy()));
        ObjectNode p = policy(insured.path("applicant"), body.path("assets"), terms.deepCopy(), body.path("premium"), paid, clock);
        p.putNull("quoteId");
        return ApiResponse.json(201, policies.create(caller, clock, p).toJson());
    }

    private ObjectNode policy(JsonNode insured, JsonNode assets, JsonNode terms, JsonNode premium, BigDecimal paid, TestClocks.Clock clock) {
        ObjectNode p = Json.object().put("policyNumber", "CSI-" + clock.frozenTime.atOffset(Times.CHINA).getYear() + "-"
                + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase());
        p.put("status", "IN_FORCE");
        p.set("insured", insured.deepCopy());
        p.set("assets", assets.isMissingNode() ? Json.array() : assets.deepCopy());
        p.set("premium", premium.deepCopy());
        p.set("terms", terms);
        p.put("boundAt", Times.format(clock.frozenTime));
        BigDecimal limit = new BigDecimal(terms.at("/aggregateLimit/amount").asText("0.00"));
        p.putObject("aggregatePaidToDate").put("amount", paid.setScale(2).toPlainString()).put("currency", "CNY");
        p.putObject("aggregateRemaining").put("amount", limit.subtract(paid).max(BigDecimal.ZERO).setScale(2).toPlainString()).put("currency", "CNY");
        return p;
    }

    ApiResponse rescind(Principal caller, String policyId, JsonNode body) {
        Roles.require(caller, "INSURER");
        Store.Doc doc = policies.get(caller, policyId);
        Violations e = new Violations();
        Fields.oneOf(body, "reasonCode", "", Set.of("NON_DISCLOSURE_INTENTIONAL", "NON_DISCLOSURE_GROSS_NEGLIGENCE"), e);
        Instant grounds = Fields.time(body, "groundsKnownAt", "", e);
        JsonNode pointers = body.path("answerPointers");
        if (!pointers.isArray() || pointers.isEmpty()) e.add("REQUIRED", "/answerPointers", "At least one answer pointer is required.");
        e.throwIfAny();
        ObjectNode policy = doc.toJson();
        if (!policy.path("status").asText().equals("IN_FORCE")) {
            throw ApiException.of(409, "Only a policy in force can be rescinded.").code("POLICY_NOT_IN_FORCE", "Not in force.")
                    .currentState(policy.path("status").asText()).build();
        }
        JsonNode relied = policy.path("decisionId").isTextual()
                ? underwriting.decisions.get(caller, policy.path("decisionId").asText()).toJson().path("answersRelied") : Json.object();
        Violations unresolved = new Violations();
        for (int i = 0; i < pointers.size(); i++) {
            String ptr = pointers.get(i).asText("");
            boolean resolves = false;
            try {
                resolves = ptr.startsWith("/") && !relied.at(ptr).isMissingNode();
            } catch (IllegalArgumentException ignored) {
                // not a JSON pointer: unresolved
            }
            if (!resolves) unresolved.add("UNKNOWN_REFERENCE", "/answerPointers/" + i, "The pointer does not resolve in answersRelied.");
        }
        if (!faults.contains(Fault.UW16_POINTERS_UNCHECKED)) unresolved.throwIfAny();
        TestClocks.Clock clock = clocks.get(caller, doc.clockId);
        Instant now = clock.frozenTime;
        Duration limit = faults.contains(Fault.UW16_RESCISSION_GRACE_DAY) ? GROUNDS_LIMIT.plusDays(1) : GROUNDS_LIMIT;
        if (now.isAfter(grounds.plus(limit))) {
            throw ApiException.of(422, "More than 30 days have passed since the grounds were known (Insurance Law art. 16).")
                    .pointer("RESCISSION_TIME_LIMIT_EXCEEDED", "/groundsKnownAt", "Too late.").build();
        }
        Instant bound = Times.parseOrNull(policy.path("boundAt").asText());
        if (now.isAfter(bound.atOffset(Times.CHINA).plusYears(2).toInstant()) && !faults.contains(Fault.UW16_CONTRACT_AGE_UNCHECKED)) {
            throw ApiException.of(422, "The contract is more than two years old (Insurance Law art. 16).")
                    .code("RESCISSION_CONTRACT_AGE_EXCEEDED", "Too late.").build();
        }
        synchronized (doc) {
            doc.json.put("status", "RESCINDED");
        }
        audit.record(caller, now, "POLICY_RESCINDED", "POLICY", policyId);
        ObjectNode r = Json.object().put("rescissionId", "rsc_" + policyId.substring(4)).put("policyId", policyId)
                .put("reasonCode", body.path("reasonCode").asText()).put("groundsKnownAt", body.path("groundsKnownAt").asText());
        r.set("answerPointers", pointers.deepCopy());
        r.put("rescindedAt", Times.format(now)).put("createdAt", Times.format(now)).put("testMode", caller.testMode()).put("testClockId", doc.clockId);
        return ApiResponse.json(201, clocks.varies(Variant.ACTIONS_ANSWER_PARENT) ? doc.toJson() : r);
    }
}
