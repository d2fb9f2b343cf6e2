package org.csi.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Stripe-like test clocks (pack README §4.8, GEN-14): tenant-owned, frozen, advanced asynchronously. */
final class TestClocks {
    static final Duration MAX_ADVANCE = Duration.ofDays(400);

    final class Clock implements Listed {
        final String id = newId("clk_", 32);
        final String tenantId;
        final String name;
        final Instant createdAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        volatile Instant frozenTime;
        volatile String status = "READY";

        Clock(String tenantId, String name, Instant frozenTime) {
            this.tenantId = tenantId;
            this.name = name;
            this.frozenTime = frozenTime;
        }

        public Instant createdAt() {
            return createdAt;
        }

        public String id() {
            return id;
        }

        public ObjectNode toJson() {
            boolean noOffset = faults.contains(Fault.GEN13_TIME_WITHOUT_OFFSET);
            ObjectNode n = Json.object().put("testClockId", id).put("object", "test_clock");
            if (name == null) n.putNull("name"); else n.put("name", name);
            return n.put("frozenTime", noOffset ? Times.formatWithoutOffset(frozenTime) : Times.format(frozenTime))
                    .put("status", status)
                    .put("createdAt", noOffset ? Times.formatWithoutOffset(createdAt) : Times.format(createdAt))
                    .put("testMode", true);
        }
    }

    /** Schedules and rules of attached resources, evaluated for (from, to] before the clock is READY again (README §4.8 item 3). */
    interface AdvanceListener {
        void advanced(Clock clock, Instant from, Instant to);
    }

    private final List<AdvanceListener> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    void onAdvance(AdvanceListener l) {
        listeners.add(l);
    }

    private final Map<String, Clock> clocks = new ConcurrentHashMap<>();
    private final Set<Fault> faults;
    private final ScheduledExecutorService scheduler;
    private final AuditLog audit;

    private final Set<Variant> variants;

    TestClocks(Set<Fault> faults, Set<Variant> variants, ScheduledExecutorService scheduler, AuditLog audit) {
        this.faults = faults;
        this.variants = variants;
        this.scheduler = scheduler;
        this.audit = audit;
    }

    boolean has(Fault f) {
        return faults.contains(f);
    }

    boolean varies(Variant v) {
        return variants.contains(v);
    }

    /** A new id: the prefix and a random token, or a bare UUID under {@link Variant#UUID_IDS}. */
    String newId(String prefix, int length) {
        String uuid = UUID.randomUUID().toString();
        return variants.contains(Variant.UUID_IDS) ? uuid : prefix + uuid.replace("-", "").substring(0, length);
    }

    ApiResponse create(Principal caller, JsonNode body) {
        Instant frozen = requiredTime(body, "frozenTime");
        if (faults.contains(Fault.GEN14_CREATED_AT_WALL_CLOCK)) frozen = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        JsonNode name = body.path("name");
        if (!name.isMissingNode() && !name.isNull() && (!name.isTextual() || name.asText().length() > 200)) {
            throw ApiException.of(422, "name must be a string of at most 200 characters.")
                    .pointer("INVALID_FORMAT", "/name", "name must be a string of at most 200 characters.").build();
        }
        Clock clock = new Clock(caller.tenantId(), name.isTextual() ? name.asText() : null, frozen);
        clocks.put(clock.id, clock);
        audit.record(caller, frozen, "TEST_CLOCK_CREATED", "TEST_CLOCK", clock.id);
        return ApiResponse.json(201, clock.toJson());
    }

    Clock get(Principal caller, String id) {
        Clock c = clocks.get(id);
        boolean visible = c != null && (c.tenantId.equals(caller.tenantId()) || faults.contains(Fault.GEN04_LEAK_OTHER_TENANT));
        if (!visible && c != null && variants.contains(Variant.CROSS_TENANT_403)) {
            throw ApiException.of(403, "The test clock " + id + " belongs to another tenant.").build();
        }
        if (!visible) throw ApiException.of(404, "No test clock " + id + ".").build();
        return c;
    }

    /** The frozen now of a clock, whoever owns it (resources read it through their own tenant's checks). */
    Instant frozen(String id) {
        Clock c = clocks.get(id);
        if (c == null) throw ApiException.of(404, "No test clock " + id + ".").build();
        return c.frozenTime;
    }

    boolean exists(String id) {
        return clocks.containsKey(id);
    }

    /** CLOCK_DELETE_ARCHIVES: the clock was deleted and its resources stay readable, marked archived:true. */
    boolean archived(String id) {
        return archived.contains(id);
    }

    private final Set<String> archived = ConcurrentHashMap.newKeySet();

    /** The clock a new resource attaches to: an unknown or foreign clock is a 422 at {@code pointer}. */
    Clock attach(Principal caller, String id, String pointer) {
        Clock c = id == null ? null : clocks.get(id);
        if (c == null || !c.tenantId.equals(caller.tenantId())) {
            throw ApiException.of(422, "testClockId must name one of your test clocks.")
                    .pointer(id == null ? "REQUIRED" : "UNKNOWN_REFERENCE", pointer, "Unknown test clock.").build();
        }
        return c;
    }

    List<Clock> list(Principal caller) {
        boolean leak = faults.contains(Fault.GEN04_LIST_OTHER_TENANT);
        return clocks.values().stream().filter(c -> leak || c.tenantId.equals(caller.tenantId())).toList();
    }

    ApiResponse advance(Principal caller, String id, JsonNode body) {
        Clock clock = get(caller, id);
        Instant target = requiredTime(body, "frozenTime");
        synchronized (clock) {
            if (!clock.status.equals("READY")) {
                throw ApiException.of(409, "The clock is still advancing.").code("CLOCK_BUSY", "Wait until READY.")
                        .currentState(clock.status).build();
            }
            if (!target.isAfter(clock.frozenTime) && !faults.contains(Fault.GEN14_BACKWARD_ADVANCE_ACCEPTED)) {
                throw ApiException.of(422, "frozenTime must be after the clock's current frozenTime.")
                        .pointer("CLOCK_NOT_FORWARD", "/frozenTime", "A clock only moves forward.").build();
            }
            Duration max = faults.contains(Fault.GEN14_ADVANCE_CAPPED_365) ? Duration.ofDays(365) : MAX_ADVANCE;
            if (Duration.between(clock.frozenTime, target).compareTo(max) > 0) {
                throw ApiException.of(422, "A single advance may move at most 400 days.")
                        .pointer("CLOCK_ADVANCE_TOO_LARGE", "/frozenTime", "Advance in steps of at most 400 days.").build();
            }
            clock.status = "ADVANCING";
        }
        // Obligations are rendered from the clock's now when read; schedules (monitoring scans) run in the listeners.
        Instant from = clock.frozenTime;
        scheduler.schedule(() -> {
            for (AdvanceListener l : listeners) {
                try {
                    l.advanced(clock, from, target);
                } catch (RuntimeException e) {
                    // one rule's failure must not leave the clock ADVANCING
                }
            }
            clock.frozenTime = target;
            clock.status = "READY";
            audit.record(caller, target, "TEST_CLOCK_ADVANCED", "TEST_CLOCK", clock.id);
        }, 50, TimeUnit.MILLISECONDS);
        return ApiResponse.json(202, clock.toJson());
    }

    ApiResponse delete(Principal caller, String id) {
        Clock clock = get(caller, id);
        clocks.remove(clock.id);
        if (variants.contains(Variant.CLOCK_DELETE_ARCHIVES)) archived.add(clock.id);
        audit.record(caller, clock.frozenTime, "TEST_CLOCK_DELETED", "TEST_CLOCK", clock.id);
        return faults.contains(Fault.GEN14_DELETE_ANSWERS_200) ? ApiResponse.json(200, clock.toJson()) : ApiResponse.noContent();
    }

    private Instant requiredTime(JsonNode body, String field) {
        JsonNode v = body.path(field);
        if (v.isMissingNode() || v.isNull()) {
            throw ApiException.of(422, field + " is required.").pointer("REQUIRED", "/" + field, field + " is required.").build();
        }
        Instant t = v.isTextual() ? Times.parseOrNull(v.asText()) : null;
        if (t == null) {
            if (faults.contains(Fault.GEN06_SERVER_ERROR_ON_BAD_TIME)) {
                throw new IllegalStateException("unparseable time " + v);
            }
            throw ApiException.of(422, field + " must be an RFC 3339 timestamp with an offset.")
                    .pointer("INVALID_FORMAT", "/" + field, "Expected e.g. 2025-06-02T09:00:00+08:00.").build();
        }
        return t;
    }
}
