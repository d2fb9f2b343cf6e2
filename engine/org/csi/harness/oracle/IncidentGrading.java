package org.csi.harness.oracle;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The grading table, reporting table and checklist of CSI-ER ("Grading table 分级表", "Reporting 报告"), written from
 * the pack's text: the grade is the most severe any row triggers, every comparison ≥, IV when no row triggers;
 * {@code gradingBasis} names, for each triggering row, the most severe threshold it meets as {@code <ROW>>=<threshold>}.
 */
public final class IncidentGrading {
    private IncidentGrading() {}

    /** The impact figures of an intake ({@code impact{…}}). */
    public record Impact(BigDecimal directEconomicLossCNY, long personalInfoRecords, long sensitivePersonalInfoRecords, BigDecimal outageHours,
                         boolean ciiAffected) {}

    /** The figures of an {@code impact} object as sent (a blank figure is 0, "0.00" or false: F-INC). */
    public static Impact impact(com.fasterxml.jackson.databind.JsonNode i) {
        return new Impact(new BigDecimal(i.path("directEconomicLossCNY").asText("0.00")), i.path("personalInfoRecords").asLong(),
                i.path("sensitivePersonalInfoRecords").asLong(), i.path("outageHours").decimalValue(), i.path("ciiAffected").asBoolean());
    }

    /** The expected grade and basis, and a line per row saying what it met, for the report. */
    public record Grade(String grade, List<String> basis, String explanation) {
        public boolean reportable() {
            return !grade.equals("IV");
        }
    }

    /** One row of the table: its name and its thresholds for I, II and III (null: the row cannot reach that grade). */
    private record Row(String name, String i, String ii, String iii) {
        String threshold(int grade) {
            return grade == 0 ? i : grade == 1 ? ii : iii;
        }
    }

    private static final Row LOSS = new Row("DIRECT_ECONOMIC_LOSS_CNY", "100000000.00", "20000000.00", "5000000.00");
    private static final Row PI = new Row("PERSONAL_INFO_RECORDS", "100000000", "10000000", "1000000");
    private static final Row SPI = new Row("SENSITIVE_PERSONAL_INFO_RECORDS", "10000000", "1000000", "100000");
    private static final Row OUTAGE_CII = new Row("OUTAGE_HOURS_CII", "6", "2", "0.5");
    private static final Row OUTAGE = new Row("OUTAGE_HOURS", null, "72", "24");
    private static final String[] GRADES = {"I", "II", "III", "IV"};

    /** The nine checklist codes (CSI-ER "Reporting"). */
    public static final List<String> CHECKLIST = List.of("REPORTING_ENTITY", "TIME_AND_LOCATION", "CATEGORY_AND_GRADE", "IMPACT_AND_HARM",
            "MEASURES_TAKEN", "PRELIMINARY_CAUSE", "FURTHER_MEASURES_AND_SUPPORT", "TRACEABILITY_LEADS", "EVIDENCE_PRESERVATION");

    /** The ten category codes (GB/T 20986-2023, pack codes). */
    public static final List<String> CATEGORIES = List.of("MALWARE", "CYBER_ATTACK", "DATA_SECURITY", "INFORMATION_CONTENT", "EQUIPMENT_FAILURE",
            "IMPROPER_OPERATION", "SECURITY_HAZARD", "ABNORMAL_BEHAVIOUR", "FORCE_MAJEURE", "OTHER");

    public static Grade grade(Impact impact) {
        int most = 3;
        List<String> basis = new ArrayList<>();
        StringBuilder why = new StringBuilder();
        most = Math.min(most, row(LOSS, impact.directEconomicLossCNY(), basis, why));
        most = Math.min(most, row(PI, BigDecimal.valueOf(impact.personalInfoRecords()), basis, why));
        most = Math.min(most, row(SPI, BigDecimal.valueOf(impact.sensitivePersonalInfoRecords()), basis, why));
        most = Math.min(most, row(impact.ciiAffected() ? OUTAGE_CII : OUTAGE, impact.outageHours(), basis, why));
        return new Grade(GRADES[most], List.copyOf(basis), why.append("→ grade ").append(GRADES[most]).toString());
    }

    /** The most severe grade index (0 = I … 3 = IV) the row reaches with value ≥ threshold; adds its basis entry. */
    private static int row(Row r, BigDecimal value, List<String> basis, StringBuilder why) {
        for (int g = 0; g < 3; g++) {
            String t = r.threshold(g);
            if (t != null && value.compareTo(new BigDecimal(t)) >= 0) {
                String entry = r.name() + ">=" + new BigDecimal(t).stripTrailingZeros().toPlainString();
                basis.add(entry);
                why.append(r.name()).append(' ').append(value.toPlainString()).append(" ≥ ").append(t).append(" (").append(GRADES[g]).append("): ").append(entry).append('\n');
                return g;
            }
        }
        why.append(r.name()).append(' ').append(value.toPlainString()).append(" below every threshold\n");
        return 3;
    }

    /** The reporting period and recipient of an operator type (grades I–III). */
    public record Reporting(Duration period, String recipient) {}

    public static Reporting reporting(String operatorType) {
        return switch (operatorType) {
            case "CII_OPERATOR" -> new Reporting(Duration.ofMinutes(60), "PROTECTION_DEPARTMENT_AND_PUBLIC_SECURITY");
            case "CENTRAL_STATE_ORGAN" -> new Reporting(Duration.ofMinutes(120), "OWN_CYBERSPACE_AFFAIRS_UNIT");
            case "OTHER" -> new Reporting(Duration.ofMinutes(240), "PROVINCIAL_CAC");
            default -> throw new IllegalArgumentException("no operatorType " + operatorType);
        };
    }

    /** ER-06: the response SLAs, counted from acknowledgedAt. */
    public static final Duration FIRST_HUMAN_CONTACT = Duration.ofMinutes(60);
    public static final Duration REMOTE_RESPONSE_START = Duration.ofMinutes(120);
    public static final Duration ON_SITE_ARRIVAL = Duration.ofHours(24);

    /**
     * ER-11: the deadline after a re-grading = max(discoveredAt, the time the grade first reached III or higher) + the
     * operator's period.
     */
    public static java.time.OffsetDateTime regradedDeadline(java.time.OffsetDateTime discoveredAt, java.time.OffsetDateTime firstReachedIII, String operatorType) {
        java.time.OffsetDateTime from = firstReachedIII.isAfter(discoveredAt) ? firstReachedIII : discoveredAt;
        return from.plus(reporting(operatorType).period());
    }
}
