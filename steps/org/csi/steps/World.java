package org.csi.steps;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.csi.harness.http.Reply;
import org.csi.harness.run.RunContext;
import org.csi.harness.support.PageWalk;

/** What one scenario has seen so far; a new World per scenario (picocontainer). */
public final class World {
    public final RunContext run = RunContext.current();
    public Reply reply;
    public final List<Reply> replies = new ArrayList<>();
    public JsonNode clock;
    public String clockName;
    public PageWalk walk;
    public List<JsonNode> products;
    /** Quantification results of this scenario, in the order they were requested. */
    public final List<JsonNode> quantifications = new ArrayList<>();
    /** The F-RQ case or fixture name a scenario works on (RQ-CAL-1, an invalid-input name …). */
    public String caseName;
    /** Underwriting cases walked in this scenario (CSI-UW), in order. */
    public final List<org.csi.harness.support.Underwriter.Case> cases = new ArrayList<>();

    public String clockId() {
        return clock.path("testClockId").asText();
    }

    public void answered(Reply r) {
        reply = r;
        replies.add(r);
    }
}
