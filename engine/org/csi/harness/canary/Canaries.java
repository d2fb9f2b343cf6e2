package org.csi.harness.canary;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.csi.harness.verdict.FixtureUnavailable;
import org.csi.harness.fixtures.Fixtures;

/**
 * The F-CAN canaries of one run, started on free loopback ports when a scenario first needs them and stopped when
 * the run ends. fixtures.md F-CAN lets a harness move a canary off its default port, so runs on one machine never
 * collide; the solution is given the address actually used.
 */
public final class Canaries implements AutoCloseable {
    private final Map<String, Canary> running = new LinkedHashMap<>();
    private String startError;
    private boolean started;

    /** The canary ids (CAN-A … CAN-E) a sentence names, in order. */
    public static List<String> idsIn(String text) {
        return java.util.regex.Pattern.compile("CAN-[A-E]").matcher(text).results().map(java.util.regex.MatchResult::group).toList();
    }

    /** The CVSS base scores F-CAN accepts for a CVE found on a canary (scores differ between CVSS versions). */
    public static List<String> acceptedCvssBaseScores(String cve) {
        List<String> accepted = new ArrayList<>();
        Fixtures.get("can/canaries.json").path("acceptedCvssBaseScores").path(cve).forEach(s -> accepted.add(s.asText()));
        return accepted;
    }

    /** The canary with this id (CAN-A … CAN-E), starting all of them on first use. */
    public synchronized Canary get(String id) {
        startOnce();
        if (startError != null) throw new FixtureUnavailable("the canary services could not be started: " + startError);
        Canary c = running.get(id);
        if (c == null) throw new FixtureUnavailable("no canary " + id + " in fixtures/can/canaries.json");
        return c;
    }

    private void startOnce() {
        if (started) return;
        started = true;
        for (JsonNode c : Fixtures.get("can/canaries.json").path("canaries")) {
            String id = c.path("id").asText();
            try {
                running.put(id, Canary.start(id, 0, c.path("banner").asText()));
            } catch (IOException e) {
                startError = id + " on a free loopback port: " + e.getMessage();
                close();
                return;
            }
        }
    }

    private final List<Canary> dedicated = new ArrayList<>();

    /**
     * A further instance of canary {@code id} on a free loopback port of its own, with its own request log, that no other
     * scenario is given (MON-06's dedicated CAN-C and CAN-D, fixtures.md F-CAN); stopped when the run ends.
     */
    public synchronized Canary dedicated(String id) {
        for (JsonNode c : Fixtures.get("can/canaries.json").path("canaries")) {
            if (!c.path("id").asText().equals(id)) continue;
            try {
                Canary d = Canary.start(id, 0, c.path("banner").asText());
                dedicated.add(d);
                return d;
            } catch (IOException e) {
                throw new FixtureUnavailable("a dedicated instance of " + id + " could not be started on a free loopback port: " + e.getMessage());
            }
        }
        throw new FixtureUnavailable("no canary " + id + " in fixtures/can/canaries.json");
    }

    /** The address each started canary listens on (empty until a scenario needed them). */
    public synchronized Map<String, String> addresses() {
        Map<String, String> a = new LinkedHashMap<>();
        running.forEach((id, c) -> a.put(id, c.url()));
        for (int i = 0; i < dedicated.size(); i++) a.put(dedicated.get(i).id() + " (dedicated " + (i + 1) + ")", dedicated.get(i).url());
        return a;
    }

    @Override
    public synchronized void close() {
        running.values().forEach(Canary::close);
        running.clear();
        dedicated.forEach(Canary::close);
        dedicated.clear();
    }
}
