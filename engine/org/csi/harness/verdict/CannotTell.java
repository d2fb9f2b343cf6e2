package org.csi.harness.verdict;

/**
 * Nothing can be said of the clause, and the reason is the harness's, not the solution's: the harness failed
 * (an OutOfMemoryError during an exchange, a bug) or the run's deadline passed. The scenario ends CANNOT_TELL with
 * this message as its reason, never FAIL.
 */
public class CannotTell extends RuntimeException {
    public CannotTell(String reason) {
        super(reason);
    }
}
