package org.csi.harness.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.csi.harness.config.ConfigException;
import org.csi.harness.store.StoreCommands;

/**
 * {@code csi run|certify ... --store URI} (run, then publish the complete run) and {@code csi pilot --from URI --out DIR}.
 * Takes its own options off the command line and hands the rest to the command as it is.
 */
final class StoreCli {
    private StoreCli() {}

    static boolean handles(String[] args) {
        List<String> a = List.of(args);
        if (a.isEmpty()) return false;
        return (a.get(0).equals("run") || a.get(0).equals("certify")) && a.contains("--store") || a.get(0).equals("pilot") && a.contains("--from");
    }

    /** {@code command} runs the remaining arguments as csi would and returns its exit status. */
    static int run(String[] args, PrintStream out, Function<String[], Integer> command) {
        return args[0].equals("pilot") ? pilot(args, out) : runThenPublish(args, out, command);
    }

    private static int runThenPublish(String[] args, PrintStream out, Function<String[], Integer> command) {
        List<String> rest = new ArrayList<>();
        String store = null, outDir = null, pkg = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--store" -> store = RunArgs.value(args, ++i, "--store");
                case "--out" -> { outDir = RunArgs.value(args, ++i, "--out"); rest.add("--out"); rest.add(outDir); }
                case "--package" -> { pkg = RunArgs.value(args, ++i, "--package"); rest.add("--package"); rest.add(pkg); }
                default -> rest.add(args[i]);
            }
        }
        if (outDir == null) { // the run's default folder, named here so that it is known which folder to publish
            String home = System.getenv("CSI_HOME");
            Path root = home == null ? Path.of("reports") : Path.of(home, "reports");
            outDir = root.resolve("runs").resolve(LocalDateTime.now().format(DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss-SSS"))).toString();
            rest.add("--out");
            rest.add(outDir);
        }
        int status = command.apply(rest.toArray(String[]::new));
        Path run = Path.of(outDir);
        Path certification = null;
        if (args[0].equals("certify") && status == Csi.OK) {
            certification = pkg != null ? Path.of(pkg) : run.toAbsolutePath().resolveSibling(run.getFileName() + ".certification.zip");
        }
        try {
            StoreCommands.publish(run, certification, store, out);
        } catch (ConfigException e) {
            out.println("csi: " + e.getMessage());
            return status == Csi.OK ? Csi.HARNESS_ERROR : status;
        }
        return status;
    }

    private static int pilot(String[] args, PrintStream out) {
        String from = null, outDir = null, consent = null, id = null;
        boolean publish = false;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--from" -> from = RunArgs.value(args, ++i, "--from");
                case "--out" -> outDir = RunArgs.value(args, ++i, "--out");
                case "--consent" -> consent = RunArgs.value(args, ++i, "--consent");
                case "--publish" -> publish = true;
                case "--pilot-id" -> id = RunArgs.value(args, ++i, "--pilot-id");
                default -> throw new ConfigException("csi pilot --from reads its runs from the store, not from '" + args[i] + "' (usage: csi pilot --from URI --out DIR [--consent FILE] [--publish] [--pilot-id ID])");
            }
        }
        if (outDir == null) throw new ConfigException("usage: csi pilot --from URI --out DIR [--consent FILE] [--publish] [--pilot-id ID]");
        return StoreCommands.pilotFrom(from, Path.of(outDir), consent == null ? null : Path.of(consent), publish, id, out);
    }
}
