package org.csi.harness.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import org.csi.harness.contract.SchemaCheck;
import org.csi.harness.verdict.ClauseOutcome;
import org.csi.harness.verdict.Declaration;
import org.csi.harness.verdict.Outcome;
import org.csi.harness.verdict.Rulings;
import org.csi.harness.verdict.Scoring;

/** The run scorecard of conformance-levels.md §7, checked against schemas/scorecard.schema.json before it is written. */
public final class ScorecardJson {
    public static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Identity of the run and of the solution, as the scorecard states them. */
    public record RunInfo(String runId, String packVersion, String harnessName, String harnessVersion, String fixtureSetVersion,
                          String vendor, String solutionName, String solutionVersion, String capabilityDigest, String startedAt,
                          String finishedAt, String imageId) {}

    private ScorecardJson() {}

    /** The scorecard; {@code previous} is the same solution's previous scorecard, or null on a first run. */
    public static ObjectNode build(RunInfo run, Declaration declaration, Scoring.PackResult result, JsonNode previous) {
        return build(run, declaration, result, previous, false);
    }

    /**
     * As above; a {@code provisional} scorecard (a quick-mode run, with shorter observation windows than the pack's)
     * says so with {@code provisional: true}, and certify refuses it.
     */
    public static ObjectNode build(RunInfo run, Declaration declaration, Scoring.PackResult result, JsonNode previous, boolean provisional) {
        return build(run, declaration, result, previous, provisional, Rulings.none(), null);
    }

    /**
     * As above, with an assessor's rulings and a vendor's comments set beside the outcomes as measured ({@link Rulings}:
     * they change no outcome, verdict, score or level); {@code runAt} decides which rulings have expired.
     */
    public static ObjectNode build(RunInfo run, Declaration declaration, Scoring.PackResult result, JsonNode previous, boolean provisional,
                                   Rulings rulings, Instant runAt) {
        ObjectNode s = MAPPER.createObjectNode();
        s.put("scorecardVersion", "0.1").put("packVersion", run.packVersion()).put("runId", run.runId());
        s.putObject("harness").put("name", run.harnessName()).put("version", run.harnessVersion())
                .put("fixtureSetVersion", run.fixtureSetVersion());
        s.putObject("solution").put("vendor", run.vendor()).put("name", run.solutionName()).put("version", run.solutionVersion())
                .put("capabilityDigest", run.capabilityDigest());
        if (run.imageId() != null) ((ObjectNode) s.get("solution")).put("imageId", run.imageId());
        s.put("startedAt", run.startedAt()).put("finishedAt", run.finishedAt());
        ArrayNode declared = s.putArray("declared");
        declaration.standards().forEach((id, profiles) -> {
            ArrayNode p = declared.addObject().put("id", id).putArray("profiles");
            profiles.forEach(p::add);
        });
        ArrayNode standards = s.putArray("standards");
        for (Scoring.StandardResult r : result.standards()) {
            ObjectNode st = standards.addObject().put("id", r.id()).put("verdict", r.verdict().name());
            if (r.score() == null) st.putNull("score"); else st.put("score", r.score());
            ObjectNode counts = st.putObject("counts");
            for (Outcome o : Outcome.values()) counts.put(o.name(), r.counts().get(o));
            r.blockingFailures().forEach(st.putArray("blockingFailures")::add);
            ArrayNode clauses = st.putArray("clauses");
            for (ClauseOutcome c : r.clauses()) {
                ObjectNode cl = clauses.addObject().put("id", c.clause().id()).put("level", c.clause().level().name())
                        .put("profile", c.clause().profile()).put("outcome", c.outcome().name()).put("evidenceCount", c.evidenceCount());
                if (c.reason() == null) cl.putNull("reason"); else cl.put("reason", c.reason());
            }
        }
        if (result.packScore() == null) s.putNull("packScore"); else s.put("packScore", result.packScore());
        s.put("shouldPassRate", result.shouldPassRate()).put("level", result.level());
        s.putObject("performance");
        if (provisional) s.put("provisional", true);
        if (!rulings.isEmpty()) beside(s, rulings, result.standards().stream().flatMap(r -> r.clauses().stream()).toList(), runAt);
        if (previous == null) {
            s.putNull("previousRunId");
            s.putNull("trend");
        } else {
            s.put("previousRunId", previous.path("runId").asText());
            s.set("trend", Trend.compare(s, previous));
        }
        List<String> violations = new SchemaCheck().violations("scorecard.schema.json", s);
        if (!violations.isEmpty()) throw new IllegalStateException("the harness built a scorecard that violates its schema: " + violations);
        return s;
    }

    /** The rulings and comments, each with the outcome as measured and its flags. */
    private static void beside(ObjectNode s, Rulings rulings, List<ClauseOutcome> outcomes, Instant runAt) {
        ArrayNode ruled = s.putArray("rulings");
        for (Rulings.RuledClause r : rulings.ruled(outcomes, runAt)) {
            ObjectNode n = ruled.addObject().put("clause", r.ruling().clause()).put("standard", r.standard())
                    .put("outcome", r.measured().name()).put("kind", r.ruling().kind().name()).put("reason", r.ruling().reason())
                    .put("approver", r.ruling().approver()).put("expiry", r.ruling().expiry().toString());
            if (r.ruling().riskNote() == null) n.putNull("riskNote"); else n.put("riskNote", r.ruling().riskNote());
            n.put("expired", r.expired()).put("moot", r.moot());
        }
        ArrayNode commented = s.putArray("vendorComments");
        for (Rulings.CommentedClause c : rulings.commented(outcomes)) {
            commented.addObject().put("clause", c.comment().clause()).put("standard", c.standard()).put("outcome", c.measured().name())
                    .put("comment", c.comment().comment()).put("author", c.comment().author()).put("notFailed", c.notFailed());
        }
    }
}
