package org.csi.harness.oracle;

import java.math.BigDecimal;

/** The mapping of CSI-UW "Severity mapping": cvssBaseScore → cvssSeverity and GB/T 30279 level. */
public final class SeverityScale {
    public record Expected(String cvssSeverity, String gbt30279Level) {}

    private SeverityScale() {}

    public static Expected of(BigDecimal score) {
        if (score.compareTo(new BigDecimal("9.0")) >= 0) return new Expected("CRITICAL", "EXTREME");
        if (score.compareTo(new BigDecimal("7.0")) >= 0) return new Expected("HIGH", "HIGH");
        if (score.compareTo(new BigDecimal("4.0")) >= 0) return new Expected("MEDIUM", "MEDIUM");
        if (score.compareTo(new BigDecimal("0.1")) >= 0) return new Expected("LOW", "LOW");
        return new Expected("NONE", null);
    }
}
