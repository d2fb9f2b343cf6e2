package org.csi.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Questionnaire CSIQ-1.0 (CSI-UW UW-06): the questions, their types, and the check of a set of answers. */
final class Questionnaire {
    static final String VERSION = "CSIQ-1.0";
    static final Map<String, String> QUESTIONS = new LinkedHashMap<>();

    static {
        for (String b : new String[] {"mfa.remoteAccess", "mfa.email", "mfa.privileged", "backup.offlineOrImmutable",
                "privilegedAccessManagement", "exposedRdp", "emailSecurity.spf", "emailSecurity.dkim", "irPlan.exists"}) {
            QUESTIONS.put(b, "BOOLEAN");
        }
        QUESTIONS.put("edrCoveragePercent", "PERCENT");
        QUESTIONS.put("backup.lastRestoreTestDate", "DATE_OR_NULL");
        QUESTIONS.put("patchSlaCriticalDays", "NON_NEGATIVE_INTEGER");
        QUESTIONS.put("emailSecurity.dmarcPolicy", "ENUM");
        QUESTIONS.put("phishingTrainingPerYear", "NON_NEGATIVE_INTEGER");
        QUESTIONS.put("irPlan.lastExercisedDate", "DATE_OR_NULL");
    }

    private Questionnaire() {}

    static ObjectNode document(String version) {
        if (!VERSION.equals(version)) throw ApiException.of(404, "No questionnaire version " + version + ".").build();
        ObjectNode q = Json.object().put("version", VERSION);
        var list = q.putArray("questions");
        QUESTIONS.forEach((path, type) -> {
            ObjectNode n = list.addObject().put("path", path).put("type", type);
            if (type.equals("ENUM")) n.putArray("values").add("NONE").add("QUARANTINE").add("REJECT");
        });
        return q;
    }

    static void check(JsonNode questionnaire, String at, boolean edrRangeChecked, Violations e) {
        if (!questionnaire.isObject()) {
            e.add("REQUIRED", at, "questionnaire is required.");
            return;
        }
        JsonNode version = questionnaire.path("version");
        if (!VERSION.equals(version.asText(null))) {
            e.add(version.isMissingNode() ? "REQUIRED" : "UNKNOWN_ENUM_VALUE", at + "/version", "The questionnaire version must be " + VERSION + ".");
            return;
        }
        JsonNode answers = questionnaire.path("answers");
        for (var q : QUESTIONS.entrySet()) {
            String[] path = q.getKey().split("\\.");
            JsonNode parent = answers;
            for (int i = 0; i < path.length - 1; i++) parent = parent.path(path[i]);
            String name = path[path.length - 1];
            String pointer = at + "/answers/" + q.getKey().replace('.', '/');
            String parentPointer = pointer.substring(0, pointer.lastIndexOf('/'));
            switch (q.getValue()) {
                case "BOOLEAN" -> {
                    if (!parent.path(name).isBoolean()) e.add(parent.has(name) ? "INVALID_FORMAT" : "REQUIRED", pointer, "true or false.");
                }
                case "PERCENT" -> Fields.integer(parent, name, parentPointer, 0, edrRangeChecked ? 100 : Integer.MAX_VALUE, e);
                case "NON_NEGATIVE_INTEGER" -> Fields.integer(parent, name, parentPointer, 0, Integer.MAX_VALUE, e);
                case "DATE_OR_NULL" -> Fields.date(parent, name, parentPointer, true, e);
                default -> Fields.oneOf(parent, name, parentPointer, Set.of("NONE", "QUARANTINE", "REJECT"), e);
            }
        }
    }
}
