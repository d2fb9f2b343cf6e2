package org.csi.harness.time;

import java.time.Duration;

/**
 * How long the scenarios of a run watch real time where the pack names a window (CSI-MON): the pack's own windows in
 * a default run, shorter ones in quick mode ({@code csi run --quick}), whose scorecard is then provisional. Bounds that
 * a solution must meet (MON-09's 60 s) are not windows and never shrink.
 *
 * @param mon06 MON-06: how long no request may reach a cancelled subscription's canaries (pack: 300 s)
 * @param mon10 MON-10: how long the attempts of a retried event may take in all (pack: 10 min)
 * @param mon09 MON-09: the bound on delivery after the scan is first observed COMPLETED (60 s in both modes)
 */
public record ObservationWindows(boolean quick, Duration mon06, Duration mon10, Duration mon09) {
    /** The pack's windows. */
    public static final ObservationWindows PACK = new ObservationWindows(false, Duration.ofSeconds(300), Duration.ofMinutes(10), Duration.ofSeconds(60));
    /** Quick mode: MON-06 watches 10 s and MON-10 allows 60 s; MON-09's bound stays. */
    public static final ObservationWindows QUICK = new ObservationWindows(true, Duration.ofSeconds(10), Duration.ofSeconds(60), Duration.ofSeconds(60));

    public static ObservationWindows of(boolean quick) {
        return quick ? QUICK : PACK;
    }
}
