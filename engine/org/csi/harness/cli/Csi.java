package org.csi.harness.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.concurrent.CountDownLatch;
import org.csi.harness.config.ConfigException;
import org.csi.harness.run.ConformanceRun;
import org.csi.harness.verdict.Verdict;
import picocli.CommandLine;

/**
 * The command line ({@link Commands}): {@code csi run|certify|verify|pilot|check|faults}. Exit status, as test runners tell CI: 0 every declared
 * standard CONFORMANT (or --exit-zero; a package written or verified); 1 a declared standard NON_CONFORMANT, or a
 * package that does not verify; 2 bad arguments or configuration; 3 target unreachable; 4 harness error; 5 not
 * certifiable (CANNOT_TELL); 6 no declared standard NON_CONFORMANT but one INCOMPLETE.
 */
public final class Csi {
    public static final int OK = 0, NOT_CONFORMANT = 1, BAD_CONFIG = 2, UNREACHABLE = 3, HARNESS_ERROR = 4, NOT_CERTIFIABLE = 5,
            INCOMPLETE = 6;

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

    /**
     * Made when the class loads, before any work: after an OutOfMemoryError building even a short message may fail,
     * and then these bytes still go out on the process's own error stream.
     */
    private static final FileOutputStream RAW_ERR = new FileOutputStream(FileDescriptor.err);
    private static final byte[] OUT_OF_MEMORY = "csi: harness error: java.lang.OutOfMemoryError (nothing more could be printed)\n"
            .getBytes(StandardCharsets.US_ASCII);
    private static final byte[] UNPRINTABLE = "csi: harness error (nothing more could be printed)\n".getBytes(StandardCharsets.US_ASCII);

    /** Memory set aside at start, given back before a harness error is printed, so that an OutOfMemoryError can be told. */
    private static volatile byte[] reserve = new byte[1 << 20];

    /** Says what went wrong, as far as the JVM still can (after an OutOfMemoryError, printing may fail too). */
    private static void harnessError(Throwable t, PrintStream err) {
        reserve = null;
        try {
            err.println("csi: harness error: " + withCauses(t));
            t.printStackTrace(err);
            err.flush();
        } catch (Throwable printing) {
            try {
                RAW_ERR.write(t instanceof OutOfMemoryError ? OUT_OF_MEMORY : UNPRINTABLE);
            } catch (Throwable ignored) {
                // nothing more can be written; the exit status still says harness error
            }
        }
    }

    /**
     * The error and what caused it, on one line: a class whose initialiser ran out of memory fails later as a
     * NoClassDefFoundError, and the line should still say OutOfMemoryError.
     */
    private static String withCauses(Throwable t) {
        StringBuilder b = new StringBuilder(t.toString());
        for (Throwable c = t.getCause(); c != null && c != t; c = c.getCause()) b.append(" <- ").append(c);
        return b.toString();
    }

    /** Parses with picocli and runs the command; every failure becomes one line on {@code err} and an exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        boolean colour = out == System.out && System.console() != null && System.getenv("NO_COLOR") == null
                && !"dumb".equals(System.getenv("TERM"));
        CommandLine line = new CommandLine(new Commands.Root(new Commands.Io(out, err, colour)));
        line.setColorScheme(CommandLine.Help.defaultColorScheme(colour ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
        line.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        line.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        line.setParameterExceptionHandler((e, ignored) -> {
            err.println("csi: " + argumentProblem(e));
            return BAD_CONFIG;
        });
        line.setExecutionExceptionHandler((e, cmd, parsed) -> failure(e, err, verbose(parsed)));
        try {
            return line.execute(args);
        } catch (Error e) {
            harnessError(e, err);
            return HARNESS_ERROR;
        }
    }

    /** A bad command line in the harness's words: what is wrong and where help is, on one line. */
    private static String argumentProblem(CommandLine.ParameterException e) {
        String command = e.getCommandLine().getCommandName();
        String help = command.equals("csi") ? "csi --help" : "csi " + command + " --help";
        if (e instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            String first = u.getUnmatched().get(0);
            if (first.startsWith("-")) return "unknown option '" + first + "' (see " + help + ")";
            if (command.equals("csi")) return "unknown command '" + first + "' (try: csi run, csi check, csi faults, csi --help)";
            return "unexpected argument '" + first + "' (see " + help + ")";
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip().lines().findFirst().orElse("");
        return message + " (see " + help + ")";
    }

    private static int failure(Exception e, PrintStream err, boolean verbose) {
        if (e instanceof ConfigException) {
            err.println("csi: " + e.getMessage());
            return BAD_CONFIG;
        }
        if (e instanceof ConformanceRun.TargetUnreachable) {
            err.println("csi: " + e.getMessage());
            return UNREACHABLE;
        }
        reserve = null;
        if (verbose) {
            harnessError(e, err);
        } else {
            err.println("csi: harness error: " + withCauses(e) + " (run again with --verbose for the stack trace)");
        }
        return HARNESS_ERROR;
    }

    private static boolean verbose(CommandLine.ParseResult parsed) {
        for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--verbose")) return true;
        }
        return false;
    }

    /** A run's exit status from the verdicts of its standards: NON_CONFORMANT wins over INCOMPLETE; undeclared ones do not count. */
    static int exitStatus(Collection<Verdict> verdicts) {
        if (verdicts.contains(Verdict.NON_CONFORMANT)) return NOT_CONFORMANT;
        if (verdicts.contains(Verdict.INCOMPLETE)) return INCOMPLETE;
        return OK;
    }
}
