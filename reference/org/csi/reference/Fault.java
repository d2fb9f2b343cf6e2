package org.csi.reference;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Named ways to break the reference solution, one clause each, the way a real solution might.
 * The kill matrix runs the suite once per fault and expects the named clause to FAIL.
 */
public enum Fault {
    GEN01_MISSING_LIMITS("GEN-01", "the capability document omits limits"),
    GEN01_UNKNOWN_PROFILE("GEN-01", "the capability document declares a profile the pack does not define"),
    GEN02_ANONYMOUS_CATALOG("GEN-02", "the product catalogue answers without credentials"),
    GEN02_EXPIRED_TOKEN_ACCEPTED("GEN-02", "tokens are accepted after expires_in has elapsed"),
    GEN03_TOKEN_LIFETIME_TOO_LONG("GEN-03", "tokens are issued with expires_in = 86400"),
    GEN03_WRONG_SECRET_ACCEPTED("GEN-03", "the token endpoint ignores the client secret"),
    GEN04_LEAK_OTHER_TENANT("GEN-04", "a test clock can be read by any tenant"),
    GEN04_LIST_OTHER_TENANT("GEN-04", "test clock lists include other tenants' clocks"),
    GEN06_TEXT_PLAIN_ACCEPTED("GEN-06", "a text/plain body is parsed as JSON instead of 415"),
    GEN06_SERVER_ERROR_ON_BAD_TIME("GEN-06", "an unparseable frozenTime gives 500"),
    GEN07_STACK_TRACE_IN_ERRORS("GEN-07", "malformed-JSON errors carry the parser's stack trace"),
    GEN08_REPLAY_CREATES_DUPLICATE("GEN-08", "Idempotency-Key is ignored: a replay creates a second clock"),
    GEN09_KEY_REUSE_REPLAYS("GEN-09", "a reused key with another body replays the first response"),
    GEN10_CURSOR_REPEATS_LAST("GEN-10", "the next page starts again with the last item of the previous page"),
    GEN10_LIMIT_NOT_CHECKED("GEN-10", "limit=0 and limit=101 are silently clamped"),
    GEN13_TIME_WITHOUT_OFFSET("GEN-13", "test clock timestamps are written without an offset"),
    GEN14_BACKWARD_ADVANCE_ACCEPTED("GEN-14", "a clock can be advanced backwards"),
    GEN14_LIVE_SEES_TEST_CLOCKS("GEN-14", "live credentials can use /test-clocks"),
    CAT01_DETAIL_DIFFERS("CAT-01", "GET /catalog/products/{id} returns another version than the list"),
    CAT02_UNKNOWN_INSURANCE_TYPE("CAT-02", "a product carries an insuranceType outside the code list"),
    CAT03_DUPLICATE_SECTION("CAT-03", "a product lists a coverage section twice"),
    CAT04_NO_SERVICE_MODES("CAT-04", "a product has no service modes"),
    CAT05_MIN_ABOVE_MAX("CAT-05", "a product's premium range has min > max"),
    CAT06_LIABILITY_WITHOUT_THIRD_PARTY("CAT-06", "a liability product has only first-party sections"),
    CAT08_CELL_MISSING_PRODUCT("CAT-08", "a category-map cell omits one of its products");

    public final String clause;
    public final String description;

    Fault(String clause, String description) {
        this.clause = clause;
        this.description = description;
    }

    /** Parses a comma-separated list of fault names; unknown names are a clear error. */
    public static Set<Fault> parse(String names) {
        Set<Fault> faults = EnumSet.noneOf(Fault.class);
        if (names == null || names.isBlank()) return faults;
        for (String name : names.split(",")) {
            String n = name.trim().toUpperCase(Locale.ROOT);
            try {
                faults.add(valueOf(n));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown fault '" + name.trim() + "'; known faults: "
                        + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")));
            }
        }
        return faults;
    }
}
