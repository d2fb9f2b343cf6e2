package org.csi.harness.checks;

import org.csi.harness.verdict.ClauseViolation;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.csi.harness.evidence.EvidenceLog.Captured;

/** GEN-12: the contact's ID number and mobile are masked wherever the solution returns them, and never appear raw. */
public final class PiiMasking {
    private PiiMasking() {}

    /** Each view (named for the report) shows the masked ID number and mobile; what it showed instead is never quoted. */
    public static void requireMasked(Map<String, JsonNode> views, String idCardNumber, String mobile) {
        views.forEach((where, a) -> {
            ClauseViolation.require(a.at("/applicant/contact/idCardNumber").asText().equals(idCardNumber),
                    where + " does not return the ID number as " + idCardNumber + " (what it returned is redacted from this report)");
            ClauseViolation.require(a.at("/applicant/contact/mobile").asText().equals(mobile),
                    where + " does not return the mobile as " + mobile + " (what it returned is redacted from this report)");
        });
    }

    /** No response captured in the run carries any of the raw values. */
    public static void requireNeverRaw(List<Captured> captured, List<String> raw) {
        for (Captured c : captured) {
            ClauseViolation.require(c.body() == null || raw.stream().noneMatch(c.body()::contains),
                    c.method() + " " + c.url() + " → " + c.status() + " returns the unmasked ID number or mobile");
        }
    }
}
