package org.csi.steps;

import org.csi.harness.checks.UnderwritingCase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.csi.harness.http.Caller;
import org.csi.harness.http.Reply;
import org.csi.harness.support.Claimant;
import org.csi.harness.support.Clocks;
import org.csi.harness.support.Fixture;
import org.csi.harness.http.PageWalk;
import org.csi.harness.support.Underwriter;
import org.csi.harness.support.RunContext;

/** What one scenario has seen so far; a new World per scenario (the run's object factory injects the run). */
public final class World {
    public final RunContext run;
    public Reply reply;
    public final List<Reply> replies = new ArrayList<>();
    public JsonNode clock;
    public String clockName;
    /** Who created {@link #clock}: clock steps act as its owner. */
    public Caller clockOwner;
    public PageWalk walk;
    public List<JsonNode> products;
    /** Quantification results of this scenario, in the order they were requested. */
    public final List<JsonNode> quantifications = new ArrayList<>();
    /** The application body last sent (CSI-UW), and what the solution answered for it. */
    public ObjectNode submitted;
    public JsonNode application;
    /** The assessment as the POST answered it, and as it was when COMPLETED. */
    public JsonNode assessmentStarted;
    public JsonNode assessment;
    /** Underwriting walks of this scenario, in order; {@link #fleet} is the run's shared walk of the eight F-ORG fixtures. */
    public final List<UnderwritingCase> cases = new ArrayList<>();
    public Map<String, UnderwritingCase> fleet;
    /** The claim a CSI-CLM walk left, for steps of other classes (GEN-11 reads its audit trail). */
    public Claimant.Claim claim;
    public Claimant claimant;
    /** Policies bound in this scenario, in order. */
    public final List<JsonNode> policies = new ArrayList<>();

    public World(RunContext run) {
        this.run = run;
    }

    /** The party the last step that named one acted as; steps that name none (a read-back, a list walk) act as it too. */
    public Caller actor;

    /** The named party's caller; it becomes the scenario's {@link #actor}. */
    public Caller as(String tenant, String role) {
        actor = run.as(tenant, role);
        return actor;
    }

    /** The party that last acted in this scenario, or {@code tenant}'s {@code role} when no step has named one. */
    public Caller actorOr(String tenant, String role) {
        return actor != null ? actor : run.as(tenant, role);
    }

    public String clockId() {
        return clock.path("testClockId").asText();
    }

    /** A new clock at T0, created by {@code owner}; it becomes the scenario's clock, and clock steps act as its owner. */
    public JsonNode newClock(Caller owner) {
        clockOwner = owner;
        clockName = "csi-" + UUID.randomUUID();
        clock = Fixture.setUp("create a test clock", () -> Clocks.create(owner, clockName, Clocks.t0()).expectStatus(201).json());
        return clock;
    }

    /** The scenario's clock, created by the tenant's INSURER when no step has made one yet. */
    public JsonNode clockOf(String tenant) {
        return clock != null ? clock : newClock(run.as(tenant, "INSURER"));
    }

    public UnderwritingCase lastCase() {
        return cases.get(cases.size() - 1);
    }

    public void answered(Reply r) {
        reply = r;
        replies.add(r);
    }
}
