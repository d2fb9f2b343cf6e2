package org.csi.harness.checks;

import org.csi.harness.verdict.ClauseViolation;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.csi.harness.http.Reply;

/** GEN-04: another tenant is refused, and nothing of the owner's resource shows through. */
public final class TenantIsolation {
    private TenantIsolation() {}

    public static void requireRefusedWithoutLeak(List<Reply> replies, String ownerValue) {
        // An empty value is in every body: that would be the harness's mistake, never the solution's.
        if (ownerValue == null || ownerValue.isBlank()) throw new IllegalStateException("no owner's value to look for in the other tenant's answers");
        for (Reply r : replies) {
            r.expectStatus(403, 404);
            ClauseViolation.require(r.body() == null || !r.body().contains(ownerValue), r.describe() + " reveals the owner's data (" + ownerValue + ")");
        }
    }

    public static void requireNotListed(List<JsonNode> items, String idField, String id) {
        ClauseViolation.require(items.stream().noneMatch(i -> i.path(idField).asText().equals(id)), "the other tenant's list contains " + id);
    }

    /** GET /audit-events?resourceId= of another tenant's resource: an empty page, 403 or 404. */
    public static void requireNoAuditEvents(Reply r) {
        r.expectStatus(200, 403, 404);
        if (r.status() == 200) {
            ClauseViolation.require(r.json().path("data").isEmpty(), r.describe() + " lists the other tenant's audit events: " + r.json().path("data"));
        }
    }
}
