package org.csi.harness.checks;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.csi.harness.oracle.IncidentGrading;
import org.csi.harness.time.Rfc3339;
import org.csi.harness.verdict.ClauseViolation;

/**
 * CSI-ER rules over an incident as the solution returns it: grade and basis against the harness's own grading table,
 * the reporting duty, the checklist and the obligations at the clock's now (README §4.6). Each check returns what it
 * compared, for the report.
 */
public final class IncidentRules {
    private IncidentRules() {}

    /** ER-01: acknowledgedAt is the clock's now at intake. */
    public static String requireAcknowledgedAt(JsonNode incident, OffsetDateTime now) {
        ClauseViolation.require(!incident.path("incidentId").asText("").isBlank(), "the intake answer has no incidentId: " + incident);
        String ack = incident.path("acknowledgedAt").asText(null);
        ClauseViolation.require(ack != null && Rfc3339.sameInstant(ack, now), "acknowledgedAt is " + incident.path("acknowledgedAt") + ", expected the clock's now "
                + Rfc3339.format(now));
        return "incidentId " + incident.path("incidentId").asText() + ", acknowledgedAt " + ack + " = now " + Rfc3339.format(now);
    }

    /** ER-02: the category is one of the 10 codes, and {@code expected} when one is given. */
    public static String requireCategory(JsonNode incident, String expected) {
        String c = incident.path("category").asText(null);
        ClauseViolation.require(c != null && IncidentGrading.CATEGORIES.contains(c), "category is " + incident.path("category") + ", not one of " + IncidentGrading.CATEGORIES);
        ClauseViolation.require(expected == null || expected.equals(c), "category is " + c + ", expected " + expected);
        return "category " + c;
    }

    /** ER-03: grade and gradingBasis are the table's (basis compared as a set; order is not the pack's). */
    public static String requireGrade(String label, JsonNode sentImpact, JsonNode incident) {
        IncidentGrading.Grade expected = IncidentGrading.grade(IncidentGrading.impact(sentImpact));
        String grade = incident.path("grade").asText(null);
        Set<String> basis = new TreeSet<>();
        incident.path("gradingBasis").forEach(b -> basis.add(b.asText()));
        String seen = label + ": input " + sentImpact + "\nexpected grade " + expected.grade() + ", basis " + new TreeSet<>(expected.basis())
                + "\nobserved grade " + incident.path("grade") + ", basis " + incident.path("gradingBasis") + "\n" + expected.explanation();
        ClauseViolation.require(expected.grade().equals(grade), "grade differs — " + seen);
        ClauseViolation.require(incident.path("gradingBasis").isArray() && basis.equals(new TreeSet<>(expected.basis())), "gradingBasis differs — " + seen);
        return seen;
    }

    /** ER-04: a reportable grade has required:true, deadline = discoveredAt + period, the operator's recipient. */
    public static String requireReporting(JsonNode incident, OffsetDateTime from, String operatorType) {
        IncidentGrading.Reporting r = IncidentGrading.reporting(operatorType);
        JsonNode report = incident.path("regulatoryReport");
        OffsetDateTime deadline = from.plus(r.period());
        String seen = "grade " + incident.path("grade") + ", operatorType " + operatorType + ": expected required:true, deadline " + Rfc3339.format(deadline)
                + " (" + Rfc3339.format(from) + " + " + r.period().toMinutes() + " min), recipient " + r.recipient() + "; observed " + report;
        ClauseViolation.require(report.path("required").asBoolean(false) && report.path("required").isBoolean(), seen);
        ClauseViolation.require(report.path("deadline").isTextual() && Rfc3339.sameInstant(report.path("deadline").asText(), deadline), seen);
        ClauseViolation.require(r.recipient().equals(report.path("recipient").asText()), seen);
        requireDue(incident, "REGULATORY_REPORT", deadline);
        return seen;
    }

    /** ER-04: grade IV is not reportable, and its REGULATORY_REPORT obligation is NOT_REQUIRED. */
    public static String requireNotReportable(JsonNode incident) {
        JsonNode report = incident.path("regulatoryReport");
        ClauseViolation.require(report.path("required").isBoolean() && !report.path("required").asBoolean(), "grade " + incident.path("grade")
                + ": regulatoryReport is " + report + ", expected required:false");
        requireStatus(incident, "REGULATORY_REPORT", "NOT_REQUIRED");
        return "required:false, REGULATORY_REPORT NOT_REQUIRED";
    }

    /** ER-05: all nine codes are present with {@code status} (PENDING before any submission). */
    public static String requireChecklist(JsonNode incident, String status) {
        List<String> missing = new ArrayList<>(IncidentGrading.CHECKLIST);
        List<String> wrong = new ArrayList<>();
        for (JsonNode item : incident.at("/regulatoryReport/checklist")) {
            missing.remove(item.path("code").asText());
            if (!item.path("status").asText().equals(status)) wrong.add(item.path("code").asText() + "=" + item.path("status").asText());
        }
        ClauseViolation.require(missing.isEmpty(), "the checklist lacks " + missing + ": " + incident.at("/regulatoryReport/checklist"));
        ClauseViolation.require(wrong.isEmpty(), "checklist items not " + status + ": " + wrong);
        return "all nine codes " + status;
    }

    /** ER-05: the incident's checklist shows what was submitted: each code's status, and the note of a NOT_AVAILABLE item. */
    public static String requireChecklistAsSubmitted(JsonNode incident, JsonNode submitted) {
        JsonNode shown = incident.at("/regulatoryReport/checklist");
        for (JsonNode s : submitted) {
            JsonNode match = null;
            for (JsonNode item : shown) if (item.path("code").asText().equals(s.path("code").asText())) match = item;
            ClauseViolation.require(match != null, "the checklist lacks " + s.path("code").asText() + ": " + shown);
            ClauseViolation.require(match.path("status").asText().equals(s.path("status").asText()), s.path("code").asText() + " is " + match.path("status")
                    + ", submitted " + s.path("status"));
            if (s.path("status").asText().equals("NOT_AVAILABLE")) {
                ClauseViolation.require(match.path("note").asText().equals(s.path("note").asText()), s.path("code").asText() + " note is " + match.path("note")
                        + ", submitted " + s.path("note"));
            }
        }
        return "checklist as submitted: " + shown;
    }

    public static JsonNode obligation(JsonNode incident, String code) {
        for (JsonNode o : incident.path("obligations")) if (o.path("code").asText().equals(code)) return o;
        throw new ClauseViolation("the incident has no " + code + " obligation; obligations are " + incident.path("obligations"));
    }

    public static String requireStatus(JsonNode incident, String code, String status) {
        JsonNode o = obligation(incident, code);
        ClauseViolation.require(o.path("status").asText().equals(status), code + " is " + o.path("status") + " (due " + o.path("dueAt").asText() + "), expected " + status);
        return code + " " + status + ": " + o;
    }

    public static String requireDue(JsonNode incident, String code, OffsetDateTime due) {
        JsonNode o = obligation(incident, code);
        ClauseViolation.require(o.path("dueAt").isTextual() && Rfc3339.sameInstant(o.path("dueAt").asText(), due), code + " is due " + o.path("dueAt")
                + ", expected " + Rfc3339.format(due));
        return code + " due " + Rfc3339.format(due);
    }

    /** README §4.6: BREACHED once the clock passed dueAt, with breachedAt = dueAt. */
    public static String requireBreachedAtDue(JsonNode incident, String code, OffsetDateTime due) {
        requireStatus(incident, code, "BREACHED");
        JsonNode o = obligation(incident, code);
        ClauseViolation.require(o.path("breachedAt").isTextual() && Rfc3339.sameInstant(o.path("breachedAt").asText(), due), code + " breachedAt is "
                + o.path("breachedAt") + ", expected dueAt " + Rfc3339.format(due));
        return code + " BREACHED, breachedAt = dueAt " + Rfc3339.format(due);
    }

    /** MET, with metAt the time the action was recorded. */
    public static String requireMetAt(JsonNode incident, String code, OffsetDateTime at) {
        requireStatus(incident, code, "MET");
        JsonNode o = obligation(incident, code);
        ClauseViolation.require(o.path("metAt").isTextual() && Rfc3339.sameInstant(o.path("metAt").asText(), at), code + " metAt is " + o.path("metAt")
                + ", expected " + Rfc3339.format(at));
        return code + " MET at " + Rfc3339.format(at);
    }

    /** One boundary of a deadline: the clock at {@code now}, the obligation expected PENDING at dueAt and BREACHED a minute later. */
    public static String requireAtBoundary(JsonNode incident, String code, OffsetDateTime due, OffsetDateTime now) {
        String head = code + " due " + Rfc3339.format(due) + ", clock at " + Rfc3339.format(now) + ": expected ";
        JsonNode o = obligation(incident, code);
        if (now.isAfter(due)) {
            ClauseViolation.require(o.path("status").asText().equals("BREACHED"), head + "BREACHED, observed " + o);
            return requireBreachedAtDue(incident, code, due) + " — " + head + "BREACHED, observed " + o;
        }
        ClauseViolation.require(o.path("status").asText().equals("PENDING"), head + "PENDING, observed " + o);
        return head + "PENDING, observed " + o;
    }

    /** ER-10: closed with status CLOSED. */
    public static String requireClosed(JsonNode incident) {
        ClauseViolation.require(incident.path("status").asText().equals("CLOSED"), "status is " + incident.path("status") + ", expected CLOSED");
        return "status CLOSED";
    }

    /** ER-11: the history keeps the earlier grade and adds the new one at the time of the change. */
    public static String requireHistory(JsonNode incident, String earlier, String now, OffsetDateTime changedAt) {
        JsonNode h = incident.path("gradeHistory");
        boolean keptEarlier = false, changed = false;
        for (JsonNode e : h) {
            if (e.path("grade").asText().equals(earlier)) keptEarlier = true;
            if (e.path("grade").asText().equals(now) && e.path("changedAt").isTextual() && Rfc3339.sameInstant(e.path("changedAt").asText(), changedAt)) changed = true;
        }
        ClauseViolation.require(incident.path("grade").asText().equals(now), "grade is " + incident.path("grade") + ", expected " + now);
        ClauseViolation.require(keptEarlier, "gradeHistory " + h + " lost the earlier grade " + earlier);
        ClauseViolation.require(changed, "gradeHistory " + h + " has no " + now + " changed at " + Rfc3339.format(changedAt));
        return "gradeHistory " + h;
    }
}
