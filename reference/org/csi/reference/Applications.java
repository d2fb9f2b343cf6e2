package org.csi.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Insurance applications (CSI-UW UW-01/02/06/15, GEN-06/12/13): validated in full, stored, returned with PII masked. */
final class Applications {
    private static final Set<String> ASSET_TYPES = Set.of("URL", "IP", "DOMAIN", "CIDR");

    private final Set<Fault> faults;
    private final TestClocks clocks;
    private final Catalog catalog;
    private final TermsRules terms;
    private final Store store;
    /** The submitted body, unmasked, by application id: underwriting works on what the applicant disclosed. */
    private final Map<String, ObjectNode> submitted = new ConcurrentHashMap<>();

    Applications(Set<Fault> faults, TestClocks clocks, Catalog catalog) {
        this.faults = faults;
        this.clocks = clocks;
        this.catalog = catalog;
        this.terms = new TermsRules(faults);
        this.store = new Store("application", "app_", "applicationId", clocks);
    }

    /** Called with the new answers after each PATCH (only the UW08_DECISION_FOLLOWS_PATCH fault listens). */
    private final Map<String, java.util.List<java.util.function.Consumer<JsonNode>>> patchListeners = new ConcurrentHashMap<>();

    void onPatch(String applicationId, java.util.function.Consumer<JsonNode> listener) {
        patchListeners.computeIfAbsent(applicationId, k -> new java.util.concurrent.CopyOnWriteArrayList<>()).add(listener);
    }

    Store store() {
        return store;
    }

    ApiResponse create(Principal caller, JsonNode body) {
        Roles.require(caller, "APPLICANT");
        if (!faults.contains(Fault.UW01_APPLICATIONS_UNVALIDATED)) check(body);
        TestClocks.Clock clock = clocks.attach(caller, body.path("testClockId").textValue(), "/testClockId");
        ObjectNode kept = body.deepCopy();
        kept.remove("testClockId");
        if (!kept.has("priorIncidents")) kept.putArray("priorIncidents");
        kept.put("status", "SUBMITTED");
        ObjectNode stored = masked(kept);
        if (faults.contains(Fault.UW01_ECHO_DROPS_QUESTIONNAIRE)) stored.remove("questionnaire");
        Store.Doc doc = store.create(caller, clock, stored);
        submitted.put(doc.id, kept);
        return ApiResponse.json(201, doc.toJson());
    }

    ApiResponse patch(Principal caller, String id, JsonNode patch) {
        Roles.require(caller, "APPLICANT");
        Store.Doc doc = store.get(caller, id);
        ObjectNode merged = submitted.get(id).deepCopy();
        MergePatch.apply(merged, patch);
        ObjectNode asRequest = merged.deepCopy().put("testClockId", doc.clockId);
        check(asRequest);
        submitted.put(id, merged);
        patchListeners.getOrDefault(id, java.util.List.of()).forEach(l -> l.accept(merged.at("/questionnaire/answers")));
        synchronized (doc) {
            doc.json.setAll(masked(merged));
        }
        return ApiResponse.json(200, doc.toJson());
    }

    /** The application as disclosed (unmasked), for underwriting. */
    ObjectNode disclosed(Principal caller, String id) {
        store.get(caller, id);
        return submitted.get(id);
    }

    private void check(JsonNode b) {
        Violations e = new Violations();
        JsonNode a = b.path("applicant");
        if (!a.isObject()) {
            e.add("REQUIRED", "/applicant", "applicant is required.");
        } else {
            Fields.text(a, "legalName", "/applicant", e);
            String uscc = Fields.text(a, "uscc", "/applicant", e);
            String usccProblem = uscc == null ? null : Uscc.problem(uscc, !faults.contains(Fault.UW02_CHECKSUM_NOT_VERIFIED), faults.contains(Fault.UW02_WEIGHTS_SHIFTED) ? 3 : 1);
            if (usccProblem != null) e.add(usccProblem, "/applicant/uscc", "The unified social credit code is invalid.");
            String industry = Fields.text(a, "industryCode", "/applicant", e);
            if (industry != null && !industry.matches("[A-T]\\d{2,4}")) {
                e.add("INVALID_FORMAT", "/applicant/industryCode", "A GB/T 4754-2017 code such as C34 is required.");
            }
            Fields.money(a, "annualRevenue", "/applicant", e);
            Fields.integer(a, "employees", "/applicant", 1, Integer.MAX_VALUE, e);
            Fields.integer(a, "classifiedProtectionLevel", "/applicant", 1, 5, e);
            JsonNode c = a.path("contact");
            Fields.text(c, "name", "/applicant/contact", e);
            String idCard = Fields.text(c, "idCardNumber", "/applicant/contact", e);
            if (idCard != null && !idCard.matches("\\d{17}[\\dX]")) e.add("INVALID_FORMAT", "/applicant/contact/idCardNumber", "18 characters are required.");
            Fields.mobile(c, "mobile", "/applicant/contact", e);
        }
        JsonNode assets = b.path("assets");
        for (int i = 0; i < assets.size(); i++) {
            String at = "/assets/" + i;
            Fields.text(assets.get(i), "assetRef", at, e);
            Fields.oneOf(assets.get(i), "type", at, ASSET_TYPES, e);
            Fields.text(assets.get(i), "value", at, e);
            Fields.integer(assets.get(i), "criticality", at, 1, 5, e);
        }
        Questionnaire.check(b.path("questionnaire"), "/questionnaire", !faults.contains(Fault.UW06_EDR_RANGE_UNCHECKED), e);
        JsonNode incidents = b.path("priorIncidents");
        if (!incidents.isArray() && !faults.contains(Fault.UW01_PRIOR_INCIDENTS_OPTIONAL)) {
            e.add(incidents.isMissingNode() ? "REQUIRED" : "INVALID_FORMAT", "/priorIncidents", "priorIncidents is required; it may be [].");
        }
        JsonNode rc = b.path("requestedCoverage");
        String productId = Fields.text(rc, "productId", "/requestedCoverage", e);
        Catalog.Product product = productId == null ? null : catalog.find(productId);
        if (productId != null && product == null) e.add("UNKNOWN_REFERENCE", "/requestedCoverage/productId", "No such product.");
        terms.check(rc, "/requestedCoverage", product, false, e);
        if (!b.path("testClockId").isTextual()) e.add("REQUIRED", "/testClockId", "testClockId is required in test mode.");
        e.throwIfAny();
    }

    /** GEN-12: ID numbers keep the first 6 and last 4 characters, mobiles the first 3 and last 4. */
    ObjectNode masked(ObjectNode application) {
        ObjectNode copy = application.deepCopy();
        if (faults.contains(Fault.GEN12_PII_UNMASKED)) return copy;
        Pii.mask(copy.path("applicant").path("contact"));
        return copy;
    }
}
