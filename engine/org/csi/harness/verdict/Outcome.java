package org.csi.harness.verdict;

/** Clause outcomes of conformance-levels.md §1. */
public enum Outcome {
    PASS, FAIL, NOT_APPLICABLE, CANNOT_TELL
}
