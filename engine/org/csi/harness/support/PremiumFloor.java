package org.csi.harness.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Set;
import org.csi.harness.checks.UnderwritingCase;
import org.csi.harness.oracle.PremiumOracle;
import org.csi.harness.verdict.FixtureUnavailable;

/**
 * UW-09 at the edge of its max(minimumPremium, …): an application whose exposure makes the exact product fall below the
 * quote's minimumPremium, built from the solution's own derivation of a quote it gave. The harness reads the rate the
 * solution applies (baseRate × Π factor), sets the member that {@code exposureBase.source} points to so that the product
 * is about a quarter of the minimum, and walks the application again; if the rate moved with the exposure, it tries once
 * more from the new rate. A solution that states no minimumPremium is walked at a thousandth of the exposure instead.
 */
public final class PremiumFloor {
    private static final Set<String> POINTER_SOURCES = Set.of("APPLICANT_PROFILE", "REQUESTED_TERMS", "QUESTIONNAIRE_ANSWER");
    private static final BigDecimal FEN = new BigDecimal("0.01");

    private PremiumFloor() {}

    /** The quoted case {@code quoted} walked again, on a new clock, with its exposure moved below the minimum premium. */
    public static UnderwritingCase belowMinimum(Underwriter underwriter, UnderwritingCase quoted) {
        if (quoted == null || quoted.quote() == null) throw new FixtureUnavailable("no quoted F-ORG case to move below its minimum premium");
        UnderwritingCase c = quoted;
        for (int attempt = 0; attempt < 2; attempt++) {
            JsonNode d = c.quote().path("premiumDerivation");
            PremiumOracle.Recomputation r = PremiumOracle.recompute(d);
            if (attempt > 0 && floorBinds(r)) return c;
            c = underwriter.underwrite(underwriter.clock("csi-uw-floor"), withExposure(quoted.submitted(), d, exposureBelowMinimum(r)));
            if (c.quote() == null) throw new FixtureUnavailable("with its exposure moved below the minimum premium, the application was not quoted: " + c.summary());
            if (r.minimumPremium() == null) return c;
        }
        PremiumOracle.Recomputation last = PremiumOracle.recompute(c.quote().path("premiumDerivation"));
        if (!floorBinds(last)) throw new FixtureUnavailable("the exact product could not be placed below the minimum premium: " + last.explain());
        return c;
    }

    /** Whether the quote's minimumPremium decides its premium: the rounded product lies below it. */
    public static boolean floorBinds(PremiumOracle.Recomputation r) {
        return r.minimumPremium() != null && r.rounded().compareTo(r.minimumPremium()) < 0;
    }

    /** An exposure whose product is a quarter of the minimum premium (a thousandth of the old exposure if there is none), at least 0.01. */
    public static BigDecimal exposureBelowMinimum(PremiumOracle.Recomputation r) {
        BigDecimal rate = r.exposure().signum() == 0 ? BigDecimal.ZERO : r.exactProduct().divide(r.exposure(), MathContext.DECIMAL64);
        BigDecimal target = r.minimumPremium() == null || rate.signum() == 0 ? r.exposure().movePointLeft(3)
                : r.minimumPremium().divide(rate.multiply(BigDecimal.valueOf(4)), MathContext.DECIMAL64);
        return target.setScale(2, RoundingMode.DOWN).max(FEN);
    }

    /** The submitted application with the member that exposureBase.source points to set to {@code exposure} (a money member's amount). */
    static ObjectNode withExposure(JsonNode submitted, JsonNode derivation, BigDecimal exposure) {
        JsonNode source = derivation.at("/exposureBase/source");
        String ref = source.path("ref").asText();
        if (!POINTER_SOURCES.contains(source.path("type").asText()) || !ref.startsWith("/") || submitted.at(ref).isMissingNode()) {
            throw new FixtureUnavailable("exposureBase.source " + source + " names no member of the application, so the exposure cannot be moved");
        }
        ObjectNode application = submitted.deepCopy();
        String at = submitted.at(ref).isObject() ? ref + "/amount" : ref;
        JsonEdits.set(application, at, TextNode.valueOf(exposure.toPlainString()));
        return application;
    }
}
