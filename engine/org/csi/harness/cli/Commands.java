package org.csi.harness.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import org.csi.harness.fixtures.Fixtures;
import org.csi.harness.run.ConformanceRun;
import org.csi.harness.verdict.ClauseCatalog;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The command tree as picocli describes it: per-subcommand help ({@code csi run --help}, exit 0), {@code --version},
 * colour on a terminal (off with NO_COLOR or when not a terminal). Parsing and exit codes of the commands themselves
 * stay in {@link RunArgs}, {@link Certify}, {@link Pilot} and {@link Check}, whose messages tests and scripts rely on.
 */
final class Commands {
    private Commands() {}

    @Command(name = "csi", mixinStandardHelpOptions = true, versionProvider = Version.class,
            description = "CSI conformance harness (exit: 0 conformant, 1 non-conformant, 2 bad arguments, 3 unreachable, 4 harness error, 5 not certifiable, 6 incomplete)",
            subcommands = {RunCmd.class, CertifyCmd.class, VerifyCmd.class, PilotCmd.class, FaultsCmd.class, CheckCmd.class})
    static final class Root {}

    static class RunOptions {
        @Option(names = "--target", paramLabel = "URL", description = "the solution to test (default: the embedded reference)") String target;
        @Option(names = "--config", paramLabel = "FILE", description = "credentials per tenant and role, timeouts") String config;
        @Option(names = "--standards", paramLabel = "LIST", description = "only these standards' scenarios, e.g. CSI-GEN,CSI-CAT") String standards;
        @Option(names = "--tags", paramLabel = "EXPR", description = "Cucumber tag expression, e.g. \"@GEN-04 or @CAT-01\"") String tags;
        @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: reports/runs/<time>)") String out;
        @Option(names = "--threads", paramLabel = "N", description = "scenarios in parallel (default 2)") int threads;
        @Option(names = "--no-html", description = "skip the Allure HTML report") boolean noHtml;
        @Option(names = "--exit-zero", description = "exit 0 whatever the verdicts") boolean exitZero;
        @Option(names = "--strict", description = "the default; accepted for older scripts") boolean strict;
        @Option(names = "--reference-faults", paramLabel = "F1,F2", description = "faults/variants of the embedded reference (see csi faults)") String faults;
        @Option(names = "--reference-variants", paramLabel = "V1,V2", description = "the same list, by another name") String variants;
        @Option(names = "--rerun-failed", paramLabel = "RUN_DIR", description = "only the clauses that FAILed or were CANNOT_TELL in RUN_DIR") String rerun;
        @Option(names = "--quick", description = "shorter observation windows; provisional scorecard") boolean quick;
        // Wire: options.withRulings(Path.of(rulings), Path.of(vendorComments)) on ConformanceRun.Options (either may be null).
        @Option(names = "--rulings", paramLabel = "FILE", description = "an assessor's waivers and adjudications (schemas/rulings.schema.json); shown beside the outcomes, never change them") String rulings;
        @Option(names = "--vendor-comments", paramLabel = "FILE", description = "the vendor's comments on failed clauses (schemas/vendor-comments.schema.json); packaged and signed with the run") String vendorComments;
        @Option(names = {"-q", "--quiet"}, description = "only the summary") boolean quiet;
        @Option(names = {"-v", "--verbose"}, description = "stack traces of harness errors") boolean verbose;
    }

    @Command(name = "run", mixinStandardHelpOptions = true, description = "a conformance run")
    static final class RunCmd extends RunOptions {}

    @Command(name = "certify", mixinStandardHelpOptions = true, description = "runs, then writes a signed certification package if no clause is CANNOT_TELL")
    static final class CertifyCmd extends RunOptions {
        @Option(names = "--package", paramLabel = "FILE") String pkg;
        @Option(names = "--signing-key", paramLabel = "KEY.pem") String key;
        @Option(names = "--signing-pub", paramLabel = "PUB.pem") String pub;
    }

    @Command(name = "verify", mixinStandardHelpOptions = true, description = "checks a certification package's hashes, signature and verdicts")
    static final class VerifyCmd {
        @Parameters(paramLabel = "PACKAGE") String pkg;
        @Option(names = "--key", paramLabel = "SIGNER.pub") String key;
        @Option(names = "--trust-store", paramLabel = "DIR") String trust;
    }

    @Command(name = "pilot", mixinStandardHelpOptions = true, description = "the pilot scorecard over the latest run of each solution")
    static final class PilotCmd {
        @Parameters(paramLabel = "RUN_DIR") String[] runs;
        @Option(names = "--out", paramLabel = "DIR", required = true) String out;
        @Option(names = "--consent", paramLabel = "FILE") String consent;
        @Option(names = "--publish") boolean publish;
        @Option(names = "--pilot-id", paramLabel = "ID") String id;
    }

    @Command(name = "faults", mixinStandardHelpOptions = true, description = "lists the reference solution's fault and variant switches")
    static final class FaultsCmd {}

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "pre-flight: capability document, a token per credential, every API key; starts no run (exit 0 all well, 2 a refused secret, 3 unreachable)")
    static final class CheckCmd {
        @Option(names = "--target", paramLabel = "URL", required = true) String target;
        @Option(names = "--config", paramLabel = "FILE", required = true) String config;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"csi harness " + ConformanceRun.harnessVersion(), "CSI Standards Pack " + ClauseCatalog.load().packVersion(),
                    "fixture set " + Fixtures.SET_VERSION};
        }
    }

    static CommandLine line(PrintStream out) {
        CommandLine c = new CommandLine(new Root());
        boolean colour = out == System.out && System.console() != null && System.getenv("NO_COLOR") == null;
        c.setColorScheme(CommandLine.Help.defaultColorScheme(colour ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
        for (CommandLine sub : c.getSubcommands().values()) sub.setColorScheme(c.getColorScheme());
        c.setOut(new PrintWriter(out, true));
        return c;
    }

    /** Prints help or the version when asked for (returning 0), else returns -1 for the command itself to run. */
    static int helpOrVersion(String[] args, PrintStream out) {
        boolean help = false, version = false;
        for (String a : args) {
            if (a.equals("--help") || a.equals("-h")) help = true;
            if (a.equals("--version") || a.equals("-V")) version = true;
        }
        if (!help && !version) return -1;
        CommandLine root = line(out);
        // An unknown command stays the command dispatcher's error (exit 2), help or not.
        if (args.length > 0 && !args[0].startsWith("-") && !root.getSubcommands().containsKey(args[0])) return -1;
        CommandLine which = args.length > 0 && root.getSubcommands().containsKey(args[0]) ? root.getSubcommands().get(args[0]) : root;
        if (version) root.printVersionHelp(out);
        else which.usage(out, which.getColorScheme());
        out.flush();
        return Csi.OK;
    }
}
