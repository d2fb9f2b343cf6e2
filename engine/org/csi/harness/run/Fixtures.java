package org.csi.harness.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Canonical test data from fixtures/ (fixtures.md of the pack, set 0.1). */
public final class Fixtures {
    public static final String SET_VERSION = "0.1";
    private static final Map<String, JsonNode> CACHE = new ConcurrentHashMap<>();

    private Fixtures() {}

    /** The entry of a fixture list whose "name" is {@code name} (an invalid-input variant, a defect …). */
    public static JsonNode named(JsonNode list, String name) {
        for (JsonNode v : list) if (v.path("name").asText().equals(name)) return v;
        throw new IllegalArgumentException("no fixture entry named " + name);
    }

    /** A fixture document, e.g. {@code Fixtures.get("gen/endpoints.json")}. */
    public static JsonNode get(String path) {
        return CACHE.computeIfAbsent(path, p -> {
            try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + p)) {
                if (in == null) throw new IllegalStateException("missing fixture fixtures/" + p);
                return new ObjectMapper().readTree(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read fixture " + p, e);
            }
        }).deepCopy();
    }
}
