package org.csi.harness.support;

import java.util.function.Supplier;
import org.csi.harness.contract.ContractBreach;
import org.csi.harness.verdict.FixtureUnavailable;

/** Runs a set-up step: whatever goes wrong there makes the scenario CANNOT_TELL, not FAIL (conformance-levels.md §1). */
public final class Fixture {
    private Fixture() {}

    public static <T> T setUp(String what, Supplier<T> action) {
        try {
            return action.get();
        } catch (FixtureUnavailable | ContractBreach e) {
            // A broken rule of the scenario's own clause is that clause's FAIL wherever it is observed, set-up included.
            throw e;
        } catch (AssertionError | RuntimeException e) {
            throw new FixtureUnavailable("could not " + what + ": " + e.getMessage(), e);
        }
    }
}
