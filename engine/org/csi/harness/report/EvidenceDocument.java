package org.csi.harness.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.csi.harness.evidence.EvidenceLog;
import org.csi.harness.evidence.Exchange;
import org.csi.harness.evidence.ScenarioEvidence;
import org.csi.harness.verdict.ClauseOutcome;
import org.csi.harness.verdict.Outcome;
import org.csi.harness.verdict.Plan;
import org.csi.harness.verdict.ScenarioResult;

/** evidence.json: per clause, its outcome and each scenario with its exchanges and check artefacts (§6). */
public final class EvidenceDocument {
    private EvidenceDocument() {}

    public static ObjectNode build(String runId, Plan plan, List<ScenarioResult> results, List<ClauseOutcome> outcomes, EvidenceLog evidence) {
        ObjectNode doc = ScorecardJson.MAPPER.createObjectNode().put("runId", runId);
        ArrayNode clauses = doc.putArray("clauses");
        Map<String, ScenarioResult> byId = new LinkedHashMap<>();
        results.forEach(r -> byId.put(r.id(), r));
        for (ClauseOutcome o : outcomes) {
            if (o.outcome() == Outcome.NOT_APPLICABLE && plan.forClause(o.clause().id()).isEmpty()) continue;
            ObjectNode c = clauses.addObject().put("id", o.clause().id()).put("outcome", o.outcome().name());
            if (o.reason() == null) c.putNull("reason"); else c.put("reason", o.reason());
            ArrayNode scenarios = c.putArray("scenarios");
            for (Plan.Entry e : plan.forClause(o.clause().id())) {
                ObjectNode s = scenarios.addObject().put("name", e.name()).put("location", e.id()).put("disposition", e.disposition().name());
                ScenarioResult r = byId.get(e.id());
                if (r != null) {
                    s.put("outcome", r.outcome().name()).put("millis", r.millis());
                    if (r.reason() != null) s.put("reason", r.reason());
                }
                ScenarioEvidence ev = evidence.of(e.id());
                if (ev != null) {
                    // A scenario that did not pass says first what was expected and observed, then which exchange it rests on.
                    Exchange decisive = r != null && r.outcome() != Outcome.PASS ? ev.decisive(r.reason()) : null;
                    if (decisive != null) s.put("decisiveExchange", decisive.title());
                    ArrayNode ex = s.putArray("exchanges");
                    ArrayNode art = s.putArray("artefacts");
                    add(ex, art, ev, null, decisive);
                    // Shared walks (the F-ORG walk, the catalogue): recorded once, listed under every scenario that used them.
                    ev.walks().forEach((key, walk) -> add(ex, art, walk, key, decisive));
                }
            }
        }
        return doc;
    }

    /**
     * Writes, for each clause that did not pass, its part of evidence.json as {@code evidence/<clause>.json}, which the
     * scorecard links to; returns clause id → link relative to the run folder.
     */
    public static Map<String, String> writeClauseFiles(java.nio.file.Path runDir, com.fasterxml.jackson.databind.JsonNode doc) {
        Map<String, String> links = new LinkedHashMap<>();
        for (com.fasterxml.jackson.databind.JsonNode c : doc.path("clauses")) {
            String outcome = c.path("outcome").asText();
            if (!outcome.equals("FAIL") && !outcome.equals("CANNOT_TELL")) continue;
            boolean ran = false;
            for (com.fasterxml.jackson.databind.JsonNode s : c.path("scenarios")) ran |= s.has("outcome");
            if (!ran) continue; // not run here (another run's tags): nothing observed to link to
            String id = c.path("id").asText();
            String link = "evidence/" + id + ".json";
            ObjectNode part = ScorecardJson.MAPPER.createObjectNode().put("runId", doc.path("runId").asText());
            part.setAll((ObjectNode) c.deepCopy());
            Files2.writeAtomically(runDir.resolve(link), part.toPrettyString());
            links.put(id, link);
        }
        return links;
    }

    private static void add(ArrayNode exchanges, ArrayNode artefacts, ScenarioEvidence ev, String sharedWalk, Exchange decisive) {
        ev.exchanges().forEach(x -> {
            ObjectNode n = exchanges.addObject();
            if (x == decisive) n.put("decisive", true);
            n.put("at", x.startedAt()).put("title", x.title()).put("caller", x.caller()).put("millis", x.millis())
                    .put("request", x.request()).put("response", x.response()).put("curl", x.curl());
            if (sharedWalk != null) n.put("shared", sharedWalk);
        });
        ev.artefacts().forEach(a -> {
            ObjectNode n = artefacts.addObject().put("name", a.name()).put("text", a.text());
            if (sharedWalk != null) n.put("shared", sharedWalk);
        });
    }

}
