package org.csi.harness.checks;

import org.csi.harness.verdict.ClauseViolation;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** UW-01 "GET echoes every field, with PII masked": every leaf that was sent comes back equal, or masked where GEN-12 says so. */
public final class ApplicationEcho {
    private ApplicationEcho() {}

    /** UW-01: the created application has an id and is SUBMITTED. */
    public static void requireSubmitted(JsonNode application) {
        ClauseViolation.require(!application.path("applicationId").asText().isBlank(), "the created application has no applicationId");
        ClauseViolation.require(application.path("status").asText().equals("SUBMITTED"), "status is " + application.path("status") + ", expected SUBMITTED");
    }

    /** {@code masked} maps a pointer (/applicant/contact/mobile) to the masked value expected in its place. */
    public static void requireEchoed(JsonNode sent, JsonNode returned, Map<String, String> masked) {
        List<String> differences = new ArrayList<>();
        compare("", sent, returned, masked, differences);
        ClauseViolation.require(differences.isEmpty(), "the application does not echo what was sent: " + String.join("; ", differences));
    }

    private static void compare(String pointer, JsonNode sent, JsonNode returned, Map<String, String> masked, List<String> differences) {
        if (masked.containsKey(pointer)) {
            // The value returned in place of a masked one may be raw personal data: say that it differs, never what it is.
            if (!returned.asText().equals(masked.get(pointer))) {
                differences.add(pointer + " is " + (returned.isMissingNode() ? "missing" : "not masked as " + masked.get(pointer) + " (what it holds is not repeated here)"));
            }
            return;
        }
        if (sent.isObject()) {
            sent.fields().forEachRemaining(f -> compare(pointer + "/" + f.getKey(), f.getValue(), returned.path(f.getKey()), masked, differences));
        } else if (sent.isArray()) {
            if (returned.size() != sent.size()) differences.add(pointer + " has " + returned.size() + " items, " + sent.size() + " were sent");
            else for (int i = 0; i < sent.size(); i++) compare(pointer + "/" + i, sent.get(i), returned.get(i), masked, differences);
        } else if (!sent.equals(returned)) {
            differences.add(pointer + " is " + (returned.isMissingNode() ? "missing" : returned.toString()) + ", sent " + sent);
        }
    }
}
