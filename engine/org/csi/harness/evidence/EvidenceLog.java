package org.csi.harness.evidence;

import io.qameta.allure.Allure;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.csi.harness.verdict.ClauseViolation;

/**
 * The run's evidence. Each scenario runs on one thread, so the scenario being recorded is a thread-local;
 * everything also goes to the Allure step that is running, redacted.
 */
public final class EvidenceLog {
    /** A response body as received, kept in memory only, for run-wide checks (GEN-07, GEN-13). */
    public record Captured(String method, String url, int status, String contentType, String body) {}

    private final Redactor redactor;
    private final ThreadLocal<ScenarioEvidence> current = new ThreadLocal<>();
    private final Map<String, ScenarioEvidence> byScenario = new ConcurrentHashMap<>();
    private final List<Captured> captured = new CopyOnWriteArrayList<>();

    public EvidenceLog(Redactor redactor) {
        this.redactor = redactor;
    }

    public Redactor redactor() {
        return redactor;
    }

    public void begin(String scenarioId) {
        ScenarioEvidence e = byScenario.computeIfAbsent(scenarioId, id -> new ScenarioEvidence());
        current.set(e);
    }

    public void end() {
        current.remove();
    }

    public ScenarioEvidence of(String scenarioId) {
        return byScenario.get(scenarioId);
    }

    /** Records an exchange: the raw body for run-wide checks, the redacted text as evidence. */
    public void exchange(Captured raw, Exchange redacted) {
        captured.add(raw);
        ScenarioEvidence e = current.get();
        if (e != null) e.add(redacted);
        if (e != null) Allure.addAttachment(redacted.title(), "text/plain", redacted.text(), ".txt");
    }

    /** Records the inputs and outputs of a check, so a reader of the report can follow the verdict. */
    public void artefact(String name, String text) {
        String safe = redactor.redact(text);
        ScenarioEvidence e = current.get();
        if (e != null) e.add(new ScenarioEvidence.Artefact(name, safe));
        if (e != null) Allure.addAttachment(name, "text/plain", safe, ".txt");
    }

    /**
     * Runs a check that explains itself and attaches the explanation under {@code name}, whether it passes (what it
     * returns) or fails (the violation's whole message, marked FAILED): an assessor sees the recomputation either way.
     */
    public String checked(String name, Supplier<String> check) {
        try {
            String explanation = check.get();
            artefact(name, explanation);
            return explanation;
        } catch (ClauseViolation v) {
            artefact(name + " — FAILED", v.getMessage());
            throw v;
        }
    }

    /** Every body captured so far in the run (raw, in memory only). */
    public List<Captured> captured() {
        return List.copyOf(captured);
    }
}
