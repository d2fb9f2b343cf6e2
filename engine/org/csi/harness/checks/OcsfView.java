package org.csi.harness.checks;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;
import org.csi.harness.verdict.ClauseViolation;

/** MON-07: the OCSF Vulnerability Finding (class 2002) view of a native finding, member by member as the pack lists them. */
public final class OcsfView {
    /** The pack's severity_id for each cvssSeverity. */
    public static final Map<String, Integer> SEVERITY_ID = Map.of("NONE", 1, "LOW", 2, "MEDIUM", 3, "HIGH", 4, "CRITICAL", 5);

    private OcsfView() {}

    /** Every member of MON-07 is there and matches {@code finding}; returns a line per compared member for the evidence. */
    public static String require(JsonNode finding, JsonNode o) {
        StringBuilder ev = new StringBuilder();
        ClauseViolation.require(o.path("class_uid").isIntegralNumber() && o.path("class_uid").asInt() == 2002, "class_uid is " + o.path("class_uid") + ", not 2002");
        ClauseViolation.require(o.path("category_uid").isIntegralNumber() && o.path("category_uid").asInt() == 2, "category_uid is " + o.path("category_uid") + ", not 2");
        JsonNode activity = o.path("activity_id");
        ClauseViolation.require(activity.isIntegralNumber() && Set.of(1, 2, 3).contains(activity.asInt()), "activity_id is " + activity + ", not 1, 2 or 3");
        ClauseViolation.require(o.path("type_uid").isIntegralNumber() && o.path("type_uid").asLong() == 200200L + activity.asInt(),
                "type_uid is " + o.path("type_uid") + ", not 200200 + activity_id = " + (200200 + activity.asInt()));
        String sev = finding.at("/severity/cvssSeverity").asText();
        Integer expected = SEVERITY_ID.get(sev);
        ClauseViolation.require(expected != null, "the native finding has cvssSeverity " + sev + ", outside NONE … CRITICAL");
        ClauseViolation.require(o.path("severity_id").isIntegralNumber() && o.path("severity_id").asInt() == expected,
                "severity_id is " + o.path("severity_id") + "; cvssSeverity " + sev + " maps to " + expected);
        ev.append("severity_id ").append(o.path("severity_id")).append(" for ").append(sev).append('\n');
        requireMillis("time", o.path("time"), finding.path("lastSeen").asText(), "lastSeen");
        JsonNode info = o.path("finding_info");
        ClauseViolation.require(info.path("uid").asText().equals(finding.path("findingId").asText()),
                "finding_info.uid is " + info.path("uid") + ", not findingId " + finding.path("findingId"));
        ClauseViolation.require(info.path("title").asText().equals(finding.path("title").asText()),
                "finding_info.title is " + info.path("title") + ", not the title " + finding.path("title"));
        requireMillis("finding_info.first_seen_time", info.path("first_seen_time"), finding.path("firstSeen").asText(), "firstSeen");
        JsonNode cve = o.at("/vulnerabilities/0/cve");
        ClauseViolation.require(cve.path("uid").asText().equals(finding.path("cveId").asText()), "vulnerabilities[0].cve.uid is " + cve.path("uid")
                + ", not cveId " + finding.path("cveId"));
        JsonNode cvss = cve.path("cvss").path(0);
        ClauseViolation.require(cvss.path("version").asText().equals(finding.at("/severity/cvssVersion").asText()),
                "cvss[0].version is " + cvss.path("version") + ", not cvssVersion " + finding.at("/severity/cvssVersion"));
        ClauseViolation.require(cvss.path("base_score").isNumber() && finding.at("/severity/cvssBaseScore").isNumber()
                        && cvss.path("base_score").decimalValue().compareTo(finding.at("/severity/cvssBaseScore").decimalValue()) == 0,
                "cvss[0].base_score is " + cvss.path("base_score") + ", not cvssBaseScore " + finding.at("/severity/cvssBaseScore"));
        ClauseViolation.require(o.at("/resources/0/uid").asText().equals(finding.path("assetRef").asText()),
                "resources[0].uid is " + o.at("/resources/0/uid") + ", not assetRef " + finding.path("assetRef"));
        JsonNode meta = o.path("metadata");
        ClauseViolation.require(text(meta.path("version")) && text(meta.at("/product/name")) && text(meta.at("/product/vendor_name")),
                "metadata{version, product{name, vendor_name}} is incomplete: " + meta);
        ev.append("time ").append(o.path("time")).append(" = lastSeen ").append(finding.path("lastSeen")).append('\n');
        return ev.toString();
    }

    private static boolean text(JsonNode n) {
        return n.isTextual() && !n.asText().isBlank();
    }

    /** An OCSF timestamp_t: epoch milliseconds, equal to the native RFC 3339 time. */
    private static void requireMillis(String member, JsonNode value, String rfc3339, String nativeMember) {
        ClauseViolation.require(value.isIntegralNumber(), member + " is " + value + ", not an integer of epoch milliseconds");
        long expected = OffsetDateTime.parse(rfc3339).toInstant().toEpochMilli();
        ClauseViolation.require(value.asLong() == expected, member + " is " + value + "; " + nativeMember + " " + rfc3339 + " is " + expected
                + " in epoch milliseconds" + (value.asLong() == expected / 1000 ? " (it was given in seconds)" : ""));
    }

}
