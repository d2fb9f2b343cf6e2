package org.csi.harness.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Allure environment and categories for the results, and the HTML report from the generator unpacked at build time. */
public final class AllureReport {
    private AllureReport() {}

    public static void writeEnvironment(Path results, Map<String, String> environment) {
        StringBuilder props = new StringBuilder();
        environment.forEach((k, v) -> props.append(k).append('=').append(escape(v)).append('\n'));
        Files2.writeAtomically(results.resolve("environment.properties"), props.toString());
        Files2.writeAtomically(results.resolve("categories.json"), """
                [
                  {"name": "不通过 FAIL: the solution contradicts the clause", "matchedStatuses": ["failed"]},
                  {"name": "无法判定 CANNOT_TELL: precondition or harness problem", "matchedStatuses": ["broken", "skipped", "unknown"]}
                ]
                """);
    }

    private static String escape(String v) {
        StringBuilder s = new StringBuilder();
        for (char c : (v == null ? "" : v).toCharArray()) {
            if (c > 126) s.append(String.format("\\u%04x", (int) c)); else s.append(c);
        }
        return s.toString();
    }

    /** The Allure command line unpacked beside the harness jar by the build, if any. */
    public static Optional<Path> generator() {
        try {
            Path jar = Path.of(AllureReport.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path base = jar.getParent().resolve("allure");
            if (!Files.isDirectory(base)) base = jar.getParent().getParent().resolve("allure");
            if (!Files.isDirectory(base)) return Optional.empty();
            try (Stream<Path> dirs = Files.list(base)) {
                return dirs.map(d -> d.resolve("bin").resolve("allure")).filter(Files::isRegularFile).findFirst();
            }
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    /** JVM options for the report generator's process when the environment sets none. */
    static final String GENERATOR_JAVA_OPTS = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC";

    /** Generates the HTML report; returns an error message, or null on success. */
    public static String generate(Path results, Path report) {
        Optional<Path> allure = generator();
        if (allure.isEmpty()) return "the Allure report generator is not installed (run: mvn -q -DskipTests package)";
        try {
            Path log = Files.createTempFile("allure-generate", ".log");
            ProcessBuilder generate = new ProcessBuilder(List.of("sh", allure.get().toString(), "generate", results.toString(), "-o",
                    report.toString(), "--clean")).redirectErrorStream(true).redirectOutput(log.toFile());
            // A short-lived JVM: the quick compiler only and the serial collector finish it sooner and in half the memory
            // (BENCHMARKS.md). The operator's own JAVA_OPTS, if any, win.
            generate.environment().putIfAbsent("JAVA_OPTS", GENERATOR_JAVA_OPTS);
            Process p = generate.start();
            if (!p.waitFor(180, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return "the Allure report generator did not finish within 180 s";
            }
            String out = Files.readString(log);
            Files.deleteIfExists(log);
            if (p.exitValue() != 0 || !Files.exists(report.resolve("index.html"))) {
                return "the Allure report generator failed: " + out.lines().reduce((a, b) -> b).orElse("exit " + p.exitValue());
            }
            return null;
        } catch (IOException e) {
            return "cannot run the Allure report generator: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted while generating the Allure report";
        }
    }

}
