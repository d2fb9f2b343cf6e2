package org.csi.harness;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.Executors;
import java.util.zip.GZIPOutputStream;

/** Bodies a hostile solution sends, and the loopback server that sends them. */
final class HostileBodies {
    private HostileBodies() {}

    /**
     * {@code mebibytes} MiB of zeros as gzip: one 1 MiB member, repeated (GZIPInputStream reads concatenated members
     * as one stream), so that a bomb of 1 GiB decoded takes no time to make and about 1 MiB on the wire.
     */
    static byte[] gzipOfZeros(int mebibytes) throws IOException {
        ByteArrayOutputStream member = new ByteArrayOutputStream();
        try (GZIPOutputStream g = new GZIPOutputStream(member)) {
            g.write(new byte[1 << 20]);
        }
        byte[] one = member.toByteArray();
        ByteArrayOutputStream all = new ByteArrayOutputStream(one.length * mebibytes);
        for (int i = 0; i < mebibytes; i++) all.write(one);
        return all.toByteArray();
    }

    /** A server on a loopback port of its own (port 0), its handler threads daemons; not started. */
    static HttpServer loopbackServer() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r);
            t.setDaemon(true);
            return t;
        }));
        return server;
    }

    /** Sends {@code body} as JSON; a harness that stops reading at a cap closes the connection, which is expected. */
    static void sendJson(HttpExchange ex, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(200, body.length);
        try (OutputStream o = ex.getResponseBody()) {
            o.write(body);
        } catch (IOException closedByHarness) {
            // expected: the harness stops reading at a cap
        }
    }
}
