package org.csi.harness.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.csi.harness.config.ConfigException;
import org.csi.harness.run.ConformanceRun;
import org.csi.harness.target.EmbeddedReference;
import org.csi.harness.verdict.Scoring;
import org.csi.harness.verdict.Verdict;

/**
 * The command line: {@code csi run|certify|verify|faults}. Exit status, as test runners tell CI: 0 every declared
 * standard CONFORMANT (or --exit-zero; a package written or verified); 1 a declared standard NON_CONFORMANT, or a
 * package that does not verify; 2 bad arguments or configuration; 3 target unreachable; 4 harness error; 5 not
 * certifiable (CANNOT_TELL); 6 no declared standard NON_CONFORMANT but one INCOMPLETE.
 */
public final class Csi {
    public static final int OK = 0, NOT_CONFORMANT = 1, BAD_CONFIG = 2, UNREACHABLE = 3, HARNESS_ERROR = 4, NOT_CERTIFIABLE = 5,
            INCOMPLETE = 6;

    private static final String USAGE = """
            usage: csi run [--target URL] [--config FILE] [--standards CSI-GEN,CSI-CAT] [--tags EXPR]
                           [--out DIR] [--threads N] [--no-html] [--exit-zero] [--reference-faults F1,F2]
                           [--rerun-failed RUN_DIR] [--quick]
              --target URL        the solution to test (default: the embedded reference solution)
              --config FILE       credentials per tenant and role, timeouts (example: fixtures/config/example-config.json)
              --standards LIST    only these standards' scenarios (clauses left out are CANNOT_TELL;
                                  GEN-01 always runs, since the declaration decides what applies)
              --tags EXPR         Cucumber tag expression, e.g. "@GEN-04 or @CAT-01"
              --out DIR           output folder (default: reports/runs/<time>); must be new or empty
              --threads N         scenarios in parallel (default 2)
              --no-html           skip the Allure HTML report (results are still written)
              --exit-zero         exit 0 whatever the verdicts (exploratory runs); by default a run exits 1 when
                                  a declared standard is NON_CONFORMANT, 6 when one is INCOMPLETE
              --strict            the default now; accepted so that older scripts keep working
              --reference-faults  start the embedded reference with these faults and variants (see: csi faults)
              --reference-variants  the same list, by another name (variants and faults may be mixed in either)
              --rerun-failed DIR  run only the clauses that FAILed or were CANNOT_TELL in the run in DIR
              --quick             vendors' inner loop: shorter real-time observation windows (MON-06 300 s → 10 s,
                                  MON-10 10 min → 60 s; bounds such as MON-09's 60 s stay); the scorecard is
                                  provisional and certify refuses it
            usage: csi certify [run options] [--package FILE] [--signing-key KEY.pem --signing-pub PUB.pem]
              runs, then, only if no clause is CANNOT_TELL, writes a signed certification package
              (default: <out>.certification.zip; without a key pair, a new one is written beside the package)
            usage: csi verify PACKAGE --key SIGNER.pub | --trust-store DIR
              checks every file's SHA-256, the Ed25519 signature and the verdicts recomputed from the outcomes
            usage: csi pilot RUN_DIR... --out DIR [--consent FILE] [--publish] [--pilot-id ID]
              the pilot scorecard (JSON and a self-contained HTML page) over the latest run of each solution;
              --publish shows solutions without consent (see the consent file) by their keys
            usage: csi check --target URL --config FILE
              pre-flight: reaches the capability document, obtains a token for every credential, tries every API
              key; names a refused secret by its tenant and role; starts no run (exit 0 all well, 2, 3)
            usage: csi --version | csi COMMAND --help
            usage: csi faults     lists the reference solution's fault switches
            exit status: 0 every declared standard CONFORMANT (run), package written or verified, or --exit-zero;
                         1 a declared standard NON_CONFORMANT, or package not verified; 2 bad arguments or
                         configuration; 3 target unreachable; 4 harness error; 5 not certifiable (CANNOT_TELL);
                         6 a declared standard INCOMPLETE (none NON_CONFORMANT)
            """;

    /**
     * Every {@link Throwable} ends here, OutOfMemoryError included, as exit 4; and the JVM ends: System.exit is always
     * reached, and should a shutdown hook hang, a watchdog halts it, so that no thread (a server's non-daemon
     * dispatcher, say) keeps a finished run alive.
     */
    public static void main(String[] args) {
        // Made before any work, so that ending needs no allocation (after an OutOfMemoryError there may be none).
        CountDownLatch ending = new CountDownLatch(1);
        int[] status = {HARNESS_ERROR};
        Thread watchdog = new Thread(() -> {
            try {
                ending.await();
                Thread.sleep(15_000);
            } catch (InterruptedException ignored) {
                // halting anyway
            }
            Runtime.getRuntime().halt(status[0]);
        }, "csi-exit-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        try {
            status[0] = run(args, System.out, System.err);
        } catch (Throwable t) {
            harnessError(t, System.err);
        } finally {
            ending.countDown();
            try {
                System.exit(status[0]);
            } catch (Throwable t) {
                Runtime.getRuntime().halt(status[0]);
            }
        }
    }

    /** Says what went wrong, as far as the JVM still can (after an OutOfMemoryError, printing may fail too). */
    private static void harnessError(Throwable t, PrintStream err) {
        try {
            err.println("csi: harness error: " + t);
            t.printStackTrace(err);
        } catch (Throwable ignored) {
            // nothing more can be written; the exit status still says harness error
        }
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("help")) {
            out.print(USAGE);
            return args.length == 0 ? BAD_CONFIG : OK;
        }
        if (args[0].equals("--help") || args[0].equals("-h")) {
            out.print(USAGE);
            return OK;
        }
        int asked = Commands.helpOrVersion(args, out);
        if (asked >= 0) return asked;
        try {
            return switch (args[0]) {
                case "run" -> runCommand(args, out);
                case "certify" -> Certify.certify(args, out);
                case "verify" -> Certify.verify(args, out, err);
                case "pilot" -> Pilot.pilot(args, out);
                case "check" -> Check.check(args, out, err);
                case "serve" -> Commands.serve(args, out);
                case "faults" -> {
                    EmbeddedReference.faults().forEach(f -> out.printf("%-36s %-7s %s%n", f[0], f[1], f[2]));
                    out.println("\nVariants (conformant alternatives the pack allows; same switch list):");
                    EmbeddedReference.variants().forEach(v -> out.printf("%-36s %s (%s)%n", v[0], v[2], v[1]));
                    yield OK;
                }
                default -> throw new ConfigException("unknown command '" + args[0] + "' (try: csi run, csi check, csi faults, csi --help)");
            };
        } catch (ConfigException e) {
            err.println("csi: " + e.getMessage());
            return BAD_CONFIG;
        } catch (ConformanceRun.TargetUnreachable e) {
            err.println("csi: " + e.getMessage());
            return UNREACHABLE;
        } catch (RuntimeException | Error e) {
            harnessError(e, err);
            return HARNESS_ERROR;
        }
    }

    private static int runCommand(String[] args, PrintStream out) {
        RunArgs r = RunArgs.parse(args, Set.of());
        long t0 = System.nanoTime();
        ConformanceRun.Report report = ConformanceRun.execute(r.options(out));
        Summary.print(report, out, Duration.ofNanos(System.nanoTime() - t0));
        return r.exitZero ? OK : exitStatus(report.score().standards().stream().map(Scoring.StandardResult::verdict).toList());
    }

    /** A run's exit status from the verdicts of its standards: NON_CONFORMANT wins over INCOMPLETE; undeclared ones do not count. */
    static int exitStatus(Collection<Verdict> verdicts) {
        if (verdicts.contains(Verdict.NON_CONFORMANT)) return NOT_CONFORMANT;
        if (verdicts.contains(Verdict.INCOMPLETE)) return INCOMPLETE;
        return OK;
    }
}
