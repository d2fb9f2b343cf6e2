package org.csi.reference;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Cursor pagination: {data, nextCursor}, limit 1-100 (default 20), order createdAt then id. */
final class Pages {
    static final int MAX_LIMIT = 100;
    private static final Comparator<Listed> ORDER = Comparator.comparing(Listed::createdAt).thenComparing(Listed::id);

    private final Set<Fault> faults;
    private final Set<Variant> variants;
    /** OPAQUE_CURSORS: server-side handles, each standing for the position it was issued at. */
    private final Map<String, Position> handles = new java.util.concurrent.ConcurrentHashMap<>();

    Pages(Set<Fault> faults, Set<Variant> variants) {
        this.faults = faults;
        this.variants = variants;
    }

    ObjectNode page(List<? extends Listed> items, Map<String, String> query) {
        int limit = limit(query.get("limit"));
        List<? extends Listed> sorted = items.stream().sorted(ORDER).toList();
        int start = 0;
        String cursor = query.get("cursor");
        if (cursor != null) {
            Listed after;
            try {
                after = decode(cursor);
            } catch (ApiException e) {
                if (!faults.contains(Fault.GEN10_BAD_CURSOR_IGNORED)) throw e;
                after = null;
            }
            Listed from = after;
            start = from == null ? 0 : (int) sorted.stream().filter(i -> ORDER.compare(i, from) <= 0).count();
            if (faults.contains(Fault.GEN10_CURSOR_REPEATS_LAST) && start > 0) start--;
        }
        List<? extends Listed> slice = sorted.subList(Math.min(start, sorted.size()), Math.min(start + limit, sorted.size()));
        ObjectNode page = Json.object();
        var data = page.putArray("data");
        slice.forEach(i -> data.add(i.toJson()));
        // TRAILING_EMPTY_PAGE: a page with items always points on; the page past the end is empty, with no cursor.
        boolean more = variants.contains(Variant.TRAILING_EMPTY_PAGE) ? !slice.isEmpty() : start + limit < sorted.size();
        if (more || (faults.contains(Fault.GEN10_ENDLESS_CURSOR) && !slice.isEmpty())) {
            page.put("nextCursor", encode(slice.get(slice.size() - 1)));
        } else if (faults.contains(Fault.GEN10_ENDLESS_CURSOR) && cursor != null) {
            page.put("nextCursor", cursor);
        } else {
            page.putNull("nextCursor");
        }
        return page;
    }

    private int limit(String raw) {
        if (raw == null) return 20;
        int limit;
        try {
            limit = Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            throw ApiException.of(400, "limit must be an integer from 1 to 100.")
                    .parameter("INVALID_FORMAT", "limit", "limit must be an integer.").build();
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            if (faults.contains(Fault.GEN10_LIMIT_NOT_CHECKED)) return Math.max(1, Math.min(limit, MAX_LIMIT));
            throw ApiException.of(400, "limit must be from 1 to 100.")
                    .parameter("OUT_OF_RANGE", "limit", "limit must be from 1 to 100.").build();
        }
        return limit;
    }

    private record Position(Instant createdAt, String id) implements Listed {
        public ObjectNode toJson() {
            throw new UnsupportedOperationException();
        }
    }

    private String encode(Listed last) {
        if (variants.contains(Variant.OPAQUE_CURSORS)) {
            String handle = "pg." + java.util.UUID.randomUUID().toString().replace("-", "") + "~" + handles.size();
            handles.put(handle, new Position(last.createdAt(), last.id()));
            return handle;
        }
        String raw = last.createdAt().toEpochMilli() + "|" + last.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    private Listed decode(String cursor) {
        if (variants.contains(Variant.OPAQUE_CURSORS)) {
            Position p = handles.get(cursor);
            if (p == null) throw ApiException.of(400, "The cursor is not one this API issued.").parameter("INVALID_CURSOR", "cursor", "Unknown cursor.").build();
            return p;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int bar = raw.indexOf('|');
            return new Position(Instant.ofEpochMilli(Long.parseLong(raw.substring(0, bar))), raw.substring(bar + 1));
        } catch (RuntimeException e) {
            throw ApiException.of(400, "The cursor is not one this API issued.")
                    .parameter("INVALID_CURSOR", "cursor", "Unknown cursor.").build();
        }
    }
}
