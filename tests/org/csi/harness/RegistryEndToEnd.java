package org.csi.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.csi.harness.certify.CertificationPackage;
import org.csi.harness.certify.Signer;
import org.csi.harness.contract.SchemaCheck;
import org.csi.harness.registry.RegistryConfig;
import org.csi.harness.registry.RegistryServer;
import org.csi.harness.registry.SigningKeyCheck;
import org.junit.jupiter.api.Test;

/**
 * csi serve end to end over real HTTP, the same checks on each database: a good package is kept and shows on the
 * pilot page, JSON and history; a tampered one is refused with the file named; no token is 401; a package signed
 * by another key than the body's is refused; the kept packages survive a restart.
 */
abstract class RegistryEndToEnd {
    static final String TOKEN = "ab-1-token-" + Long.toHexString(System.nanoTime());
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY).build();

    /** The database the registry under test keeps its rows in (a fresh one per call). */
    abstract RegistryConfig.Database database(Path dataDir) throws Exception;

    RegistryConfig config(Path dir, long maxBytes) throws Exception {
        Path pkg = CertifiedPackage.get();
        Files.copy(Path.of(pkg + ".pub"), dir.resolve("ab-1.pub"));
        Files.writeString(dir.resolve("ab-2.pub"), Signer.pem(Signer.generate().getPublic()));
        Files.writeString(dir.resolve("consent.json"), "{\"solutions\": [{\"solution\": \"" + solution() + "\", \"solutionKey\": \"S-REF\","
                + " \"displayName\": \"Reference (consented name)\", \"consentToPublish\": false}]}");
        Files.writeString(dir.resolve("serve.json"), "{\"dataDir\": \"data\", \"consent\": \"consent.json\", \"maxPackageBytes\": " + maxBytes + ","
                + " \"bodies\": [{\"id\": \"ab-1\", \"tokenSha256\": \"" + CertificationPackage.sha256(TOKEN.getBytes(StandardCharsets.UTF_8)) + "\", \"signingKeys\": [\"ab-1.pub\"]},"
                + " {\"id\": \"ab-2\", \"tokenSha256\": \"" + CertificationPackage.sha256("ab-2".getBytes(StandardCharsets.UTF_8)) + "\", \"signingKeys\": [\"ab-2.pub\"]}]}");
        RegistryConfig c = RegistryConfig.read(dir.resolve("serve.json"));
        return c.withDatabase(database(c.dataDir()));
    }

    static String solution() throws Exception {
        JsonNode s = JSON.readTree(CertificationPackage.read(CertifiedPackage.get()).get("scorecard.json")).path("solution");
        return s.path("vendor").asText() + " — " + s.path("name").asText();
    }

    static HttpResponse<String> post(URI base, String token, byte[] zip) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve("/packages")).header("Content-Type", "application/zip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(zip));
        if (token != null) b.header("Authorization", "Bearer " + token);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(URI base, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(base.resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static byte[] rezip(Map<String, byte[]> entries) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void keepsAGoodPackageRefusesATamperedOneAndServesThePilot() throws Exception {
        Path dir = Files.createTempDirectory("csi-serve");
        RegistryConfig config = config(dir, RegistryConfig.DEFAULT_MAX_PACKAGE_BYTES);
        byte[] good = Files.readAllBytes(CertifiedPackage.get());
        Map<String, byte[]> entries = CertificationPackage.read(CertifiedPackage.get());
        String runId = JSON.readTree(entries.get("scorecard.json")).path("runId").asText();
        try (RegistryServer server = RegistryServer.start(config, new SigningKeyCheck())) {
            URI base = server.uri();
            assertEquals("127.0.0.1", base.getHost(), "loopback by default");

            HttpResponse<String> none = post(base, null, good);
            assertEquals(401, none.statusCode(), none.body());
            assertEquals(401, post(base, "not-a-token", good).statusCode());

            // a valid package, but signed by ab-1's key: ab-2 may not register it
            HttpResponse<String> foreign = post(base, "ab-2", good);
            assertEquals(422, foreign.statusCode(), foreign.body());
            assertTrue(foreign.body().contains("attestation.dsse.json: signed by key sha256:") && foreign.body().contains("not the expected one"), foreign.body());

            // tampered: the level edited in scorecard.json after signing
            Map<String, byte[]> edited = new java.util.LinkedHashMap<>(entries);
            String sc = new String(entries.get("scorecard.json"), StandardCharsets.UTF_8);
            String level = JSON.readTree(sc).path("level").asText();
            edited.put("scorecard.json", sc.replace("\"level\" : \"" + level + "\"", "\"level\" : \"L3\"")
                    .replace("\"level\":\"" + level + "\"", "\"level\":\"L3\"").getBytes(StandardCharsets.UTF_8));
            assertFalse(java.util.Arrays.equals(edited.get("scorecard.json"), entries.get("scorecard.json")), "the edit took");
            HttpResponse<String> tampered = post(base, TOKEN, rezip(edited));
            assertEquals(422, tampered.statusCode(), tampered.body());
            assertTrue(tampered.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            JsonNode problem = JSON.readTree(tampered.body());
            assertEquals(422, problem.path("status").asInt());
            assertTrue(problem.path("problems").toString().contains("scorecard.json: SHA-256 does not match the signed statement"), tampered.body());

            HttpResponse<String> garbage = post(base, TOKEN, "not a zip".getBytes(StandardCharsets.US_ASCII));
            assertEquals(422, garbage.statusCode(), garbage.body());
            assertFalse(garbage.body().contains(dir.toString()), "no server path in a reason: " + garbage.body());

            assertEquals(0, JSON.readTree(get(base, "/pilot.json").body()).path("solutions").size(), "nothing refused is kept");
            assertEquals(3, server.store().refusals().size(), "each refusal recorded: " + server.store().refusals());

            HttpResponse<String> kept = post(base, TOKEN, good);
            assertEquals(201, kept.statusCode(), kept.body());
            assertEquals(runId, JSON.readTree(kept.body()).path("runId").asText());
            assertTrue(Files.exists(config.dataDir().resolve("packages").resolve(CertificationPackage.sha256(good) + ".zip")));
            assertEquals(409, post(base, TOKEN, good).statusCode(), "the same run twice");

            assertPilotServed(base, runId);
        }
        // the rows and the zip outlive the process
        try (RegistryServer again = RegistryServer.start(config, new SigningKeyCheck())) {
            assertPilotServed(again.uri(), runId);
        }
    }

    static void assertPilotServed(URI base, String runId) throws Exception {
        HttpResponse<String> json = get(base, "/pilot.json");
        assertEquals(200, json.statusCode());
        JsonNode p = JSON.readTree(json.body());
        assertEquals(List.of(), new SchemaCheck().violations("pilot-scorecard.schema.json", p));
        assertEquals(1, p.path("solutions").size(), json.body());
        JsonNode s = p.path("solutions").get(0);
        assertEquals(runId, s.path("runId").asText());
        assertEquals("S-REF", s.path("displayName").asText(), "no consent: published under its key");
        HttpResponse<String> page = get(base, "/pilot");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(page.body().contains("S-REF") && !page.body().contains("Reference (consented name)") && !page.body().contains(solution()), "consent respected");
        JsonNode history = JSON.readTree(get(base, "/solutions/S-REF/history").body());
        assertEquals(1, history.path("packages").size(), history.toString());
        assertEquals(runId, history.path("packages").get(0).path("runId").asText());
        assertEquals("ab-1", history.path("packages").get(0).path("assessmentBody").asText());
        assertEquals(404, get(base, "/solutions/S-NONE/history").statusCode());
    }
}
