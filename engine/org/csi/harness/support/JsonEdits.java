package org.csi.harness.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Sets or removes the member an RFC 6901 pointer names in a request body, to break one field of a valid fixture. */
public final class JsonEdits {
    private JsonEdits() {}

    /** As {@link #set(JsonNode, String, JsonNode)}, creating missing objects on the way when {@code create} is true. */
    public static void set(JsonNode root, String pointer, JsonNode value, boolean create) {
        if (create) {
            JsonNode at = root;
            String[] parts = pointer.substring(1, pointer.lastIndexOf('/') + 1).split("/");
            for (String p : parts) {
                if (p.isEmpty()) continue;
                at = at.has(p) ? at.get(p) : ((ObjectNode) at).putObject(p);
            }
        }
        set(root, pointer, value);
    }

    public static void set(JsonNode root, String pointer, JsonNode value) {
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = root.at(pointer.substring(0, slash));
        String member = pointer.substring(slash + 1);
        if (parent instanceof ArrayNode a) a.set(Integer.parseInt(member), value);
        else if (parent instanceof ObjectNode o) o.set(member, value);
        else throw new IllegalArgumentException("no container at " + pointer.substring(0, slash) + " to set " + pointer);
    }

    public static void remove(JsonNode root, String pointer) {
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = root.at(pointer.substring(0, slash));
        String member = pointer.substring(slash + 1);
        if (parent instanceof ArrayNode a) a.remove(Integer.parseInt(member));
        else if (parent instanceof ObjectNode o) o.remove(member);
    }

    /** Applies the edits of a fixture: {"set": pointer, "value": v}, {"remove": pointer} or {"removeExclusion": code}. */
    public static void apply(JsonNode root, JsonNode edits) {
        for (JsonNode e : edits) {
            if (e.has("set")) set(root, e.path("set").asText(), e.path("value").deepCopy());
            else if (e.has("remove")) remove(root, e.path("remove").asText());
            else if (e.has("removeExclusion")) {
                ArrayNode ex = (ArrayNode) root.path("exclusions");
                for (int i = ex.size() - 1; i >= 0; i--) if (ex.get(i).path("code").asText().equals(e.path("removeExclusion").asText())) ex.remove(i);
            }
        }
    }
}
