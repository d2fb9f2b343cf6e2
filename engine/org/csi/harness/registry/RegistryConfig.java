package org.csi.harness.registry;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.csi.harness.certify.Signer;
import org.csi.harness.config.ConfigException;

/**
 * The serve configuration file (JSON; relative paths are relative to the file):
 * <pre>
 * {"host": "127.0.0.1", "port": 0, "dataDir": "registry-data", "pilotId": "CSI-PILOT", "consent": "consent.json",
 *  "maxPackageBytes": 268435456,
 *  "database": {"url": "jdbc:postgresql://127.0.0.1:5432/registry", "user": "registry", "passwordEnv": "REGISTRY_DB_PASSWORD"},
 *  "bodies": [{"id": "ab-1", "name": "…", "tokenSha256": "&lt;hex&gt;", "signingKeys": ["ab-1.pub"]}],
 *  "store": "s3://csi-results/pilot-2026"}
 * </pre>
 * Without "database" the registry keeps an embedded H2 file database in the data folder. With "store" it also takes
 * the certification packages published to that results store (csi certify --store), checked as an upload is.
 */
public record RegistryConfig(String host, int port, Path dataDir, Database database, String pilotId, Path consent,
                             long maxPackageBytes, List<AssessmentBody> bodies, String store) {
    /** A JDBC URL and its credentials; the password is never printed. */
    public record Database(String url, String user, String password) {
        @Override
        public String toString() {
            return "Database[" + url + "]";
        }
    }

    public static final long DEFAULT_MAX_PACKAGE_BYTES = 256L << 20;
    private static final Set<String> TOP = Set.of("host", "port", "dataDir", "database", "pilotId", "consent", "maxPackageBytes", "bodies", "store");
    private static final Set<String> BODY = Set.of("id", "name", "tokenSha256", "signingKeys");
    private static final Set<String> DATABASE = Set.of("url", "user", "password", "passwordEnv");

    public RegistryConfig {
        bodies = List.copyOf(bodies);
    }

    /** The embedded default: an H2 file database in the data folder, needing no set-up. */
    static Database embedded(Path dataDir) {
        return new Database("jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("registry").toString().replace('\\', '/'), "sa", "");
    }

    public static RegistryConfig read(Path file) {
        JsonNode doc;
        try {
            doc = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).readTree(file.toFile());
        } catch (IOException e) {
            throw new ConfigException("cannot read the serve configuration " + file + ": " + e.getMessage().lines().findFirst().orElse(""));
        }
        String where = "the serve configuration " + file;
        if (doc == null || !doc.isObject()) throw new ConfigException(where + " is not a JSON object");
        known(doc, TOP, where);
        Path base = file.toAbsolutePath().getParent();
        Path dataDir = base.resolve(doc.path("dataDir").asText("registry-data"));
        Database db = embedded(dataDir);
        if (doc.has("database")) {
            JsonNode d = doc.path("database");
            known(d, DATABASE, where + ", database");
            String url = d.path("url").asText("");
            if (!url.startsWith("jdbc:postgresql:") && !url.startsWith("jdbc:h2:")) {
                throw new ConfigException(where + ": database.url must be a jdbc:postgresql: or jdbc:h2: URL");
            }
            String password = d.path("password").asText("");
            if (d.has("passwordEnv")) password = System.getenv().getOrDefault(d.path("passwordEnv").asText(), "");
            db = new Database(url, d.path("user").asText(""), password);
        }
        List<AssessmentBody> bodies = new ArrayList<>();
        Set<String> ids = new HashSet<>(), tokens = new HashSet<>();
        int i = 0;
        for (JsonNode b : doc.path("bodies")) {
            String at = where + ", bodies[" + i++ + "]";
            known(b, BODY, at);
            String id = b.path("id").asText(""), hash = b.path("tokenSha256").asText("").toLowerCase();
            if (id.isBlank()) throw new ConfigException(at + " lacks \"id\"");
            if (!hash.matches("[0-9a-f]{64}")) throw new ConfigException(at + ": tokenSha256 must be the SHA-256 of the token, 64 hex digits");
            if (!ids.add(id)) throw new ConfigException(at + " repeats the id '" + id + "'");
            if (!tokens.add(hash)) throw new ConfigException(at + " has the token of another body");
            List<java.security.PublicKey> keys = new ArrayList<>();
            for (JsonNode k : b.path("signingKeys")) {
                Path pem = base.resolve(k.asText());
                try {
                    keys.add(Signer.publicKey(Files.readString(pem)));
                } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
                    throw new ConfigException(at + ": " + pem + " is not a readable Ed25519 public key (PEM)");
                }
            }
            if (keys.isEmpty()) throw new ConfigException(at + " lists no signingKeys (its packages could not be verified)");
            bodies.add(new AssessmentBody(id, b.path("name").asText(id), hash, keys));
        }
        if (bodies.isEmpty()) throw new ConfigException(where + " lists no assessment bodies (\"bodies\"): nobody could upload");
        long max = doc.path("maxPackageBytes").asLong(DEFAULT_MAX_PACKAGE_BYTES);
        if (max <= 0) throw new ConfigException(where + ": maxPackageBytes must be positive");
        Path consent = doc.has("consent") ? base.resolve(doc.path("consent").asText()) : null;
        String store = doc.hasNonNull("store") ? doc.path("store").asText() : null;
        return new RegistryConfig(doc.path("host").asText("127.0.0.1"), doc.path("port").asInt(0), dataDir, db,
                doc.path("pilotId").asText("CSI-PILOT"), consent, max, bodies, store);
    }

    /** The same configuration on another port (csi serve --port). */
    public RegistryConfig withPort(int other) {
        return new RegistryConfig(host, other, dataDir, database, pilotId, consent, maxPackageBytes, bodies, store);
    }

    /** The same configuration on another database (tests: a PostgreSQL server of their own). */
    public RegistryConfig withDatabase(Database other) {
        return new RegistryConfig(host, port, dataDir, other, pilotId, consent, maxPackageBytes, bodies, store);
    }

    private static void known(JsonNode node, Set<String> names, String where) {
        if (!node.isObject()) throw new ConfigException(where + " is not an object");
        node.fieldNames().forEachRemaining(k -> {
            if (!names.contains(k)) throw new ConfigException(where + " has an unknown member '" + k + "' (known: " + String.join(", ", new java.util.TreeSet<>(names)) + ")");
        });
    }
}
