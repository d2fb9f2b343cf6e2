package org.csi.harness.canary;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * One canary service of the CSI-MON canary contract: any method on any path gets 200, the canary's Server banner,
 * text/html and a fixed body. It logs every request, so that the harness can tell what a solution scanned.
 */
public final class Canary implements AutoCloseable {
    /** One logged request. */
    public record Hit(Instant at, String method, String path, String remoteAddress) {}

    private final String id;
    private final String banner;
    private final HttpServer server;
    private final List<Hit> log = new CopyOnWriteArrayList<>();

    private Canary(String id, int port, String banner) throws IOException {
        this.id = id;
        this.banner = banner;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
        byte[] body = ("<html><body>CSI canary " + id + "</body></html>").getBytes(StandardCharsets.UTF_8);
        server.createContext("/", ex -> {
            try (ex) {
                log.add(new Hit(Instant.now(), ex.getRequestMethod(), ex.getRequestURI().getPath(), ex.getRemoteAddress().getAddress().getHostAddress()));
                ex.getRequestBody().readNBytes(64 * 1024);
                ex.getResponseHeaders().set("Server", banner);
                ex.getResponseHeaders().set("Content-Type", "text/html");
                boolean head = ex.getRequestMethod().equals("HEAD");
                ex.sendResponseHeaders(200, head ? -1 : body.length);
                if (!head) {
                    try (OutputStream out = ex.getResponseBody()) {
                        out.write(body);
                    }
                }
            }
        });
        server.setExecutor(Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "canary-" + id);
            t.setDaemon(true);
            return t;
        }));
        server.start();
    }

    static Canary start(String id, int port, String banner) throws IOException {
        return new Canary(id, port, banner);
    }

    public String id() {
        return id;
    }

    public String banner() {
        return banner;
    }

    /** The URL a solution is given for this canary: always a loopback address. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    public List<Hit> hits() {
        return List.copyOf(log);
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
