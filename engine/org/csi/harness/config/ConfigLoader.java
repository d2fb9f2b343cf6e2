package org.csi.harness.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.net.ssl.SSLContext;
import org.csi.harness.contract.SchemaCheck;
import org.csi.harness.evidence.Redactor;

/** Reads a run configuration file, checked against schemas/harness-config.schema.json. */
public final class ConfigLoader {
    private final Function<String, String> environment;

    public ConfigLoader(Function<String, String> environment) {
        this.environment = environment;
    }

    public static ConfigLoader fromSystemEnvironment() {
        return new ConfigLoader(System::getenv);
    }

    public HarnessConfig load(Path file) {
        JsonNode json;
        try {
            json = new ObjectMapper().readTree(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new ConfigException("configuration file not found: " + file);
        } catch (JsonProcessingException e) {
            throw new ConfigException("configuration file " + file + " is not valid JSON (line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + "): " + withoutQuotedText(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new ConfigException("cannot read configuration file " + file + ": " + e.getMessage());
        }
        if (json == null || !json.isObject()) throw new ConfigException("configuration file " + file + " must hold a JSON object");
        List<String> violations = new SchemaCheck().violations("harness-config.schema.json", json);
        if (!violations.isEmpty()) {
            // A schema message may quote a value: every string of the file is a possible secret, so none is shown.
            Redactor scrub = new Redactor();
            strings(json, scrub);
            throw new ConfigException("configuration file " + file + " is invalid: " + scrub.redact(violations.get(0))
                    + (violations.size() > 1 ? " (and " + (violations.size() - 1) + " more)" : ""));
        }
        return fromJson(json, file.toAbsolutePath().getParent());
    }

    HarnessConfig fromJson(JsonNode json, Path base) {
        HarnessConfig d = HarnessConfig.defaults();
        JsonNode t = json.path("timeouts");
        List<Credential> credentials = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> tenants = json.path("credentials").fields(); tenants.hasNext(); ) {
            var tenant = tenants.next();
            boolean live = tenant.getKey().equals("live");
            for (Iterator<Map.Entry<String, JsonNode>> roles = tenant.getValue().fields(); roles.hasNext(); ) {
                var role = roles.next();
                JsonNode c = role.getValue();
                String where = "credentials." + tenant.getKey() + "." + role.getKey() + ".";
                credentials.add(new Credential(live ? "T1" : tenant.getKey(), role.getKey(), live, text(c, "clientId"),
                        longEnough(text(c, "clientSecret"), where + "clientSecret"), longEnough(text(c, "apiKey"), where + "apiKey"),
                        text(c, "keyId")));
            }
        }
        return new HarnessConfig(text(json, "target"), json.path("auth").path("prefer").asText(null), credentials,
                seconds(t, "connectSeconds", d.connectTimeout()), seconds(t, "readSeconds", d.readTimeout()),
                seconds(t, "tokenExpiryWaitSeconds", d.tokenExpiryWait()),
                limits(json.path("limits"), d.limits()), minutes(t, "runMinutes", d.runDeadline()),
                path(base, json.path("signing").path("privateKeyFile")), path(base, json.path("signing").path("publicKeyFile")),
                containerEnv(json.path("container").path("env")), seconds(json.path("container"), "startupSeconds", d.containerStartup()),
                tls(json.path("tls"), base), SigningOptions.of(json.path("signing").path("algorithm").asText(null),
                        json.path("timestamping").path("url").asText(null)));
    }

    /**
     * What the JSON parser says is wrong, without the text it quotes (the offending token may be a secret): the words
     * before the first quote or parenthesis, e.g. "Unrecognized token" or "Unexpected end-of-input".
     */
    static String withoutQuotedText(String message) {
        if (message == null) return "syntax error";
        int cut = message.length();
        for (char c : new char[] {'\'', '"', '(', '['}) {
            int i = message.indexOf(c);
            if (i >= 0) cut = Math.min(cut, i);
        }
        String words = message.substring(0, cut).strip().replaceAll("[:;,]+$", "").strip();
        return words.isEmpty() ? "syntax error" : words;
    }

    private static void strings(JsonNode node, Redactor into) {
        if (node.isTextual() && node.asText().length() >= 3) into.addSecret(node.asText());
        node.elements().forEachRemaining(child -> strings(child, into));
    }

    /**
     * A configured secret too short to be redacted safely is refused, naming the credential and never the value: a
     * short string occurs by chance in other text, so it could be neither told apart nor kept out of the reports.
     */
    private static String longEnough(String secret, String where) {
        if (secret != null && secret.length() < Redactor.MIN_SECRET_LENGTH) {
            throw new ConfigException(where + " is too short to be redacted safely (" + secret.length() + " characters; at least "
                    + Redactor.MIN_SECRET_LENGTH + " are needed)");
        }
        return secret;
    }

    private static SSLContext tls(JsonNode tls, Path base) {
        if (tls.isMissingNode()) return null;
        return TlsMaterial.context(path(base, tls.path("clientCertificateFile")), path(base, tls.path("clientKeyFile")),
                path(base, tls.path("caCertificateFile")));
    }

    private Map<String, String> containerEnv(JsonNode env) {
        Map<String, String> m = new LinkedHashMap<>();
        env.fieldNames().forEachRemaining(k -> m.put(k, text(env, k)));
        return m;
    }

    private static Path path(Path base, JsonNode v) {
        return v.isTextual() ? base.resolve(v.asText()) : null;
    }

    /** A value "env:NAME" is read from the environment, so secrets can stay out of files. */
    private String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) return null;
        String s = v.asText();
        if (s.startsWith("env:")) {
            String name = s.substring(4);
            String value = environment.apply(name);
            if (value == null || value.isEmpty()) {
                throw new ConfigException("configuration refers to environment variable " + name + " (" + field + "), which is not set");
            }
            return value;
        }
        return s;
    }

    private static Limits limits(JsonNode l, Limits d) {
        return new Limits(l.path("maxResponseBytes").asLong(d.maxResponseBytes()), l.path("maxHeaderCount").asInt(d.maxHeaderCount()),
                l.path("maxHeaderBytes").asInt(d.maxHeaderBytes()), l.path("maxEvidenceBytes").asInt(d.maxEvidenceBytes()));
    }

    private static Duration minutes(JsonNode node, String field, Duration fallback) {
        return node.has(field) ? Duration.ofMillis(Math.round(node.get(field).asDouble() * 60_000)) : fallback;
    }

    private static Duration seconds(JsonNode node, String field, Duration fallback) {
        return node.has(field) ? Duration.ofSeconds(node.get(field).asLong()) : fallback;
    }
}
