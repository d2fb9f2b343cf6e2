package org.csi.harness.verdict;

/** The judged outcome of one clause in one run, with its one-line reason when it is not PASS. */
public record ClauseOutcome(Clause clause, Outcome outcome, String reason, int evidenceCount) {}
