package org.csi.harness.checks;

import org.csi.harness.verdict.FixtureUnavailable;
import org.csi.harness.verdict.ClauseViolation;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.csi.harness.fixtures.Fixtures;

/** The product rules of CSI-CAT, each a small check over the products the catalogue listed. */
public final class CatalogRules {
    private CatalogRules() {}

    private static Set<String> list(String name) {
        Set<String> codes = new HashSet<>();
        for (JsonNode c : Fixtures.get("cat/code-lists.json").path(name)) codes.add(c.isObject() ? c.path("code").asText() : c.asText());
        return codes;
    }

    private static Set<String> sections(String party) {
        Set<String> codes = new HashSet<>();
        for (JsonNode c : Fixtures.get("cat/code-lists.json").path("coverageSection")) {
            if (c.path("party").asText().equals(party)) codes.add(c.path("code").asText());
        }
        return codes;
    }

    /** CAT-07: a coverage section of the code list that {@code product} does not offer. */
    public static String sectionNotOffered(JsonNode product) {
        Set<String> offered = new HashSet<>();
        product.path("coverageSections").forEach(c -> offered.add(c.asText()));
        return new TreeSet<>(list("coverageSection")).stream().filter(c -> !offered.contains(c)).findFirst()
                .orElseThrow(() -> new FixtureUnavailable("product " + product.path("productId").asText() + " offers every coverage section"));
    }

    /** CAT-07: the quote covers only sections its product offers. */
    public static void requireSectionsOffered(JsonNode quote, JsonNode product) {
        Set<String> offered = new HashSet<>();
        product.path("coverageSections").forEach(c -> offered.add(c.asText()));
        for (JsonNode s : quote.at("/terms/sections")) {
            ClauseViolation.require(offered.contains(s.path("code").asText()), "quote " + quote.path("quoteId").asText() + " covers "
                    + s.path("code").asText() + ", not among the sections of product " + product.path("productId").asText() + " " + offered);
        }
    }

    /** CAT-07: the quote's aggregate limit lies in the product's limitRange and its premium in premiumRange. */
    public static void requireWithinRanges(JsonNode quote, JsonNode product) {
        String id = "quote " + quote.path("quoteId").asText() + " (product " + product.path("productId").asText() + ")";
        requireWithin(id + " aggregateLimit", quote.at("/terms/aggregateLimit/amount"), product.path("limitRange"));
        requireWithin(id + " premium", quote.at("/premium/amount"), product.path("premiumRange"));
    }

    private static void requireWithin(String what, JsonNode amount, JsonNode range) {
        BigDecimal a = new BigDecimal(amount.asText("0")), min = new BigDecimal(range.at("/min/amount").asText("0")),
                max = new BigDecimal(range.at("/max/amount").asText("0"));
        ClauseViolation.require(a.compareTo(min) >= 0 && a.compareTo(max) <= 0, what + " " + a.toPlainString() + " is outside "
                + min.toPlainString() + " … " + max.toPlainString());
    }

    public static void requireSomeProducts(List<JsonNode> products) {
        ClauseViolation.require(!products.isEmpty(), "the catalogue lists no product");
    }

    /** CAT-02: exactly one insuranceType, from the code list. */
    public static void requireInsuranceType(List<JsonNode> products) {
        Set<String> allowed = list("insuranceType");
        List<String> wrong = new ArrayList<>();
        for (JsonNode p : products) {
            JsonNode t = p.path("insuranceType");
            if (!t.isTextual() || !allowed.contains(t.asText())) wrong.add(p.path("productId").asText() + ": insuranceType " + t);
        }
        ClauseViolation.require(wrong.isEmpty(), "CAT-02: " + String.join("; ", wrong));
    }

    /** CAT-03 / CAT-04: at least one value, every value from the list, none twice. */
    public static void requireCodes(List<JsonNode> products, String field, String codeList) {
        Set<String> allowed = list(codeList);
        List<String> wrong = new ArrayList<>();
        for (JsonNode p : products) {
            JsonNode values = p.path(field);
            Set<String> seen = new HashSet<>();
            if (!values.isArray() || values.isEmpty()) wrong.add(p.path("productId").asText() + ": no " + field);
            for (JsonNode v : values) {
                if (!allowed.contains(v.asText())) wrong.add(p.path("productId").asText() + ": " + field + " has unknown " + v);
                if (!seen.add(v.asText())) wrong.add(p.path("productId").asText() + ": " + field + " lists " + v + " twice");
            }
        }
        ClauseViolation.require(wrong.isEmpty(), String.join("; ", wrong));
    }

    /** CAT-05: both ranges are CNY money with 0 < min ≤ max. */
    public static void requireRanges(List<JsonNode> products) {
        List<String> wrong = new ArrayList<>();
        for (JsonNode p : products) {
            for (String range : List.of("premiumRange", "limitRange")) {
                JsonNode r = p.path(range);
                try {
                    BigDecimal min = new BigDecimal(r.path("min").path("amount").asText());
                    BigDecimal max = new BigDecimal(r.path("max").path("amount").asText());
                    boolean cny = "CNY".equals(r.path("min").path("currency").asText()) && "CNY".equals(r.path("max").path("currency").asText());
                    if (!cny || min.signum() <= 0 || min.compareTo(max) > 0) {
                        wrong.add(p.path("productId").asText() + ": " + range + " " + r);
                    }
                } catch (NumberFormatException e) {
                    wrong.add(p.path("productId").asText() + ": " + range + " is not money: " + r);
                }
            }
        }
        ClauseViolation.require(wrong.isEmpty(), "CAT-05: ranges must be CNY with 0 < min ≤ max: " + String.join("; ", wrong));
    }

    /** CAT-06: first-party products carry a first-party section, liability products a third-party one, product-service ones the attached mode. */
    public static void requireTypeSectionConsistency(List<JsonNode> products) {
        Set<String> first = sections("FIRST");
        Set<String> third = sections("THIRD");
        List<String> wrong = new ArrayList<>();
        for (JsonNode p : products) {
            String id = p.path("productId").asText();
            Set<String> secs = new HashSet<>();
            p.path("coverageSections").forEach(s -> secs.add(s.asText()));
            Set<String> modes = new HashSet<>();
            p.path("underwritingModes").forEach(s -> modes.add(s.asText()));
            switch (p.path("insuranceType").asText()) {
                case "PROPERTY_FIRST_PARTY" -> { if (secs.stream().noneMatch(first::contains)) wrong.add(id + ": first-party product without a first-party section"); }
                case "LIABILITY_THIRD_PARTY" -> { if (secs.stream().noneMatch(third::contains)) wrong.add(id + ": liability product without a third-party section"); }
                case "PRODUCT_SERVICE" -> { if (!modes.contains("PRODUCT_SERVICE_ATTACHED")) wrong.add(id + ": product-service product without PRODUCT_SERVICE_ATTACHED"); }
                default -> { }
            }
        }
        ClauseViolation.require(wrong.isEmpty(), "CAT-06: " + String.join("; ", wrong));
    }

    /** CAT-08: every (type, mode, service) combination of the products is exactly one cell with exactly its products. */
    public static String requireCategoryMap(List<JsonNode> products, JsonNode map) {
        Map<String, Set<String>> expected = new TreeMap<>();
        for (JsonNode p : products) {
            for (JsonNode mode : p.path("underwritingModes")) {
                for (JsonNode service : p.path("serviceModes")) {
                    expected.computeIfAbsent(p.path("insuranceType").asText() + " × " + mode.asText() + " × " + service.asText(),
                            k -> new TreeSet<>()).add(p.path("productId").asText());
                }
            }
        }
        Map<String, Set<String>> cells = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        for (JsonNode c : map.path("cells")) {
            String key = c.path("insuranceType").asText() + " × " + c.path("underwritingMode").asText() + " × " + c.path("serviceMode").asText();
            Set<String> ids = new TreeSet<>();
            c.path("productIds").forEach(i -> ids.add(i.asText()));
            if (cells.put(key, ids) != null) wrong.add("cell " + key + " appears twice");
        }
        for (var e : expected.entrySet()) {
            Set<String> got = cells.get(e.getKey());
            if (got == null) wrong.add("no cell for " + e.getKey());
            else if (!got.equals(e.getValue())) wrong.add("cell " + e.getKey() + " lists " + got + ", the products say " + e.getValue());
        }
        ClauseViolation.require(wrong.isEmpty(), "CAT-08: " + String.join("; ", wrong));
        return expected.size() + " combinations, " + cells.size() + " cells";
    }
}
