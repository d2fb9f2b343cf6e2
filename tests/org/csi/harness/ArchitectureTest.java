package org.csi.harness;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.csi.harness.target.EmbeddedReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The harness never trusts the reference solution's code: only the embedded target may name it, to start it. The
 * engine's packages are layered and acyclic. Steps stay thin: they phrase the standard and call support code, which
 * builds bodies, computes and waits.
 */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importTheProduct() {
        // engine/, steps/ and reference/ (target/classes); the tests of the harness are not the product.
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.csi");
    }

    @Test
    void theEnginePackagesHaveNoCycles() {
        slices().matching("org.csi.harness.(*)..").should().beFreeOfCycles().check(classes);
    }

    /**
     * cli → run → support → checks → the services (http, contract, evidence, config, canary, webhook, target, report, certify,
     * pilot, oracle) → verdict, fixtures, time. A layer uses only the layers below it (and the services each other,
     * without cycles, by the rule above); the step definitions sit beside cli, over run and support.
     */
    @Test
    void theEngineIsLayered() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Cli").definedBy("org.csi.harness.cli..")
                .layer("Steps").definedBy("org.csi.steps..")
                .layer("Run").definedBy("org.csi.harness.run..")
                .layer("Support").definedBy("org.csi.harness.support..")
                .layer("Checks").definedBy("org.csi.harness.checks..")
                .layer("Services").definedBy("org.csi.harness.http..", "org.csi.harness.contract..", "org.csi.harness.evidence..",
                        "org.csi.harness.config..", "org.csi.harness.canary..", "org.csi.harness.target..", "org.csi.harness.report..",
                        "org.csi.harness.certify..", "org.csi.harness.pilot..", "org.csi.harness.oracle..", "org.csi.harness.webhook..")
                .layer("Foundation").definedBy("org.csi.harness.verdict..", "org.csi.harness.fixtures..", "org.csi.harness.time..")
                .layer("Reference").definedBy("org.csi.reference..")
                .whereLayer("Cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("Steps").mayNotBeAccessedByAnyLayer()
                .whereLayer("Run").mayOnlyBeAccessedByLayers("Cli", "Steps")
                .whereLayer("Support").mayOnlyBeAccessedByLayers("Run", "Steps")
                .whereLayer("Checks").mayOnlyBeAccessedByLayers("Support", "Steps")
                .whereLayer("Services").mayOnlyBeAccessedByLayers("Cli", "Run", "Support", "Checks", "Steps")
                .whereLayer("Foundation").mayNotAccessAnyLayer()
                .whereLayer("Reference").mayNotAccessAnyLayer()
                .check(classes);
    }

    @Test
    void onlyTheEmbeddedTargetTouchesTheReferenceSolution() {
        noClasses().that().resideOutsideOfPackage("org.csi.reference..").and().doNotBelongToAnyOf(EmbeddedReference.class)
                .should().dependOnClassesThat().resideInAPackage("org.csi.reference..")
                .check(classes);
    }

    @Test
    void theReferenceSolutionDoesNotUseTheHarness() {
        noClasses().that().resideInAPackage("org.csi.reference..")
                .should().dependOnClassesThat().resideInAnyPackage("org.csi.harness..", "org.csi.steps..")
                .check(classes);
    }

    /** What a step definition leaves to support code: building JSON, money arithmetic, waiting. */
    @Test
    void stepsBuildNoJsonDoNoMoneyArithmeticAndNeverSleep() {
        ArchRule rule = noClasses().that().resideInAPackage("org.csi.steps..")
                .should().dependOnClassesThat().haveFullyQualifiedName("com.fasterxml.jackson.databind.node.JsonNodeFactory")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.math.BigDecimal")
                .orShould().callMethod(Thread.class, "sleep", long.class)
                .orShould().callMethod(Thread.class, "sleep", long.class, int.class)
                .orShould().callMethod(java.util.concurrent.TimeUnit.class, "sleep", long.class)
                .orShould().callMethod(Object.class, "wait", long.class)
                .orShould().callMethod(java.util.concurrent.locks.LockSupport.class, "parkNanos", long.class)
                .because("steps phrase the standard and call support code (Applicants, Clocks, Poll, checks/, oracle/)");
        rule.check(classes);
    }

    /**
     * No polling or retry loops in steps (a while or do loop, which bytecode cannot tell apart from other jumps, so
     * this one reads the sources): waiting lives in support (Poll, Clocks, Load).
     */
    @Test
    void stepsNeverLoopUntilSomethingHappens() throws Exception {
        Pattern loop = Pattern.compile("\\bwhile\\s*\\(|\\bdo\\s*\\{");
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("steps"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(f);
                for (int i = 0; i < lines.size(); i++) {
                    if (loop.matcher(lines.get(i).replaceAll("//.*|\"[^\"]*\"", "")).find()) offenders.add(f.getFileName() + ":" + (i + 1));
                }
            }
        }
        assertEquals(List.of(), offenders);
    }
}
