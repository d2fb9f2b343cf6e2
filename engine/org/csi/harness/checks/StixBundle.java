package org.csi.harness.checks;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.regex.Pattern;
import org.csi.harness.verdict.ClauseViolation;

/** MON-15: the STIX 2.1 bundle of a policy's findings, each CVE finding a vulnerability object with its CVE reference. */
public final class StixBundle {
    private static final Pattern BUNDLE_ID = Pattern.compile("bundle--[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    /** STIX 2.1 timestamps: RFC 3339 in UTC with Z (STIX 2.1 §3.2). */
    private static final Pattern STIX_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");

    private StixBundle() {}

    public static void requireBundle(JsonNode b) {
        ClauseViolation.require(b.path("type").asText().equals("bundle"), "type is " + b.path("type") + ", not \"bundle\"");
        ClauseViolation.require(BUNDLE_ID.matcher(b.path("id").asText()).matches(), "id " + b.path("id") + " is not bundle--<uuid>");
        ClauseViolation.require(b.path("objects").isArray(), "the bundle has no objects[]");
    }

    /** Each CVE finding appears as a vulnerability with spec_version 2.1, created, modified and external_references[{source_name:"cve", external_id}]. */
    public static void requireVulnerabilities(JsonNode b, List<JsonNode> findings) {
        int cves = 0;
        for (JsonNode f : findings) {
            if (!f.path("cveId").isTextual()) continue;
            cves++;
            String cve = f.path("cveId").asText();
            JsonNode v = null;
            for (JsonNode o : b.path("objects")) {
                if (!o.path("type").asText().equals("vulnerability")) continue;
                for (JsonNode r : o.path("external_references")) {
                    if (r.path("source_name").asText().equals("cve") && r.path("external_id").asText().equals(cve)) v = o;
                }
            }
            ClauseViolation.require(v != null, "no vulnerability object with external_references[{source_name:\"cve\", external_id:\"" + cve + "\"}] for finding "
                    + f.path("findingId").asText());
            ClauseViolation.require(v.path("spec_version").asText().equals("2.1"), "the vulnerability of " + cve + " has spec_version " + v.path("spec_version") + ", not \"2.1\"");
            ClauseViolation.require(STIX_TIME.matcher(v.path("created").asText()).matches() && STIX_TIME.matcher(v.path("modified").asText()).matches(),
                    "the vulnerability of " + cve + " has created " + v.path("created") + " and modified " + v.path("modified") + ", not STIX timestamps");
        }
        ClauseViolation.require(cves > 0, "the policy has no CVE finding to export");
    }
}
