package org.csi.harness.run;

import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;

/**
 * Cucumber settings that come from somewhere other than the harness's command line: {@code CUCUMBER_*} environment
 * variables, {@code cucumber.*} system properties and a {@code cucumber.properties} file on the class path. A
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
        if (names.isEmpty()) return Optional.empty();
        return Optional.of("Cucumber settings from outside the command line: " + String.join(", ", names)
                + " — a conformance run selects scenarios with --tags and --standards only");
    }
}
