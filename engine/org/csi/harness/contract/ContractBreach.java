package org.csi.harness.contract;

import org.csi.harness.verdict.ClauseViolation;

/**
 * A response broke a rule of the interface contract that a clause of the running scenario owns (see RuleOwners).
 * It is that clause's FAIL wherever it is observed, set-up steps included: the rule is the clause's own.
 */
public class ContractBreach extends ClauseViolation {
    public ContractBreach(String message) {
        super(message);
    }
}
