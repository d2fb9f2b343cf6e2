package org.csi.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.csi.harness.verdict.Clause;
import org.csi.harness.verdict.ClauseCatalog;
import org.junit.jupiter.api.Test;

/** The clause catalogue equals the pack, and every clause is a tag on at least one scenario. */
class PackCoverageTest {
    static final Path PACK = Path.of(System.getProperty("csi.pack.dir", "../shared/standards"));
    static final Pattern HEADING = Pattern.compile("(?m)^### ([A-Z]+-\\d{2}) .+? — (MUST|SHOULD|MAY)(?: · ([A-Z]+))? ");

    @Test
    void catalogueMatchesThePackText() throws Exception {
        assumeTrue(Files.isDirectory(PACK), "the CSI Standards Pack is not beside this checkout");
        List<String> pack = new ArrayList<>();
        try (Stream<Path> files = Files.list(PACK)) {
            for (Path f : files.filter(p -> p.getFileName().toString().matches("CSI-[A-Z]+\\.md")).sorted().toList()) {
                Matcher m = HEADING.matcher(Files.readString(f));
                while (m.find()) pack.add(m.group(1) + " " + m.group(2) + " " + (m.group(3) == null ? "CORE" : m.group(3)));
            }
        }
        List<String> catalogue = ClauseCatalog.load().clauses().stream()
                .map(c -> c.id() + " " + c.level() + " " + c.profile()).sorted().toList();
        assertEquals(pack.stream().sorted().toList(), catalogue);
    }

    @Test
    void everyBuiltStandardsClauseIsTaggedOnAScenario() throws Exception {
        Set<String> tagged = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("features"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".feature")).toList()) {
                String text = Files.readString(f);
                if (!text.startsWith("# language: zh-CN")) throw new AssertionError(f + " is not zh-CN Gherkin");
                Matcher m = Pattern.compile("@([A-Z]+-\\d{2})\\b").matcher(text);
                while (m.find()) tagged.add(m.group(1));
            }
        }
        List<String> missing = ClauseCatalog.load().clauses().stream()
                .filter(c -> KillMatrixTest.BUILT.contains(c.standard()))
                .map(Clause::id).filter(id -> !tagged.contains(id)).toList();
        assertEquals(List.of(), missing);
    }
}
