package org.csi.harness.report;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.csi.harness.verdict.ClauseOutcome;
import org.csi.harness.verdict.Outcome;

/**
 * junit.xml for CI systems: one test suite per declared standard, one test case per clause; FAIL is a failure,
 * CANNOT_TELL an error, NOT_APPLICABLE skipped.
 */
public final class JunitXml {
    private JunitXml() {}

    public static String render(String runId, List<ClauseOutcome> outcomes) {
        Map<String, List<ClauseOutcome>> byStandard = new TreeMap<>();
        outcomes.forEach(o -> byStandard.computeIfAbsent(o.clause().standard(), k -> new java.util.ArrayList<>()).add(o));
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"CSI conformance run ")
                .append(esc(runId)).append("\">\n");
        for (var e : byStandard.entrySet()) {
            List<ClauseOutcome> cs = e.getValue();
            x.append("  <testsuite name=\"").append(esc(e.getKey())).append("\" tests=\"").append(cs.size())
                    .append("\" failures=\"").append(count(cs, Outcome.FAIL)).append("\" errors=\"").append(count(cs, Outcome.CANNOT_TELL))
                    .append("\" skipped=\"").append(count(cs, Outcome.NOT_APPLICABLE)).append("\">\n");
            for (ClauseOutcome c : cs) {
                x.append("    <testcase classname=\"").append(esc(e.getKey())).append("\" name=\"").append(esc(c.clause().title()))
                        .append(" [").append(c.clause().level()).append("]\"");
                String reason = c.reason() == null ? "" : esc(c.reason());
                switch (c.outcome()) {
                    case PASS -> x.append("/>\n");
                    case FAIL -> x.append("><failure message=\"").append(reason).append("\"/></testcase>\n");
                    case CANNOT_TELL -> x.append("><error message=\"").append(reason).append("\"/></testcase>\n");
                    case NOT_APPLICABLE -> x.append("><skipped message=\"").append(reason).append("\"/></testcase>\n");
                }
            }
            x.append("  </testsuite>\n");
        }
        return x.append("</testsuites>\n").toString();
    }

    private static long count(List<ClauseOutcome> cs, Outcome o) {
        return cs.stream().filter(c -> c.outcome() == o).count();
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", "");
    }
}
