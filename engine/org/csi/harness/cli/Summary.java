package org.csi.harness.cli;

import java.io.PrintStream;
import java.time.Duration;
import org.csi.harness.run.ConformanceRun;
import org.csi.harness.verdict.Outcome;
import org.csi.harness.verdict.Scoring;
import picocli.CommandLine;

/** The scorecard summary printed at the end of a run, and where the reports are. */
final class Summary {
    private Summary() {}

    static void print(ConformanceRun.Report report, PrintStream out, Duration took, boolean colour) {
        CommandLine.Help.Ansi ansi = colour ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF;
        Scoring.PackResult s = report.score();
        out.println();
        out.println("记分卡 Scorecard summary");
        out.printf("  %-9s %-15s %6s %5s %5s %6s %5s  %s%n", "standard", "verdict", "score", "PASS", "FAIL", "CANNOT", "N/A", "blocking");
        for (Scoring.StandardResult r : s.standards()) {
            if (r.verdict().name().equals("NOT_DECLARED")) continue;
            out.printf("  %-9s %s %6s %5d %5d %6d %5d  %s%n", r.id(), verdict(ansi, r.verdict().name()), r.score() == null ? "-" : r.score(),
                    r.counts().get(Outcome.PASS), r.counts().get(Outcome.FAIL), r.counts().get(Outcome.CANNOT_TELL),
                    r.counts().get(Outcome.NOT_APPLICABLE), String.join(",", r.blockingFailures()));
        }
        out.printf("  pack score %s · SHOULD pass rate %.1f %% · level %s · %d s%n", s.packScore() == null ? "-" : s.packScore(),
                s.shouldPassRate() * 100, s.level(), took.toSeconds());
        if (report.scorecard() != null && report.scorecard().path("provisional").asBoolean(false)) {
            out.println("  临时 PROVISIONAL: a quick-mode run (shorter observation windows than the pack's); csi certify refuses it");
        }
        out.println();
        out.println("Reports:");
        out.println("  scorecard     " + report.outDir().resolve("scorecard.json").toAbsolutePath());
        out.println("  scorecard     " + report.outDir().resolve("scorecard.html").toAbsolutePath());
        out.println("  evidence      " + report.outDir().resolve("evidence.json").toAbsolutePath());
        out.println("  allure data   " + report.outDir().resolve("allure-results").toAbsolutePath());
        if (report.allureReport() != null) {
            out.println("  allure report " + report.allureReport().resolve("index.html").toAbsolutePath());
        } else if (report.allureError() != null) {
            out.println("  allure report not generated: " + report.allureError());
        }
    }

    /** The verdict padded to its column, green when CONFORMANT and red when not (on a terminal without NO_COLOR). */
    private static String verdict(CommandLine.Help.Ansi ansi, String verdict) {
        String padded = String.format("%-15s", verdict);
        String style = verdict.equals("CONFORMANT") ? "fg(green)" : verdict.equals("NON_CONFORMANT") ? "fg(red),bold" : "fg(yellow)";
        return ansi.string("@|" + style + " " + padded + "|@");
    }
}
