package org.csi.reference;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;

/** Field checks that report into {@link Violations} with the pack's generic codes (README §4.2). */
final class Fields {
    private Fields() {}

    /** A signed testing authorisation (UW-03, MON-02): scope, assets, methods, window, signatory and signing time. */
    static void authorisation(JsonNode auth, Violations e) {
        text(auth, "scope", "/authorization", e);
        if (!auth.path("assets").isArray() || auth.path("assets").isEmpty()) e.add("REQUIRED", "/authorization/assets", "List the assets.");
        if (!auth.path("methodsAllowed").isArray()) e.add("REQUIRED", "/authorization/methodsAllowed", "List the methods.");
        time(auth.path("window"), "start", "/authorization/window", e);
        time(auth.path("window"), "end", "/authorization/window", e);
        text(auth.path("signatory"), "name", "/authorization/signatory", e);
        text(auth.path("signatory"), "title", "/authorization/signatory", e);
        text(auth.path("signatory"), "organisationUscc", "/authorization/signatory", e);
        time(auth, "signedAt", "/authorization", e);
    }

    static String text(JsonNode parent, String name, String at, Violations e) {
        JsonNode v = parent.path(name);
        if (v.isTextual() && !v.asText().isBlank()) return v.asText();
        e.add(v.isMissingNode() || v.isNull() ? "REQUIRED" : "INVALID_FORMAT", at + "/" + name, name + " must be a non-empty string.");
        return null;
    }

    /** A mainland mobile number (11 digits starting 13–19) at {@code parent/name}; null when it is absent or malformed. */
    static String mobile(JsonNode parent, String name, String at, Violations e) {
        String mobile = text(parent, name, at, e);
        if (mobile != null && !mobile.matches("1[3-9]\\d{9}")) {
            e.add("INVALID_FORMAT", at + "/" + name, name + " must match ^1[3-9]\\d{9}$.");
            return null;
        }
        return mobile;
    }

    /** A person object {name, mobile} at {@code /member} (an incident's reporter, a claim's claimant). */
    static void person(JsonNode parent, String member, Violations e) {
        JsonNode p = parent.path(member);
        if (!p.isObject()) {
            e.add("REQUIRED", "/" + member, member + " is required.");
            return;
        }
        text(p, "name", "/" + member, e);
        mobile(p, "mobile", "/" + member, e);
    }

    static Integer integer(JsonNode parent, String name, String at, int min, int max, Violations e) {
        JsonNode v = parent.path(name);
        if (!v.isIntegralNumber()) {
            e.add(v.isMissingNode() ? "REQUIRED" : "INVALID_FORMAT", at + "/" + name, name + " must be an integer.");
            return null;
        }
        if (v.asLong() < min || v.asLong() > max) {
            e.add("OUT_OF_RANGE", at + "/" + name, name + " must be from " + min + " to " + max + ".");
            return null;
        }
        return v.asInt();
    }

    static String oneOf(JsonNode parent, String name, String at, Set<String> values, Violations e) {
        JsonNode v = parent.path(name);
        if (!v.isTextual()) {
            e.add(v.isMissingNode() ? "REQUIRED" : "INVALID_FORMAT", at + "/" + name, name + " is required.");
            return null;
        }
        if (!values.contains(v.asText())) {
            e.add("UNKNOWN_ENUM_VALUE", at + "/" + name, name + " must be one of " + values + ".");
            return null;
        }
        return v.asText();
    }

    /** Money {amount, currency}: two decimals, CNY only (README §4.1). */
    static BigDecimal money(JsonNode parent, String name, String at, Violations e) {
        JsonNode m = parent.path(name);
        String p = at + "/" + name;
        if (!m.isObject()) {
            e.add(m.isMissingNode() ? "REQUIRED" : "INVALID_FORMAT", p, name + " must be a money object.");
            return null;
        }
        JsonNode amount = m.path("amount"), currency = m.path("currency");
        BigDecimal value = null;
        if (!amount.isTextual() || !amount.asText().matches("-?\\d{1,15}\\.\\d{2}")) {
            e.add(amount.isMissingNode() ? "REQUIRED" : "INVALID_FORMAT", p + "/amount", "amount must be a string with exactly two decimals.");
        } else {
            value = new BigDecimal(amount.asText());
        }
        if (!currency.isTextual()) {
            e.add("REQUIRED", p + "/currency", "currency is required.");
            return null;
        }
        if (!currency.asText().equals("CNY")) {
            e.add("UNSUPPORTED_CURRENCY", p + "/currency", "Only CNY is supported.");
            return null;
        }
        return value;
    }

    static LocalDate date(JsonNode parent, String name, String at, boolean nullable, Violations e) {
        JsonNode v = parent.path(name);
        if (nullable && v.isNull()) return null;
        if (v.isTextual() && v.asText().matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                return LocalDate.parse(v.asText());
            } catch (DateTimeParseException ignored) {
                // falls through to the error below
            }
        }
        e.add(v.isMissingNode() ? "REQUIRED" : "INVALID_FORMAT", at + "/" + name, name + " must be a date YYYY-MM-DD.");
        return null;
    }

    static java.time.Instant time(JsonNode parent, String name, String at, Violations e) {
        JsonNode v = parent.path(name);
        java.time.Instant t = v.isTextual() ? Times.parseOrNull(v.asText()) : null;
        if (t == null) e.add(v.isMissingNode() ? "REQUIRED" : "INVALID_FORMAT", at + "/" + name, name + " must be an RFC 3339 timestamp.");
        return t;
    }
}
