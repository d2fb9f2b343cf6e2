package org.csi.harness.checks;

import org.csi.harness.verdict.ClauseViolation;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.csi.harness.http.Reply;

/** GEN-02: every call without valid credentials gets 401 problem+json with WWW-Authenticate and no resource data. */
public final class UnauthenticatedReplies {
    private UnauthenticatedReplies() {}

    public static void require(List<Reply> replies) {
        List<String> wrong = new ArrayList<>();
        for (Reply r : replies) {
            if (r.status() != 401) {
                wrong.add(r.describe() + " (expected 401)");
                continue;
            }
            if (r.header("WWW-Authenticate") == null) wrong.add(r.describe() + " without WWW-Authenticate");
            try {
                ProblemDetails.requireProblem(r);
            } catch (ClauseViolation e) {
                wrong.add(e.getMessage());
            }
            if (r.document() != null && carriesResourceData(r.document())) wrong.add(r.describe() + " carries resource data: " + r.body());
        }
        ClauseViolation.require(wrong.isEmpty(), wrong.size() + " of " + replies.size() + " unauthenticated calls were not refused properly: "
                + String.join("; ", wrong));
    }

    /** A problem document has no list and no resource identifiers. */
    private static boolean carriesResourceData(JsonNode json) {
        if (json.has("data")) return true;
        for (Iterator<String> names = json.fieldNames(); names.hasNext(); ) {
            if (names.next().endsWith("Id")) return true;
        }
        return false;
    }
}
