package org.csi.harness.verdict;

/**
 * A precondition could not be set up (a fixture resource could not be created, a required product is missing).
 * Such a scenario proves nothing either way: its clause is CANNOT_TELL, never PASS or FAIL.
 */
public class FixtureUnavailable extends RuntimeException {
    public FixtureUnavailable(String message, Throwable cause) {
        super(message, cause);
    }

    public FixtureUnavailable(String message) {
        super(message);
    }
}
