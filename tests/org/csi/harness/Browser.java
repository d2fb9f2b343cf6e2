package org.csi.harness;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Debian's headless Chromium, as a real reader of the pages the harness writes. */
final class Browser {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private Browser() {}

    /** In CI the browser must be there (.ci/run installs it); elsewhere a missing browser skips, saying why. */
    static void require() {
        if (Files.isExecutable(CHROMIUM)) return;
        String why = "Debian's chromium is not installed (apt-get install -y chromium fonts-noto-cjk; .ci/run does this)";
        if (System.getenv("CI") != null) throw new AssertionError(why);
        assumeTrue(false, why);
    }

    static String dumpDom(Path page) throws Exception {
        return run("--dump-dom", page.toUri().toString());
    }

    /** The DOM once the page's own scripts have had {@code budgetMillis} of virtual time (an app such as Allure's). */
    static String dumpDomAfterScripts(Path page, int budgetMillis) throws Exception {
        return run("--virtual-time-budget=" + budgetMillis, "--dump-dom", page.toUri().toString());
    }

    /** As {@link #dumpDomAfterScripts(Path, int)} for an address with a fragment (a route of a single-page app). */
    static String dumpDomAfterScripts(String url, int budgetMillis) throws Exception {
        return run("--virtual-time-budget=" + budgetMillis, "--dump-dom", url);
    }

    /** A screenshot once the page's own scripts have had {@code budgetMillis} of virtual time. */
    static void screenshotAfterScripts(Path page, Path png, int budgetMillis) throws Exception {
        run("--virtual-time-budget=" + budgetMillis, "--screenshot=" + png.toAbsolutePath(), "--window-size=1400,1000", page.toUri().toString());
    }

    static void screenshot(Path page, Path png) throws Exception {
        run("--screenshot=" + png.toAbsolutePath(), "--window-size=1400,1000", page.toUri().toString());
    }

    private static String run(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + Files.createTempDirectory("chromium")));
        cmd.addAll(List.of(args));
        Path log = Files.createTempFile("chromium", ".out");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(false).redirectOutput(log.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish within 60 s");
        }
        return Files.readString(log, StandardCharsets.UTF_8);
    }
}
