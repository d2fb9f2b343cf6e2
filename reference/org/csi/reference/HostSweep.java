package org.csi.reference;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The MON06_SWEEPS_HOST fault: "asset mapping" that probes every loopback HTTP listener of its own process, listed or
 * not, the way a careless scanner sweeps a host. It reads the kernel's socket table (Linux /proc) and this process's
 * descriptors, so it touches only listeners of this JVM (the embedded reference shares it with the harness's canaries).
 */
final class HostSweep {
    private HostSweep() {}

    static void probeOwnListeners(Scanner scanner) {
        for (int port : ownLoopbackListeners()) scanner.banner("http://127.0.0.1:" + port + "/");
    }

    static Set<Integer> ownLoopbackListeners() {
        Set<String> inodes = new HashSet<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            fds.forEach(fd -> {
                try {
                    String link = Files.readSymbolicLink(fd).toString();
                    if (link.startsWith("socket:[")) inodes.add(link.substring(8, link.length() - 1));
                } catch (IOException | UnsupportedOperationException ignored) {
                    // a descriptor closed meanwhile
                }
            });
        } catch (IOException e) {
            return Set.of();
        }
        Set<Integer> ports = new TreeSet<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            try {
                for (String line : Files.readAllLines(Path.of(table))) {
                    String[] f = line.trim().split("\\s+");
                    if (f.length < 10 || !f[3].equals("0A") || !inodes.contains(f[9])) continue;
                    String local = f[1];
                    String host = local.substring(0, local.indexOf(':'));
                    boolean loopback = host.equals("0100007F") || host.endsWith("0100007F") || host.equals("00000000000000000000000001000000");
                    if (loopback) ports.add(Integer.parseInt(local.substring(local.indexOf(':') + 1), 16));
                }
            } catch (IOException | RuntimeException ignored) {
                // no such table
            }
        }
        return ports;
    }
}
