package org.csi.reference;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** The published products and the category map derived from them (CSI-CAT). */
final class Catalog {
    record Product(String id, String name, String version, String insuranceType, List<String> sections,
                   List<String> underwritingModes, List<String> serviceModes, String premiumMin, String premiumMax,
                   String limitMin, String limitMax, String effectiveFrom, Instant createdAt) implements Listed {
        public ObjectNode toJson() {
            ObjectNode n = Json.object().put("productId", id).put("name", name).put("version", version)
                    .put("insuranceType", insuranceType);
            sections.forEach(n.putArray("coverageSections")::add);
            underwritingModes.forEach(n.putArray("underwritingModes")::add);
            serviceModes.forEach(n.putArray("serviceModes")::add);
            range(n.putObject("premiumRange"), premiumMin, premiumMax);
            range(n.putObject("limitRange"), limitMin, limitMax);
            return n.put("effectiveFrom", effectiveFrom).put("createdAt", Times.format(createdAt)).put("testMode", false);
        }

        private static void range(ObjectNode r, String min, String max) {
            r.putObject("min").put("amount", min).put("currency", "CNY");
            r.putObject("max").put("amount", max).put("currency", "CNY");
        }
    }

    private static final Instant PUBLISHED = Instant.parse("2025-01-01T00:00:00Z");
    private final List<Product> products;
    private final Set<Fault> faults;

    Catalog(Set<Fault> faults) {
        this.faults = faults;
        List<Product> p = new ArrayList<>();
        p.add(new Product("PRD-CYBER-ENT", "企业网络安全综合保险", "2025.1", "PROPERTY_FIRST_PARTY",
                List.of("DIRECT_LOSS", "BUSINESS_INTERRUPTION", "DATA_ASSET_RESTORATION", "HARDWARE_BETTERMENT",
                        "EMERGENCY_RESPONSE_COSTS", "PR_LEGAL_COSTS", "CYBER_EXTORTION"),
                List.of("STANDALONE_ENTERPRISE", "PARK_GROUP"),
                List.of("PRE_UW_ASSESSMENT", "IN_TERM_MONITORING", "EMERGENCY_RESPONSE", "FORENSICS", "LOSS_ASSESSMENT"),
                "10000.00", "3000000.00", "1000000.00", "20000000.00", "2025-01-01", PUBLISHED));
        p.add(new Product("PRD-CYBER-SME", "普惠中小企业网络安全保险", "2025.1", "PROPERTY_FIRST_PARTY",
                List.of("DIRECT_LOSS", "DATA_ASSET_RESTORATION", "EMERGENCY_RESPONSE_COSTS"),
                List.of("INCLUSIVE_SME"), List.of("PRE_UW_ASSESSMENT", "EMERGENCY_RESPONSE", "TRAINING"),
                "800.00", "20000.00", "100000.00", "1000000.00", "2025-01-01", PUBLISHED.plusSeconds(1)));
        p.add(new Product("PRD-DATA-LIAB", "数据安全责任保险",
                "2025.1", "LIABILITY_THIRD_PARTY",
                faults.contains(Fault.CAT06_LIABILITY_WITHOUT_THIRD_PARTY)
                        ? List.of("PR_LEGAL_COSTS", "EMERGENCY_RESPONSE_COSTS")
                        : List.of("DATA_BREACH_LIABILITY", "NETWORK_SECURITY_INCIDENT_LIABILITY", "MEDIA_LIABILITY", "PR_LEGAL_COSTS"),
                List.of("STANDALONE_ENTERPRISE", "PARK_GROUP"), List.of("IN_TERM_MONITORING", "FORENSICS", "LOSS_ASSESSMENT"),
                "20000.00", "1500000.00", "1000000.00", "50000000.00", "2025-03-01", PUBLISHED.plusSeconds(2)));
        p.add(new Product("PRD-SEC-ATTACH", "安全产品/服务附加网络安全保险", "2025.2", "PRODUCT_SERVICE",
                faults.contains(Fault.CAT03_DUPLICATE_SECTION)
                        ? List.of("PRODUCT_TECH_SERVICE_LIABILITY", "OUTSOURCER_LIABILITY", "OUTSOURCER_LIABILITY")
                        : List.of("PRODUCT_TECH_SERVICE_LIABILITY", "OUTSOURCER_LIABILITY", "EMERGENCY_RESPONSE_COSTS"),
                List.of("PRODUCT_SERVICE_ATTACHED"),
                faults.contains(Fault.CAT04_NO_SERVICE_MODES) ? List.of() : List.of("EMERGENCY_RESPONSE", "IN_TERM_MONITORING"),
                faults.contains(Fault.CAT05_MIN_ABOVE_MAX) ? "90000.00" : faults.contains(Fault.GEN13_CATALOG_AMOUNT_ONE_DECIMAL) ? "500.0" : "500.00", "50000.00",
                "50000.00", "2000000.00", "2025-06-01", PUBLISHED.plusSeconds(3)));
        p.add(new Product("PRD-PARK-GROUP", "园区统保网络安全保险", "2025.1",
                faults.contains(Fault.CAT02_UNKNOWN_INSURANCE_TYPE) ? "CYBER_ALL_RISKS" : "PROPERTY_FIRST_PARTY",
                List.of("DIRECT_LOSS", "BUSINESS_INTERRUPTION", "EMERGENCY_RESPONSE_COSTS", "DATA_BREACH_LIABILITY"),
                List.of("PARK_GROUP"), List.of("PRE_UW_ASSESSMENT", "IN_TERM_MONITORING", "EMERGENCY_RESPONSE", "TRAINING"),
                "50000.00", "5000000.00", "5000000.00", "100000000.00", "2025-04-01", PUBLISHED.plusSeconds(4)));
        products = List.copyOf(p);
    }

    List<Product> products() {
        return products;
    }

    /** The product with this id, or null. */
    Product find(String id) {
        return products.stream().filter(x -> x.id().equals(id)).findFirst().orElse(null);
    }

    ObjectNode product(String id) {
        Product p = products.stream().filter(x -> x.id().equals(id) || faults.contains(Fault.CAT01_UNKNOWN_PRODUCT_FOUND)).findFirst()
                .orElseThrow(() -> ApiException.of(404, "No product " + id + ".").build());
        ObjectNode json = p.toJson();
        if (faults.contains(Fault.CAT01_DETAIL_DIFFERS)) json.put("version", p.version() + "-draft");
        return json;
    }

    /** One cell per (insuranceType, underwritingMode, serviceMode) found in the products. */
    ObjectNode categoryMap() {
        Map<String, TreeSet<String>> cells = new TreeMap<>();
        for (Product p : products) {
            for (String mode : p.underwritingModes()) {
                for (String service : p.serviceModes()) {
                    cells.computeIfAbsent(p.insuranceType() + "|" + mode + "|" + service, k -> new TreeSet<>()).add(p.id());
                }
            }
        }
        ObjectNode map = Json.object();
        ArrayNode out = map.putArray("cells");
        boolean dropped = false;
        for (var cell : cells.entrySet()) {
            String[] key = cell.getKey().split("\\|");
            ObjectNode c = out.addObject().put("insuranceType", key[0]).put("underwritingMode", key[1]).put("serviceMode", key[2]);
            ArrayNode ids = c.putArray("productIds");
            List<String> productIds = new ArrayList<>(cell.getValue());
            if (faults.contains(Fault.CAT08_CELL_MISSING_PRODUCT) && !dropped && productIds.size() > 1) {
                productIds.remove(productIds.size() - 1);
                dropped = true;
            }
            productIds.forEach(ids::add);
        }
        return map;
    }
}
