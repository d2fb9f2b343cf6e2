package org.csi.harness.verdict;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The pack's clauses, from fixtures/pack/clauses.json (kept equal to the pack by a test). */
public final class ClauseCatalog {
    public record Standard(String id, String nameZh, String nameEn, List<Clause> clauses) {}

    private final String packVersion;
    private final Map<String, Standard> standards = new LinkedHashMap<>();

    private ClauseCatalog(JsonNode json) {
        packVersion = json.path("packVersion").asText();
        for (JsonNode s : json.path("standards")) {
            List<Clause> clauses = new ArrayList<>();
            for (JsonNode c : s.path("clauses")) {
                clauses.add(new Clause(c.path("id").asText(), s.path("id").asText(), c.path("titleZh").asText(),
                        c.path("titleEn").asText(), Clause.Level.valueOf(c.path("level").asText()), c.path("profile").asText(),
                        c.path("groupZh").asText(s.path("nameZh").asText()), c.path("groupEn").asText(s.path("nameEn").asText())));
            }
            standards.put(s.path("id").asText(), new Standard(s.path("id").asText(), s.path("nameZh").asText(),
                    s.path("nameEn").asText(), List.copyOf(clauses)));
        }
    }

    private static volatile ClauseCatalog loaded;

    /** The catalogue, read once: it is a fixed classpath resource. */
    public static ClauseCatalog load() {
        ClauseCatalog c = loaded;
        if (c == null) loaded = c = read();
        return c;
    }

    private static ClauseCatalog read() {
        try (InputStream in = ClauseCatalog.class.getResourceAsStream("/fixtures/pack/clauses.json")) {
            return new ClauseCatalog(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read fixtures/pack/clauses.json", e);
        }
    }

    public String packVersion() {
        return packVersion;
    }

    public List<Standard> standards() {
        return List.copyOf(standards.values());
    }

    public Optional<Standard> standard(String id) {
        return Optional.ofNullable(standards.get(id));
    }

    public Optional<Clause> clause(String id) {
        return standards.values().stream().flatMap(s -> s.clauses().stream()).filter(c -> c.id().equals(id)).findFirst();
    }

    public List<Clause> clauses() {
        return standards.values().stream().flatMap(s -> s.clauses().stream()).toList();
    }
}
