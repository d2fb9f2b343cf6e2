package org.csi.harness.target;

import java.time.Duration;
import java.util.List;
import org.csi.harness.config.ConfigException;
import org.csi.harness.config.Credential;
import org.csi.reference.Fault;
import org.csi.reference.ReferenceSolution;
import org.csi.reference.Variant;

/**
 * The reference solution, started in process on loopback. This is the only place the engine touches the
 * reference solution's code: to start it and to learn its credentials. Verdicts never depend on it.
 */
public final class EmbeddedReference implements Target {
    private final ReferenceSolution solution;

    /** {@code switches}: fault and variant names (and {@code DECLARE=…}), comma-separated, as --reference-faults takes them. */
    public EmbeddedReference(String switches, Duration tokenTtl) {
        ReferenceSolution.Options options;
        try {
            options = ReferenceSolution.Options.defaults().withSwitches(switches);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage());
        }
        if (tokenTtl != null) options = options.withTokenTtl(tokenTtl);
        this.solution = ReferenceSolution.start(options);
    }

    /** Names and descriptions of the reference solution's faults, for --help and the kill matrix. */
    public static List<String[]> faults() {
        return java.util.Arrays.stream(Fault.values()).map(f -> new String[] {f.name(), f.clause, f.description}).toList();
    }

    /** Names, what the pack allows them by and descriptions of the reference solution's variants, for --help and the variant matrix. */
    public static List<String[]> variants() {
        return java.util.Arrays.stream(Variant.values()).map(v -> new String[] {v.name(), v.allowedBy, v.description}).toList();
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
                + (solution.faults().isEmpty() ? "" : " with faults " + solution.faults())
                + (solution.variants().isEmpty() ? "" : " with variants " + solution.variants())
                + (solution.latency().isZero() ? "" : " answering " + solution.latency().toMillis() + " ms late");
    }

    @Override
    public void close() {
        solution.close();
    }
}
