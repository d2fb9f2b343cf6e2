package org.csi.harness.verdict;

/** Verdict per standard, conformance-levels.md §4. */
public enum Verdict {
    NOT_DECLARED, CONFORMANT, NON_CONFORMANT, INCOMPLETE
}
