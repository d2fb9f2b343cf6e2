package org.csi.harness;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Matrix rows run side by side (each has its own reference, ports, tokens and clocks, and a row mostly waits):
 * csi.matrix.parallel at a time, 2 unless set. Each row is judged by itself as before; only the wall time shrinks.
 */
final class MatrixRows {
    static final int PARALLEL = Math.max(1, Integer.getInteger("csi.matrix.parallel", 2));

    private MatrixRows() {}

    /** A pool of {@link #PARALLEL} daemon threads for one matrix's rows (idle threads never keep the test JVM alive). */
    static ExecutorService pool(String name) {
        return Executors.newFixedThreadPool(PARALLEL, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }
}
