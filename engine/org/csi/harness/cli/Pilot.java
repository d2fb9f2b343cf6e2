package org.csi.harness.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.csi.harness.contract.SchemaCheck;
import org.csi.harness.pilot.PilotPage;
import org.csi.harness.pilot.PilotScorecard;
import org.csi.harness.report.Files2;

/** csi pilot RUN_DIR... --out DIR [--consent FILE] [--publish] [--pilot-id ID]: the pilot scorecard, checked against its schema. */
final class Pilot {
    private Pilot() {}

    static int pilot(List<Path> dirs, Path dir, Path consent, boolean publish, String pilotId, PrintStream out) {
        ObjectNode p = PilotScorecard.build(pilotId, PilotScorecard.scorecards(dirs, why -> out.println("  skipped: " + why)), PilotScorecard.consents(consent), publish);
        List<String> violations = new SchemaCheck().violations("pilot-scorecard.schema.json", p);
        if (!violations.isEmpty()) throw new IllegalStateException("the pilot scorecard violates its schema: " + violations);
        Path json = Files2.writeAtomically(dir.resolve("pilot-scorecard.json"), p.toPrettyString());
        Path html = Files2.writeAtomically(dir.resolve("pilot-scorecard.html"), PilotPage.render(p));
        out.println("贯标试点记分卡 Pilot scorecard: " + p.path("solutions").size() + " solutions, levels " + p.path("summary").path("levelCounts"));
        out.println("  " + json.toAbsolutePath());
        out.println("  " + html.toAbsolutePath());
        return Csi.OK;
    }
}
