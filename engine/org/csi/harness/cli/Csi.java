package org.csi.harness.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.Set;
import org.csi.harness.config.ConfigException;
import org.csi.harness.run.ConformanceRun;
import org.csi.harness.target.EmbeddedReference;

/**
 * The command line: {@code csi run [options]}. Exit status: 0 the run completed (whatever the verdict);
 * 1 completed, not conformant, with --strict; 2 bad arguments or configuration; 3 target unreachable;
 * 4 harness error.
 */
public final class Csi {
    public static final int OK = 0, NOT_CONFORMANT = 1, BAD_CONFIG = 2, UNREACHABLE = 3, HARNESS_ERROR = 4;

    private static final String USAGE = """
            usage: csi run [--target URL] [--config FILE] [--standards CSI-GEN,CSI-CAT] [--tags EXPR]
                           [--out DIR] [--threads N] [--no-html] [--strict] [--reference-faults F1,F2]
              --target URL        the solution to test (default: the embedded reference solution)
              --config FILE       credentials per tenant and role, timeouts (example: fixtures/config/example-config.json)
              --standards LIST    only these standards' scenarios (clauses left out are CANNOT_TELL;
                                  GEN-01 always runs, since the declaration decides what applies)
              --tags EXPR         Cucumber tag expression, e.g. "@GEN-04 or @CAT-01"
              --out DIR           output folder (default: reports/runs/<time>); must be new or empty
              --threads N         scenarios in parallel (default 2)
              --no-html           skip the Allure HTML report (results are still written)
              --strict            exit 1 when a declared standard is not CONFORMANT
              --reference-faults  start the embedded reference with these faults (see: csi faults)
            exit status: 0 completed, 1 not conformant (--strict), 2 bad arguments or configuration,
                         3 target unreachable, 4 harness error
            other commands: csi faults   (list the reference solution's fault switches)
            """;

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
            out.print(USAGE);
            return args.length == 0 ? BAD_CONFIG : OK;
        }
        try {
            return switch (args[0]) {
                case "run" -> runCommand(args, out);
                case "faults" -> {
                    EmbeddedReference.faults().forEach(f -> out.printf("%-36s %-7s %s%n", f[0], f[1], f[2]));
                    yield OK;
                }
                default -> throw new ConfigException("unknown command '" + args[0] + "' (try: csi run, csi faults, csi --help)");
            };
        } catch (ConfigException e) {
            err.println("csi: " + e.getMessage());
            return BAD_CONFIG;
        } catch (ConformanceRun.TargetUnreachable e) {
            err.println("csi: " + e.getMessage());
            return UNREACHABLE;
        } catch (RuntimeException e) {
            err.println("csi: harness error: " + e);
            e.printStackTrace(err);
            return HARNESS_ERROR;
        }
    }

    private static int runCommand(String[] args, PrintStream out) {
        String target = null, tags = null, faults = null;
        Path config = null, dir = null;
        Set<String> standards = null;
        int threads = 2;
        boolean html = true, strict = false;
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--target" -> target = value(args, ++i, a);
                case "--config" -> config = Path.of(value(args, ++i, a));
                case "--standards" -> standards = standards(value(args, ++i, a));
                case "--tags" -> tags = value(args, ++i, a);
                case "--out" -> dir = Path.of(value(args, ++i, a));
                case "--threads" -> threads = threads(value(args, ++i, a));
                case "--no-html" -> html = false;
                case "--strict" -> strict = true;
                case "--reference-faults" -> faults = value(args, ++i, a);
                default -> throw new ConfigException("unknown option '" + a + "' (see csi --help)");
            }
        }
        if (config != null && !Files.isRegularFile(config)) throw new ConfigException("configuration file not found: " + config);
        if (target != null && faults != null) throw new ConfigException("--reference-faults applies to the embedded reference only, not to --target");
        if (dir == null) {
            String home = System.getenv("CSI_HOME");
            Path root = home == null ? Path.of("reports") : Path.of(home, "reports");
            dir = root.resolve("runs").resolve(LocalDateTime.now().format(DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss-SSS")));
        }
        long t0 = System.nanoTime();
        ConformanceRun.Report report = ConformanceRun.execute(new ConformanceRun.Options(target, config, standards, tags, dir,
                threads, html, faults, null, out));
        Summary.print(report, out, Duration.ofNanos(System.nanoTime() - t0));
        boolean conformant = report.score().standards().stream()
                .allMatch(s -> s.verdict().name().equals("CONFORMANT") || s.verdict().name().equals("NOT_DECLARED"));
        return strict && !conformant ? NOT_CONFORMANT : OK;
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length || args[i].startsWith("--")) throw new ConfigException(option + " needs a value");
        return args[i];
    }

    private static Set<String> standards(String list) {
        Set<String> ids = new LinkedHashSet<>();
        for (String s : list.split(",")) {
            String id = s.trim().toUpperCase();
            if (!id.matches("CSI-(GEN|CAT|UW|RQ|MON|ER|CLM)")) {
                throw new ConfigException("--standards: unknown standard '" + s.trim() + "' (known: CSI-GEN, CSI-CAT, CSI-UW, CSI-RQ, CSI-MON, CSI-ER, CSI-CLM)");
            }
            ids.add(id);
        }
        return ids;
    }

    private static int threads(String v) {
        try {
            int n = Integer.parseInt(v);
            if (n >= 1 && n <= 64) return n;
        } catch (NumberFormatException e) {
            // fall through
        }
        throw new ConfigException("--threads must be a whole number from 1 to 64, not '" + v + "'");
    }
}
