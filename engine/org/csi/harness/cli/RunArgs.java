package org.csi.harness.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.Set;
import org.csi.harness.config.ConfigException;
import org.csi.harness.run.ConformanceRun;

/** The options of csi run (and of csi certify, which runs first), parsed into run options. */
final class RunArgs {
    String target;
    String tags;
    String faults;
    Path config;
    Path out;
    Set<String> standards;
    int threads = 2;
    boolean html = true;
    /** Quick mode: shorter observation windows, a provisional scorecard (certify refuses it). */
    boolean quick;
    /** Exit 0 whatever the verdicts (an exploratory run); without it a run that is not CONFORMANT exits 1 or 6. */
    boolean exitZero;
    Path rerun;
    /** Only the summary: the run's progress lines are not printed. */
    boolean quiet;
    /** Options this parser does not know, for the command that uses it to take (e.g. certify's --package). */
    final java.util.Map<String, String> extra = new java.util.LinkedHashMap<>();

    static RunArgs parse(String[] args, Set<String> extraOptions) {
        RunArgs r = new RunArgs();
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--target" -> r.target = value(args, ++i, a);
                case "--config" -> r.config = Path.of(value(args, ++i, a));
                case "--standards" -> r.standards = standards(value(args, ++i, a));
                case "--tags" -> r.tags = value(args, ++i, a);
                case "--out" -> r.out = Path.of(value(args, ++i, a));
                case "--threads" -> r.threads = threads(value(args, ++i, a));
                case "--no-html" -> r.html = false;
                case "--quick" -> r.quick = true;
                case "--quiet", "-q" -> r.quiet = true;
                case "--verbose", "-v" -> r.quiet = false;
                case "--exit-zero" -> r.exitZero = true;
                case "--strict" -> r.exitZero = false;
                case "--reference-faults" -> r.faults = value(args, ++i, a);
                // An alias: variant names go into the same switch list as faults (the reference tells them apart).
                case "--reference-variants" -> r.faults = r.faults == null ? value(args, ++i, a) : r.faults + "," + value(args, ++i, a);
                case "--rerun-failed" -> r.rerun = Path.of(value(args, ++i, a));
                default -> {
                    if (!extraOptions.contains(a)) throw new ConfigException("unknown option '" + a + "' (see csi --help)");
                    r.extra.put(a, value(args, ++i, a));
                }
            }
        }
        if (r.config != null && Files.isDirectory(r.config)) throw new ConfigException("--config " + r.config + " is a folder, not a configuration file");
        if (r.config != null && !Files.isRegularFile(r.config)) throw new ConfigException("configuration file not found: " + r.config);
        if (r.out != null && Files.exists(r.out) && !Files.isDirectory(r.out)) {
            throw new ConfigException("--out " + r.out + " is a file, not a folder (the run writes a folder of reports)");
        }
        if (r.target != null && r.faults != null) throw new ConfigException("--reference-faults applies to the embedded reference only, not to --target");
        if (r.rerun != null) r.tags = RerunSelection.tags(r.rerun, r.tags);
        if (r.out == null) {
            String home = System.getenv("CSI_HOME");
            Path root = home == null ? Path.of("reports") : Path.of(home, "reports");
            r.out = root.resolve("runs").resolve(LocalDateTime.now().format(DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss-SSS")));
        }
        return r;
    }

    ConformanceRun.Options options(java.io.PrintStream out) {
        if (quiet) out = new java.io.PrintStream(java.io.OutputStream.nullOutputStream(), true, java.nio.charset.StandardCharsets.UTF_8);
        return new ConformanceRun.Options(target, config, standards, tags, this.out, threads, html, faults, null, out, quick);
    }

    static String value(String[] args, int i, String option) {
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
