package org.csi.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** Runs one of the repository's image build scripts (no registry: everything is built here) and returns what it printed last. */
final class ImageBuild {
    private ImageBuild() {}

    static String run(String script, String... args) throws Exception {
        String[] command = new String[args.length + 2];
        command[0] = "bash";
        command[1] = script;
        System.arraycopy(args, 0, command, 2, args.length);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "the image build finishes");
        assertEquals(0, p.exitValue(), output);
        return output.strip().lines().reduce((a, b) -> b).orElse("");
    }
}
