package org.csi.reference;

import java.util.ArrayList;
import java.util.List;

/** Collects every field error of a request so that one 422 reports them all (CSI-RQ RQ-03). */
final class Violations {
    private record Entry(String code, String pointer, String message) {}

    private final List<Entry> entries = new ArrayList<>();

    Violations add(String code, String pointer, String message) {
        entries.add(new Entry(code, pointer, message));
        return this;
    }

    interface Sink {
        void add(String code, String pointer, String message);
    }

    /** Passes only the first entry on (the RQ03_FIRST_ERROR_ONLY fault). */
    void forFirst(Sink sink) {
        if (!entries.isEmpty()) sink.add(entries.get(0).code, entries.get(0).pointer, entries.get(0).message);
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    int size() {
        return entries.size();
    }

    /** Throws one 422 listing every entry; does nothing when there is none. */
    void throwIfAny() {
        if (entries.isEmpty()) return;
        ApiException.Builder b = ApiException.of(422, entries.size() == 1 ? entries.get(0).message
                : entries.size() + " fields are invalid.");
        entries.forEach(e -> b.pointer(e.code, e.pointer, e.message));
        throw b.build();
    }
}
