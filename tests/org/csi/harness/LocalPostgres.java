package org.csi.harness;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server of the test's own: Debian's binaries (.ci/run installs package postgresql), a fresh
 * cluster under the test's temporary folder, listening on loopback only. PostgreSQL refuses to run as root, so as
 * root the server runs as the postgres user. Java cannot give PostgreSQL port 0, so a free port is taken first.
 */
final class LocalPostgres implements AutoCloseable {
    final String url;
    private final Path bin;
    private final Path data;
    private final Process server;

    private LocalPostgres(Path bin, Path data, Process server, String url) {
        this.bin = bin;
        this.data = data;
        this.server = server;
        this.url = url;
    }

    /** In CI the server must be there; elsewhere missing binaries skip, saying why. */
    static LocalPostgres start() throws Exception {
        Path bin = binaries();
        if (bin == null) {
            String why = "PostgreSQL's server binaries are not installed (apt-get install -y postgresql; .ci/run does this)";
            if (System.getenv("CI") != null) throw new AssertionError(why);
            assumeTrue(false, why);
        }
        Path data = Files.createTempDirectory("csi-postgres");
        if (asRoot()) {
            UserPrincipal postgres = data.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
            Files.setOwner(data, postgres);
        }
        Path log = Files.createTempFile("csi-postgres", ".log");
        run(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-A", "trust", "-U", "csi", "-E", "UTF8", "--locale=C", "--no-sync"), log);
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Process server = new ProcessBuilder(command(List.of(bin.resolve("postgres").toString(), "-D", data.toString(), "-p", String.valueOf(port),
                "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=" + data, "-c", "fsync=off")))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        String base = "jdbc:postgresql://127.0.0.1:" + port + "/";
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            try (Connection c = DriverManager.getConnection(base + "postgres", "csi", "")) {
                c.createStatement().execute("CREATE DATABASE registry");
                break;
            } catch (SQLException e) {
                if (!server.isAlive() || System.nanoTime() > deadline) {
                    server.destroyForcibly();
                    throw new AssertionError("PostgreSQL did not start: " + e.getMessage() + "\n" + Files.readString(log));
                }
                Thread.sleep(200);
            }
        }
        return new LocalPostgres(bin, data, server, base + "registry");
    }

    @Override
    public void close() throws Exception {
        run(List.of(bin.resolve("pg_ctl").toString(), "stop", "-D", data.toString(), "-m", "fast", "-w"), Files.createTempFile("csi-postgres", ".log"));
        if (!server.waitFor(30, TimeUnit.SECONDS)) server.destroyForcibly();
    }

    /** The newest installed major version's bin folder, or null. */
    private static Path binaries() throws IOException {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) return null;
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("postgres")) && Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.comparingInt(b -> Integer.parseInt(b.getParent().getFileName().toString().replaceAll("\\D", "0")))).orElse(null);
        }
    }

    private static boolean asRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static List<String> command(List<String> cmd) {
        List<String> all = new ArrayList<>();
        if (asRoot()) all.addAll(List.of("runuser", "-u", "postgres", "--"));
        all.addAll(cmd);
        return all;
    }

    private static void run(List<String> cmd, Path log) throws Exception {
        Process p = new ProcessBuilder(command(cmd)).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new AssertionError(cmd.get(0) + " failed: " + Files.readString(log));
        }
    }
}
