package org.csi.harness.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What one scenario observed: its exchanges and the artefacts of its checks (recomputations, explanations), and the
 * shared walks it used (recorded once, attached to every scenario that asked for them).
 */
public final class ScenarioEvidence {
    public record Artefact(String name, String text) {}

    /**
     * A response of a shared walk that breaks a rule of the contract: the walk is set-up and judges nothing, so the
     * breach is kept and judged by each asking scenario whose clauses own the rule ({@code owners}).
     */
    public record Breach(String reason, Set<String> owners) {}

    private final List<Exchange> exchanges = new CopyOnWriteArrayList<>();
    private final List<Artefact> artefacts = new CopyOnWriteArrayList<>();
    private final List<Breach> breaches = new CopyOnWriteArrayList<>();
    private final Map<String, ScenarioEvidence> shared = new ConcurrentHashMap<>();
    private volatile Exchange decisive;

    public List<Exchange> exchanges() {
        return exchanges;
    }

    public List<Artefact> artefacts() {
        return artefacts;
    }

    /** The shared walks this scenario used, by key (each recorded once in the run). */
    public Map<String, ScenarioEvidence> shared() {
        return shared;
    }

    /**
     * The exchange the scenario's verdict rests on: the one a check marked ({@link EvidenceLog#markDecisive}), else the
     * latest one the failure's reason names ("GET …/test-clocks/clk_1 → 200, expected 403"), else the last exchange of
     * its own, else the last of the shared walks it used; null when it made none.
     */
    public Exchange decisive(String reason) {
        if (decisive != null) return decisive;
        List<Exchange> all = new ArrayList<>();
        walks().values().forEach(w -> all.addAll(w.exchanges));
        all.addAll(exchanges);
        if (reason != null) {
            for (int i = all.size() - 1; i >= 0; i--) {
                Exchange x = all.get(i);
                if (reason.contains(x.method() + " " + x.url())) return x;
            }
        }
        if (!exchanges.isEmpty()) return exchanges.get(exchanges.size() - 1);
        return all.isEmpty() ? null : all.get(all.size() - 1);
    }

    /** As {@link #decisive(String)} with no reason to read. */
    public Exchange decisive() {
        return decisive(null);
    }

    void markDecisive(Exchange e) {
        decisive = e;
    }

    void add(Exchange e) {
        exchanges.add(e);
    }

    void add(Artefact a) {
        artefacts.add(a);
    }

    void add(Breach b) {
        breaches.add(b);
    }

    void attach(String key, ScenarioEvidence walk) {
        if (walk != this) shared.putIfAbsent(key, walk);
    }

    /** Every shared walk this record used, walks used within walks included, each once. */
    public Map<String, ScenarioEvidence> walks() {
        Map<String, ScenarioEvidence> all = new java.util.LinkedHashMap<>();
        collect(all);
        return all;
    }

    private void collect(Map<String, ScenarioEvidence> into) {
        shared.forEach((k, w) -> {
            if (into.putIfAbsent(k, w) == null) w.collect(into);
        });
    }

    /** The breaches of this record and of every shared walk it used. */
    List<Breach> breaches() {
        List<Breach> all = new ArrayList<>(breaches);
        walks().values().forEach(w -> all.addAll(w.breaches));
        return all;
    }

    /** Exchanges and artefacts, those of the shared walks it used included. */
    public int count() {
        return exchanges.size() + artefacts.size() + walks().values().stream().mapToInt(w -> w.exchanges.size() + w.artefacts.size()).sum();
    }
}
