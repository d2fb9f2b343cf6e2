package org.csi.reference;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/** A resource that appears in lists, ordered by createdAt then id (pack README §4.5). */
interface Listed {
    Instant createdAt();

    String id();

    ObjectNode toJson();
}
