package org.csi.harness.verdict;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the capability document declares (conformance-levels.md §2). Read leniently: whether the document
 * itself is right is GEN-01's business, not the declaration's.
 */
public record Declaration(Map<String, Set<String>> standards, Set<String> authMethods, boolean testModeSupported,
                          boolean testClocks, String tokenEndpoint, String apiBaseUrl, Long maxBodyBytes) {

    /**
     * No usable document: only GEN CORE, which always applies (README §3a). Which other standards the solution offers
     * cannot be told, so they are not "not declared": see {@link #readable()}.
     */
    public static final Declaration NONE = new Declaration(Map.of("CSI-GEN", Set.of("CORE")), Set.of(), false, false, null, null, null);

    public static Declaration from(JsonNode capability) {
        if (capability == null || !capability.isObject()) return NONE;
        Map<String, Set<String>> standards = new LinkedHashMap<>();
        for (JsonNode s : capability.path("standards")) {
            if (!s.path("id").isTextual()) continue;
            Set<String> profiles = new LinkedHashSet<>(List.of("CORE"));
            s.path("profiles").forEach(p -> profiles.add(p.asText()));
            standards.put(s.path("id").asText(), profiles);
        }
        standards.computeIfAbsent("CSI-GEN", k -> new LinkedHashSet<>(List.of("CORE")));
        Set<String> auth = new LinkedHashSet<>();
        capability.path("authMethods").forEach(a -> auth.add(a.asText()));
        JsonNode tm = capability.path("testMode");
        JsonNode max = capability.path("limits").path("maxBodyBytes");
        return new Declaration(standards, auth, tm.path("supported").asBoolean(false), tm.path("testClocks").asBoolean(false),
                capability.path("tokenEndpoint").asText(null), capability.path("apiBaseUrl").asText(null),
                max.canConvertToLong() ? max.asLong() : null);
    }

    /** A declaration of standards and profiles only, e.g. as a scorecard records it. */
    public static Declaration of(Map<String, Set<String>> standards) {
        Map<String, Set<String>> s = new LinkedHashMap<>(standards);
        s.computeIfAbsent("CSI-GEN", k -> Set.of("CORE"));
        return new Declaration(s, Set.of(), true, true, null, null, null);
    }

    /** False only for {@link #NONE}: the capability document could not be read, so the declaration is unknown. */
    public boolean readable() {
        return this != NONE;
    }

    /** GEN CORE always applies (README §3a). */
    public boolean declares(String standard) {
        return standards.containsKey(standard);
    }

    public boolean declares(String standard, String profile) {
        return standards.containsKey(standard) && standards.get(standard).contains(profile);
    }

    public boolean oauth2() {
        return authMethods.contains("oauth2_client_credentials");
    }

    public boolean apiKey() {
        return authMethods.contains("api_key");
    }

    public boolean testMode() {
        return testModeSupported && testClocks;
    }
}
