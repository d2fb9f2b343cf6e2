package org.csi.harness.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.csi.harness.config.ConfigException;

/** --rerun-failed RUN_DIR: a tag expression selecting the clauses that FAILed or were CANNOT_TELL in that run. */
final class RerunSelection {
    private RerunSelection() {}

    static String tags(Path runDir, String alsoTags) {
        JsonNode scorecard;
        try {
            scorecard = new ObjectMapper().readTree(runDir.resolve("scorecard.json").toFile());
        } catch (IOException e) {
            throw new ConfigException("--rerun-failed: cannot read " + runDir.resolve("scorecard.json") + ": " + e.getMessage());
        }
        List<String> clauses = new ArrayList<>();
        for (JsonNode st : scorecard.path("standards")) {
            for (JsonNode c : st.path("clauses")) {
                String o = c.path("outcome").asText();
                if (o.equals("FAIL") || o.equals("CANNOT_TELL")) clauses.add("@" + c.path("id").asText());
            }
        }
        if (clauses.isEmpty()) throw new ConfigException("--rerun-failed: nothing to rerun, every clause of " + runDir + " passed or was not applicable");
        String selection = "(" + String.join(" or ", clauses) + ")";
        return alsoTags == null ? selection : selection + " and (" + alsoTags + ")";
    }
}
