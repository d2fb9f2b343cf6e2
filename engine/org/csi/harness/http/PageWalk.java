package org.csi.harness.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.csi.harness.verdict.ClauseViolation;

/** Follows nextCursor from the first page to the last; bounded, so a cursor that never ends fails instead of hanging. */
public record PageWalk(List<JsonNode> pages) {
    private static final int MAX_PAGES = 1000;

    public static PageWalk walk(Caller caller, String path, int limit, Map<String, String> filter) {
        List<JsonNode> pages = new ArrayList<>();
        String cursor = null;
        do {
            Map<String, Object> query = new LinkedHashMap<>(filter);
            query.put("limit", limit);
            if (cursor != null) query.put("cursor", cursor);
            JsonNode page = caller.get(path, query).expectStatus(200).json();
            pages.add(page);
            cursor = page.path("nextCursor").isTextual() ? page.path("nextCursor").asText() : null;
            ClauseViolation.require(pages.size() < MAX_PAGES, "GET " + path + " still had a nextCursor after " + MAX_PAGES + " pages");
        } while (cursor != null);
        return new PageWalk(List.copyOf(pages));
    }

    public List<JsonNode> items() {
        List<JsonNode> items = new ArrayList<>();
        pages.forEach(p -> p.path("data").forEach(items::add));
        return items;
    }
}
