package org.csi.harness.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.csi.harness.config.ConfigException;
import org.csi.harness.fixtures.Fixtures;
import org.csi.harness.store.StoreCommands;
import org.csi.harness.run.ConformanceRun;
import org.csi.harness.target.EmbeddedReference;
import org.csi.harness.verdict.ClauseCatalog;
import org.csi.harness.verdict.Scoring;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The command tree, as picocli parses it: every option is declared once, here or in {@link RunOptions}, and each
 * command hands typed values to the class that does the work. Exit statuses are {@link Csi}'s.
 */
final class Commands {
    private Commands() {}

    @Command(name = "csi", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
            description = "CSI conformance harness: runs the CSI Standards Pack's scenarios against a solution and writes scorecards, Allure reports and certification packages.",
            footerHeading = "%nExit status:%n",
            footer = {"  0  every declared standard CONFORMANT (run), package written or verified,",
                    "     or --exit-zero",
                    "  1  a declared standard NON_CONFORMANT, or a package that does not verify",
                    "  2  bad arguments or configuration",
                    "  3  target unreachable",
                    "  4  harness error",
                    "  5  not certifiable (a clause CANNOT_TELL, or a provisional run)",
                    "  6  a declared standard INCOMPLETE (none NON_CONFORMANT)"},
            subcommands = {RunCmd.class, CertifyCmd.class, VerifyCmd.class, PilotCmd.class, ServeCmd.class, CheckCmd.class, FaultsCmd.class,
                    CommandLine.HelpCommand.class})
    static final class Root implements Callable<Integer> {
        final Io io;
        @Spec CommandLine.Model.CommandSpec spec;
        @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
                description = "on a harness error, print its stack trace (by default: one line)")
        boolean verbose;

        Root(Io io) {
            this.io = io;
        }

        /** {@code csi} alone: the usage, and exit 2, since nothing was asked for. */
        @Override
        public Integer call() {
            spec.commandLine().usage(io.out(), spec.commandLine().getColorScheme());
            return Csi.BAD_CONFIG;
        }
    }

    /** Where a command prints, and whether in colour: given by {@link Csi} to the root, read by every subcommand. */
    record Io(PrintStream out, PrintStream err, boolean colour) {}

    static Io io(CommandLine.Model.CommandSpec spec) {
        return ((Root) spec.root().userObject()).io;
    }

    @Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false, description = "a conformance run; prints the scorecard summary and where the reports are")
    static final class RunCmd extends RunOptions implements Callable<Integer> {
        @Spec CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintStream out = io(spec).out();
            long t0 = System.nanoTime();
            ConformanceRun.Report report = ConformanceRun.execute(options(out));
            Summary.print(report, out, Duration.ofNanos(System.nanoTime() - t0), io(spec).colour());
            int status = exitZero ? Csi.OK : Csi.exitStatus(report.score().standards().stream().map(Scoring.StandardResult::verdict).toList());
            return published(status, null, out, io(spec).err());
        }
    }

    @Command(name = "certify", mixinStandardHelpOptions = true, sortOptions = false,
            description = "runs with the pack's windows, then writes a signed certification package if no clause is CANNOT_TELL")
    static final class CertifyCmd extends RunOptions implements Callable<Integer> {
        @Spec CommandLine.Model.CommandSpec spec;
        @Option(names = "--package", paramLabel = "FILE", description = "where the package goes (default: <out>.certification.zip)") Path pkg;
        @Option(names = "--signing-key", paramLabel = "KEY.pem", description = "the assessment body's private key (with --signing-pub; default: from --config, else a new pair beside the package)") Path key;
        @Option(names = "--signing-pub", paramLabel = "PUB.pem", description = "its public key") Path pub;

        @Override
        public Integer call() {
            int status = Certify.certify(this, io(spec).out(), io(spec).colour());
            return status == Csi.OK ? published(status, Certify.packagePath(this), io(spec).out(), io(spec).err()) : status;
        }
    }

    @Command(name = "verify", mixinStandardHelpOptions = true, sortOptions = false,
            description = "checks a certification package offline: every file's SHA-256, the signature, and the verdicts recomputed from the outcomes")
    static final class VerifyCmd implements Callable<Integer> {
        @Spec CommandLine.Model.CommandSpec spec;
        @Parameters(paramLabel = "PACKAGE", description = "the certification package (.zip)") Path pkg;
        @Option(names = "--key", paramLabel = "SIGNER.pub", description = "a pinned signer's public key (repeatable)") List<Path> keys = List.of();
        @Option(names = "--trust-store", paramLabel = "FILE|DIR", description = "a trust-store file (accepted assessment-body keys with validity and revocation, see README) or a folder of trusted public keys (*.pub, *.pem)") Path trustStore;

        @Override
        public Integer call() {
            return Certify.verify(pkg, keys, trustStore, io(spec).out(), io(spec).err());
        }
    }

    @Command(name = "pilot", mixinStandardHelpOptions = true, sortOptions = false,
            description = "the pilot scorecard (JSON and a self-contained HTML page) over the latest run of each solution")
    static final class PilotCmd implements Callable<Integer> {
        @Spec CommandLine.Model.CommandSpec spec;
        @Parameters(paramLabel = "RUN_DIR", arity = "0..*", description = "run folders (or folders of run folders)") List<Path> runs = List.of();
        @Option(names = "--from", paramLabel = "URI", description = "instead of RUN_DIRs: the latest complete run of each solution in this results store (s3://bucket/prefix or a folder)") String from;
        @Option(names = "--out", paramLabel = "DIR", required = true, description = "where the pilot scorecard goes") Path out;
        @Option(names = "--consent", paramLabel = "FILE", description = "which solutions agreed to be named (see README)") Path consent;
        @Option(names = "--publish", description = "the public edition: solutions without consent are shown by their keys") boolean publish;
        @Option(names = "--pilot-id", paramLabel = "ID", defaultValue = "CSI-PILOT", description = "the pilot's name (default: ${DEFAULT-VALUE})") String id;

        @Override
        public Integer call() {
            if ((from == null) == runs.isEmpty()) throw new ConfigException("csi pilot takes RUN_DIRs or --from URI, one of the two (see csi pilot --help)");
            if (from != null) return StoreCommands.pilotFrom(from, out, consent, publish, id, io(spec).out());
            return Pilot.pilot(runs, out, consent, publish, id, io(spec).out());
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
            description = "pre-flight, no run: reaches the capability document, obtains a token for every credential, tries every API key (exit 0 all well, 2 a refused secret, 3 unreachable)")
    static final class CheckCmd implements Callable<Integer> {
        @Spec CommandLine.Model.CommandSpec spec;
        @Option(names = "--target", paramLabel = "URL", required = true, description = "the solution") String target;
        @Option(names = "--config", paramLabel = "FILE", required = true, description = "its credentials, as for csi run") Path config;

        @Override
        public Integer call() {
            return Check.check(target, config, io(spec).out(), io(spec).err());
        }
    }

    @Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
            description = "the pilot registry: receives certification packages from assessment bodies, verifies and keeps them, serves the pilot scorecard; runs until stopped")
    static final class ServeCmd implements Callable<Integer> {
        @Spec CommandLine.Model.CommandSpec spec;
        @Option(names = "--config", paramLabel = "FILE", required = true, description = "bodies and token hashes, database, data folder, consent (see README)") Path config;
        @Option(names = "--port", paramLabel = "N", description = "listen on this port (default: the file's, else a free one)") Integer port;

        @Override
        public Integer call() {
            try {
                return org.csi.harness.registry.Serve.serve(config, port, io(spec).out());
            } catch (java.io.IOException e) {
                throw new ConfigException("csi serve cannot listen: " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Csi.OK;
            }
        }
    }

    @Command(name = "faults", mixinStandardHelpOptions = true, description = "lists the reference solution's fault and variant switches")
    static final class FaultsCmd implements Callable<Integer> {
        @Spec CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintStream out = io(spec).out();
            EmbeddedReference.faults().forEach(f -> out.printf("%-36s %-7s %s%n", f[0], f[1], f[2]));
            out.println("\nVariants (conformant alternatives the pack allows; same switch list):");
            EmbeddedReference.variants().forEach(v -> out.printf("%-36s %s (%s)%n", v[0], v[2], v[1]));
            return Csi.OK;
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"csi harness " + ConformanceRun.harnessVersion(), "CSI Standards Pack " + ClauseCatalog.load().packVersion(),
                    "fixture set " + Fixtures.SET_VERSION};
        }
    }
}
