package org.csi.harness.run;

import io.cucumber.tagexpressions.Expression;
import io.cucumber.tagexpressions.TagExpressionException;
import io.cucumber.tagexpressions.TagExpressionParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.csi.harness.config.ConfigException;
import org.csi.harness.verdict.Declaration;
import org.csi.harness.verdict.Plan;

/**
 * Decides for every scenario whether it runs. Tags carry the rules: {@code @CSI-GEN} names the standard,
 * {@code @requires-CSI-UW} (or {@code @requires-CSI-ER-or-CSI-CLM}) endpoints of other standards, {@code @requires-oauth2} / {@code @requires-api_key}
 * an auth method, {@code @PERF}, {@code @STIX}, {@code @ONSITE} an optional profile, {@code @test-mode} the need for test mode with test clocks.
 */
public final class Planner {
    public record Scenario(String location, String name, List<String> tags) {}

    /** The optional profiles of the pack (README §1); a scenario tagged with one runs only where its standard declares it. */
    private static final List<String> PROFILES = List.of("PERF", "STIX", "ONSITE");
    private final Declaration declaration;
    private final boolean capabilityUsable;
    private final Set<String> standards;
    private final Expression tags;

    public Planner(Declaration declaration, boolean capabilityUsable, Set<String> standards, String tagExpression) {
        this.declaration = declaration;
        this.capabilityUsable = capabilityUsable;
        this.standards = standards;
        try {
            this.tags = tagExpression == null || tagExpression.isBlank() ? null : TagExpressionParser.parse(tagExpression);
        } catch (TagExpressionException e) {
            throw new ConfigException("--tags is not a valid tag expression: " + e.getMessage());
        }
    }

    public Plan plan(List<Scenario> scenarios) {
        List<Plan.Entry> entries = new ArrayList<>();
        for (Scenario s : scenarios) entries.add(entry(s));
        return new Plan(List.copyOf(entries));
    }

    private Plan.Entry entry(Scenario s) {
        String standard = s.tags().stream().filter(t -> t.startsWith("@CSI-")).map(t -> t.substring(1)).findFirst().orElse(null);
        boolean gen01 = s.tags().contains("@GEN-01");
        if (gen01) {
            // The declaration decides what applies, so GEN-01 always runs, whatever --standards or --tags select.
            return entry(s, Plan.Disposition.RUN, null);
        }
        if (!capabilityUsable) {
            return entry(s, Plan.Disposition.NOT_SELECTED, "not run: the capability document could not be read");
        }
        for (String t : s.tags()) {
            if (!t.startsWith("@requires-CSI-")) continue;
            String[] anyOf = t.substring("@requires-".length()).split("-or-");
            if (java.util.Arrays.stream(anyOf).noneMatch(declaration::declares)) {
                return entry(s, Plan.Disposition.NOT_APPLICABLE, "its tests need endpoints of " + String.join(" or ", anyOf)
                        + ", which the solution does not declare");
            }
        }
        if (standard != null && !standard.equals("CSI-GEN") && !declaration.declares(standard)) {
            // conformance-levels.md §2: an undeclared standard's clauses are NOT_APPLICABLE; running them would only cost time
            // (MON-06 alone watches 300 s of real time).
            return entry(s, Plan.Disposition.NOT_APPLICABLE, standard + " is not declared");
        }
        for (String profile : PROFILES) {
            if (standard != null && s.tags().contains("@" + profile) && !declaration.declares(standard, profile)) {
                return entry(s, Plan.Disposition.NOT_APPLICABLE, "the " + profile + " profile of " + standard + " is not declared");
            }
        }
        if (s.tags().contains("@requires-oauth2") && !declaration.oauth2()) {
            return entry(s, Plan.Disposition.NOT_APPLICABLE, "OAuth 2.0 client credentials are not declared");
        }
        if (s.tags().contains("@requires-api_key") && !declaration.apiKey()) {
            return entry(s, Plan.Disposition.NOT_APPLICABLE, "API keys are not declared");
        }
        if (standards != null && !standards.isEmpty() && standard != null && !standards.contains(standard)) {
            return entry(s, Plan.Disposition.NOT_SELECTED, "not selected in this run (--standards)");
        }
        if (tags != null && !tags.evaluate(s.tags())) {
            return entry(s, Plan.Disposition.NOT_SELECTED, "not selected in this run (--tags)");
        }
        if (s.tags().contains("@test-mode") && !declaration.testMode()) {
            return entry(s, Plan.Disposition.NO_TEST_MODE, "needs test mode with test clocks, which the capability document does not offer");
        }
        return entry(s, Plan.Disposition.RUN, null);
    }

    private static Plan.Entry entry(Planner.Scenario s, Plan.Disposition d, String reason) {
        return new Plan.Entry(s.location(), s.name(), s.tags(), d, reason);
    }
}
