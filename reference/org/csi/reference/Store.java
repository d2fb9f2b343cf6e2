package org.csi.reference;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Tenant-owned resources attached to a test clock, kept as their JSON representation. A resource whose clock was
 * deleted is gone (404), as pack README §4.8 allows.
 */
final class Store {
    /** One resource: its JSON is the representation the API returns. */
    static final class Doc implements Listed {
        final String id;
        final String tenantId;
        final String clockId;
        final Instant createdAt;
        final ObjectNode json;

        Doc(String id, String tenantId, String clockId, Instant createdAt, ObjectNode json) {
            this.id = id;
            this.tenantId = tenantId;
            this.clockId = clockId;
            this.createdAt = createdAt;
            this.json = json;
        }

        public Instant createdAt() {
            return createdAt;
        }

        public String id() {
            return id;
        }

        public synchronized ObjectNode toJson() {
            return json.deepCopy();
        }
    }

    private final String kind;
    private final String idPrefix;
    private final String idMember;
    private final TestClocks clocks;
    private final Map<String, Doc> docs = new ConcurrentHashMap<>();

    Store(String kind, String idPrefix, String idMember, TestClocks clocks) {
        this.kind = kind;
        this.idPrefix = idPrefix;
        this.idMember = idMember;
        this.clocks = clocks;
    }

    /** Stores a new resource created now on {@code clock}; adds the id, createdAt, testMode and testClockId members. */
    Doc create(Principal owner, TestClocks.Clock clock, ObjectNode json) {
        return create(owner, clock, json, clock.frozenTime);
    }

    /** As {@link #create(Principal, TestClocks.Clock, ObjectNode)}, made at {@code now} (an effect recorded at its due time while the clock advances). */
    Doc create(Principal owner, TestClocks.Clock clock, ObjectNode json, Instant now) {
        String id = clocks.newId(idPrefix, 20);
        ObjectNode full = Json.object().put(idMember, id);
        full.setAll(json);
        full.put("createdAt", Times.format(now)).put("testMode", owner.testMode()).put("testClockId", clock.id);
        Doc d = new Doc(id, owner.tenantId(), clock.id, now, full);
        docs.put(id, d);
        return d;
    }

    Doc get(Principal caller, String id) {
        Doc d = docs.get(id);
        boolean shared = clocks.has(Fault.GEN04_RESOURCES_SHARED) && !kind.equals("policy") && !kind.equals("quote");
        boolean outlives = clocks.has(Fault.GEN14_RESOURCES_OUTLIVE_CLOCK);
        if (d != null && !d.tenantId.equals(caller.tenantId()) && !shared && clocks.varies(Variant.CROSS_TENANT_403)) {
            throw ApiException.of(403, "The " + kind + " " + id + " belongs to another tenant.").build();
        }
        if (d != null && !clocks.exists(d.clockId) && clocks.archived(d.clockId) && d.tenantId.equals(caller.tenantId())) {
            synchronized (d) {
                d.json.put("archived", true);
            }
            return d;
        }
        if (d == null || (!d.tenantId.equals(caller.tenantId()) && !shared) || (!clocks.exists(d.clockId) && !outlives)) {
            throw ApiException.of(404, "No " + kind + " " + id + ".").build();
        }
        return d;
    }

    List<Doc> list(Principal caller, Map<String, String> query) {
        String clock = query.get("testClockId");
        Predicate<Doc> onClock = d -> clock == null || clock.equals(d.clockId);
        return docs.values().stream().filter(d -> d.tenantId.equals(caller.tenantId()) && clocks.exists(d.clockId))
                .filter(onClock).toList();
    }
}
