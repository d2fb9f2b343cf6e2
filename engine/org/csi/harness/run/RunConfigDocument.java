package org.csi.harness.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.csi.harness.config.Credential;
import org.csi.harness.config.HarnessConfig;
import org.csi.harness.evidence.Redactor;

/** config.json of a run: what was run against what, with every secret replaced, so that a run can be repeated. */
final class RunConfigDocument {
    private RunConfigDocument() {}

    /** {@code canaries}: the address each F-CAN canary of the run listened on (fixtures.md F-CAN: ports are defaults only). */
    static ObjectNode build(HarnessConfig config, String targetIdentity, ConformanceRun.Options options, Map<String, String> canaries) {
        ObjectNode c = new ObjectMapper().createObjectNode().put("target", targetIdentity);
        if (config.preferredAuth() != null) c.putObject("auth").put("prefer", config.preferredAuth());
        ObjectNode creds = c.putObject("credentials");
        for (Credential k : config.credentials()) {
            ObjectNode one = creds.with(k.live() ? "live" : k.tenant()).putObject(k.role());
            if (k.clientId() != null) one.put("clientId", k.clientId());
            if (k.clientSecret() != null) one.put("clientSecret", Redactor.MARK);
            if (k.apiKey() != null) one.put("apiKey", Redactor.MARK);
            if (k.keyId() != null) one.put("keyId", k.keyId());
        }
        c.putObject("timeouts").put("connectSeconds", config.connectTimeout().toSeconds()).put("readSeconds", config.readTimeout().toSeconds())
                .put("tokenExpiryWaitSeconds", config.tokenExpiryWait().toSeconds()).put("runMinutes", config.runDeadline().toMillis() / 60_000.0);
        c.putObject("limits").put("maxResponseBytes", config.maxResponseBytes()).put("maxHeaderCount", config.limits().maxHeaderCount())
                .put("maxHeaderBytes", config.limits().maxHeaderBytes()).put("maxEvidenceBytes", config.limits().maxEvidenceBytes());
        ObjectNode run = c.putObject("run");
        if (options.standards() != null) options.standards().forEach(run.withArray("standards")::add);
        if (options.tags() != null) run.put("tags", options.tags());
        run.put("threads", options.threads());
        if (options.quick()) run.put("quick", true).put("observationWindows", "MON-06 " + org.csi.harness.time.ObservationWindows.QUICK.mon06().toSeconds() + " s, MON-10 " + org.csi.harness.time.ObservationWindows.QUICK.mon10().toSeconds() + " s (the pack: 300 s, 600 s)");
        if (options.referenceFaults() != null) run.put("referenceFaults", options.referenceFaults());
        ObjectNode used = run.putObject("canaries");
        canaries.forEach(used::put);
        return c;
    }
}
