package org.csi.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.csi.harness.certify.CertificationPackage;
import org.csi.harness.registry.RegistryServer;
import org.csi.harness.registry.Serve;
import org.csi.harness.store.StoreCommands;
import org.junit.jupiter.api.Test;

/**
 * csi serve reading a results store (csi certify --store): a sound package published there is kept, a tampered one
 * is refused with the file named and recorded, a run published without a package is not certified and is left
 * alone, and a rescan takes only what is new.
 */
class RegistryFromStoreTest {
    @Test
    void keepsTheStoresSoundPackagesAndRefusesATamperedOne() throws Exception {
        Path pkg = CertifiedPackage.get();
        Path run = pkg.resolveSibling("run");
        Path dir = Files.createTempDirectory("csi-registry-store");
        Path store = dir.resolve("store");
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        StoreCommands.publish(run, pkg, store.toString(), quiet);

        // A second copy of the run, published with a package whose scorecard was edited after signing.
        Path copy = dir.resolve("run-copy");
        copyTree(run, copy);
        Map<String, byte[]> entries = new LinkedHashMap<>(CertificationPackage.read(pkg));
        String sc = new String(entries.get("scorecard.json"), StandardCharsets.UTF_8);
        entries.put("scorecard.json", sc.replace("\"level\" : \"", "\"level\" :  \"").getBytes(StandardCharsets.UTF_8));
        assertTrue(!java.util.Arrays.equals(entries.get("scorecard.json"), CertificationPackage.read(pkg).get("scorecard.json")), "the edit took");
        Path tampered = dir.resolve("tampered.certification.zip");
        Files.write(tampered, RegistryEndToEnd.rezip(entries));
        StoreCommands.publish(copy, tampered, store.toString(), quiet);
        // And a run with no package at all.
        Path bare = dir.resolve("run-bare");
        copyTree(run, bare);
        StoreCommands.publish(bare, null, store.toString(), quiet);

        Files.copy(Path.of(pkg + ".pub"), dir.resolve("ab-1.pub"));
        Files.writeString(dir.resolve("serve.json"), "{\"dataDir\": \"data\", \"store\": \"" + store.toUri() + "\", \"bodies\": [{\"id\": \"ab-1\","
                + " \"tokenSha256\": \"" + CertificationPackage.sha256("t".getBytes(StandardCharsets.UTF_8)) + "\", \"signingKeys\": [\"ab-1.pub\"]}]}");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (RegistryServer server = Serve.start(dir.resolve("serve.json"), 0, new PrintStream(printed, true, StandardCharsets.UTF_8))) {
            assertEquals(1, server.initialImport().kept(), printed.toString(StandardCharsets.UTF_8));
            assertEquals(1, server.initialImport().refused(), server.store().refusals().toString());
            assertTrue(printed.toString(StandardCharsets.UTF_8).contains("1 packages kept, 1 refused"), printed.toString(StandardCharsets.UTF_8));
            String refusals = server.store().refusals().toString();
            assertTrue(refusals.contains("results store: signed by no registered assessment body's key") && refusals.contains("scorecard.json"), refusals);
            JsonNode pilot = RegistryEndToEnd.JSON.readTree(RegistryEndToEnd.get(server.uri(), "/pilot.json").body());
            assertEquals(1, pilot.path("solutions").size(), pilot.toString());
            assertEquals(new org.csi.harness.registry.StoreImport.Summary(0, 0, 0), server.importFromStore(), "a rescan takes only what is new");
        }
    }

    private static void copyTree(Path from, Path to) throws Exception {
        try (var files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path t = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(t);
                else Files.copy(f, t);
            }
        }
    }
}
