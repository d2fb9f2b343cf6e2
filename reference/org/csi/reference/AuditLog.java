package org.csi.reference;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/** Append-only audit events (GEN-11): readable by the tenant, never changed. */
final class AuditLog {
    record Event(String id, Instant createdAt, Instant occurredAt, String tenantId, String actorId, String action,
                 String resourceType, String resourceId, String outcome, boolean testMode) implements Listed {
        public ObjectNode toJson() {
            ObjectNode n = Json.object().put("eventId", id).put("occurredAt", Times.format(occurredAt))
                    .put("createdAt", Times.format(createdAt)).put("tenantId", tenantId);
            n.putObject("actor").put("type", "CLIENT").put("id", actorId);
            return n.put("action", action).put("resourceType", resourceType).put("resourceId", resourceId)
                    .put("outcome", outcome).put("testMode", testMode);
        }
    }

    private final List<Event> events = new CopyOnWriteArrayList<>();
    private final AtomicLong sequence = new AtomicLong();

    void record(Principal actor, Instant occurredAt, String action, String resourceType, String resourceId) {
        long n = sequence.incrementAndGet();
        events.add(new Event(uuidIds ? java.util.UUID.randomUUID().toString() : String.format("evt_%08d", n), Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS),
                occurredAt, actor.tenantId(), actor.clientId(), action, resourceType, resourceId, "SUCCESS", actor.testMode()));
    }

    /** GEN04_AUDIT_SHARED: every tenant's events are listed. */
    volatile boolean shared;
    /** Variant UUID_IDS: event ids are bare UUIDs. */
    volatile boolean uuidIds;

    List<Event> visibleTo(Principal p, Map<String, String> query) {
        String resourceId = query.get("resourceId");
        return events.stream()
                .filter(e -> shared || e.tenantId().equals(p.tenantId()) && e.testMode() == p.testMode())
                .filter(e -> resourceId == null || resourceId.equals(e.resourceId()))
                .toList();
    }

    Event get(Principal p, String id) {
        return events.stream().filter(e -> e.id().equals(id) && e.tenantId().equals(p.tenantId())).findFirst()
                .orElseThrow(() -> ApiException.of(404, "No audit event " + id + ".").build());
    }
}
