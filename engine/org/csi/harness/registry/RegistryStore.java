package org.csi.harness.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;

/**
 * The registry's database over plain JDBC: migrated by Flyway on opening (db/migration), the same SQL on the
 * embedded H2 and on PostgreSQL. A connection per call: the registry's traffic is a few uploads a day.
 */
public final class RegistryStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final RegistryConfig.Database db;

    /** A kept package as the database holds it. */
    public record Accepted(String runId, String solution, String bodyId, String packageSha256, long packageBytes,
                           String startedAt, OffsetDateTime receivedAt, JsonNode scorecard) {}

    private RegistryStore(RegistryConfig.Database db) {
        this.db = db;
    }

    /** Opens the database, applying every migration it lacks. */
    public static RegistryStore open(RegistryConfig.Database db) {
        Flyway.configure().dataSource(db.url(), db.user(), db.password()).locations("classpath:db/migration")
                .loggers("slf4j").load().migrate();
        return new RegistryStore(db);
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(db.url(), db.user(), db.password());
    }

    /** False when a package of the same run is kept already (the database's unique run id decides). */
    public boolean accept(Accepted a) {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement("INSERT INTO accepted_package "
                + "(run_id, solution, body_id, package_sha256, package_bytes, started_at, received_at, scorecard) VALUES (?,?,?,?,?,?,?,?)")) {
            s.setString(1, a.runId());
            s.setString(2, a.solution());
            s.setString(3, a.bodyId());
            s.setString(4, a.packageSha256());
            s.setLong(5, a.packageBytes());
            s.setString(6, a.startedAt());
            s.setObject(7, a.receivedAt());
            s.setString(8, a.scorecard().toString());
            s.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith("23")) return false;   // integrity constraint: run id taken
            throw new IllegalStateException("the registry database refused a row: " + e.getMessage(), e);
        }
    }

    public boolean hasRun(String runId) {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement("SELECT 1 FROM accepted_package WHERE run_id = ?")) {
            s.setString(1, runId);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the registry database cannot be read: " + e.getMessage(), e);
        }
    }

    public void refuse(String bodyId, String packageSha256, long bytes, OffsetDateTime at, List<String> reasons) {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO refused_package (body_id, package_sha256, package_bytes, received_at, reasons) VALUES (?,?,?,?,?)")) {
            s.setString(1, bodyId);
            s.setString(2, packageSha256);
            s.setLong(3, bytes);
            s.setObject(4, at);
            s.setString(5, String.join("\n", reasons));
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("the registry database refused a row: " + e.getMessage(), e);
        }
    }

    /** Every kept package, oldest run first. */
    public List<Accepted> accepted() {
        return query("SELECT run_id, solution, body_id, package_sha256, package_bytes, started_at, received_at, scorecard "
                + "FROM accepted_package ORDER BY started_at, run_id");
    }

    /** The reasons of every refusal, newest first (for the organiser; not served). */
    public List<String> refusals() {
        List<String> out = new ArrayList<>();
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement("SELECT body_id, reasons FROM refused_package ORDER BY id DESC");
             ResultSet r = s.executeQuery()) {
            while (r.next()) out.add(r.getString(1) + ": " + r.getString(2));
        } catch (SQLException e) {
            throw new IllegalStateException("the registry database cannot be read: " + e.getMessage(), e);
        }
        return out;
    }

    private List<Accepted> query(String sql) {
        List<Accepted> out = new ArrayList<>();
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.add(new Accepted(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getLong(5), r.getString(6),
                        r.getObject(7, OffsetDateTime.class), JSON.readTree(r.getString(8))));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the registry database cannot be read: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
