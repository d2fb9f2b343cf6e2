package org.csi.harness.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.csi.harness.verdict.ClauseViolation;
import org.csi.harness.checks.DecisionRules;
import org.csi.harness.checks.PremiumRules;
import org.csi.harness.fixtures.Fixtures;
import org.csi.harness.checks.UnderwritingCase;

/** The F-META pairs of UW-11 and UW-12: each pair walked on one clock over the same canaries, then compared. */
public final class Metamorphic {
    /** A base walk and a variant of it; {@code name} says what differs. */
    public record Pair(String name, UnderwritingCase base, UnderwritingCase variant) {
        String describe() {
            return name + ": base " + base.summary() + " | variant " + variant.summary();
        }
    }

    private final Underwriter underwriter;

    public Metamorphic(Underwriter underwriter) {
        this.underwriter = underwriter;
    }

    /**
     * M-CTRL: IND with MEDIUM answers (or HLT with its own), and one variant per answer moved to its STRONG value.
     * The walks are set-up for UW-11/UW-12, which judge the quotes they end in: a walk that cannot be made is
     * FixtureUnavailable (CANNOT_TELL).
     */
    public List<Pair> controls(String fixture) {
        return Fixture.setUp("walk the " + fixture + " pairs to their quotes", () -> walkControls(fixture));
    }

    private List<Pair> walkControls(String fixture) {
        JsonNode paths = Fixtures.get("uw/questionnaires.json").path("metamorphic").path(fixture);
        ClauseViolation.require(paths.isArray(), "no F-META fixture " + fixture);
        String org = fixture.substring(fixture.lastIndexOf('-') + 1);
        JsonNode clock = underwriter.clock("csi-" + fixture);
        ObjectNode base = Applicants.standard(underwriter.run, underwriter.insurer, org, clock.path("testClockId").asText());
        if (org.equals("IND")) ((ObjectNode) base.path("questionnaire")).set("answers", Applicants.answers("MEDIUM"));
        UnderwritingCase baseCase = underwriter.underwrite(clock, base.deepCopy());
        List<Pair> pairs = new ArrayList<>();
        for (JsonNode p : paths) {
            pairs.add(new Pair(fixture + " " + p.asText(), baseCase, underwriter.underwrite(clock, Applicants.improve(base.deepCopy(), p.asText()))));
        }
        return pairs;
    }

    /** IND twice on one clock, with {@code pointer} set to {@code low} and then {@code high} (or sent identically when both are null). */
    public Pair pair(String name, String pointer, String low, String high) {
        return Fixture.setUp("walk the " + name + " pair to its quotes", () -> walkPair(name, pointer, low, high));
    }

    private Pair walkPair(String name, String pointer, String low, String high) {
        JsonNode clock = underwriter.clock("csi-" + name);
        ObjectNode base = Applicants.standard(underwriter.run, underwriter.insurer, "IND", clock.path("testClockId").asText());
        ObjectNode variant = base.deepCopy();
        if (low != null) JsonEdits.set(base, pointer, TextNode.valueOf(low));
        if (high != null) JsonEdits.set(variant, pointer, TextNode.valueOf(high));
        return new Pair(name, underwriter.underwrite(clock, base), underwriter.underwrite(clock, variant));
    }

    /** M-CTRL: each variant's outcome is no worse and, where both are quoted, its premium no higher. */
    public static String requireNoWorse(List<Pair> pairs) {
        StringBuilder evidence = new StringBuilder();
        List<String> broken = new ArrayList<>();
        for (Pair p : pairs) {
            evidence.append(p.describe()).append('\n');
            if (DecisionRules.compareOutcomes(p.variant().outcome(), p.base().outcome()) > 0) broken.add(p.name() + ": the outcome got worse");
            if (p.base().quote() != null && p.variant().quote() != null && PremiumRules.premium(p.variant()).compareTo(PremiumRules.premium(p.base())) > 0) {
                broken.add(p.name() + ": the premium rose from " + PremiumRules.premium(p.base()) + " to " + PremiumRules.premium(p.variant()));
            }
        }
        ClauseViolation.require(!pairs.isEmpty(), "no M-CTRL pair was walked");
        ClauseViolation.require(broken.isEmpty(), "a better control made things worse: " + String.join("; ", broken));
        return evidence.toString();
    }

    /** M-SAME needs both sides quoted (IND is STRONG). */
    public static void requireBothQuoted(Pair p) {
        ClauseViolation.require(p.base().quote() != null && p.variant().quote() != null,
                p.base().submitted().at("/applicant/legalName").asText() + " must be quoted both times: " + p.base().summary() + " / " + p.variant().summary());
    }

    /** M-LIM and M-REV: both sides quoted, and the variant's premium is not lower. */
    public static String requireNotLower(Pair p) {
        BigDecimal base = PremiumRules.premium(p.base()), variant = PremiumRules.premium(p.variant());
        ClauseViolation.require(variant.compareTo(base) >= 0, p.name() + ": the premium fell from " + base + " to " + variant);
        return p.describe();
    }
}
