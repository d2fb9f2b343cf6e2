package org.csi.harness.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.Set;
import org.csi.harness.config.ConfigException;
import org.csi.harness.run.ConformanceRun;
import org.csi.harness.store.StoreCommands;
import picocli.CommandLine.Option;

/**
 * The options of csi run (and of csi certify, which runs first), as picocli binds them; {@link #options} checks them
 * together and turns them into the run's options. Values are checked here, not by picocli's converters, so that a bad
 * value gets the harness's own one-line message (exit 2).
 */
class RunOptions {
    @Option(names = "--target", paramLabel = "URL", description = "the solution to test (default: the embedded reference solution)")
    String target;
    @Option(names = "--config", paramLabel = "FILE", description = "credentials per tenant and role, timeouts (example: fixtures/config/example-config.json)")
    Path config;
    @Option(names = "--standards", paramLabel = "LIST", description = {"only these standards' scenarios, e.g. CSI-GEN,CSI-CAT",
            "(clauses left out are CANNOT_TELL; GEN-01 always runs, since the declaration decides what applies)"})
    String standards;
    @Option(names = "--tags", paramLabel = "EXPR", description = "Cucumber tag expression, e.g. \"@GEN-04 or @CAT-01\"")
    String tags;
    @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: reports/runs/<time>); must be new or empty")
    Path out;
    @Option(names = "--threads", paramLabel = "N", defaultValue = "2", description = "scenarios in parallel, 1 to 64 (default: ${DEFAULT-VALUE})")
    String threads;
    @Option(names = "--no-html", description = "skip the Allure HTML report (its results are still written)")
    boolean noHtml;
    @Option(names = "--exit-zero", description = {"exit 0 whatever the verdicts (exploratory runs); by default a run exits 1 when",
            "a declared standard is NON_CONFORMANT, 6 when one is INCOMPLETE"})
    boolean exitZero;
    @Option(names = "--strict", description = "the default; accepted so that older scripts keep working")
    boolean strict;
    @Option(names = "--reference-faults", paramLabel = "F1,F2", description = "start the embedded reference with these faults and variants (see: csi faults)")
    String faults;
    @Option(names = "--reference-variants", paramLabel = "V1,V2", description = "the same list, by another name (variants and faults may be mixed in either)")
    String variants;
    @Option(names = "--rerun-failed", paramLabel = "RUN_DIR", description = "run only the clauses that FAILed or were CANNOT_TELL in RUN_DIR")
    Path rerun;
    @Option(names = "--quick", description = {"vendors' inner loop: shorter real-time observation windows (MON-06 300 s -> 10 s,",
            "MON-10 10 min -> 60 s); the scorecard is provisional and certify refuses it"})
    boolean quick;
    @Option(names = {"-q", "--quiet"}, description = "print only the scorecard summary, not each scenario's line")
    boolean quiet;
    @Option(names = "--rulings", paramLabel = "FILE", description = {"an assessor's waivers and adjudications (schemas/rulings.schema.json): shown beside",
            "the outcomes, packaged and signed with the run; they never change an outcome, a verdict or the level"})
    Path rulings;
    @Option(names = "--vendor-comments", paramLabel = "FILE", description = "the vendor's comments on failed clauses (schemas/vendor-comments.schema.json), packaged and signed with the run")
    Path vendorComments;
    @Option(names = "--store", paramLabel = "URI", description = {"after the run, publish it (complete runs only) to a results store: s3://bucket/prefix",
            "(endpoint CSI_S3_ENDPOINT, credentials AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, region AWS_REGION) or a folder (file:///path)"})
    String store;

    private static final Set<String> STANDARDS = Set.of("CSI-GEN", "CSI-CAT", "CSI-UW", "CSI-RQ", "CSI-MON", "CSI-ER", "CSI-CLM");

    /** The run's options, once the values are checked together; {@code out} is where progress goes (nowhere with --quiet). */
    ConformanceRun.Options options(PrintStream out) {
        if (config != null && Files.isDirectory(config)) throw new ConfigException("--config " + config + " is a folder, not a configuration file");
        if (config != null && !Files.isRegularFile(config)) throw new ConfigException("configuration file not found: " + config);
        if (this.out != null && Files.exists(this.out) && !Files.isDirectory(this.out)) {
            throw new ConfigException("--out " + this.out + " is a file, not a folder (the run writes a folder of reports)");
        }
        // Variant names go into the same switch list as faults (the reference tells them apart).
        String switches = faults == null ? variants : variants == null ? faults : faults + "," + variants;
        if (target != null && switches != null) throw new ConfigException("--reference-faults applies to the embedded reference only, not to --target");
        String selection = rerun == null ? tags : RerunSelection.tags(rerun, tags);
        PrintStream progress = quiet ? new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8) : out;
        this.out = outDir();   // named once, so that --store publishes the folder the run wrote
        return new ConformanceRun.Options(target, config, standards(), selection, this.out, threads(), !noHtml, switches, null, progress, quick)
                .withRulings(rulings, vendorComments);
    }

    /** With --store: publishes the finished run (and its certification package, when given); a failure to publish is exit 4. */
    int published(int status, Path certificationPackage, PrintStream out, PrintStream err) {
        if (store == null) return status;
        try {
            StoreCommands.publish(this.out, certificationPackage, store, out);
            return status;
        } catch (ConfigException e) {
            err.println("csi: not published: " + e.getMessage());
            return status == Csi.OK ? Csi.HARNESS_ERROR : status;
        }
    }

    private Path outDir() {
        if (out != null) return out;
        String home = System.getenv("CSI_HOME");
        Path root = home == null ? Path.of("reports") : Path.of(home, "reports");
        return root.resolve("runs").resolve(LocalDateTime.now().format(DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss-SSS")));
    }

    private Set<String> standards() {
        if (standards == null) return null;
        Set<String> ids = new LinkedHashSet<>();
        for (String s : standards.split(",")) {
            String id = s.trim().toUpperCase();
            if (!STANDARDS.contains(id)) {
                throw new ConfigException("--standards: unknown standard '" + s.trim() + "' (known: CSI-GEN, CSI-CAT, CSI-UW, CSI-RQ, CSI-MON, CSI-ER, CSI-CLM)");
            }
            ids.add(id);
        }
        return ids;
    }

    private int threads() {
        try {
            int n = Integer.parseInt(threads);
            if (n >= 1 && n <= 64) return n;
        } catch (NumberFormatException e) {
            // fall through
        }
        throw new ConfigException("--threads must be a whole number from 1 to 64, not '" + threads + "'");
    }
}
