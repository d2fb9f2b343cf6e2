package org.csi.harness;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.Executors;

/**
 * A solution that turns hostile part-way: it passes every call through to another solution, except calls under one
 * path prefix, whose real answers it delays, inflates, cuts or drips. Its own address replaces the other's in every
 * body, so that the capability document sends the harness back through it.
 */
final class HostileProxy implements AutoCloseable {
    /** What happens to an answer under the prefix. */
    enum Mode { SLOW, HUGE, MALFORMED, DRIP, GZIP, HEADERS, DEEP, UTF8, ENDLESS, NONE }

    private static final Set<String> NOT_FORWARDED = Set.of("host", "connection", "content-length", "expect", "upgrade", "transfer-encoding");

    private final HttpServer server;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String upstream;
    private final String prefix;
    private final Mode mode;

    HostileProxy(String upstream, String prefix, Mode mode) throws IOException {
        this.upstream = upstream;
        this.prefix = prefix;
        this.mode = mode;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 32);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "hostile-proxy");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            HttpResponse<byte[]> answer = forward(ex);
            byte[] body = new String(answer.body(), StandardCharsets.UTF_8).replace(upstream, url()).getBytes(StandardCharsets.UTF_8);
            answer.headers().map().forEach((name, values) -> {
                if (!NOT_FORWARDED.contains(name.toLowerCase())) ex.getResponseHeaders().put(name, values);
            });
            int status = answer.statusCode();
            if (!ex.getRequestURI().getPath().startsWith(prefix) || body.length == 0) {
                ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
                if (body.length > 0) ex.getResponseBody().write(body);
                return;
            }
            spoil(ex, status, body);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private HttpResponse<byte[]> forward(HttpExchange ex) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(upstream + ex.getRequestURI()))
                .method(ex.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(ex.getRequestBody().readAllBytes()));
        ex.getRequestHeaders().forEach((name, values) -> {
            if (!NOT_FORWARDED.contains(name.toLowerCase())) values.forEach(v -> b.header(name, v));
        });
        return client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private void spoil(HttpExchange ex, int status, byte[] body) throws IOException {
        try (OutputStream o = ex.getResponseBody()) {
            switch (mode) {
                case SLOW -> {
                    pause(5_000);
                    ex.sendResponseHeaders(status, body.length);
                    o.write(body);
                }
                case HUGE -> {
                    ex.sendResponseHeaders(status, 0);
                    byte[] head = Arrays.copyOf(body, body.length - 1);
                    o.write(head);
                    o.write(",\"padding\":[".getBytes(StandardCharsets.UTF_8));
                    byte[] chunk = "0,".repeat(50_000).getBytes(StandardCharsets.UTF_8);
                    for (int i = 0; i < 400; i++) o.write(chunk);
                    o.write("0]}".getBytes(StandardCharsets.UTF_8));
                }
                case MALFORMED -> {
                    byte[] half = Arrays.copyOf(body, body.length / 2);
                    ex.sendResponseHeaders(status, half.length);
                    o.write(half);
                }
                case GZIP -> {
                    ex.getResponseHeaders().set("Content-Encoding", "gzip");
                    byte[] bomb = HostileBodies.gzipOfZeros(1024);
                    ex.sendResponseHeaders(status, bomb.length);
                    o.write(bomb);
                }
                case HEADERS -> {
                    for (int i = 0; i < 100_000; i++) ex.getResponseHeaders().add("X-Flood-" + i, "flood");
                    ex.sendResponseHeaders(status, body.length);
                    o.write(body);
                }
                case DEEP -> {
                    byte[] deep = ("{\"items\":" + "[".repeat(200_000) + "]".repeat(200_000) + "}").getBytes(StandardCharsets.UTF_8);
                    ex.sendResponseHeaders(status, deep.length);
                    o.write(deep);
                }
                case UTF8 -> {
                    byte[] bad = Arrays.copyOf(body, body.length + 2);
                    bad[body.length] = (byte) 0xc3;
                    bad[body.length + 1] = (byte) 0x28;
                    ex.sendResponseHeaders(status, bad.length);
                    o.write(bad);
                }
                case ENDLESS -> {
                    // 2 GiB of padding: more than any small heap holds, so that a cap-less read runs out of memory
                    ex.sendResponseHeaders(status, 0);
                    o.write(Arrays.copyOf(body, body.length - 1));
                    o.write(",\"padding\":\"".getBytes(StandardCharsets.UTF_8));
                    byte[] chunk = "x".repeat(1 << 20).getBytes(StandardCharsets.UTF_8);
                    for (int i = 0; i < 2048; i++) o.write(chunk);
                    o.write("\"}".getBytes(StandardCharsets.UTF_8));
                }
                case NONE -> {
                    ex.sendResponseHeaders(status, body.length);
                    o.write(body);
                }
                case DRIP -> {
                    ex.sendResponseHeaders(status, body.length);
                    for (byte x : body) {
                        o.write(x);
                        o.flush();
                        pause(300);
                    }
                }
            }
        } catch (IOException closedByHarness) {
            // expected: the harness stops reading at its limit or deadline
        }
    }

    /** Sleeps, keeping the interrupt: hostile answers stop when the test ends. */
    static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
