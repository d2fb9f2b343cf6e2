package org.csi.harness.checks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.csi.harness.verdict.ClauseViolation;
import org.csi.harness.webhook.Attempt;

/**
 * CSI-MON MON-08, MON-09 and MON-10, judged from what the harness's webhook receiver recorded, read from the pack's
 * text:
 * <ul>
 * <li>MON-08: every delivery carries {@code CSI-Event-Id} and a {@code CSI-Signature} that verifies against the
 *     subscription secret, and |receipt time − t| ≤ 300 s.</li>
 * <li>MON-09: the event arrives within 60 s of real time after the scan is first observed COMPLETED.</li>
 * <li>MON-10: with the first 3 attempts answered 500, at least 4 attempts, all with the same eventId and body; the gaps
 *     between attempts never shrink (1 s of jitter allowed); all attempts within 10 minutes; none after the 2xx;
 *     distinct events have distinct ids.</li>
 * </ul>
 * An event is told apart from another by what it says, not by its id (the id is what is judged): its {@code type},
 * {@code occurredAt} and {@code data}. Two attempts saying the same are attempts of one event.
 */
public final class WebhookRules {
    /** MON-08: the largest |receipt − t| allowed. */
    public static final Duration SIGNATURE_SKEW = Duration.ofSeconds(300);
    /** MON-10: the jitter allowed when gaps are compared. */
    public static final Duration GAP_JITTER = Duration.ofSeconds(1);
    /** MON-10: how long the receiver keeps watching after the 2xx, at least (twice the last gap when that is longer, up to 30 s). */
    public static final Duration QUIET_AFTER_2XX_MIN = Duration.ofSeconds(5);
    public static final Duration QUIET_AFTER_2XX_MAX = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private WebhookRules() {}

    /** Where a judgement over attempts still arriving stands. */
    public enum State { UNDECIDED, PASSED, FAILED }

    public record Judgement(State state, String explanation) {
        static Judgement undecided(String why) {
            return new Judgement(State.UNDECIDED, why);
        }

        static Judgement failed(String why) {
            return new Judgement(State.FAILED, why);
        }

        public boolean decided() {
            return state != State.UNDECIDED;
        }
    }

    // ---------------------------------------------------------------- MON-08

    /** MON-08 over every attempt received: at least one, and each signed, verified and within 300 s of its t. */
    public static String requireSigned(List<Attempt> attempts) {
        return requireVerified(attempts) + "\n" + requireSignedInRealTime(attempts);
    }

    /** MON-08's first line: every delivery carries CSI-Event-Id and a CSI-Signature that verifies against the secret. */
    public static String requireVerified(List<Attempt> attempts) {
        ClauseViolation.require(!attempts.isEmpty(), "no webhook delivery arrived, so none could be verified");
        int i = 0;
        for (Attempt a : attempts) {
            String which = which(a, ++i);
            ClauseViolation.require(a.header("CSI-Event-Id") != null && !a.header("CSI-Event-Id").isBlank(), which + " carries no CSI-Event-Id header");
            String header = a.header("CSI-Signature");
            ClauseViolation.require(header != null, which + " carries no CSI-Signature header");
            ClauseViolation.require(a.signatureTime() != null, which + " has a CSI-Signature without a readable t=<unix seconds>: " + header);
            ClauseViolation.require(a.signatureValid(), which + ": CSI-Signature does not verify: no v1 is HMAC-SHA256(subscription secret, t + \".\" + raw body)"
                    + " (t=" + a.signatureTime() + ")");
        }
        return attempts.size() + " deliveries, each with CSI-Event-Id and a CSI-Signature that verifies against the subscription secret";
    }

    /** MON-08's second line: |receipt time − t| ≤ 300 s for every delivery (t has whole seconds: judged at that resolution). */
    public static String requireSignedInRealTime(List<Attempt> attempts) {
        ClauseViolation.require(!attempts.isEmpty(), "no webhook delivery arrived, so no signature time could be compared");
        StringBuilder s = new StringBuilder();
        int i = 0;
        for (Attempt a : attempts) {
            String which = which(a, ++i);
            ClauseViolation.require(a.signatureTime() != null, which + " has no readable signature time t");
            Duration skew = Duration.ofSeconds(a.receivedAt().getEpochSecond() - a.signatureTime());
            ClauseViolation.require(skew.abs().compareTo(SIGNATURE_SKEW) <= 0, which + ": |receipt − t| is " + skew.abs().toSeconds()
                    + " s, more than 300 s (t=" + a.signatureTime() + " = " + Instant.ofEpochSecond(a.signatureTime()) + ", received " + a.receivedAt()
                    + "): t must be the real time of the attempt, never the test clock");
            s.append(which).append(": receipt − t = ").append(skew.toSeconds()).append(" s\n");
        }
        return s.append(attempts.size()).append(" deliveries, all within 300 s of their signature time t").toString();
    }

    private static String which(Attempt a, int i) {
        return "delivery #" + i + " (" + a.type() + ", " + a.eventId() + ")";
    }

    // ---------------------------------------------------------------- MON-09

    /** True once an attempt of the awaited event has arrived (the wait for MON-09 can end). */
    public static Predicate<List<Attempt>> arrived(Predicate<Attempt> event) {
        return list -> list.stream().anyMatch(event);
    }

    /**
     * MON-09: the first attempt of the awaited event arrived at most {@code bound} after {@code completedSeenAt}, the
     * moment the harness first observed the scan COMPLETED. Earlier than that is within the bound too.
     */
    public static String requireDeliveredWithin(List<Attempt> attempts, Predicate<Attempt> event, String what, Instant completedSeenAt, Duration bound) {
        Attempt first = attempts.stream().filter(event).findFirst().orElse(null);
        ClauseViolation.require(first != null, "no " + what + " webhook arrived within " + bound.toSeconds() + " s of real time after the scan was first observed COMPLETED ("
                + completedSeenAt + "); " + attempts.size() + " other deliveries arrived" + types(attempts));
        Duration latency = Duration.between(completedSeenAt, first.receivedAt());
        ClauseViolation.require(latency.compareTo(bound) <= 0, what + " arrived " + latency.toMillis() / 1000.0 + " s after the scan was first observed COMPLETED, more than "
                + bound.toSeconds() + " s");
        return what + " (" + first.eventId() + ") received " + first.receivedAt() + ", " + latency.toMillis() / 1000.0 + " s after the scan was first observed COMPLETED at "
                + completedSeenAt + " (bound " + bound.toSeconds() + " s)";
    }

    private static String types(List<Attempt> attempts) {
        Set<String> t = new LinkedHashSet<>();
        attempts.forEach(a -> t.add(a.type()));
        return t.isEmpty() ? "" : " (types " + t + ")";
    }

    // ---------------------------------------------------------------- MON-10

    /**
     * MON-10 so far, for the first event to arrive after {@code since} (the harness's trigger), whose first
     * {@code failedFirst} attempts the receiver answered with an error: FAILED as soon as an attempt breaks a line,
     * PASSED once the 2xx has come after enough attempts and nothing followed it for the quiet period, UNDECIDED
     * while neither is known and the {@code window} (10 min; shorter in quick mode) has not run out at {@code now}.
     */
    public static Judgement judgeRetries(List<Attempt> all, int failedFirst, Instant since, Duration window, Instant now) {
        if (all.isEmpty()) {
            return now.isAfter(since.plus(window)) ? Judgement.failed("no delivery arrived within " + describe(window) + " of the event being caused")
                    : Judgement.undecided("no delivery yet");
        }
        Attempt first = all.get(0);
        String key = contentKey(first);
        List<Attempt> mine = all.stream().filter(a -> Objects.equals(contentKey(a), key)).toList();
        StringBuilder log = new StringBuilder("event ").append(first.eventId()).append(" (").append(first.type()).append("), attempts:\n");
        Attempt ok = null;
        for (int i = 0; i < mine.size(); i++) {
            Attempt a = mine.get(i);
            log.append("  #").append(i + 1).append(' ').append(a.receivedAt()).append(" → ").append(a.answeredStatus())
                    .append(i == 0 ? "" : ", gap " + millis(gap(mine, i)) + " s").append('\n');
            if (!Objects.equals(a.eventId(), first.eventId())) {
                return Judgement.failed("attempt #" + (i + 1) + " of one event carries eventId " + a.eventId() + ", the first carried " + first.eventId()
                        + ": every attempt of an event must carry the same eventId\n" + log);
            }
            if (!a.sameBody(first)) {
                return Judgement.failed("attempt #" + (i + 1) + " of event " + first.eventId() + " has a body other than the first attempt's: every attempt must carry the same body\n"
                        + "first: " + first.bodyText() + "\nthis:  " + a.bodyText());
            }
            if (ok != null) {
                return Judgement.failed("event " + first.eventId() + " was delivered again (attempt #" + (i + 1) + ", " + a.receivedAt()
                        + ") after it had been answered " + ok.answeredStatus() + " at " + ok.receivedAt() + "\n" + log);
            }
            if (i >= 2 && gap(mine, i).compareTo(gap(mine, i - 1).minus(GAP_JITTER)) < 0) {
                return Judgement.failed("the gap before attempt #" + (i + 1) + " (" + millis(gap(mine, i)) + " s) is shorter than the one before it ("
                        + millis(gap(mine, i - 1)) + " s) by more than 1 s: the gaps between attempts never shrink\n" + log);
            }
            if (Duration.between(first.receivedAt(), a.receivedAt()).compareTo(window) > 0) {
                return Judgement.failed("attempt #" + (i + 1) + " arrived " + millis(Duration.between(first.receivedAt(), a.receivedAt())) + " s after the first, beyond "
                        + describe(window) + ": all attempts arrive within " + describe(window) + "\n" + log);
            }
            if (a.answered2xx()) ok = a;
        }
        Judgement distinct = distinctIds(all);
        if (distinct.state() == State.FAILED) return distinct;
        if (ok == null || mine.indexOf(ok) < failedFirst) {
            if (now.isAfter(first.receivedAt().plus(window))) {
                return Judgement.failed(mine.size() + " attempts of event " + first.eventId() + " arrived within " + describe(window) + " of the first; with the first "
                        + failedFirst + " answered 500, at least " + (failedFirst + 1) + " must arrive\n" + log);
            }
            return Judgement.undecided(mine.size() + " attempts so far\n" + log);
        }
        Duration quiet = quietAfter(mine);
        if (now.isBefore(ok.receivedAt().plus(quiet))) return Judgement.undecided("answered 2xx; watching " + describe(quiet) + " for a redelivery\n" + log);
        return new Judgement(State.PASSED, log.toString() + mine.size() + " attempts with one eventId and one body, gaps never shrinking, all within " + describe(window)
                + "; nothing more in the " + describe(quiet) + " after the 2xx\n" + distinct.explanation());
    }

    /** As {@link #judgeRetries}, at the end of the wait: anything but PASSED is the clause's failure. */
    public static String requireRetries(List<Attempt> all, int failedFirst, Instant since, Duration window, Instant now) {
        Judgement j = judgeRetries(all, failedFirst, since, window, now);
        if (j.state() == State.PASSED) return j.explanation();
        throw new ClauseViolation(j.state() == State.FAILED ? j.explanation() : "not decided by the end of the wait: " + j.explanation());
    }

    /** How long to watch after the 2xx: twice the last gap, between 5 s and 30 s. */
    static Duration quietAfter(List<Attempt> mine) {
        Duration last = mine.size() < 2 ? Duration.ZERO : gap(mine, mine.size() - 1);
        Duration q = last.multipliedBy(2);
        if (q.compareTo(QUIET_AFTER_2XX_MIN) < 0) q = QUIET_AFTER_2XX_MIN;
        if (q.compareTo(QUIET_AFTER_2XX_MAX) > 0) q = QUIET_AFTER_2XX_MAX;
        return q;
    }

    /** MON-10 "distinct events have distinct ids": no id carried by attempts of two events. At least {@code minEvents} events. */
    public static String requireDistinctIds(List<Attempt> all, int minEvents) {
        Judgement j = distinctIds(all);
        if (j.state() == State.FAILED) throw new ClauseViolation(j.explanation());
        long events = all.stream().map(WebhookRules::contentKey).distinct().count();
        ClauseViolation.require(events >= minEvents, "only " + events + " distinct events arrived; " + minEvents + " were caused");
        return j.explanation();
    }

    private static Judgement distinctIds(List<Attempt> all) {
        Map<String, String> eventOfId = new LinkedHashMap<>();
        Map<String, Set<String>> idsOfEvent = new LinkedHashMap<>();
        for (Attempt a : all) {
            String key = contentKey(a);
            idsOfEvent.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(a.eventId());
            String before = eventOfId.putIfAbsent(String.valueOf(a.eventId()), key);
            if (before != null && !before.equals(key)) {
                return Judgement.failed("two distinct events carry one eventId " + a.eventId() + ":\n  " + before + "\n  " + key);
            }
        }
        List<String> lines = new ArrayList<>();
        idsOfEvent.forEach((k, ids) -> lines.add(ids + " " + k));
        return new Judgement(State.PASSED, idsOfEvent.size() + " distinct events, each with its own id:\n  " + String.join("\n  ", lines));
    }

    /** How many distinct events (by what they say) the attempts carry. */
    public static long events(List<Attempt> all) {
        return all.stream().map(WebhookRules::contentKey).distinct().count();
    }

    /** What an event says (type, occurredAt, data), without its id: the same for every attempt of one event. */
    static String contentKey(Attempt a) {
        try {
            JsonNode doc = JSON.readTree(a.body());
            if (doc != null && doc.isObject()) {
                return doc.path("type").asText("?") + " @" + doc.path("occurredAt").asText("?") + " " + doc.path("data").toString();
            }
        } catch (IOException ignored) {
            // not JSON: the raw body is the event
        }
        return a.bodyText();
    }

    private static Duration gap(List<Attempt> a, int i) {
        return Duration.between(a.get(i - 1).receivedAt(), a.get(i).receivedAt());
    }

    private static String millis(Duration d) {
        return String.valueOf(d.toMillis() / 1000.0);
    }

    private static String describe(Duration d) {
        return d.toSeconds() % 60 == 0 && d.toSeconds() >= 60 ? d.toMinutes() + " min" : d.toMillis() / 1000.0 + " s";
    }
}
