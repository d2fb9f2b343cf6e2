package org.csi.harness.checks;

import org.csi.harness.verdict.ClauseViolation;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.csi.harness.contract.SchemaCheck;
import org.csi.harness.fixtures.Fixtures;

/** GEN-01: the capability document's members, types, limits and declared standards. */
public final class CapabilityDocument {
    private CapabilityDocument() {}

    public static void requireMembersAndTypes(JsonNode doc) {
        List<String> v = new SchemaCheck().violations("capability.schema.json", doc);
        ClauseViolation.require(v.isEmpty(), "the capability document breaks GEN-01: " + String.join("; ", v));
        ClauseViolation.require(doc.path("apiBaseUrl").asText().endsWith("/csi/v1"), "apiBaseUrl does not end with /csi/v1");
    }

    public static void requireGenListed(JsonNode doc) {
        for (JsonNode s : doc.path("standards")) if (s.path("id").asText().equals("CSI-GEN")) return;
        throw new ClauseViolation("standards[] does not list CSI-GEN");
    }

    /** Every declared standard and profile is one the pack defines (fixtures/gen/pack-profiles.json). */
    public static void requireOnlyPackStandardsAndProfiles(JsonNode doc) {
        JsonNode known = Fixtures.get("gen/pack-profiles.json");
        List<String> unknown = new ArrayList<>();
        for (JsonNode s : doc.path("standards")) {
            String id = s.path("id").asText();
            if (!known.has(id) || id.equals("description")) {
                unknown.add("standard " + id);
                continue;
            }
            for (JsonNode p : s.path("profiles")) {
                boolean ok = false;
                for (JsonNode k : known.get(id)) ok |= k.asText().equals(p.asText());
                if (!ok) unknown.add("profile " + p.asText() + " of " + id);
            }
        }
        ClauseViolation.require(unknown.isEmpty(), "the capability document declares what the pack does not define: " + unknown);
    }
}
