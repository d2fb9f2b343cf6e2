package org.csi.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The harness never trusts the reference solution's code: only the embedded target may name it, to start it.
 * Steps stay thin: they phrase the standard and call support code, which builds bodies, computes and waits.
 */
class ArchitectureTest {
    /** What a step definition must leave to support code: building JSON, money arithmetic, waiting and polling. */
    private static final List<String> NOT_IN_STEPS = List.of("JsonNodeFactory", "BigDecimal", "Thread.sleep", "while (");

    @Test
    void stepsBuildNoBodiesDoNoArithmeticAndNeverWait() throws Exception {
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("steps"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(f);
                for (String s : NOT_IN_STEPS) if (text.contains(s)) offenders.add(f.getFileName() + ": " + s);
            }
        }
        assertEquals(List.of(), offenders);
    }

    @Test
    void onlyTheEmbeddedTargetTouchesTheReferenceSolution() throws Exception {
        List<String> offenders = new ArrayList<>();
        for (String root : List.of("engine", "steps")) {
            try (Stream<Path> files = Files.walk(Path.of(root))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    if (f.endsWith(Path.of("target", "EmbeddedReference.java"))) continue;
                    if (Files.readString(f).contains("org.csi.reference")) offenders.add(f.toString());
                }
            }
        }
        assertEquals(List.of(), offenders);
    }

    @Test
    void theReferenceSolutionDoesNotUseTheHarness() throws Exception {
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("reference"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(f);
                if (text.contains("org.csi.harness") || text.contains("org.csi.steps")) offenders.add(f.toString());
            }
        }
        assertEquals(List.of(), offenders);
    }
}
