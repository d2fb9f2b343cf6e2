package org.csi.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.csi.harness.cli.Csi;

/**
 * One real certification package for the registry's tests, made once per test JVM by csi certify against the
 * embedded reference (CSI-GEN and CSI-CAT with the pack's windows: a quick run is not certifiable).
 */
final class CertifiedPackage {
    private static Path pkg;

    private CertifiedPackage() {}

    /** The zip; its signing key's public half is beside it as {@code <zip>.pub}. */
    static synchronized Path get() throws Exception {
        if (pkg != null) return pkg;
        Path dir = Files.createTempDirectory("csi-registry-pkg");
        CliTest.Outcome o = CliTest.csi("certify", "--reference-faults", "DECLARE=CSI-GEN+CSI-CAT", "--standards", "CSI-GEN,CSI-CAT",
                "--no-html", "--out", dir.resolve("run").toString(), "--package", dir.resolve("run.zip").toString());
        assertEquals(Csi.OK, o.status(), o.out() + o.err());
        pkg = dir.resolve("run.zip");
        return pkg;
    }
}
