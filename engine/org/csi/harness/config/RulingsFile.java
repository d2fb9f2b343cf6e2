package org.csi.harness.config;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.csi.harness.contract.SchemaCheck;
import org.csi.harness.verdict.ClauseCatalog;
import org.csi.harness.verdict.Rulings;

/**
 * Reads an assessor's rulings file (schemas/rulings.schema.json) and a vendor's comments file
 * (schemas/vendor-comments.schema.json). Anything wrong is a {@link ConfigException} naming the file and the entry:
 * unknown keys, a missing approver, a malformed expiry, a clause id the pack's catalogue does not know, and the same
 * clause ruled twice with the same kind (or commented twice).
 */
public final class RulingsFile {
    /** The two files as read: their text, to be copied into the run folder, and what they say. */
    public record Loaded(Rulings rulings, String rulingsText, String commentsText) {
        public static Loaded none() {
            return new Loaded(Rulings.none(), null, null);
        }
    }

    public static final String RULINGS = "rulings.json", COMMENTS = "vendor-comments.json";

    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final Pattern ENTRY = Pattern.compile("^/(rulings|comments)/(\\d+)(/\\S*)?");

    private RulingsFile() {}

    /** Either file may be null (not given). */
    public static Loaded load(Path rulingsFile, Path commentsFile) {
        ClauseCatalog catalog = ClauseCatalog.load();
        List<Rulings.Ruling> rulings = new ArrayList<>();
        List<Rulings.VendorComment> comments = new ArrayList<>();
        String rulingsText = null, commentsText = null;
        if (rulingsFile != null) {
            rulingsText = read(rulingsFile, "rulings");
            JsonNode doc = parse(rulingsFile, "rulings", rulingsText, "rulings.schema.json", "rulings");
            Set<String> seen = new HashSet<>();
            JsonNode list = doc.path("rulings");
            for (int i = 0; i < list.size(); i++) {
                JsonNode r = list.get(i);
                String where = "rulings file " + rulingsFile + ": " + entry(list, i, "rulings");
                String clause = r.path("clause").asText();
                if (catalog.clause(clause).isEmpty()) throw new ConfigException(where + ": clause " + clause + " is not in the pack's catalogue");
                if (!seen.add(clause + " " + r.path("kind").asText())) {
                    throw new ConfigException(where + ": clause " + clause + " already has a " + r.path("kind").asText() + " (one ruling of a kind per clause)");
                }
                LocalDate expiry;
                try {
                    expiry = LocalDate.parse(r.path("expiry").asText());
                } catch (RuntimeException e) {
                    throw new ConfigException(where + ": expiry " + r.path("expiry").asText() + " is not a calendar date YYYY-MM-DD");
                }
                rulings.add(new Rulings.Ruling(clause, Rulings.Kind.valueOf(r.path("kind").asText()), r.path("reason").asText(),
                        r.path("approver").asText(), expiry, r.hasNonNull("riskNote") ? r.path("riskNote").asText() : null));
            }
        }
        if (commentsFile != null) {
            commentsText = read(commentsFile, "vendor comments");
            JsonNode doc = parse(commentsFile, "vendor comments", commentsText, "vendor-comments.schema.json", "comments");
            Set<String> seen = new HashSet<>();
            JsonNode list = doc.path("comments");
            for (int i = 0; i < list.size(); i++) {
                JsonNode c = list.get(i);
                String where = "vendor comments file " + commentsFile + ": " + entry(list, i, "comments");
                String clause = c.path("clause").asText();
                if (catalog.clause(clause).isEmpty()) throw new ConfigException(where + ": clause " + clause + " is not in the pack's catalogue");
                if (!seen.add(clause)) throw new ConfigException(where + ": clause " + clause + " already has a comment (one per clause)");
                comments.add(new Rulings.VendorComment(clause, c.path("comment").asText(), c.path("author").asText()));
            }
        }
        return new Loaded(new Rulings(rulings, comments), rulingsText, commentsText);
    }

    private static String read(Path file, String what) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ConfigException(what + " file not found: " + file);
        } catch (IOException | RuntimeException e) {
            throw new ConfigException("cannot read " + what + " file " + file + ": " + e.getMessage());
        }
    }

    private static JsonNode parse(Path file, String what, String text, String schema, String listKey) {
        JsonNode doc;
        try {
            doc = JSON.readTree(text);
        } catch (JsonParseException e) {
            throw new ConfigException(what + " file " + file + " is not valid JSON (line " + e.getLocation().getLineNr() + "): "
                    + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ConfigException(what + " file " + file + " is not valid JSON: " + e.getMessage());
        }
        if (doc == null || !doc.isObject()) throw new ConfigException(what + " file " + file + " must hold a JSON object");
        List<String> violations = new SchemaCheck().violations(schema, doc);
        if (!violations.isEmpty()) {
            String v = violations.get(0);
            Matcher m = ENTRY.matcher(v);
            String named = m.find() ? entry(doc.path(listKey), Integer.parseInt(m.group(2)), listKey) + ": " + v : v;
            throw new ConfigException(what + " file " + file + " is invalid: " + named
                    + (violations.size() > 1 ? " (and " + (violations.size() - 1) + " more)" : ""));
        }
        return doc;
    }

    /** "entry 2 (GEN-04 waiver)": the entry by its place (from 1) and what it says it is. */
    private static String entry(JsonNode list, int index, String listKey) {
        JsonNode e = list.path(index);
        String clause = e.path("clause").isTextual() ? e.path("clause").asText() : "no clause";
        String kind = listKey.equals("rulings") && e.path("kind").isTextual() ? " " + e.path("kind").asText() : "";
        return "entry " + (index + 1) + " (" + clause + kind + ")";
    }
}
