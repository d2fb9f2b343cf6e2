package org.csi.harness.target;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.csi.harness.config.ConfigException;
import org.csi.harness.config.Credential;
import org.csi.reference.Fault;
import org.csi.reference.ReferenceSolution;

/**
 * The reference solution, started in process on loopback. This is the only place the engine touches the
 * reference solution's code: to start it and to learn its credentials. Verdicts never depend on it.
 */
public final class EmbeddedReference implements Target {
    private final ReferenceSolution solution;

    public EmbeddedReference(String faults, Duration tokenTtl) {
        Set<Fault> parsed;
        try {
            parsed = Fault.parse(faults);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage());
        }
        ReferenceSolution.Options options = ReferenceSolution.Options.defaults().withFaults(parsed);
        if (tokenTtl != null) options = options.withTokenTtl(tokenTtl);
        this.solution = ReferenceSolution.start(options);
    }

    /** Names and descriptions of the reference solution's faults, for --help and the kill matrix. */
    public static List<String[]> faults() {
        return java.util.Arrays.stream(Fault.values()).map(f -> new String[] {f.name(), f.clause, f.description}).toList();
    }

    public String baseUrl() {
        return solution.baseUrl();
    }

    public List<Credential> credentials() {
        return solution.credentials().stream()
                .map(c -> new Credential(c.tenant(), c.role(), !c.testMode(), c.clientId(), c.clientSecret(), c.apiKey(), c.clientId()))
                .toList();
    }

    public String identity() {
        return "embedded reference solution at " + solution.baseUrl()
                + (solution.faults().isEmpty() ? "" : " with faults " + solution.faults());
    }

    @Override
    public void close() {
        solution.close();
    }
}
