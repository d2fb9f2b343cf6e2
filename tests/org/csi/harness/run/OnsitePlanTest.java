package org.csi.harness.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.csi.harness.verdict.Declaration;
import org.csi.harness.verdict.Plan;
import org.junit.jupiter.api.Test;

/** ER-08 is the ONSITE profile of CSI-ER: it runs only where CSI-ER declares ONSITE (conformance-levels.md: profile listed). */
class OnsitePlanTest {
    private static final Planner.Scenario ER08 = new Planner.Scenario("features/CSI-ER/ER-08.feature:10", "ER-08 现场响应",
            List.of("@CSI-ER", "@ER-08", "@SHOULD", "@ONSITE", "@test-mode"));
    private static final Planner.Scenario ER07 = new Planner.Scenario("features/CSI-ER/ER-07.feature:10", "ER-07 响应方式",
            List.of("@CSI-ER", "@ER-07", "@MUST", "@test-mode"));

    private static Plan.Disposition plan(Map<String, Set<String>> declared, Planner.Scenario s) {
        return new Planner(Declaration.of(declared), true, null, null).plan(List.of(s)).entries().get(0).disposition();
    }

    @Test
    void onsiteScenariosRunOnlyWithTheOnsiteProfile() {
        assertEquals(Plan.Disposition.RUN, plan(Map.of("CSI-ER", Set.of("CORE", "ONSITE")), ER08));
        assertEquals(Plan.Disposition.NOT_APPLICABLE, plan(Map.of("CSI-ER", Set.of("CORE")), ER08));
        assertEquals(Plan.Disposition.RUN, plan(Map.of("CSI-ER", Set.of("CORE")), ER07));
        // ONSITE declared on another standard does not make ER-08 applicable.
        assertEquals(Plan.Disposition.NOT_APPLICABLE, plan(Map.of("CSI-ER", Set.of("CORE"), "CSI-CAT", Set.of("CORE", "ONSITE")), ER08));
    }
}
