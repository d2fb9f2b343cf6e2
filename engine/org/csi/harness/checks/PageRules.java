package org.csi.harness.checks;

import org.csi.harness.verdict.ClauseViolation;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.csi.harness.http.PageWalk;

/** Pagination of pack README §4.5: page size, (createdAt, id) order, each item once, nextCursor null at the end. */
public final class PageRules {
    private PageRules() {}

    public static void requireAtMost(PageWalk walk, int limit) {
        for (int i = 0; i < walk.pages().size(); i++) {
            int n = walk.pages().get(i).path("data").size();
            ClauseViolation.require(n <= limit, "page " + (i + 1) + " has " + n + " items with limit=" + limit);
        }
    }

    /** Within every page and across pages, ascending by createdAt then id. */
    public static void requireAscending(PageWalk walk, String idField) {
        JsonNode previous = null;
        for (JsonNode item : walk.items()) {
            if (previous != null && compare(previous, item, idField) >= 0) {
                throw new ClauseViolation("items are not in ascending (createdAt, id) order: " + key(previous, idField) + " comes before "
                        + key(item, idField));
            }
            previous = item;
        }
    }

    /** Each of {@code expected} appears exactly once across the pages. */
    public static void requireEachOnce(PageWalk walk, String idField, Set<String> expected) {
        Map<String, Integer> seen = new HashMap<>();
        walk.items().forEach(i -> seen.merge(i.path(idField).asText(), 1, Integer::sum));
        List<String> wrong = new ArrayList<>();
        for (String id : expected) {
            int n = seen.getOrDefault(id, 0);
            if (n != 1) wrong.add(id + " appears " + n + " times");
        }
        ClauseViolation.require(wrong.isEmpty(), "walking the pages: " + String.join("; ", wrong));
    }

    /** Exact page sizes, for a filter that no other scenario can add items to (GEN-10: 10, 10, 5). */
    public static void requireSizes(PageWalk walk, List<Integer> sizes) {
        requireEnds(walk);
        List<Integer> actual = new ArrayList<>(walk.pages().stream().map(p -> p.path("data").size()).toList());
        // README §4.5 leaves open whether the last full page says "no more" or points to an empty page: both end the list.
        if (actual.size() == sizes.size() + 1 && actual.get(actual.size() - 1) == 0) actual.remove(actual.size() - 1);
        ClauseViolation.require(actual.equals(sizes), "the pages hold " + actual + " items, expected " + sizes);
    }

    /** The walk reached a last page: a list that never ends is GEN-10's failure, with the reason the walk stopped. */
    public static void requireEnds(PageWalk walk) {
        ClauseViolation.require(walk.unending() == null, String.valueOf(walk.unending()));
    }

    public static void requireLastCursorNull(PageWalk walk) {
        requireEnds(walk);
        JsonNode last = walk.pages().get(walk.pages().size() - 1);
        ClauseViolation.require(last.has("nextCursor") && last.get("nextCursor").isNull(), "the last page's nextCursor is " + last.get("nextCursor"));
    }

    private static int compare(JsonNode a, JsonNode b, String idField) {
        int c = OffsetDateTime.parse(a.path("createdAt").asText()).toInstant()
                .compareTo(OffsetDateTime.parse(b.path("createdAt").asText()).toInstant());
        return c != 0 ? c : a.path(idField).asText().compareTo(b.path(idField).asText());
    }

    private static String key(JsonNode item, String idField) {
        return "(" + item.path("createdAt").asText() + ", " + item.path(idField).asText() + ")";
    }
}
