package org.csi.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Assessments, underwriting decisions and quotes (CSI-UW UW-03..UW-13). */
final class Underwriting {
    private static final Set<String> METHODS = Set.of("QUESTIONNAIRE", "VULN_SCAN", "PENTEST");

    private final Set<Fault> faults;
    private final TestClocks clocks;
    private final Applications applications;
    private final Quantifications quantifications;
    private final Catalog catalog;
    private final AuditLog audit;
    private final ScheduledExecutorService scheduler;
    private final Scanner scanner;
    private final ScenarioDerivation derivation;
    private final PremiumEngine rating;
    final Store assessments;
    final Store decisions;
    final Store quotes;

    Underwriting(Set<Fault> faults, TestClocks clocks, Applications applications, Quantifications quantifications, Catalog catalog,
                 AuditLog audit, ScheduledExecutorService scheduler) {
        this.faults = faults;
        this.clocks = clocks;
        this.applications = applications;
        this.quantifications = quantifications;
        this.catalog = catalog;
        this.audit = audit;
        this.scheduler = scheduler;
        this.scanner = new Scanner(faults);
        this.derivation = new ScenarioDerivation(faults);
        this.rating = new PremiumEngine(faults);
        this.assessments = new Store("assessment", "asm_", "assessmentId", clocks);
        this.decisions = new Store("underwriting decision", "dec_", "decisionId", clocks);
        this.quotes = new Store("quote", "quo_", "quoteId", clocks);
        quantifications.derivedBy((caller, applicationId) -> derivation.derive(applications.disclosed(caller, applicationId),
                findingsOf(caller, applicationId)));
    }

    // ---- assessments (UW-03, UW-04, UW-05) ----

    ApiResponse assess(Principal caller, JsonNode body) {
        Roles.require(caller, "SERVICE_PROVIDER");
        Violations e = new Violations();
        String applicationId = Fields.text(body, "applicationId", "", e);
        JsonNode methods = body.path("methods");
        List<String> asked = new ArrayList<>();
        methods.forEach(m -> asked.add(m.asText()));
        boolean validMethods = methods.isArray() && METHODS.containsAll(asked) && asked.contains("QUESTIONNAIRE")
                && (asked.contains("VULN_SCAN") || asked.contains("PENTEST"));
        if (!validMethods && !faults.contains(Fault.UW04_QUESTIONNAIRE_ONLY_ACCEPTED)) {
            e.add(methods.isMissingNode() ? "REQUIRED" : "OUT_OF_RANGE", "/methods", "methods must hold QUESTIONNAIRE and VULN_SCAN or PENTEST.");
        }
        JsonNode auth = body.path("authorization");
        boolean unchecked = faults.contains(Fault.UW03_AUTHORISATION_UNCHECKED);
        if (!auth.isObject() && !unchecked) {
            e.add("AUTHORIZATION_REQUIRED", "/authorization", "A signed testing authorisation is required.");
        } else if (!unchecked) {
            Fields.authorisation(auth, e);
        }
        e.throwIfAny();
        Store.Doc app = applications.store().get(caller, applicationId);
        JsonNode disclosed = applications.disclosed(caller, applicationId);
        TestClocks.Clock clock = clocks.get(caller, app.clockId);
        Instant now = clock.frozenTime;
        Instant windowStart = Times.parseOrNull(auth.at("/window/start").asText()), windowEnd = Times.parseOrNull(auth.at("/window/end").asText());
        if (!unchecked && !now.isBefore(windowEnd)) {
            throw ApiException.of(422, "The authorisation window has ended.").pointer("AUTHORIZATION_WINDOW", "/authorization/window/end",
                    "The window ended before now.").build();
        }
        if (!unchecked && !auth.at("/signatory/organisationUscc").asText().equals(disclosed.at("/applicant/uscc").asText())) {
            throw ApiException.of(422, "The authorisation is signed for another organisation.").pointer("AUTHORIZATION_SIGNATORY_MISMATCH",
                    "/authorization/signatory/organisationUscc", "The signatory must act for the applicant.").build();
        }
        ObjectNode a = Json.object().put("applicationId", applicationId).put("status", "RUNNING");
        ArrayNode used = a.putArray("methods");
        asked.forEach(used::add);
        Store.Doc doc = assessments.create(caller, clock, a);
        boolean scanAllowed = asked.contains("VULN_SCAN") && contains(auth.path("methodsAllowed"), "VULN_SCAN") && !now.isBefore(windowStart);
        if (clocks.varies(Variant.ASSESSMENTS_COMPLETE_AT_ONCE)) {
            complete(doc, disclosed, auth, scanAllowed);
        } else {
            long delay = clocks.varies(Variant.ASSESSMENTS_COMPLETE_LATER) ? 1_000 : 150;
            scheduler.schedule(() -> complete(doc, disclosed, auth, scanAllowed), delay, TimeUnit.MILLISECONDS);
        }
        return ApiResponse.json(201, doc.toJson());
    }

    private void complete(Store.Doc doc, JsonNode app, JsonNode auth, boolean scanAllowed) {
        ArrayNode findings = Json.array();
        for (JsonNode asset : app.path("assets")) {
            boolean authorised = false;
            for (JsonNode listed : auth.path("assets")) {
                authorised |= listed.path("type").asText().equals(asset.path("type").asText()) && listed.path("value").asText().equals(asset.path("value").asText());
            }
            if (scanAllowed && asset.path("type").asText().equals("URL") && (authorised || faults.contains(Fault.UW03_SCANS_UNLISTED_ASSETS))) {
                scanner.scan(asset.path("assetRef").asText(), asset.path("value").asText(), findings);
            }
        }
        ArrayNode risks = Json.array();
        for (JsonNode f : findings) {
            if (f.path("cveId").isNull()) continue;
            double score = f.at("/severity/cvssBaseScore").asDouble();
            int likelihood = score >= 9 ? 5 : score >= 7 ? 4 : 3;
            int impact = 4;
            ObjectNode r = risks.addObject().put("riskItemId", "rsk_" + f.path("findingId").asText().substring(4))
                    .put("assetRef", f.path("assetRef").asText()).put("threat", "利用 " + f.path("cveId").asText() + " 入侵 / exploitation of a known vulnerability");
            var ids = r.putArray("findingIds");
            if (!faults.contains(Fault.UW04_RISK_ITEMS_CITE_NOTHING)) ids.add(f.path("findingId").asText());
            r.putArray("existingControls").add(app.at("/questionnaire/answers/edrCoveragePercent").asInt() >= 80 ? "EDR" : "NONE");
            r.put("likelihood", likelihood).put("impact", impact).put("riskLevel", likelihood * impact >= 20 ? "VERY_HIGH" : "HIGH");
        }
        synchronized (doc) {
            doc.json.put("status", "COMPLETED").set("findings", findings);
            doc.json.set("riskItems", risks);
            doc.json.put("reportVersion", "1.0").put("approvedBy", "参考实现评估师 / reference assessor");
        }
    }

    private JsonNode findingsOf(Principal caller, String applicationId) {
        ArrayNode all = Json.array();
        assessments.list(caller, java.util.Map.of()).stream().map(Store.Doc::toJson)
                .filter(a -> a.path("applicationId").asText().equals(applicationId) && a.path("status").asText().equals("COMPLETED"))
                .forEach(a -> all.addAll((ArrayNode) a.path("findings")));
        return all;
    }

    // ---- decisions (UW-07, UW-08) ----

    ApiResponse decide(Principal caller, String applicationId, JsonNode body) {
        if (!faults.contains(Fault.GEN05_APPLICANT_DECIDES)) Roles.require(caller, "INSURER");
        if (faults.contains(Fault.GEN15_SLOW_DECISIONS)) Pause.everyTenth(2500);
        Store.Doc app = applications.store().get(caller, applicationId);
        Violations e = new Violations();
        String assessmentId = Fields.text(body, "assessmentId", "", e);
        e.throwIfAny();
        JsonNode assessment = assessments.get(caller, assessmentId).toJson();
        if (!assessment.path("applicationId").asText().equals(applicationId)) {
            throw ApiException.of(422, "The assessment is of another application.").pointer("UNKNOWN_REFERENCE", "/assessmentId", "Wrong assessment.").build();
        }
        if (!assessment.path("status").asText().equals("COMPLETED") && !faults.contains(Fault.UW07_DECIDES_BEFORE_COMPLETION)) {
            throw ApiException.of(409, "The assessment is not completed yet.").code("ASSESSMENT_NOT_COMPLETED", "Wait for COMPLETED.")
                    .currentState(assessment.path("status").asText()).build();
        }
        if (faults.contains(Fault.UW07_TRANSPORT_FIRM_NOT_DECIDED) && app.json.at("/applicant/industryCode").asText().startsWith("G")) {
            throw ApiException.of(422, "Transport firms are not underwritten.").code("NOT_UNDERWRITTEN", "No decision.").build();
        }
        TestClocks.Clock clock = clocks.get(caller, app.clockId);
        ObjectNode disclosed = applications.disclosed(caller, applicationId);
        List<String> reasons = reasons(disclosed, assessment.path("findings"), clock.frozenTime);
        int concerns = reasons.size();
        String outcome = concerns == 0 ? "ACCEPT" : concerns <= 3 ? "ACCEPT_WITH_CONDITIONS" : concerns <= 5 ? "REFER" : "DECLINE";
        if ((concerns == 0 && !faults.contains(Fault.UW07_ACCEPT_WITHOUT_REASON)) || faults.contains(Fault.UW07_CONTROLS_ADEQUATE_WITH_OTHERS)) reasons.add(0, "CONTROLS_ADEQUATE");
        // The pricing quantification takes a seed fixed by its inputs, so the same application gets the same quote (UW-12).
        List<ScenarioDerivation.Derived> derived = derivation.derive(disclosed, assessment.path("findings"));
        long seed = faults.contains(Fault.UW12_PRICING_FROM_SAMPLES) ? System.nanoTime() & Long.MAX_VALUE
                : (disclosed.path("applicant").toString() + disclosed.path("questionnaire") + disclosed.path("requestedCoverage")).hashCode() & 0x7fffffffL;
        Store.Doc q = quantifications.run(caller, clock, applicationId, 10_000, seed, derived.stream().map(ScenarioDerivation.Derived::scenario).toList(), derived);
        ObjectNode d = Json.object().put("applicationId", applicationId).put("outcome", outcome);
        ArrayNode codes = d.putArray("reasonCodes");
        reasons.forEach(codes::add);
        ArrayNode conditions = d.putArray("conditions");
        if (outcome.equals("ACCEPT_WITH_CONDITIONS") && !faults.contains(Fault.UW07_CONDITIONS_MISSING)) {
            String due = Times.format(clock.frozenTime.plus(60, ChronoUnit.DAYS));
            reasons.stream().filter(r -> !r.equals("CONTROLS_ADEQUATE")).forEach(r -> conditions.addObject().put("code", "REMEDIATE_" + r)
                    .put("description", "在起保后 60 天内整改：" + r).put("dueBy", due));
        }
        d.put("riskGrade", String.valueOf("ABCDE".charAt(Math.min(4, concerns))));
        d.put("assessmentId", assessmentId).put("quantificationId", q.id);
        d.put("questionnaireVersion", faults.contains(Fault.UW08_VERSION_NOT_RECORDED) ? "" : disclosed.at("/questionnaire/version").asText());
        d.set("answersRelied", disclosed.at("/questionnaire/answers").deepCopy());
        d.put("expectedLossCNY", MonteCarlo.cents(derived.stream().mapToDouble(x -> x.scenario().expectedLoss()).sum()));
        d.put("decidedAt", Times.format(clock.frozenTime));
        Store.Doc decision = decisions.create(caller, clock, d);
        if (faults.contains(Fault.UW08_DECISION_FOLLOWS_PATCH)) applications.onPatch(applicationId, answers -> decision.json.set("answersRelied", answers.deepCopy()));
        audit.record(caller, clock.frozenTime, "UNDERWRITING_DECISION_MADE", "APPLICATION", applicationId);
        return ApiResponse.json(201, decision.toJson());
    }

    ApiResponse decision(Principal caller, String applicationId, String decisionId) {
        JsonNode d = decisions.get(caller, decisionId).toJson();
        if (!d.path("applicationId").asText().equals(applicationId)) throw ApiException.of(404, "No decision " + decisionId + ".").build();
        return ApiResponse.json(200, d);
    }

    private List<String> reasons(JsonNode app, JsonNode findings, Instant now) {
        JsonNode a = app.at("/questionnaire/answers");
        LocalDate today = now.atOffset(Times.CHINA).toLocalDate();
        List<String> r = new ArrayList<>();
        if (!a.at("/mfa/remoteAccess").asBoolean() || !a.at("/mfa/email").asBoolean() || !a.at("/mfa/privileged").asBoolean()) r.add("MFA_MISSING");
        if ((a.path("edrCoveragePercent").asInt() < 80) != faults.contains(Fault.UW11_EDR_THRESHOLD_INVERTED)) r.add("EDR_COVERAGE_LOW");
        if (!a.at("/backup/offlineOrImmutable").asBoolean()) r.add("BACKUP_NOT_OFFLINE");
        if (stale(a.at("/backup/lastRestoreTestDate"), today)) r.add("RESTORE_TEST_STALE");
        if (a.path("patchSlaCriticalDays").asInt() > 30) r.add("PATCH_SLA_TOO_LONG");
        if (a.path("exposedRdp").asBoolean() && !faults.contains(Fault.UW07_RDP_NOT_CITED)) r.add("RDP_EXPOSED");
        if (!a.at("/emailSecurity/spf").asBoolean() || !a.at("/emailSecurity/dkim").asBoolean() || a.at("/emailSecurity/dmarcPolicy").asText().equals("NONE")) {
            r.add("EMAIL_AUTH_WEAK");
        }
        if (!a.at("/irPlan/exists").asBoolean() || stale(a.at("/irPlan/lastExercisedDate"), today)) r.add("IR_PLAN_STALE");
        for (JsonNode f : findings) {
            if (f.at("/severity/cvssSeverity").asText().equals("CRITICAL")) {
                r.add("CRITICAL_FINDING_OPEN");
                break;
            }
        }
        if (!app.path("priorIncidents").isEmpty()) r.add("PRIOR_INCIDENTS");
        return r;
    }

    private static boolean stale(JsonNode date, LocalDate today) {
        return !date.isTextual() || ChronoUnit.DAYS.between(LocalDate.parse(date.asText()), today) > 365;
    }

    private static boolean contains(JsonNode array, String value) {
        for (JsonNode n : array) if (n.asText().equals(value)) return true;
        return false;
    }

    // ---- quotes (UW-09..UW-13) ----

    ApiResponse quote(Principal caller, String applicationId, JsonNode body) {
        Roles.require(caller, "INSURER");
        Store.Doc app = applications.store().get(caller, applicationId);
        Violations e = new Violations();
        String decisionId = Fields.text(body, "decisionId", "", e);
        e.throwIfAny();
        JsonNode decision = decisions.get(caller, decisionId).toJson();
        String outcome = decision.path("outcome").asText();
        if ((outcome.equals("REFER") || outcome.equals("DECLINE")) && !faults.contains(Fault.UW09_QUOTES_DECLINED)) {
            throw ApiException.of(409, "Only an accepted application can be quoted.").code("NOT_ACCEPTED", "The decision is " + outcome + ".")
                    .currentState(outcome).build();
        }
        TestClocks.Clock clock = clocks.get(caller, app.clockId);
        ObjectNode disclosed = applications.disclosed(caller, applicationId);
        JsonNode assessment = assessments.get(caller, decision.path("assessmentId").asText()).toJson();
        Catalog.Product product = catalog.find(disclosed.at("/requestedCoverage/productId").asText());
        String quantificationId = decision.path("quantificationId").asText();
        double expectedLoss = faults.contains(Fault.UW12_PRICING_FROM_SAMPLES)
                ? quantifications.store().get(caller, quantificationId).toJson().path("aleCNY").asDouble()
                : decision.path("expectedLossCNY").asDouble();
        ObjectNode derivation = rating.derivation(disclosed, assessment.path("findings"), quantificationId, expectedLoss, clock.frozenTime, product.premiumMin());
        ObjectNode q = Json.object().put("decisionId", decisionId).put("applicationId", applicationId).put("status", "OPEN");
        q.putObject("premium").put("amount", rating.premium(derivation)).put("currency", "CNY");
        q.set("premiumDerivation", derivation);
        q.set("terms", Policies.termsFrom(disclosed.path("requestedCoverage"),
                faults.contains(Fault.CAT07_QUOTE_NAMES_OTHER_PRODUCT) ? catalog.find("PRD-DATA-LIAB") : product));
        q.put("quantificationId", faults.contains(Fault.UW13_QUOTE_CITES_MISSING_QUANTIFICATION) ? "qnt_missing" : quantificationId);
        q.put("validUntil", Times.format(clock.frozenTime.plus(30, ChronoUnit.DAYS)));
        Store.Doc quote = quotes.create(caller, clock, q);
        audit.record(caller, clock.frozenTime, "QUOTE_ISSUED", "APPLICATION", applicationId);
        return ApiResponse.json(201, quote.toJson());
    }

    /** A quote with its status as of its clock's now: OPEN turns EXPIRED after validUntil. */
    ObjectNode quoteNow(Principal caller, String quoteId) {
        Store.Doc doc = quotes.get(caller, quoteId);
        Instant now = clocks.get(caller, doc.clockId).frozenTime;
        synchronized (doc) {
            if (doc.json.path("status").asText().equals("OPEN") && now.isAfter(Times.parseOrNull(doc.json.path("validUntil").asText()))) {
                doc.json.put("status", "EXPIRED");
            }
        }
        return doc.toJson();
    }
}
