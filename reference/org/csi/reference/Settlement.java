package org.csi.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The settlement of a claim as CSI-CLM computes it: covered amounts, retention once per claim, sub-limits, aggregate. */
final class Settlement {
    /** CSI-CAT coverage sections in canonical order #1 … #12; the retention is taken in this order. */
    static final List<String> CANONICAL = List.of("DIRECT_LOSS", "BUSINESS_INTERRUPTION", "DATA_ASSET_RESTORATION", "HARDWARE_BETTERMENT",
            "EMERGENCY_RESPONSE_COSTS", "PR_LEGAL_COSTS", "CYBER_EXTORTION", "DATA_BREACH_LIABILITY", "NETWORK_SECURITY_INCIDENT_LIABILITY",
            "MEDIA_LIABILITY", "OUTSOURCER_LIABILITY", "PRODUCT_TECH_SERVICE_LIABILITY");
    static final Set<String> THIRD_PARTY = Set.of("DATA_BREACH_LIABILITY", "NETWORK_SECURITY_INCIDENT_LIABILITY", "MEDIA_LIABILITY",
            "OUTSOURCER_LIABILITY", "PRODUCT_TECH_SERVICE_LIABILITY");

    private final Set<Fault> faults;

    Settlement(Set<Fault> faults) {
        this.faults = faults;
    }

    /** The GET …/settlement body. */
    ObjectNode compute(JsonNode terms, JsonNode items, boolean denied, BigDecimal paidBefore, BigDecimal advances) {
        Map<String, BigDecimal> subLimits = new HashMap<>();
        terms.path("sections").forEach(s -> subLimits.put(s.path("code").asText(), new BigDecimal(s.at("/subLimit/amount").asText())));
        BigDecimal remaining = new BigDecimal(terms.at("/aggregateLimit/amount").asText()).subtract(paidBefore).max(BigDecimal.ZERO);
        ObjectNode out = Json.object();
        ArrayNode itemsOut = out.putArray("items");
        Map<String, BigDecimal> all = new HashMap<>(), agreed = new HashMap<>();
        for (JsonNode item : items) {
            ObjectNode o = itemsOut.addObject().put("itemId", item.path("itemId").asText());
            boolean none = item.hasNonNull("exclusionCode") || !subLimits.containsKey(item.path("section").asText());
            BigDecimal c;
            if (item.has("bi")) {
                long minutes = none ? 0 : coveredMinutes(item.path("bi"), terms.path("bi"));
                o.put("coveredMinutes", minutes);
                c = new BigDecimal(item.at("/bi/hourlyLoss/amount").asText()).multiply(BigDecimal.valueOf(minutes))
                        .divide(BigDecimal.valueOf(60), 2, faults.contains(Fault.CLM09_BI_ROUNDED_HALF_EVEN) ? RoundingMode.HALF_EVEN : RoundingMode.HALF_UP);
            } else {
                c = none ? BigDecimal.ZERO.setScale(2) : new BigDecimal(item.at("/amount/amount").asText());
            }
            o.set("coveredAmount", money(c));
            all.merge(item.path("section").asText(), c, BigDecimal::add);
            if (item.path("status").asText().equals("AGREED")) agreed.merge(item.path("section").asText(), c, BigDecimal::add);
        }
        BigDecimal retention = new BigDecimal(terms.at("/retention/amount").asText());
        BigDecimal cap = faults.contains(Fault.CLM14_CAP_COUNTS_OWN_ADVANCES) ? remaining.subtract(advances).max(BigDecimal.ZERO) : remaining;
        BigDecimal payable = payable(all, retention, subLimits, out.putArray("sections")).min(cap);
        BigDecimal minimum = payable(agreed, retention, subLimits, null).min(cap);
        if (denied) {
            payable = BigDecimal.ZERO;
            minimum = BigDecimal.ZERO;
        }
        out.set("aggregateRemainingBefore", money(remaining));
        out.set("payable", money(payable));
        out.set("minimumDeterminableAmount", money(minimum));
        out.set("advancesPaid", money(advances));
        out.set("balanceDue", money(payable.subtract(advances)));
        return out;
    }

    private long coveredMinutes(JsonNode bi, JsonNode terms) {
        long outage = Duration.between(Times.parseOrNull(bi.path("outageStart").asText()), Times.parseOrNull(bi.path("outageEnd").asText())).toMinutes();
        long waiting = 60L * terms.path("waitingPeriodHours").asLong();
        long indemnity = 1440L * terms.path("indemnityPeriodDays").asLong();
        long capped = Math.min(outage, indemnity);
        if (terms.path("waitingPeriodMode").asText().equals("TIME_DEDUCTIBLE")) return Math.max(0, capped - waiting);
        boolean passed = faults.contains(Fault.CLM09_WAITING_PERIOD_INCLUSIVE) ? outage >= waiting : outage > waiting;
        return passed ? (faults.contains(Fault.CLM09_QUALIFYING_IP_UNCAPPED) ? outage : capped) : 0;
    }

    /** Σ over sections of min(loss − retention taken, sub-limit); writes the section entries when {@code sections} is given. */
    private BigDecimal payable(Map<String, BigDecimal> loss, BigDecimal retention, Map<String, BigDecimal> subLimits, ArrayNode sections) {
        BigDecimal left = retention, total = BigDecimal.ZERO;
        for (String code : CANONICAL) {
            BigDecimal l = loss.get(code);
            if (l == null) continue;
            BigDecimal taken = l.min(faults.contains(Fault.CLM09_RETENTION_PER_SECTION) ? retention : left);
            left = left.subtract(taken).max(BigDecimal.ZERO);
            BigDecimal sub = subLimits.getOrDefault(code, BigDecimal.ZERO);
            BigDecimal p = l.subtract(taken).min(sub);
            total = total.add(p);
            if (sections != null) {
                ObjectNode s = sections.addObject().put("code", code);
                s.set("loss", money(l));
                s.set("retentionApplied", money(taken));
                s.set("subLimit", money(sub));
                s.set("payable", money(p));
            }
        }
        return total;
    }

    static ObjectNode money(BigDecimal amount) {
        return Json.object().put("amount", amount.setScale(2, RoundingMode.HALF_UP).toPlainString()).put("currency", "CNY");
    }
}
