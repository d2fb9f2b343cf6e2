package org.csi.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;

/**
 * The reference's rating: revenue × industry base rate × one modifier per control answer, per serious finding,
 * per requested term and from the quantification; exact decimals and one HALF_UP rounding (CSI-UW UW-09/10).
 * Every modifier is monotone: a better answer never has a larger factor.
 */
final class PremiumEngine {
    private static final Map<Character, String> BASE_RATES = Map.of('C', "0.00031", 'I', "0.00028", 'J', "0.00045",
            'Q', "0.00040", 'D', "0.00030", 'P', "0.00035", 'G', "0.00033");
    private static final BigDecimal STANDARD_LIMIT = new BigDecimal("5000000.00");

    private final Set<Fault> faults;

    PremiumEngine(Set<Fault> faults) {
        this.faults = faults;
    }

    /** The premiumDerivation of a quote; {@code expectedLoss} is the quantification's analytic expected annual loss. */
    ObjectNode derivation(JsonNode app, JsonNode findings, String quantificationId, double expectedLoss, Instant now, String minimumPremium) {
        ObjectNode d = Json.object();
        JsonNode revenue = app.path("applicant").path("annualRevenue");
        ObjectNode base = d.putObject("exposureBase").put("basis", "ANNUAL_REVENUE");
        base.set("amount", revenue.deepCopy());
        source(base, "APPLICANT_PROFILE", "/applicant/annualRevenue");
        String rate = BASE_RATES.getOrDefault(app.path("applicant").path("industryCode").asText(" ").charAt(0), "0.00035");
        if (faults.contains(Fault.UW11_REVENUE_DISCOUNT) && revenue.path("amount").asDouble() >= 500_000_000) {
            rate = new BigDecimal(rate).divide(BigDecimal.valueOf(2)).toPlainString();
        }
        d.put("baseRate", rate);
        ArrayNode m = d.putArray("modifiers");
        JsonNode a = app.path("questionnaire").path("answers");
        LocalDate today = now.atOffset(Times.CHINA).toLocalDate();
        answer(m, "MFA_REMOTE", "mfa/remoteAccess", a.at("/mfa/remoteAccess").asBoolean() ? "0.950" : "1.150");
        boolean emailMfa = a.at("/mfa/email").asBoolean();
        answer(m, "MFA_EMAIL", "mfa/email", emailMfa ? (faults.contains(Fault.UW11_MFA_EMAIL_RAISES_PREMIUM) ? "1.060" : "0.980") : "1.050");
        answer(m, "EDR_COVERAGE", "edrCoveragePercent", new BigDecimal("1.200").subtract(new BigDecimal("0.002")
                .multiply(BigDecimal.valueOf(a.path("edrCoveragePercent").asInt()))).toPlainString());
        answer(m, "RESTORE_TEST", "backup/lastRestoreTestDate", recency(a.at("/backup/lastRestoreTestDate"), today, "0.970", "1.050"));
        int sla = a.path("patchSlaCriticalDays").asInt();
        answer(m, "PATCH_SLA", "patchSlaCriticalDays", sla <= 7 ? "0.950" : sla <= 30 ? "1.000" : "1.100");
        answer(m, "PAM", "privilegedAccessManagement", a.path("privilegedAccessManagement").asBoolean() ? "0.970" : "1.030");
        answer(m, "RDP", "exposedRdp", a.path("exposedRdp").asBoolean() ? "1.250" : "1.000");
        String dmarc = a.at("/emailSecurity/dmarcPolicy").asText();
        answer(m, "DMARC", "emailSecurity/dmarcPolicy", dmarc.equals("REJECT") ? "0.970" : dmarc.equals("QUARANTINE") ? "1.000" : "1.050");
        int training = a.path("phishingTrainingPerYear").asInt();
        answer(m, "PHISHING_TRAINING", "phishingTrainingPerYear", training >= 4 ? "0.970" : training >= 1 ? "1.000" : "1.050");
        answer(m, "IR_EXERCISE", "irPlan/lastExercisedDate", recency(a.at("/irPlan/lastExercisedDate"), today, "0.970", "1.030"));
        for (JsonNode f : findings) {
            if (f.path("severity").path("cvssBaseScore").asDouble() < 7.0) continue;
            String ref = faults.contains(Fault.UW10_FINDING_REF_UNRESOLVED) ? "fnd_unknown" : f.path("findingId").asText();
            modifier(m, "FINDING_" + f.path("severity").path("cvssSeverity").asText(), "1.050", "FINDING", ref);
        }
        BigDecimal limit = new BigDecimal(app.at("/requestedCoverage/aggregateLimit/amount").asText("5000000.00"));
        BigDecimal limitRatio = faults.contains(Fault.UW11_LIMIT_DISCOUNT) ? STANDARD_LIMIT.divide(limit, MathContext.DECIMAL64)
                : limit.divide(STANDARD_LIMIT, MathContext.DECIMAL64);
        modifier(m, "AGGREGATE_LIMIT", limitRatio.sqrt(MathContext.DECIMAL64)
                .setScale(6, RoundingMode.HALF_UP).toPlainString(), "REQUESTED_TERMS", "/requestedCoverage/aggregateLimit");
        BigDecimal retention = new BigDecimal(app.at("/requestedCoverage/retention/amount").asText("0.00"));
        modifier(m, "RETENTION", new BigDecimal("1.050000").subtract(retention.divide(new BigDecimal("1000000"), 6, RoundingMode.HALF_UP))
                .max(new BigDecimal("0.800000")).toPlainString(), "REQUESTED_TERMS", "/requestedCoverage/retention");
        double lossRatio = expectedLoss / revenue.path("amount").asDouble();
        modifier(m, "EXPECTED_LOSS", BigDecimal.valueOf(1 + Math.min(1.0, lossRatio * 200)).setScale(6, RoundingMode.HALF_UP).toPlainString(),
                "QUANTIFICATION", quantificationId);
        d.putObject("minimumPremium").put("amount", minimumPremium).put("currency", "CNY");
        return d;
    }

    /** max(minimumPremium, round_HALF_UP(amount × baseRate × Π factor, 0.01)). */
    String premium(JsonNode derivation) {
        BigDecimal p = new BigDecimal(derivation.at("/exposureBase/amount/amount").asText()).multiply(new BigDecimal(derivation.path("baseRate").asText()));
        boolean perFactor = faults.contains(Fault.UW09_ROUNDED_PER_FACTOR);
        for (JsonNode m : derivation.path("modifiers")) {
            p = p.multiply(new BigDecimal(m.path("factor").asText()));
            if (perFactor) p = p.setScale(2, RoundingMode.HALF_UP);
        }
        p = p.setScale(2, RoundingMode.HALF_UP);
        if (faults.contains(Fault.UW09_MINIMUM_PREMIUM_IGNORED)) return p.toPlainString();
        return p.max(new BigDecimal(derivation.at("/minimumPremium/amount").asText())).toPlainString();
    }

    private static String recency(JsonNode date, LocalDate today, String recent, String stale) {
        if (!date.isTextual()) return "1.100";
        return ChronoUnit.DAYS.between(LocalDate.parse(date.asText()), today) <= 365 ? recent : stale;
    }

    private static void answer(ArrayNode m, String code, String path, String factor) {
        modifier(m, code, factor, "QUESTIONNAIRE_ANSWER", "/questionnaire/answers/" + path);
    }

    private static void modifier(ArrayNode m, String code, String factor, String type, String ref) {
        source(m.addObject().put("code", code).put("factor", factor), type, ref);
    }

    private static void source(ObjectNode owner, String type, String ref) {
        owner.putObject("source").put("type", type).put("ref", ref);
    }
}
