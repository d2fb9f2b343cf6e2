package org.csi.harness.registry;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/** csi serve --config FILE [--port N]: runs the pilot registry until the process is stopped. */
public final class Serve {
    private Serve() {}

    /** Starts the registry from the configuration file ({@code port} null: the file's, else 0), prints its URL, blocks. */
    public static int serve(Path config, Integer port, PrintStream out) throws IOException, InterruptedException {
        RegistryServer server = start(config, port, out);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "csi-serve-stop"));
        stopped.await();
        return 0;
    }

    /** Reads the configuration, starts the registry and prints where it listens; the caller closes it. */
    public static RegistryServer start(Path config, Integer port, PrintStream out) throws IOException {
        RegistryConfig c = RegistryConfig.read(config);
        if (port != null) c = c.withPort(port);
        RegistryServer server = RegistryServer.start(c, new SigningKeyCheck());
        out.println("csi serve: pilot registry listening on " + server.uri() + " (database " + c.database().url().replaceAll("[;?].*", "")
                + ", " + c.bodies().size() + " assessment bodies)");
        if (c.store() != null) {
            StoreImport.Summary i = server.initialImport();
            out.println("  results store " + c.store() + ": " + i.kept() + " packages kept, " + i.refused() + " refused, " + i.already() + " kept before (rescanned every minute)");
        }
        out.println("  POST " + server.uri() + "packages   GET " + server.uri() + "pilot   GET " + server.uri() + "pilot.json");
        out.flush();
        return server;
    }
}
