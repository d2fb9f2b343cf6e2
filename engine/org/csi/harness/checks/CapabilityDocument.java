package org.csi.harness.checks;

import org.csi.harness.verdict.ClauseViolation;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.csi.harness.contract.SchemaCheck;
import org.csi.harness.fixtures.Fixtures;
import org.csi.harness.http.Reply;

/** GEN-01: the capability document's members, types, limits and declared standards. */
public final class CapabilityDocument {
    private CapabilityDocument() {}

    public static void requireMembersAndTypes(JsonNode doc) {
        List<String> v = new SchemaCheck().violations("capability.schema.json", doc);
        ClauseViolation.require(v.isEmpty(), "the capability document breaks GEN-01: " + String.join("; ", v));
        ClauseViolation.require(doc.path("apiBaseUrl").asText().endsWith("/csi/v1"), "apiBaseUrl does not end with /csi/v1");
    }

    /**
     * GEN-01 says the document is returned as JSON, and pack README §4.1 that bodies are JSON in UTF-8: the media
     * type is application/json, and a charset parameter, if any, is UTF-8.
     */
    public static void requireJsonMediaType(Reply reply) {
        String type = reply.contentType();
        String[] parts = type == null ? new String[] {""} : type.split(";");
        ClauseViolation.require(parts[0].trim().equalsIgnoreCase("application/json"),
                "the capability document is served as " + (type == null ? "(no Content-Type)" : "'" + type + "'") + ", not application/json");
        for (int i = 1; i < parts.length; i++) {
            String[] kv = parts[i].trim().split("=", 2);
            if (kv[0].trim().equalsIgnoreCase("charset")) {
                String cs = kv.length > 1 ? kv[1].trim().replace("\"", "") : "";
                ClauseViolation.require(cs.equalsIgnoreCase("utf-8"), "the capability document's charset is '" + cs + "', not UTF-8");
            }
        }
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
