package org.csi.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.qameta.allure.AllureLifecycle;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Tests write only under target/: Allure's default results folder (what an attachment made outside a run's own
 * lifecycle reaches) and jqwik's run database would otherwise land at the project root.
 */
class HygieneTest {
    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final Path TARGET = ROOT.resolve("target");

    @Test
    void allureDefaultResultsGoUnderTarget() throws Exception {
        FileTime before = modified(ROOT.resolve("allure-results"));
        String name = "hygiene-" + System.nanoTime();
        new AllureLifecycle().addAttachment(name, "text/plain", ".txt", new ByteArrayInputStream("x".getBytes(StandardCharsets.UTF_8)));
        Path results = Path.of(System.getProperty("allure.results.directory", "allure-results")).toAbsolutePath().normalize();
        assertTrue(results.startsWith(TARGET), "Allure's default results folder is " + results);
        try (Stream<Path> files = Files.list(results)) {
            assertTrue(files.anyMatch(f -> f.getFileName().toString().endsWith("-attachment.txt")), "the attachment was written to " + results);
        }
        assertEquals(before, modified(ROOT.resolve("allure-results")), "nothing written to allure-results at the root");
    }

    @Test
    void jqwikDatabaseGoesUnderTarget() throws Exception {
        FileTime before = modified(ROOT.resolve(".jqwik-database"));
        Path database = Path.of(System.getProperty("jqwik.database", ".jqwik-database")).toAbsolutePath().normalize();
        assertTrue(database.startsWith(TARGET), "jqwik's database is " + database);
        EngineTestKit.engine("jqwik").selectors(selectClass(OneProperty.class)).enableImplicitConfigurationParameters(true).execute().testEvents().assertStatistics(s -> s.succeeded(1));
        assertTrue(Files.exists(database), "jqwik wrote its database to " + database);
        assertEquals(before, modified(ROOT.resolve(".jqwik-database")), "nothing written to .jqwik-database at the root");
    }

    private static FileTime modified(Path p) throws Exception {
        return Files.exists(p) ? Files.getLastModifiedTime(p) : null;
    }

    /** A property for the jqwik engine to run (selected by the test above only; not a test of its own). */
    static class OneProperty {
        @Property(tries = 3)
        boolean addingZeroChangesNothing(@ForAll int n) {
            return n + 0 == n;
        }
    }
}
