package org.csi.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.csi.harness.verdict.Verdict;
import org.junit.jupiter.api.Test;

/** The exit status of a run, from its standards' verdicts: what CI reads. */
class ExitStatusTest {
    @Test
    void nonConformantWinsOverIncompleteAndUndeclaredStandardsDoNotCount() {
        assertEquals(Csi.OK, Csi.exitStatus(List.of(Verdict.CONFORMANT, Verdict.NOT_DECLARED, Verdict.CONFORMANT)));
        assertEquals(Csi.INCOMPLETE, Csi.exitStatus(List.of(Verdict.CONFORMANT, Verdict.INCOMPLETE, Verdict.NOT_DECLARED)));
        assertEquals(Csi.NOT_CONFORMANT, Csi.exitStatus(List.of(Verdict.INCOMPLETE, Verdict.NON_CONFORMANT, Verdict.CONFORMANT)));
        assertEquals(Csi.NOT_CONFORMANT, Csi.exitStatus(List.of(Verdict.NON_CONFORMANT)));
    }

    @Test
    void theCodesAreDistinctAndTheOldOnesKeepTheirNumbers() {
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6), List.of(Csi.OK, Csi.NOT_CONFORMANT, Csi.BAD_CONFIG, Csi.UNREACHABLE, Csi.HARNESS_ERROR,
                Csi.NOT_CERTIFIABLE, Csi.INCOMPLETE));
    }
}
