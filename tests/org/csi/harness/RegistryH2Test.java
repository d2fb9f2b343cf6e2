package org.csi.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.csi.harness.registry.RegistryConfig;
import org.csi.harness.registry.RegistryServer;
import org.csi.harness.registry.SigningKeyCheck;
import org.junit.jupiter.api.Test;

/** The registry on its embedded default (an H2 file database in the data folder), plus the page in a real browser. */
class RegistryH2Test extends RegistryEndToEnd {
    @Override
    RegistryConfig.Database database(Path dataDir) {
        return RegistryConfig.read(dataDir.getParent().resolve("serve.json")).database();   // what the file gives: the embedded default
    }

    @Test
    void csiServeRefusesABadConfigurationWithExit2() throws Exception {
        assertEquals(org.csi.harness.cli.Csi.BAD_CONFIG, CliTest.csi("serve").status(), "--config is required");
        Path dir = Files.createTempDirectory("csi-serve");
        CliTest.Outcome missing = CliTest.csi("serve", "--config", dir.resolve("none.json").toString());
        assertEquals(org.csi.harness.cli.Csi.BAD_CONFIG, missing.status(), missing.out() + missing.err());
        Files.writeString(dir.resolve("serve.json"), "{\"bodies\": [{\"id\": \"ab-1\", \"tokenSha256\": \"plain-token\", \"signingKeys\": []}]}");
        CliTest.Outcome plain = CliTest.csi("serve", "--config", dir.resolve("serve.json").toString());
        assertEquals(org.csi.harness.cli.Csi.BAD_CONFIG, plain.status());
        assertTrue(plain.err().contains("tokenSha256 must be the SHA-256"), plain.err());
        assertTrue(CliTest.csi("serve", "--help").out().contains("--config"));
    }

    @Test
    void csiServeStartsFromItsConfigurationFileAndSaysWhereItListens() throws Exception {
        Path dir = Files.createTempDirectory("csi-serve");
        config(dir, RegistryConfig.DEFAULT_MAX_PACKAGE_BYTES);
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        try (RegistryServer server = org.csi.harness.registry.Serve.start(dir.resolve("serve.json"), 0,
                new java.io.PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8))) {
            String out = printed.toString(java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(out.contains("listening on " + server.uri()) && server.uri().toString().startsWith("http://127.0.0.1:"), out);
            assertTrue(out.contains("jdbc:h2:file:"), "the embedded default: " + out);
            assertEquals(200, get(server.uri(), "/pilot").statusCode());
            assertTrue(Files.exists(dir.resolve("data").resolve("registry.mv.db")), "the H2 file lives in the data folder");
        }
    }

    @Test
    void tooLargeIsRefusedBeforeItIsRead() throws Exception {
        Path dir = Files.createTempDirectory("csi-serve");
        try (RegistryServer server = RegistryServer.start(config(dir, 1024), new SigningKeyCheck())) {
            HttpResponse<String> r = post(server.uri(), TOKEN, Files.readAllBytes(CertifiedPackage.get()));
            assertEquals(413, r.statusCode(), r.body());
        }
    }

    @Test
    void thePilotPageRendersInARealBrowser() throws Exception {
        Browser.require();
        Path dir = Files.createTempDirectory("csi-serve");
        try (RegistryServer server = RegistryServer.start(config(dir, RegistryConfig.DEFAULT_MAX_PACKAGE_BYTES), new SigningKeyCheck())) {
            assertEquals(201, post(server.uri(), TOKEN, Files.readAllBytes(CertifiedPackage.get())).statusCode());
            String dom = Browser.dumpDomAfterScripts(server.uri().resolve("/pilot").toString(), 2000);
            assertTrue(dom.contains("贯标试点记分卡") && dom.contains("S-REF") && dom.contains("<svg"), dom.length() > 400 ? dom.substring(0, 400) : dom);
        }
    }
}
