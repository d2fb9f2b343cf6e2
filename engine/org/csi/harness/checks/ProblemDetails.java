package org.csi.harness.checks;

import org.csi.harness.verdict.ClauseViolation;
import com.fasterxml.jackson.databind.JsonNode;
import org.csi.harness.http.Reply;

/** Error responses as pack README §4.2 profiles RFC 9457: problem+json, status echoed, codes with pointer or parameter. */
public final class ProblemDetails {
    private ProblemDetails() {}

    /** The response is application/problem+json and its {@code status} member equals the HTTP status. */
    public static void requireProblem(Reply r) {
        String type = r.contentType() == null ? "" : r.contentType().split(";")[0].trim();
        ClauseViolation.require(type.equalsIgnoreCase("application/problem+json"),
                r.describe() + ": Content-Type is '" + r.contentType() + "', expected application/problem+json");
        JsonNode status = r.json().path("status");
        ClauseViolation.require(status.canConvertToInt() && status.asInt() == r.status(),
                r.describe() + ": problem member status is " + status + ", expected " + r.status());
    }

    /** Every reply has the status and an errors[] entry with the code at the pointer. */
    public static void requireEachPointerError(java.util.List<Reply> replies, int status, String code, String pointer) {
        ClauseViolation.require(!replies.isEmpty(), "no request was sent");
        for (Reply r : replies) {
            r.expectStatus(status);
            requirePointerError(r, code, pointer);
        }
    }

    /** An errors[] entry with {@code code}, and with {@code pointer} when one is given. */
    public static void requirePointerError(Reply r, String code, String pointer) {
        requireProblem(r);
        for (JsonNode e : r.json().path("errors")) {
            if (e.path("code").asText().equals(code) && (pointer == null || e.path("pointer").asText().equals(pointer))) return;
        }
        throw new ClauseViolation(r.describe() + ": no errors[] entry {code:" + code + (pointer == null ? "" : ", pointer:" + pointer)
                + "}; errors were " + r.json().path("errors"));
    }

    /** An errors[] entry pointing at {@code pointer}, whatever its code (for clauses that name no code). */
    public static void requirePointer(Reply r, String pointer) {
        requireProblem(r);
        for (JsonNode e : r.json().path("errors")) if (e.path("pointer").asText().equals(pointer)) return;
        throw new ClauseViolation(r.describe() + ": no errors[] entry with pointer " + pointer + "; errors were " + r.json().path("errors"));
    }

    /** An errors[] entry for the query {@code parameter}, with {@code code} when one is given. */
    public static void requireParameterError(Reply r, String code, String parameter) {
        requireProblem(r);
        for (JsonNode e : r.json().path("errors")) {
            if (e.path("parameter").asText().equals(parameter) && (code == null || e.path("code").asText().equals(code))) return;
        }
        throw new ClauseViolation(r.describe() + ": no errors[] entry {" + (code == null ? "" : "code:" + code + ", ")
                + "parameter:" + parameter + "}; errors were " + r.json().path("errors"));
    }
}
