package org.csi.harness.run;

import io.cucumber.core.gherkin.Pickle;
import io.cucumber.core.order.PickleOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * The order in which a run hands its scenarios to Cucumber's threads: those tagged {@value #TAG} (scenarios that watch
 * real time for minutes, MON-06's 300 s and MON-10's 10 min) first, everything else after them in its usual order.
 * Cucumber's pool takes scenarios in this order, so the long watches start at once and run while the rest of the suite
 * runs on the other threads; the run gives one extra thread per long-window scenario (they wait, they do not compute),
 * so that the wall time is max(window, rest) and not their sum.
 */
final class LongWindowsFirst implements PickleOrder {
    static final String TAG = "@long-window";
    /** The most extra threads a run adds for long-window scenarios. */
    static final int MAX_EXTRA_THREADS = 4;

    @Override
    public List<Pickle> orderPickles(List<Pickle> pickles) {
        List<Pickle> ordered = new ArrayList<>(pickles.size());
        pickles.stream().filter(LongWindowsFirst::isLong).forEach(ordered::add);
        pickles.stream().filter(p -> !isLong(p)).forEach(ordered::add);
        return ordered;
    }

    static boolean isLong(Pickle p) {
        return p.getTags().contains(TAG);
    }

    /** The threads a run uses: those asked for, plus one per long-window scenario planned (at most {@value #MAX_EXTRA_THREADS}). */
    static int threads(int asked, long longWindows) {
        return Math.max(1, asked) + (int) Math.min(longWindows, MAX_EXTRA_THREADS);
    }
}
