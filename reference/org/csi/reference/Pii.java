package org.csi.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** GEN-12 masking: ID numbers keep their first 6 and last 4 characters, mobiles their first 3 and last 4. */
final class Pii {
    private Pii() {}

    /** Masks idCardNumber and mobile of {@code person} in place (when they have the lengths the formats give them). */
    static void mask(JsonNode person) {
        if (!(person instanceof ObjectNode p)) return;
        String id = p.path("idCardNumber").asText("");
        String mobile = p.path("mobile").asText("");
        if (id.length() == 18) p.put("idCardNumber", id.substring(0, 6) + "********" + id.substring(14));
        if (mobile.length() == 11) p.put("mobile", mobile.substring(0, 3) + "****" + mobile.substring(7));
    }
}
