package org.csi.harness.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The payable amount of CSI-CLM ("Payable amount oracle", steps 1–7), written from the pack's text: covered amounts
 * with the one rounding of business interruption, the retention once per claim in canonical section order,
 * sub-limits, the aggregate remaining, the minimum determinable amount and the balance due. Exact decimals.
 */
public final class PayableOracle {
    public record Item(String itemId, Long coveredMinutes, BigDecimal coveredAmount) {}

    public record Section(String code, BigDecimal loss, BigDecimal retentionApplied, BigDecimal subLimit, BigDecimal payable) {}

    public record Settlement(List<Item> items, List<Section> sections, BigDecimal aggregateRemainingBefore, BigDecimal payable,
                             BigDecimal minimumDeterminableAmount, BigDecimal advancesPaid, BigDecimal balanceDue) {
        public String explain() {
            StringBuilder s = new StringBuilder();
            items.forEach(i -> s.append(i.itemId()).append(": c = ").append(i.coveredAmount().toPlainString())
                    .append(i.coveredMinutes() == null ? "" : " (" + i.coveredMinutes() + " covered min)").append('\n'));
            sections.forEach(x -> s.append(x.code()).append(": loss ").append(x.loss().toPlainString()).append(", retention ")
                    .append(x.retentionApplied().toPlainString()).append(", sub-limit ").append(x.subLimit().toPlainString())
                    .append(", payable ").append(x.payable().toPlainString()).append('\n'));
            return s.append("aggregateRemainingBefore ").append(aggregateRemainingBefore.toPlainString()).append(", payable ")
                    .append(payable.toPlainString()).append(", minimumDeterminableAmount ").append(minimumDeterminableAmount.toPlainString())
                    .append(", advancesPaid ").append(advancesPaid.toPlainString()).append(", balanceDue ").append(balanceDue.toPlainString()).toString();
        }
    }

    private PayableOracle() {}

    /**
     * @param terms the policy's terms (UW-14 shape); @param items the loss items as assessed; @param canonicalOrder the
     * CSI-CAT coverage sections #1 to #12; @param aggregatePaidBefore the policy's aggregatePaidToDate without this claim.
     */
    public static Settlement settle(JsonNode terms, JsonNode items, boolean denied, BigDecimal aggregatePaidBefore, BigDecimal advancesPaid,
                                    List<String> canonicalOrder) {
        BigDecimal remaining = money(terms.at("/aggregateLimit/amount")).subtract(aggregatePaidBefore).max(BigDecimal.ZERO);
        Map<String, BigDecimal> subLimits = new LinkedHashMap<>();
        terms.path("sections").forEach(s -> subLimits.put(s.path("code").asText(), money(s.at("/subLimit/amount"))));
        List<Item> covered = new ArrayList<>();
        for (JsonNode i : items) covered.add(covered(i, terms, subLimits));
        List<Section> sections = sections(items, covered, terms, subLimits, canonicalOrder, false);
        BigDecimal payable = denied ? zero() : sum(sections).min(remaining);
        BigDecimal minimum = denied ? zero() : sum(sections(items, covered, terms, subLimits, canonicalOrder, true)).min(remaining);
        return new Settlement(covered, sections, scale(remaining), scale(payable), scale(minimum), scale(advancesPaid), scale(payable.subtract(advancesPaid)));
    }

    /** Step 1: cᵢ. Excluded items and sections not on the policy cover nothing; BI covers whole minutes, rounded once. */
    static Item covered(JsonNode item, JsonNode terms, Map<String, BigDecimal> subLimits) {
        String id = item.path("itemId").asText();
        boolean nothing = item.hasNonNull("exclusionCode") || !subLimits.containsKey(item.path("section").asText());
        if (!item.has("bi")) return new Item(id, null, nothing ? zero() : scale(money(item.at("/amount/amount"))));
        long h = Duration.between(OffsetDateTime.parse(item.at("/bi/outageStart").asText()), OffsetDateTime.parse(item.at("/bi/outageEnd").asText())).toMinutes();
        long wm = 60L * terms.at("/bi/waitingPeriodHours").asLong(), ipm = 1440L * terms.at("/bi/indemnityPeriodDays").asLong();
        long minutes = terms.at("/bi/waitingPeriodMode").asText().equals("TIME_DEDUCTIBLE") ? Math.max(0, Math.min(h, ipm) - wm) : (h > wm ? Math.min(h, ipm) : 0);
        if (nothing) minutes = 0;
        BigDecimal c = money(item.at("/bi/hourlyLoss/amount")).multiply(BigDecimal.valueOf(minutes)).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
        return new Item(id, minutes, c);
    }

    /** Steps 2–4, over all items or over AGREED items only (step 7). */
    private static List<Section> sections(JsonNode items, List<Item> covered, JsonNode terms, Map<String, BigDecimal> subLimits,
                                          List<String> canonicalOrder, boolean agreedOnly) {
        Map<String, BigDecimal> loss = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            if (agreedOnly && !item.path("status").asText().equals("AGREED")) continue;
            loss.merge(item.path("section").asText(), covered.get(i).coveredAmount(), BigDecimal::add);
        }
        BigDecimal r = money(terms.at("/retention/amount"));
        List<Section> out = new ArrayList<>();
        for (String code : canonicalOrder) {
            if (!loss.containsKey(code)) continue;
            BigDecimal l = loss.get(code), d = r.min(l), sub = subLimits.getOrDefault(code, BigDecimal.ZERO);
            r = r.subtract(d);
            out.add(new Section(code, scale(l), scale(d), scale(sub), scale(l.subtract(d).min(sub))));
        }
        return out;
    }

    private static BigDecimal sum(List<Section> sections) {
        return sections.stream().map(Section::payable).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal money(JsonNode amount) {
        return amount.isMissingNode() || amount.isNull() ? BigDecimal.ZERO : new BigDecimal(amount.asText());
    }

    private static BigDecimal scale(BigDecimal x) {
        return x.setScale(2, RoundingMode.UNNECESSARY);
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }
}
