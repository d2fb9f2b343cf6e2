package org.csi.harness;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.csi.reference.Credential;
import org.csi.reference.Fault;
import org.csi.reference.ReferenceSolution;

/** The reference solution run as a vendor's solution would be: an external URL and a configuration file. */
final class ExternalReference implements AutoCloseable {
    static final Pattern TOKEN = Pattern.compile("at_[A-Za-z0-9_-]{20,}");

    final ReferenceSolution solution;
    final Path config;

    ExternalReference(String faults) throws IOException {
        this(faults, Duration.ZERO);
    }

    /** With {@code latency}, every answer comes that much later, as across a network. */
    ExternalReference(String faults, Duration latency) throws IOException {
        this(ReferenceSolution.Options.defaults().withFaults(Fault.parse(faults)).withLatency(latency));
    }

    /** With other options (a narrower declaration, for example); tokens live 2 s. */
    ExternalReference(ReferenceSolution.Options options) throws IOException {
        solution = ReferenceSolution.start(options.withTokenTtl(Duration.ofSeconds(2)));
        ObjectNode c = new ObjectMapper().createObjectNode();
        ObjectNode creds = c.putObject("credentials");
        for (Credential k : solution.credentials()) {
            creds.with(k.testMode() ? k.tenant() : "live").putObject(k.role()).put("clientId", k.clientId())
                    .put("clientSecret", k.clientSecret()).put("apiKey", k.apiKey()).put("keyId", k.clientId());
        }
        c.putObject("timeouts").put("tokenExpiryWaitSeconds", 10);
        config = Files.createTempFile("csi-config", ".json");
        Files.writeString(config, c.toPrettyString());
    }

    String url() {
        return solution.baseUrl();
    }

    /** Every file under {@code dir} that holds a configured secret or an issued access token. */
    List<String> leaks(Path dir) throws IOException {
        List<String> secrets = new ArrayList<>();
        for (Credential k : solution.credentials()) {
            secrets.add(k.clientSecret());
            secrets.add(k.apiKey());
        }
        List<String> leaks = new ArrayList<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path f : all.filter(Files::isRegularFile).toList()) {
                String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
                for (String s : secrets) if (text.contains(s)) leaks.add(f + " contains a configured secret");
                if (TOKEN.matcher(text).find()) leaks.add(f + " contains an access token");
            }
        }
        return leaks;
    }

    @Override
    public void close() {
        solution.close();
    }
}
