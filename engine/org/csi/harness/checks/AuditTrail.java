package org.csi.harness.checks;

import org.csi.harness.time.Rfc3339;
import org.csi.harness.verdict.ClauseViolation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.csi.harness.http.Caller;
import org.csi.harness.http.PageWalk;
import org.csi.harness.http.Reply;

/** GEN-11 and GEN-05: what GET /audit-events?resourceId= shows about a decision. */
public final class AuditTrail {
    private AuditTrail() {}

    /** What an attempt to rewrite an audit event sends (GEN-11: events are immutable). */
    public static ObjectNode rewrittenOutcome() {
        return JsonNodeFactory.instance.objectNode().put("outcome", "FAILURE");
    }

    /** PUT, PATCH and DELETE on {@code event}, as {@code caller}: the replies, for GEN-11's 403, 404 or 405. */
    public static List<Reply> tamper(Caller caller, JsonNode event) {
        String path = "/audit-events/" + event.path("eventId").asText();
        ObjectNode change = rewrittenOutcome();
        return List.of(caller.put(path, change), caller.patch(path, change), caller.delete(path));
    }

    public static List<JsonNode> events(Caller caller, String resourceId) {
        return PageWalk.walk(caller, "/audit-events", 100, Map.of("resourceId", resourceId)).items();
    }

    /** The event with {@code action} on {@code resourceId}; none fails the clause. */
    public static JsonNode requireAction(Caller caller, String resourceId, String action) {
        List<JsonNode> events = events(caller, resourceId);
        return events.stream().filter(e -> e.path("action").asText().equals(action)).findFirst()
                .orElseThrow(() -> new ClauseViolation("no " + action + " audit event for " + resourceId + "; events were "
                        + events.stream().map(e -> e.path("action").asText()).toList()));
    }

    public static void requireNoAction(Caller caller, String resourceId, String action) {
        List<JsonNode> events = events(caller, resourceId);
        ClauseViolation.require(events.stream().noneMatch(e -> e.path("action").asText().equals(action)),
                "a refused call left a " + action + " audit event on " + resourceId);
    }

    /** actor {type:"CLIENT", id} of the acting credential, and occurredAt = the clock's now. */
    public static void requireActorAndTime(JsonNode event, String clientId, OffsetDateTime now) {
        String what = event.path("action").asText() + " event " + event.path("eventId").asText();
        ClauseViolation.require(event.at("/actor/type").asText().equals("CLIENT") && event.at("/actor/id").asText().equals(clientId),
                what + " has actor " + event.path("actor") + ", expected {type:CLIENT, id:" + clientId + "}");
        ClauseViolation.require(Rfc3339.sameInstant(event.path("occurredAt").asText(), now),
                what + " occurredAt " + event.path("occurredAt") + ", the clock's now is " + Rfc3339.format(now));
    }

    /** Each action has an event on the resource, by the acting credential, not after the clock's now (a claim's events happen over days). */
    public static void requireActedBy(Caller caller, String resourceId, List<String> actions, String clientId, OffsetDateTime now) {
        for (String action : actions) {
            JsonNode e = requireAction(caller, resourceId, action);
            ClauseViolation.require(e.at("/actor/type").asText().equals("CLIENT") && e.at("/actor/id").asText().equals(clientId),
                    action + " has actor " + e.path("actor") + ", expected {type:CLIENT, id:" + clientId + "}");
            ClauseViolation.require(!OffsetDateTime.parse(e.path("occurredAt").asText()).isAfter(now), action + " occurredAt " + e.path("occurredAt") + " is after the clock's now");
        }
    }

    /** GEN-11: one event of {@code action} per decision ({@code count} of them) on the resource, each by the acting credential at the clock's now when it was made. */
    public static void requireEach(Caller caller, String resourceId, String action, List<OffsetDateTime> decidedAt, String clientId) {
        List<JsonNode> events = events(caller, resourceId).stream().filter(e -> e.path("action").asText().equals(action)).toList();
        ClauseViolation.require(events.size() == decidedAt.size(), resourceId + " has " + events.size() + " " + action + " audit events, expected "
                + decidedAt.size() + " (one per decision); events were " + events);
        for (int i = 0; i < events.size(); i++) {
            JsonNode e = events.get(i);
            requireActorAndTime(e, clientId, decidedAt.stream().filter(t -> Rfc3339.sameInstant(e.path("occurredAt").asText(), t)).findFirst().orElse(decidedAt.get(i)));
        }
    }
}
