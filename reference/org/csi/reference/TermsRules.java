package org.csi.reference;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The constraints of CSI-UW UW-15 on requested coverage (applications) and on full policy terms (test helpers). */
final class TermsRules {
    static final List<String> SECTIONS = List.of("DIRECT_LOSS", "BUSINESS_INTERRUPTION", "DATA_ASSET_RESTORATION",
            "HARDWARE_BETTERMENT", "EMERGENCY_RESPONSE_COSTS", "PR_LEGAL_COSTS", "CYBER_EXTORTION", "DATA_BREACH_LIABILITY",
            "NETWORK_SECURITY_INCIDENT_LIABILITY", "MEDIA_LIABILITY", "OUTSOURCER_LIABILITY", "PRODUCT_TECH_SERVICE_LIABILITY");
    static final Set<String> EXCLUSIONS = Set.of("WAR", "STATE_BACKED_ATTACK", "TERRORISM", "KNOWN_PRIOR_CIRCUMSTANCE",
            "GOVERNMENT_ACTION", "INFRASTRUCTURE_FAILURE", "FINES_PENALTIES", "UNRECOVERABLE_DATA_VALUE");

    private final Set<Fault> faults;

    TermsRules(Set<Fault> faults) {
        this.faults = faults;
    }

    /**
     * Checks terms at pointer {@code at}. {@code product} is the catalogue product (null for CSI-TEST); {@code full}
     * adds the members only policy terms carry: exclusions, attribution basis, claims and monitoring terms.
     */
    void check(JsonNode t, String at, Catalog.Product product, boolean full, Violations e) {
        BigDecimal aggregate = Fields.money(t, "aggregateLimit", at, e);
        BigDecimal retention = Fields.money(t, "retention", at, e);
        if (retention != null && retention.signum() < 0) e.add("OUT_OF_RANGE", at + "/retention", "retention must be ≥ 0.");
        JsonNode sections = t.path("sections");
        Set<String> codes = new HashSet<>();
        if (!sections.isArray() || sections.isEmpty()) {
            e.add(sections.isMissingNode() ? "REQUIRED" : "INVALID_FORMAT", at + "/sections", "At least one section is required.");
        } else {
            for (int i = 0; i < sections.size(); i++) {
                String p = at + "/sections/" + i;
                String code = Fields.oneOf(sections.get(i), "code", p, Set.copyOf(SECTIONS), e);
                if (code != null && product != null && !product.sections().contains(code) && !faults.contains(Fault.CAT07_SECTION_NOT_CHECKED)) {
                    e.add("SECTION_NOT_IN_PRODUCT", p + "/code", code + " is not offered by " + product.id() + ".");
                }
                if (code != null) codes.add(code);
                BigDecimal sub = Fields.money(sections.get(i), "subLimit", p, e);
                if (sub != null && aggregate != null && sub.compareTo(aggregate) > 0) {
                    e.add("OUT_OF_RANGE", p + "/subLimit", "A sub-limit may not exceed the aggregate limit.");
                }
            }
        }
        JsonNode bi = t.path("bi");
        boolean hasBi = codes.contains("BUSINESS_INTERRUPTION");
        if (hasBi && !bi.isObject()) e.add("REQUIRED", at + "/bi", "bi is required with BUSINESS_INTERRUPTION.");
        if (!hasBi && !bi.isMissingNode() && !bi.isNull()) e.add("OUT_OF_RANGE", at + "/bi", "bi is only allowed with BUSINESS_INTERRUPTION.");
        if (bi.isObject()) {
            Fields.integer(bi, "waitingPeriodHours", at + "/bi", 0, 720, e);
            Fields.oneOf(bi, "waitingPeriodMode", at + "/bi", Set.of("QUALIFYING", "TIME_DEDUCTIBLE"), e);
            Fields.integer(bi, "indemnityPeriodDays", at + "/bi", 1, 730, e);
        }
        Instant start = Fields.time(t.path("policyPeriod"), "start", at + "/policyPeriod", e);
        Instant end = Fields.time(t.path("policyPeriod"), "end", at + "/policyPeriod", e);
        if (start != null && end != null && !end.isAfter(start)) e.add("OUT_OF_RANGE", at + "/policyPeriod/end", "end must be after start.");
        LocalDate retro = Fields.date(t, "retroactiveDate", at, false, e);
        if (retro != null && start != null && retro.isAfter(start.atOffset(Times.CHINA).toLocalDate())) {
            e.add("OUT_OF_RANGE", at + "/retroactiveDate", "The retroactive date may not be after the policy start.");
        }
        if (!full) return;
        Fields.oneOf(t, "insuranceType", at, Set.of("PROPERTY_FIRST_PARTY", "LIABILITY_THIRD_PARTY", "PRODUCT_SERVICE"), e);
        JsonNode exclusions = t.path("exclusions");
        Set<String> excluded = new HashSet<>();
        for (int i = 0; i < exclusions.size(); i++) {
            String code = Fields.oneOf(exclusions.get(i), "code", at + "/exclusions/" + i, EXCLUSIONS, e);
            if (code != null) excluded.add(code);
        }
        if (!excluded.contains("WAR") || !excluded.contains("KNOWN_PRIOR_CIRCUMSTANCE")) {
            e.add(exclusions.isMissingNode() ? "REQUIRED" : "OUT_OF_RANGE", at + "/exclusions", "The exclusions must include WAR and KNOWN_PRIOR_CIRCUMSTANCE.");
        }
        boolean attributionNeeded = excluded.contains("WAR") || excluded.contains("STATE_BACKED_ATTACK");
        if (attributionNeeded && !t.path("attributionBasis").isObject() && !faults.contains(Fault.UW15_ATTRIBUTION_NOT_REQUIRED)) {
            e.add("ATTRIBUTION_BASIS_REQUIRED", at + "/attributionBasis", "A war or state-backed exclusion needs an attribution basis.");
        }
        Fields.integer(t.path("claimsTerms"), "decisionDays", at + "/claimsTerms", 1, 365, e);
        Fields.integer(t.path("claimsTerms"), "paymentDays", at + "/claimsTerms", 1, 365, e);
        Fields.integer(t.path("monitoringTerms"), "riskScoreThreshold", at + "/monitoringTerms", 0, 100, e);
    }
}
