package org.csi.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.csi.harness.cli.Csi;
import org.csi.harness.run.ConformanceRun;
import org.csi.harness.verdict.ScenarioResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Only the command line selects (issue point 10): Cucumber settings in the environment, in system properties or in a
 * cucumber.properties file change nothing in a conformance run, and the run names what it ignored. Each case asks for
 * GEN-01 and CAT-01 while the ambient setting asks for GEN-04 only, which would leave GEN-01 with no executable test.
 */
class AmbientSettingsTest {
    private static final String TAGS = "@GEN-01 or @CAT-01";
    /** Scenario → outcome of the same selection with nothing ambient set. */
    private static Map<String, String> plain;

    @BeforeAll
    static void plainRun() throws Exception {
        plain = outcomes(run(new ByteArrayOutputStream()).scenarios());
        assertTrue(plain.size() >= 4 && plain.values().stream().allMatch("PASS"::equals), plain.toString());
    }

    private static ConformanceRun.Report run(ByteArrayOutputStream progress) throws Exception {
        return ConformanceRun.execute(new ConformanceRun.Options(null, null, null, TAGS, Files.createTempDirectory("csi-ambient").resolve("run"),
                2, false, null, null, new PrintStream(progress, true, StandardCharsets.UTF_8)));
    }

    private static Map<String, String> outcomes(List<ScenarioResult> scenarios) {
        Map<String, String> m = new TreeMap<>();
        scenarios.forEach(s -> m.put(s.name(), s.outcome().name()));
        return m;
    }

    @Test
    void cucumberSystemPropertiesInTheTestJvmChangeNothing() throws Exception {
        System.setProperty("cucumber.filter.tags", "@GEN-04");
        System.setProperty("cucumber.filter.name", "租户隔离");
        try {
            ByteArrayOutputStream progress = new ByteArrayOutputStream();
            ConformanceRun.Report r = run(progress);
            assertEquals(plain, outcomes(r.scenarios()));
            String out = progress.toString(StandardCharsets.UTF_8);
            assertTrue(out.contains("ignored: ") && out.contains("-Dcucumber.filter.tags") && out.contains("-Dcucumber.filter.name"), out);
        } finally {
            System.clearProperty("cucumber.filter.tags");
            System.clearProperty("cucumber.filter.name");
        }
    }

    /**
     * A separate harness process, as {@code ./csi} starts one (the same main class, on this test's class path rather
     * than the packaged jar, which the test phase has not built yet), with CUCUMBER_FILTER_TAGS in its environment, a
     * -Dcucumber.filter.tags, and a cucumber.properties and a junit-platform.properties first on its class path.
     */
    @Test
    void cucumberEnvironmentVariablesAndPropertiesFilesInAHarnessProcessChangeNothing() throws Exception {
        Path dir = Files.createTempDirectory("csi-ambient-process");
        Path resources = Files.createDirectories(dir.resolve("resources"));
        Files.writeString(resources.resolve("cucumber.properties"), "cucumber.filter.tags=@GEN-04\n");
        Files.writeString(resources.resolve("junit-platform.properties"), "cucumber.filter.tags=@GEN-04\n");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Dcucumber.filter.tags=@GEN-04", "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8",
                "-cp", resources + File.pathSeparator + System.getProperty("java.class.path"), Csi.class.getName(),
                "run", "--no-html", "--exit-zero", "--tags", TAGS, "--out", dir.resolve("run").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("out.txt").toFile());
        pb.environment().put("CUCUMBER_FILTER_TAGS", "@GEN-04");
        pb.environment().put("CUCUMBER_EXECUTION_DRY_RUN", "true");
        Process p = pb.start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "the harness process ended");
        String out = Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8);
        assertEquals(Csi.OK, p.exitValue(), out);
        assertTrue(out.contains("CUCUMBER_FILTER_TAGS (environment)") && out.contains("CUCUMBER_EXECUTION_DRY_RUN (environment)")
                && out.contains("-Dcucumber.filter.tags") && out.contains("cucumber.properties (class path)")
                && out.contains("junit-platform.properties"), out);
        Matcher count = Pattern.compile("scenarios: (\\d+) to run").matcher(out);
        assertTrue(count.find(), out);
        assertEquals(plain.size(), Integer.parseInt(count.group(1)), out);
        for (String scenario : plain.keySet()) assertTrue(out.contains("PASS        " + scenario), scenario + " passes: " + out);
    }
}
