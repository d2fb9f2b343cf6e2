package org.csi.steps;

import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import io.qameta.allure.Allure;
import io.qameta.allure.model.Label;
import io.qameta.allure.model.Link;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.csi.harness.report.AllureReport;
import org.csi.harness.verdict.Clause;
import org.csi.harness.verdict.ClauseCatalog;
import org.csi.harness.support.RunContext;

/** Opens each scenario's evidence and labels its Allure result: epic = standard, feature = clause group, story = clause. */
public final class Hooks {
    private static final ClauseCatalog CATALOG = ClauseCatalog.load();
    private static final Set<String> REPLACED = Set.of("epic", "feature", "story", "severity");

    private final RunContext run;

    public Hooks(RunContext run) {
        this.run = run;
    }

    @Before(order = 0)
    public void openEvidence(Scenario scenario) {
        run.evidence().begin(scenario.getUri() + ":" + scenario.getLine(), scenario.getSourceTagNames());
        List<Label> labels = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        for (String tag : scenario.getSourceTagNames()) {
            CATALOG.clause(tag.substring(1)).ifPresent(c -> {
                String standard = CATALOG.standard(c.standard()).map(s -> s.id() + " " + s.nameZh() + " / " + s.nameEn()).orElse(c.standard());
                labels.add(new Label().setName("epic").setValue(standard));
                labels.add(new Label().setName("feature").setValue(c.groupZh() + " / " + c.groupEn()));
                labels.add(new Label().setName("story").setValue(c.title()));
                labels.add(new Label().setName("severity").setValue(severity(c.level())));
                labels.add(new Label().setName("clause").setValue(c.id()));
                links.add(new Link().setName(c.id()).setType("clause").setUrl(AllureReport.clauseLink(c.standard(), c.id())));
            });
        }
        Allure.getLifecycle().updateTestCase(scenario.getId(), r -> {
            r.getLabels().removeIf(l -> REPLACED.contains(l.getName()));
            r.getLabels().addAll(labels);
            r.getLinks().addAll(links);
        });
    }

    @After
    public void closeEvidence() {
        run.evidence().end();
    }

    private static String severity(Clause.Level level) {
        return switch (level) {
            case MUST -> "critical";
            case SHOULD -> "normal";
            case MAY -> "minor";
        };
    }
}
