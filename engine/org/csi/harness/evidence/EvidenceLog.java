package org.csi.harness.evidence;

import io.qameta.allure.Allure;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.csi.harness.verdict.ClauseViolation;

/**
 * The run's evidence. Each scenario runs on one thread, so the scenario being recorded is a thread-local;
 * everything also goes to the Allure step that is running, redacted. A shared walk is recorded once and attached to
 * every scenario that uses it; the scenario's clauses say which rules of the contract it judges.
 */
public final class EvidenceLog {
    /** A response body as received, kept in memory only, for run-wide checks (GEN-07, GEN-13). */
    public record Captured(String method, String url, int status, String contentType, String body) {}

    /** The record being written on this thread, and which clauses judge what happens in it. */
    private record Scope(ScenarioEvidence record, Set<String> clauses, boolean sharedWalk) {}

    private final Redactor redactor;
    private final ThreadLocal<Scope> current = new ThreadLocal<>();
    private final Map<String, ScenarioEvidence> byScenario = new ConcurrentHashMap<>();
    private final Map<String, ScenarioEvidence> walks = new ConcurrentHashMap<>();
    private final List<Captured> captured = new CopyOnWriteArrayList<>();

    public EvidenceLog(Redactor redactor) {
        this.redactor = redactor;
    }

    public Redactor redactor() {
        return redactor;
    }

    /** Opens a scenario's record; every rule of the contract is judged in it. */
    public void begin(String scenarioId) {
        begin(scenarioId, null);
    }

    /**
     * Opens a scenario's record. {@code tags} are the scenario's tags (with or without '@'): the clause ids among them
     * are the clauses it judges, and a response that breaks a rule another clause owns is only noted in its evidence.
     * Null: every rule is judged here.
     */
    public void begin(String scenarioId, Collection<String> tags) {
        ScenarioEvidence e = byScenario.computeIfAbsent(scenarioId, id -> new ScenarioEvidence());
        Set<String> clauses = tags == null ? null : tags.stream().map(t -> t.startsWith("@") ? t.substring(1) : t).collect(Collectors.toSet());
        current.set(new Scope(e, clauses, false));
    }

    /**
     * Closes the scenario's record. A response of a shared walk it used that broke a rule one of its clauses owns is
     * its failure, raised here, at the end, because the walk itself was set-up.
     */
    public void end() {
        Scope s = current.get();
        current.remove();
        if (s == null) return;
        List<ScenarioEvidence.Breach> owed = s.record().breaches().stream().filter(b -> judges(s, b.owners())).toList();
        if (!owed.isEmpty()) {
            throw new ClauseViolation(owed.get(0).reason() + (owed.size() > 1 ? " (and " + (owed.size() - 1) + " more in the evidence)" : ""));
        }
    }

    public ScenarioEvidence of(String scenarioId) {
        return byScenario.get(scenarioId);
    }

    /** True when a rule owned by {@code owners} (empty: owned by every reader) is judged where the thread is now. */
    public boolean judges(Set<String> owners) {
        Scope s = current.get();
        return s == null || (!s.sharedWalk() && judges(s, owners)) || owners.isEmpty();
    }

    private static boolean judges(Scope s, Set<String> owners) {
        return s.clauses() == null || owners.isEmpty() || owners.stream().anyMatch(s.clauses()::contains);
    }

    /** True inside a shared walk (see {@link #shared}): set-up that judges nothing itself. */
    public boolean inSharedWalk() {
        Scope s = current.get();
        return s != null && s.sharedWalk();
    }

    /** Keeps a rule broken inside a shared walk, for each scenario that uses the walk and owns the rule. */
    public void breach(String reason, Set<String> owners) {
        Scope s = current.get();
        if (s != null) s.record().add(new ScenarioEvidence.Breach(reason, Set.copyOf(owners)));
    }

    /**
     * Runs a walk made once per run and shared by several scenarios (RunContext.once): its exchanges and artefacts are
     * recorded once, under {@code key}, and not under the scenario that happened to trigger it; {@link #attachShared}
     * then puts them in the evidence of each scenario that asks for the walk.
     */
    public <T> T shared(String key, Supplier<T> make) {
        Scope outer = current.get();
        ScenarioEvidence walk = walks.computeIfAbsent(key, k -> new ScenarioEvidence());
        current.set(new Scope(walk, Set.of(), true));
        try {
            return make.get();
        } finally {
            if (outer == null) current.remove(); else current.set(outer);
        }
    }

    /** Attaches the shared walk {@code key} to the record being written (marked shared in evidence.json). */
    public void attachShared(String key) {
        Scope s = current.get();
        ScenarioEvidence walk = walks.get(key);
        if (s == null || walk == null || s.record().shared().containsKey(key)) return;
        s.record().attach(key, walk);
        if (!s.sharedWalk()) {
            Allure.addAttachment("Shared walk '" + key + "'", "text/plain", walk.exchanges().stream().map(Exchange::title)
                    .collect(Collectors.joining("\n", "Recorded once in the run and attached to each scenario that uses it (evidence.json):\n", "")), ".txt");
        }
    }

    /** Records an exchange: the raw body for run-wide checks, the redacted text as evidence. */
    public void exchange(Captured raw, Exchange redacted) {
        captured.add(raw);
        Scope s = current.get();
        if (s == null) return;
        s.record().add(redacted);
        attach(redacted);
    }

    /**
     * The exchange as a step of the running Allure step: the request and the response as separate attachments with
     * their real content types (JSON indented), and a curl line that sends the request again, secrets as variables.
     */
    private static void attach(Exchange x) {
        if (Allure.getLifecycle().getCurrentTestCaseOrStep().isEmpty()) return; // outside any scenario: evidence.json and the HAR keep it
        Allure.step(x.title(), () -> {
            HttpMessage request = x.requestMessage();
            HttpMessage response = x.responseMessage();
            if (!request.body().isEmpty()) {
                Allure.addAttachment("请求 Request · " + request.mediaType(), request.mediaType(), request.prettyBody(), request.extension());
            }
            Allure.addAttachment(x.status() < 0 ? "无响应 No response" : "响应 Response " + x.status() + " · " + response.mediaType(),
                    x.status() < 0 ? "text/plain" : response.mediaType(), x.status() < 0 ? response.body() : response.prettyBody(),
                    x.status() < 0 ? ".txt" : response.extension());
            StringBuilder replay = new StringBuilder("# 重放 Replay (set CSI_TOKEN / CSI_API_KEY / CSI_CLIENT_SECRET first; the values are never recorded)\n")
                    .append(x.curl()).append("\n\n");
            if (x.caller() != null) replay.append("# 调用方 Caller: ").append(x.caller()).append('\n');
            replay.append("# ").append(request.startLine()).append('\n');
            request.headers().forEach(h -> replay.append("# > ").append(h.getKey()).append(": ").append(h.getValue()).append('\n'));
            if (x.status() >= 0) {
                replay.append("# ").append(response.startLine()).append(" (").append(x.millis()).append(" ms)\n");
                response.headers().forEach(h -> replay.append("# < ").append(h.getKey()).append(": ").append(h.getValue()).append('\n'));
            }
            Allure.addAttachment("curl · 请求头 headers", "text/plain", replay.toString(), ".sh");
        });
    }

    /**
     * Names the exchange just recorded on this thread as the one the scenario's verdict rests on (a check that
     * judges an earlier reply than the last one calls this right after reading it).
     */
    public void markDecisive() {
        Scope s = current.get();
        if (s == null || s.sharedWalk()) return;
        List<Exchange> own = s.record().exchanges();
        if (!own.isEmpty()) s.record().markDecisive(own.get(own.size() - 1));
    }

    /** Records the inputs and outputs of a check, so a reader of the report can follow the verdict. */
    public void artefact(String name, String text) {
        String safe = redactor.redact(text);
        Scope s = current.get();
        if (s == null) return;
        s.record().add(new ScenarioEvidence.Artefact(name, safe));
        // A JSON artefact (a recomputation's inputs, a document) is shown as JSON, indented; anything else as text.
        HttpMessage asBody = new HttpMessage("", List.of(), safe);
        String pretty = asBody.prettyBody();
        boolean json = !pretty.equals(safe) || (safe.strip().startsWith("{") && safe.strip().endsWith("}") && safe.contains("\n  \""));
        Allure.addAttachment(name, json ? "application/json" : "text/plain", json ? pretty : safe, json ? ".json" : ".txt");
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
