package org.csi.harness.checks;

import org.csi.harness.verdict.ClauseViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.csi.harness.evidence.EvidenceLog;

/** GEN-07: no error body captured in the run matches the pack's patterns of internals. */
public final class InternalsLeak {
    /** The patterns of GEN-07, case-sensitive, exactly as the pack lists them. */
    static final List<Pattern> PATTERNS = List.of(Pattern.compile("[A-Za-z.]Exception\\b"), Pattern.compile("Traceback"),
            Pattern.compile("at [\\w$.]+\\("), Pattern.compile("\\.java:\\d+"), Pattern.compile("org\\.springframework"),
            Pattern.compile("java\\.lang"), Pattern.compile("SQLSTATE"), Pattern.compile("/usr/"), Pattern.compile("C:\\\\"));

    private InternalsLeak() {}

    public static int require(List<EvidenceLog.Captured> captured) {
        List<String> leaks = new ArrayList<>();
        int errors = 0;
        for (EvidenceLog.Captured c : captured) {
            if (c.status() < 400 || c.body() == null) continue;
            errors++;
            for (Pattern p : PATTERNS) {
                var m = p.matcher(c.body());
                if (m.find()) {
                    leaks.add(c.method() + " " + c.url() + " → " + c.status() + " matches /" + p.pattern() + "/ at \"" + m.group() + "\"");
                    break;
                }
            }
        }
        ClauseViolation.require(leaks.isEmpty(), leaks.size() + " error responses reveal internals: " + String.join("; ", leaks));
        return errors;
    }
}
