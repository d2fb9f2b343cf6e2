package org.csi.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.csi.harness.cli.Csi;
import org.junit.jupiter.api.Test;

/** The CI templates under examples/ are valid YAML, and every csi command they call exists with those options. */
class ExampleWorkflowsTest {
    private static final Pattern CSI = Pattern.compile("\\./csi\\s+(\\S+)([^\\n]*)");

    @Test
    void bothWorkflowsParseAndCallOnlyExistingCommandsAndOptions() throws Exception {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        JsonNode gh = yaml.readTree(Path.of("examples", "github-actions.yml").toFile());
        JsonNode gl = yaml.readTree(Path.of("examples", "gitlab-ci.yml").toFile());
        assertTrue(gh.path("jobs").path("conformance").path("steps").isArray());
        assertTrue(gl.path("conformance").path("artifacts").path("paths").isArray());
        List<String> lines = new ArrayList<>();
        gh.path("jobs").path("conformance").path("steps").forEach(s -> { if (s.has("run")) lines.add(s.get("run").asText()); });
        gl.path("conformance").path("script").forEach(s -> lines.add(s.asText()));
        int calls = 0;
        for (String line : lines) {
            Matcher m = CSI.matcher(line);
            while (m.find()) {
                calls++;
                PreflightCheckTest.Result help = PreflightCheckTest.csi(m.group(1), "--help");
                assertEquals(Csi.OK, help.status(), "csi " + m.group(1) + " exists");
                for (String word : m.group(2).trim().split("\\s+")) {
                    if (word.startsWith("--")) assertTrue(help.out().contains(word), "csi " + m.group(1) + " has " + word);
                }
            }
        }
        assertEquals(4, calls, "each workflow calls csi check and csi run");
    }
}
