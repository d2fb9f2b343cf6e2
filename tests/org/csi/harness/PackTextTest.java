package org.csi.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.csi.harness.report.AllureReport;
import org.junit.jupiter.api.Test;

/** The pack text the harness ships with every report (fixtures/pack/text, linked from Allure and the scorecard) is the pack's, whole. */
class PackTextTest {
    @Test
    void theShippedTextIsThePack() throws Exception {
        assumeTrue(Files.isDirectory(PackCoverageTest.PACK), "the CSI Standards Pack is not beside this checkout");
        List<String> pack;
        try (Stream<Path> files = Files.list(PackCoverageTest.PACK)) {
            pack = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md")).sorted().toList();
        }
        assertEquals(pack, AllureReport.PACK_FILES.stream().sorted().toList(), "every file of the pack is shipped");
        for (String name : pack) {
            assertEquals(Files.readString(PackCoverageTest.PACK.resolve(name)), Files.readString(Path.of("fixtures", "pack", "text", name)), name);
        }
    }
}
