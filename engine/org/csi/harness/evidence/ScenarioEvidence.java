package org.csi.harness.evidence;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** What one scenario observed: its exchanges and the artefacts of its checks (recomputations, explanations). */
public final class ScenarioEvidence {
    public record Artefact(String name, String text) {}

    private final List<Exchange> exchanges = new CopyOnWriteArrayList<>();
    private final List<Artefact> artefacts = new CopyOnWriteArrayList<>();

    public List<Exchange> exchanges() {
        return exchanges;
    }

    public List<Artefact> artefacts() {
        return artefacts;
    }

    void add(Exchange e) {
        exchanges.add(e);
    }

    void add(Artefact a) {
        artefacts.add(a);
    }

    public int count() {
        return exchanges.size() + artefacts.size();
    }
}
