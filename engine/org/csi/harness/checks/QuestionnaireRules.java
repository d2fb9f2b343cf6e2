package org.csi.harness.checks;

import org.csi.harness.verdict.ClauseViolation;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** UW-06: the questionnaire document names its version and lists every answer path of the CSI-UW table, dotted. */
public final class QuestionnaireRules {
    private QuestionnaireRules() {}

    public static void requireComplete(JsonNode q, String version, JsonNode answerPaths) {
        ClauseViolation.require(q.path("version").asText().equals(version), "version is " + q.path("version") + ", expected " + version);
        Set<String> paths = new LinkedHashSet<>();
        for (JsonNode question : q.path("questions")) {
            String path = question.path("path").asText();
            ClauseViolation.require(path.matches("[A-Za-z0-9]+(\\.[A-Za-z0-9]+)*") && !question.path("type").asText().isBlank(),
                    "question " + question + " needs a dotted path and a type");
            paths.add(path);
        }
        List<String> missing = new ArrayList<>();
        answerPaths.forEach(p -> {
            if (!paths.contains(p.asText())) missing.add(p.asText());
        });
        ClauseViolation.require(missing.isEmpty(), "the questionnaire lacks the answer paths " + missing);
    }
}
