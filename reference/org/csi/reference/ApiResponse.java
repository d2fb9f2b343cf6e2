package org.csi.reference;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** A response before it is written: status, optional JSON body and extra headers. */
record ApiResponse(int status, JsonNode body, Map<String, String> headers) {
    static ApiResponse json(int status, JsonNode body) {
        return new ApiResponse(status, body, new LinkedHashMap<>());
    }

    static ApiResponse noContent() {
        return new ApiResponse(204, null, new LinkedHashMap<>());
    }

    ApiResponse withHeader(String name, String value) {
        Map<String, String> h = new LinkedHashMap<>(headers);
        h.put(name, value);
        return new ApiResponse(status, body, h);
    }
}
