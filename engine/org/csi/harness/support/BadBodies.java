package org.csi.harness.support;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;

/** Request bodies that a robust solution must refuse cleanly (GEN-06). */
public final class BadBodies {
    private BadBodies() {}

    /** A small well-formed body for the resource, which the bad forms below spoil. */
    public static ObjectNode plain() {
        return JsonNodeFactory.instance.objectNode().put("summary", "GEN-06").put("description", "GEN-06");
    }

    /** The JSON text cut in the middle. */
    public static byte[] truncated(ObjectNode body) {
        String text = body.toString();
        return text.substring(0, text.length() / 2).getBytes(StandardCharsets.UTF_8);
    }

    /** Valid JSON one byte over {@code limit}: the body with a padding member. */
    public static byte[] paddedBeyond(ObjectNode body, long limit) {
        String prefix = body.toString();
        String head = prefix.substring(0, prefix.length() - 1) + ",\"padding\":\"";
        String tail = "\"}";
        long fill = Math.max(0, limit + 1 - head.length() - tail.length());
        return (head + "x".repeat((int) fill) + tail).getBytes(StandardCharsets.UTF_8);
    }
}
