package org.csi.harness.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Follows nextCursor from the first page to the last. A list that does not end (an empty page that still carries a
 * nextCursor, a cursor given twice, or more than {@value #MAX_PAGES} pages) is not followed further: the walk stops
 * there, keeps every item read, and says why in {@link #unending()}. Only the pagination clause (GEN-10) judges that
 * (see PageRules); every other reader gets the items up to the last one.
 */
public record PageWalk(List<JsonNode> pages, String unending) {
    static final int MAX_PAGES = 1000;

    public static PageWalk walk(Caller caller, String path, int limit, Map<String, String> filter) {
        List<JsonNode> pages = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String cursor = null;
        while (true) {
            Map<String, Object> query = new LinkedHashMap<>(filter);
            query.put("limit", limit);
            if (cursor != null) query.put("cursor", cursor);
            JsonNode page = caller.get(path, query).expectStatus(200).json();
            pages.add(page);
            String asked = cursor;
            cursor = page.path("nextCursor").isTextual() ? page.path("nextCursor").asText() : null;
            if (cursor == null) return new PageWalk(List.copyOf(pages), null);
            String where = "GET " + path + " does not end: page " + pages.size();
            if (page.path("data").isEmpty()) {
                return new PageWalk(List.copyOf(pages), where + " is empty but still carries a nextCursor"
                        + (cursor.equals(asked) ? " (the cursor it was asked with)" : ""));
            }
            if (!seen.add(cursor)) {
                return new PageWalk(List.copyOf(pages), where + " gives a nextCursor that an earlier page gave already");
            }
            if (pages.size() >= MAX_PAGES) {
                return new PageWalk(List.copyOf(pages), where + " still carries a nextCursor (the harness reads at most " + MAX_PAGES + " pages)");
            }
        }
    }

    public List<JsonNode> items() {
        List<JsonNode> items = new ArrayList<>();
        pages.forEach(p -> p.path("data").forEach(items::add));
        return items;
    }
}
