package org.csi.harness.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.csi.harness.config.ConfigException;
import org.csi.harness.config.ConfigLoader;
import org.csi.harness.config.Credential;
import org.csi.harness.config.HarnessConfig;
import org.csi.harness.verdict.Declaration;

/**
 * {@code csi check --target URL --config FILE}: a pre-flight that starts no run. It reads the capability document,
 * asks for a token with every configured credential and tries every API key once, and names what is wrong by the
 * credential's tenant and role (never its secret). Exit 0 all well, 2 a configuration problem (a refused secret or
 * key), 3 the target cannot be reached or has no usable capability document.
 */
final class Check {
    private Check() {}

    static int check(String target, Path config, PrintStream out, PrintStream err) {
        if (target == null || config == null) throw new ConfigException("csi check needs --target URL and --config FILE");
        if (!java.nio.file.Files.isRegularFile(config)) throw new ConfigException("configuration file not found: " + config);
        HarnessConfig cfg = ConfigLoader.fromSystemEnvironment().load(config);
        String base = target.replaceAll("/+$", "");
        HttpClient http = HttpClient.newBuilder().connectTimeout(cfg.connectTimeout()).build();
        Duration read = Duration.ofSeconds(Math.min(10, cfg.readTimeout().toSeconds()));
        JsonNode capability;
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/.well-known/csi-configuration")).timeout(read).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                err.println("csi check: capability document at " + base + "/.well-known/csi-configuration answered " + r.statusCode());
                return Csi.UNREACHABLE;
            }
            capability = new ObjectMapper().readTree(r.body());
        } catch (java.io.IOException | IllegalArgumentException e) {
            err.println("csi check: cannot reach " + base + ": " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()));
            return Csi.UNREACHABLE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Csi.HARNESS_ERROR;
        }
        out.println("ok   capability document reached (" + base + "/.well-known/csi-configuration)");
        Declaration d = Declaration.from(capability);
        String apiBase = d.apiBaseUrl() != null ? d.apiBaseUrl() : base + "/csi/v1";
        List<String> problems = new ArrayList<>();
        for (Credential c : cfg.credentials()) {
            if (c.hasOAuth() && d.oauth2() && d.tokenEndpoint() != null) {
                int s = status(http, read, HttpRequest.newBuilder(URI.create(d.tokenEndpoint()))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=" + enc(c.clientId())
                                + "&client_secret=" + enc(c.clientSecret()))));
                if (s == 200) out.println("ok   token for " + c.label());
                else problems.add("no token for " + c.label() + ": the token endpoint answered " + s + " (wrong client id or secret?)");
            }
            if (c.hasApiKey() && d.apiKey()) {
                int s = status(http, read, HttpRequest.newBuilder(URI.create(apiBase + "/catalog/products")).header("X-CSI-Api-Key", c.apiKey()).GET());
                if (s != 401 && s != 403 && s > 0) out.println("ok   API key of " + c.label() + " (" + s + ")");
                else problems.add("API key of " + c.label() + " refused: " + s);
            }
        }
        for (String p : problems) err.println("csi check: " + p);
        if (!problems.isEmpty()) return Csi.BAD_CONFIG;
        out.println("csi check: all well (declared " + d.standards().keySet() + ")");
        return Csi.OK;
    }

    private static int status(HttpClient http, Duration read, HttpRequest.Builder b) {
        try {
            return http.send(b.timeout(read).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
