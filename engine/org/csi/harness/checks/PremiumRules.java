package org.csi.harness.checks;

import org.csi.harness.verdict.ClauseViolation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;
import org.csi.harness.oracle.PremiumOracle;


/** UW-09 to UW-12: recomputation to the fen, traceable sources, monotonicity and determinism of quotes. */
public final class PremiumRules {
    /** The worked example of UW-09, recomputed by the harness's own oracle before it judges any quote. */
    public static final String WORKED_EXAMPLE = """
            {"exposureBase":{"basis":"ANNUAL_REVENUE","amount":{"amount":"356000000.00","currency":"CNY"}},"baseRate":"0.00031",
             "modifiers":[{"factor":"1.100"},{"factor":"0.900"},{"factor":"0.950"},{"factor":"1.150"},{"factor":"1.080"}]}""";
    public static final BigDecimal WORKED_EXAMPLE_PREMIUM = new BigDecimal("128911.63");
    private static final Set<String> ID_SOURCES = Set.of("FINDING", "QUANTIFICATION");
    private static final Set<String> POINTER_SOURCES = Set.of("QUESTIONNAIRE_ANSWER", "APPLICANT_PROFILE", "REQUESTED_TERMS");

    private PremiumRules() {}

    /** The UW-09 example through the harness's oracle; a harness error (not a verdict) if it does not give 128911.63. */
    public static PremiumOracle.Recomputation workedExample() {
        try {
            PremiumOracle.Recomputation r = PremiumOracle.recompute(new ObjectMapper().readTree(WORKED_EXAMPLE));
            if (r.expected().compareTo(WORKED_EXAMPLE_PREMIUM) != 0) throw new IllegalStateException("the premium oracle gives " + r.explain() + " for the UW-09 example");
            return r;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void requireStrongQuoted(Collection<UnderwritingCase> cases, Predicate<UnderwritingCase> strong) {
        ClauseViolation.require(cases.stream().anyMatch(c -> strong.test(c) && c.quote() != null),
                "no STRONG fixture received a quote, so premiums cannot be judged (UW-11: UW-09 to UW-12 fail)");
    }

    /** Recomputes each quote's premium; returns the recomputations for the evidence. */
    public static String requireRecomputable(Collection<UnderwritingCase> cases) {
        StringBuilder evidence = new StringBuilder();
        for (UnderwritingCase c : cases) {
            if (c.quote() == null) continue;
            PremiumOracle.Recomputation r = PremiumOracle.recompute(c.quote().path("premiumDerivation"));
            String reported = c.quote().at("/premium/amount").asText();
            evidence.append(c.submitted().at("/applicant/legalName").asText()).append(": expected ").append(r.explain())
                    .append("; reported ").append(reported).append('\n');
            ClauseViolation.require(r.problems().isEmpty(), "quote " + c.quote().path("quoteId").asText() + ": " + String.join("; ", r.problems()));
            ClauseViolation.require(reported.matches("\\d+\\.\\d{2}") && new BigDecimal(reported).compareTo(r.expected()) == 0,
                    "quote " + c.quote().path("quoteId").asText() + " reports premium " + reported + ", the recomputation gives " + r.explain());
        }
        return evidence.toString();
    }

    /** Every source resolves: pointers in the submitted application, finding ids in the decision's assessment, quantifications cited. */
    public static void requireTraceable(UnderwritingCase c, Predicate<String> quantificationExists) {
        if (c.quote() == null) return;
        JsonNode d = c.quote().path("premiumDerivation");
        requireResolves(c, "exposureBase.source", d.at("/exposureBase/source"), quantificationExists);
        int i = 0;
        for (JsonNode m : d.path("modifiers")) requireResolves(c, "modifiers[" + i++ + "] " + m.path("code").asText(), m.path("source"), quantificationExists);
    }

    public static void requireQuestionnaireModifier(UnderwritingCase c) {
        if (c.quote() == null) return;
        for (JsonNode m : c.quote().at("/premiumDerivation/modifiers")) if (m.at("/source/type").asText().equals("QUESTIONNAIRE_ANSWER")) return;
        throw new ClauseViolation("quote " + c.quote().path("quoteId").asText() + " has no modifier from a QUESTIONNAIRE_ANSWER");
    }

    /** Equal premium and derivation, ignoring the ids of findings and quantifications (which differ per assessment). */
    public static void requireSameQuote(UnderwritingCase a, UnderwritingCase b) {
        ClauseViolation.require(a.quote() != null && b.quote() != null, "both submissions must be quoted: " + a.summary() + " / " + b.summary());
        ClauseViolation.require(a.quote().path("premium").equals(b.quote().path("premium")),
                "the same input gave premiums " + a.quote().path("premium") + " and " + b.quote().path("premium"));
        JsonNode da = withoutIds(a.quote().path("premiumDerivation")), db = withoutIds(b.quote().path("premiumDerivation"));
        ClauseViolation.require(da.equals(db), "the same input gave derivations " + da + " and " + db);
    }

    /** UW-13: the quantification a quote cites is COMPLETED, on the application's clock. */
    public static void requireQuantificationOnClock(UnderwritingCase c, JsonNode quantification) {
        ClauseViolation.require(quantification.path("status").asText().equals("COMPLETED"),
                c.summary() + ": quantification " + quantification.path("quantificationId").asText() + " is " + quantification.path("status"));
        ClauseViolation.require(quantification.path("testClockId").asText().equals(c.clock().path("testClockId").asText()),
                c.summary() + ": the quantification is on clock " + quantification.path("testClockId") + ", the application on " + c.clock().path("testClockId"));
    }

    /** UW-13: every quote cites the quantification it rests on. */
    public static void requireCitesQuantification(Collection<UnderwritingCase> cases) {
        for (UnderwritingCase c : cases) {
            if (c.quote() != null) ClauseViolation.require(!c.quote().path("quantificationId").asText().isBlank(), c.summary() + ": the quote has no quantificationId");
        }
    }

    public static BigDecimal premium(UnderwritingCase c) {
        ClauseViolation.require(c.quote() != null, c.summary() + ": this comparison needs a quote");
        return new BigDecimal(c.quote().at("/premium/amount").asText());
    }

    private static void requireResolves(UnderwritingCase c, String what, JsonNode source, Predicate<String> quantificationExists) {
        String type = source.path("type").asText(), ref = source.path("ref").asText();
        String quote = "quote " + c.quote().path("quoteId").asText() + " " + what;
        if (type.equals("FINDING")) {
            Set<String> ids = new HashSet<>();
            c.assessment().path("findings").forEach(f -> ids.add(f.path("findingId").asText()));
            ClauseViolation.require(ids.contains(ref), quote + " cites finding " + ref + ", not a finding of assessment "
                    + c.assessment().path("assessmentId").asText() + " " + ids);
        } else if (type.equals("QUANTIFICATION")) {
            ClauseViolation.require(quantificationExists.test(ref), quote + " cites quantification " + ref + ", which cannot be found");
        } else if (POINTER_SOURCES.contains(type)) {
            ClauseViolation.require(ref.startsWith("/") && !c.submitted().at(ref).isMissingNode(),
                    quote + " cites " + type + " " + ref + ", which does not resolve in the application");
        } else {
            throw new ClauseViolation(quote + " has source.type " + source.path("type") + ", not one of CSI-UW's");
        }
    }

    private static JsonNode withoutIds(JsonNode derivation) {
        ObjectNode d = derivation.deepCopy();
        blank(d.at("/exposureBase/source"));
        d.path("modifiers").forEach(m -> blank(m.path("source")));
        return d;
    }

    private static void blank(JsonNode source) {
        if (source instanceof ObjectNode o && ID_SOURCES.contains(o.path("type").asText())) o.remove("ref");
    }
}
