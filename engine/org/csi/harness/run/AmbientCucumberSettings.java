package org.csi.harness.run;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;

/**
 * Cucumber settings that come from somewhere other than the harness's command line: {@code CUCUMBER_*} environment
 * variables, {@code cucumber.*} system properties, a {@code cucumber.properties} file on the class path and
 * {@code cucumber.*} keys in a {@code junit-platform.properties} there (which only the JUnit Platform engine reads). A
 * conformance run never reads them (it builds Cucumber's options from its own arguments), and says once that it
 * ignored them, so that nobody believes an ambient filter was applied.
 */
final class AmbientCucumberSettings {
    private AmbientCucumberSettings() {}

    /** One line naming what was ignored, or empty when nothing ambient is set. */
    static Optional<String> found(Map<String, String> environment, Properties systemProperties, ClassLoader classLoader) {
        TreeSet<String> names = new TreeSet<>();
        environment.keySet().stream().filter(k -> k.startsWith("CUCUMBER_")).forEach(k -> names.add(k + " (environment)"));
        systemProperties.stringPropertyNames().stream().filter(k -> k.startsWith("cucumber.")).forEach(k -> names.add("-D" + k));
        if (classLoader.getResource("cucumber.properties") != null) names.add("cucumber.properties (class path)");
        if (hasCucumberKeys(classLoader.getResource("junit-platform.properties"))) names.add("cucumber.* in junit-platform.properties (class path)");
        if (names.isEmpty()) return Optional.empty();
        return Optional.of("Cucumber settings from outside the command line: " + String.join(", ", names)
                + " — a conformance run selects scenarios with --tags and --standards only");
    }

    private static boolean hasCucumberKeys(URL properties) {
        if (properties == null) return false;
        Properties p = new Properties();
        try (InputStream in = properties.openStream()) {
            p.load(in);
        } catch (IOException e) {
            return false;
        }
        return p.stringPropertyNames().stream().anyMatch(k -> k.startsWith("cucumber."));
    }
}
