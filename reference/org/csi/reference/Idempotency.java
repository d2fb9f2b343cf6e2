package org.csi.reference;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** Idempotency-Key for creating POSTs, scoped per credential (pack README §4.4, GEN-08/09). */
final class Idempotency {
    private record Stored(JsonNode body, ApiResponse response) {}

    private final Map<String, Stored> stored = new ConcurrentHashMap<>();
    private final Set<Fault> faults;

    Idempotency(Set<Fault> faults) {
        this.faults = faults;
    }

    static void checkKeyFormat(String key) {
        if (key != null && !key.matches("[\\x20-\\x7E]{1,255}")) {
            throw ApiException.of(400, "Idempotency-Key must be 1-255 printable ASCII characters.")
                    .code("INVALID_FORMAT", "Idempotency-Key is malformed.").build();
        }
    }

    /** Creates once per (credential, key); replays the first answer for the same body. */
    ApiResponse apply(Principal caller, String key, JsonNode body, Supplier<ApiResponse> create) {
        if (key == null || faults.contains(Fault.GEN08_REPLAY_CREATES_DUPLICATE)) return create.get();
        String scope = caller.clientId() + "\n" + key;
        synchronized (this) {
            Stored first = stored.get(scope);
            if (first != null) {
                if (!first.body().equals(body) && !faults.contains(Fault.GEN09_KEY_REUSE_REPLAYS)) {
                    throw ApiException.of(422, "This Idempotency-Key was used with a different body.")
                            .code("IDEMPOTENCY_KEY_REUSED", "Use a new key for a different request.").build();
                }
                return first.response().withHeader("Idempotent-Replayed", "true");
            }
            ApiResponse response = create.get();
            if (response.status() < 500) stored.put(scope, new Stored(body, response));
            return response;
        }
    }
}
