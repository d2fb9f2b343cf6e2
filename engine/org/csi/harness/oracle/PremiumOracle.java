package org.csi.harness.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Recomputes a premium from its premiumDerivation (CSI-UW UW-09): max(minimumPremium,
 * round_HALF_UP(exposureBase.amount × baseRate × Π factor, 0.01)), in exact decimals with one rounding.
 */
public final class PremiumOracle {
    /** The recomputation, with every input, for the evidence; {@code problems} lists inputs that break the format rules. */
    public record Recomputation(BigDecimal exposure, BigDecimal baseRate, List<BigDecimal> factors, BigDecimal exactProduct,
                                BigDecimal rounded, BigDecimal minimumPremium, BigDecimal expected, List<String> problems) {
        public String explain() {
            StringBuilder s = new StringBuilder(exposure.toPlainString()).append(" × ").append(baseRate.toPlainString());
            factors.forEach(f -> s.append(" × ").append(f.toPlainString()));
            s.append(" = ").append(exactProduct.stripTrailingZeros().toPlainString()).append(" → ").append(rounded.toPlainString());
            if (minimumPremium != null) s.append("; max with minimumPremium ").append(minimumPremium.toPlainString());
            return s.append(" = ").append(expected.toPlainString()).toString();
        }
    }

    private PremiumOracle() {}

    public static Recomputation recompute(JsonNode derivation) {
        List<String> problems = new ArrayList<>();
        BigDecimal exposure = decimal(derivation.at("/exposureBase/amount/amount"), "exposureBase.amount.amount", problems);
        BigDecimal rate = decimal(derivation.path("baseRate"), "baseRate", problems);
        if (rate.scale() > 8) problems.add("baseRate " + rate.toPlainString() + " has more than 8 decimals");
        List<BigDecimal> factors = new ArrayList<>();
        int i = 0;
        for (JsonNode m : derivation.path("modifiers")) {
            BigDecimal f = decimal(m.path("factor"), "modifiers[" + i + "].factor", problems);
            if (f.signum() <= 0) problems.add("modifiers[" + i + "].factor " + f.toPlainString() + " is not > 0");
            if (f.scale() > 6) problems.add("modifiers[" + i + "].factor " + f.toPlainString() + " has more than 6 decimals");
            factors.add(f);
            i++;
        }
        BigDecimal product = exposure.multiply(rate);
        for (BigDecimal f : factors) product = product.multiply(f);
        BigDecimal rounded = product.setScale(2, RoundingMode.HALF_UP);
        JsonNode min = derivation.at("/minimumPremium/amount");
        BigDecimal minimum = min.isMissingNode() || min.isNull() ? null : decimal(min, "minimumPremium.amount", problems);
        BigDecimal expected = minimum == null ? rounded : rounded.max(minimum);
        return new Recomputation(exposure, rate, factors, product, rounded, minimum, expected, problems);
    }

    /** A decimal string; anything else is a problem (and counts as 0 so that the recomputation can go on). */
    private static BigDecimal decimal(JsonNode n, String what, List<String> problems) {
        if (n.isTextual() && n.asText().matches("-?\\d+(\\.\\d+)?")) return new BigDecimal(n.asText());
        problems.add(what + " is not a decimal string: " + n);
        return BigDecimal.ZERO;
    }
}
