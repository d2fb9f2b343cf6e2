package org.csi.harness.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.csi.harness.verdict.ClauseViolation;

/** A response from the solution, already checked against the interface contract. */
public record Reply(String method, String url, int status, Map<String, List<String>> headers, String body, JsonNode document) {

    public String header(String name) {
        return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .flatMap(e -> e.getValue().stream()).findFirst().orElse(null);
    }

    public String contentType() {
        return header("Content-Type");
    }

    /** Short description for messages: "POST /csi/v1/test-clocks → 422". */
    public String describe() {
        return method + " " + url + " → " + status;
    }

    /** Fails the clause unless the status is one of {@code expected}; the message quotes the problem detail if any. */
    public Reply expectStatus(int... expected) {
        if (Arrays.stream(expected).noneMatch(s -> s == status)) {
            String wanted = Arrays.stream(expected).mapToObj(String::valueOf).collect(Collectors.joining(" or "));
            throw new ClauseViolation(describe() + ", expected " + wanted + detail());
        }
        return this;
    }

    /** Fails the clause unless there were replies and each has one of the statuses. */
    public static void expectEach(java.util.List<Reply> replies, int... expected) {
        if (replies.isEmpty()) throw new ClauseViolation("no request was sent");
        replies.forEach(r -> r.expectStatus(expected));
    }

    /** The parsed JSON body; a body that is not JSON fails the clause. {@link #document()} is null instead. */
    public JsonNode json() {
        if (document == null) throw new ClauseViolation(describe() + ": the body is not JSON");
        return document;
    }

    private String detail() {
        if (document != null && document.hasNonNull("detail")) return " (detail: " + document.get("detail").asText() + ")";
        if (body != null && !body.isEmpty()) return " (body: " + (body.length() > 160 ? body.substring(0, 160) + "…" : body) + ")";
        return "";
    }
}
