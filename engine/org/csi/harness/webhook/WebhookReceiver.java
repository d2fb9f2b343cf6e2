package org.csi.harness.webhook;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.csi.harness.evidence.EvidenceLog;
import org.csi.harness.evidence.Redactor;
import org.csi.harness.verdict.FixtureUnavailable;

/**
 * The run's webhook receiver (issue 12, CSI-MON MON-08..10): one JDK HTTP server on a free loopback port, started when
 * a scenario first asks for an endpoint, stopped when the run ends; its threads are daemons. Each endpoint has its
 * own random path and a 64-character random secret, which is registered with the run's redactor before it is handed
 * out, so it reaches no attachment. A POST to an unknown path is answered 404 and recorded nowhere.
 */
public final class WebhookReceiver implements AutoCloseable {
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    public static final int SECRET_LENGTH = 64;

    private final Redactor redactor;
    private final EvidenceLog evidence;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Endpoint> endpoints = new ConcurrentHashMap<>();
    private HttpServer server;
    private ExecutorService threads;
    private boolean closed;

    /** {@code evidence} may be null (unit tests): attempts are then recorded on the endpoint only. */
    public WebhookReceiver(Redactor redactor, EvidenceLog evidence) {
        this.redactor = redactor;
        this.evidence = evidence;
    }

    /** A fresh endpoint; {@code label} names it in the evidence (the scenario's clause, say). */
    public Endpoint newEndpoint(String label) {
        String secret = randomText(SECRET_LENGTH);
        if (redactor != null) redactor.addSecret(secret);
        String path = "/hooks/" + randomText(24).toLowerCase(java.util.Locale.ROOT) + "/";
        Endpoint e = new Endpoint(label, base() + path, secret, evidence);
        endpoints.put(path, e);
        return e;
    }

    /** The receiver's address, "http://127.0.0.1:<port>", starting it on first use. */
    public synchronized String base() {
        if (closed) throw new FixtureUnavailable("the webhook receiver has been stopped (the run has ended)");
        if (server == null) start();
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void start() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        } catch (IOException e) {
            throw new FixtureUnavailable("the webhook receiver could not start on a free loopback port: " + e.getMessage(), e);
        }
        AtomicInteger n = new AtomicInteger();
        threads = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "webhook-receiver-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.createContext("/", ex -> {
            try (ex) {
                String path = ex.getRequestURI().getPath();
                Endpoint e = endpoints.get(path.endsWith("/") ? path : path + "/");
                if (e == null || !ex.getRequestMethod().equals("POST")) {
                    ex.getRequestBody().readNBytes(1024 * 1024);
                    ex.sendResponseHeaders(e == null ? 404 : 405, -1);
                    return;
                }
                e.receive(ex);
            } catch (IOException | RuntimeException ignored) {
                // the sender sees the connection end; nothing was recorded for a delivery that was not read whole
            }
        });
        server.setExecutor(threads);
        server.start();
    }

    private String randomText(int length) {
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        return s.toString();
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (server != null) {
            server.stop(0);
            threads.shutdownNow();
        }
    }

    /** The port the receiver listens on (-1 before first use). */
    synchronized int port() {
        return server == null ? -1 : server.getAddress().getPort();
    }
}
