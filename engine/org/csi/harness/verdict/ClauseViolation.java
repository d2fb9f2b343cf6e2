package org.csi.harness.verdict;

/**
 * The solution contradicted a Test line of a clause. The first line of the message is the one-line reason
 * that goes into the scorecard; the rest is the explanation for the report.
 */
public class ClauseViolation extends AssertionError {
    public ClauseViolation(String message) {
        super(message);
    }

    /** Fails with {@code message} unless {@code condition} holds. */
    public static void require(boolean condition, String message) {
        if (!condition) throw new ClauseViolation(message);
    }
}
