package org.csi.reference;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
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
    CAT08_CELL_MISSING_PRODUCT("CAT-08", "a category-map cell omits one of its products"),
    CAT07_SECTION_NOT_CHECKED("CAT-07", "an application may request sections its product does not offer"),
    GEN05_APPLICANT_DECIDES("GEN-05", "an APPLICANT may make underwriting decisions"),
    GEN11_NO_BIND_AUDIT("GEN-11", "binding a quote writes no audit event"),
    GEN12_PII_UNMASKED("GEN-12", "applications return the contact's ID number and mobile unmasked"),
    UW01_PRIOR_INCIDENTS_OPTIONAL("UW-01", "an application without priorIncidents is accepted"),
    UW02_CHECKSUM_NOT_VERIFIED("UW-02", "the USCC check character is not verified"),
    UW03_SCANS_UNLISTED_ASSETS("UW-03", "the assessment scans application assets the authorisation does not list"),
    UW04_QUESTIONNAIRE_ONLY_ACCEPTED("UW-04", "an assessment by questionnaire alone is accepted"),
    UW05_SCALES_MISMAPPED("UW-05", "CVSS HIGH findings are graded MEDIUM on the GB/T 30279 scale"),
    UW06_EDR_RANGE_UNCHECKED("UW-06", "edrCoveragePercent above 100 is accepted"),
    UW07_CONTROLS_ADEQUATE_WITH_OTHERS("UW-07", "CONTROLS_ADEQUATE is cited next to other reason codes"),
    UW08_DECISION_FOLLOWS_PATCH("UW-08", "a decision's answersRelied follows later changes of the application"),
    UW09_ROUNDED_PER_FACTOR("UW-09", "the premium is rounded after each factor"),
    UW10_FINDING_REF_UNRESOLVED("UW-10", "finding modifiers cite a finding id that does not exist"),
    UW11_MFA_EMAIL_RAISES_PREMIUM("UW-11", "e-mail MFA raises the premium (a monotonicity inversion)"),
    UW12_PRICING_FROM_SAMPLES("UW-12", "pricing uses a randomly seeded simulation's mean, so the same input gives another quote"),
    UW13_QUOTE_CITES_MISSING_QUANTIFICATION("UW-13", "quotes cite a quantification that does not exist"),
    UW14_BIND_CHANGES_TERMS("UW-14", "the policy's payment days differ from the quote's terms"),
    UW15_ATTRIBUTION_NOT_REQUIRED("UW-15", "a war exclusion without attributionBasis is accepted"),
    UW16_RESCISSION_GRACE_DAY("UW-16", "rescission is allowed 31 days after the grounds were known"),
    RQ01_ITERATIONS_NOT_ECHOED("RQ-01", "the result reports 10000 iterations whatever was asked"),
    RQ02_P5P95_WRONG_Z("RQ-02", "the p5/p95 lognormal form is converted with z = 1.96"),
    RQ03_FIRST_ERROR_ONLY("RQ-03", "only the first invalid field is reported"),
    RQ04_SCENARIO_PERCENTILES_SWAPPED("RQ-04", "scenario percentiles report p90 and p95 swapped"),
    RQ05_CURVE_WITHOUT_ZERO_POINT("RQ-05", "the loss exceedance curve has no point at 0.00"),
    RQ06_P95_IS_P90("RQ-06", "the reported p95 is the 90th percentile"),
    RQ07_SEED_IGNORED("RQ-07", "the seed is echoed but not used"),
    RQ08_LOGNORMAL_MEAN_BIASED("RQ-08", "lognormal losses are drawn around exp(mu) as the mean"),
    RQ09_EMPTY_YEAR_DRAWS_EVENT("RQ-09", "one in four loss-free years draws an event anyway"),
    RQ10_SCENARIO_ALE_PRIMARY_ONLY("RQ-10", "scenario ALEs leave out secondary losses"),
    RQ11_VULNERABILITY_INVERTED("RQ-11", "vulnerability v is used as 1 - v"),
    RQ12_FINDING_REF_DANGLING("RQ-12", "derived scenarios cite findings that do not exist"),
    CLM01_NOTIFIED_AT_FROM_CLIENT("CLM-01", "a notifiedAt sent by the claimant is stored instead of now"),
    CLM02_SECTION_NOT_CHECKED("CLM-02", "a claim may name sections that are not on the policy"),
    CLM03_TIME_BAR_INCLUSIVE("CLM-03", "a claim notified exactly two years after discovery is flagged as time-barred"),
    CLM04_SECOND_SUPPLEMENT_ADDS("CLM-04", "a second supplement request in the same round is accepted and may add items"),
    CLM05_HASH_CASE_INSENSITIVE("CLM-05", "uppercase SHA-256 evidence hashes are accepted"),
    CLM06_EXCLUSION_NOT_CHECKED("CLM-06", "a liability decision may cite exclusions the policy does not have"),
    CLM07_DENIAL_DUE_5_DAYS("CLM-07", "the denial notice is due 5 days after the decision instead of 3"),
    CLM08_BI_SECONDS_ACCEPTED("CLM-08", "business-interruption times with seconds are accepted"),
    CLM09_RETENTION_PER_SECTION("CLM-09", "the retention is applied to every section instead of once per claim"),
    CLM10_DECISION_DUE_FROM_NOTIFICATION("CLM-10", "the decision is due 30 days after notification instead of after documents complete"),
    CLM11_FINAL_AMOUNT_UNCHECKED("CLM-11", "a FINAL payment of any amount is accepted"),
    CLM12_ADVANCE_THRESHOLD_PAYABLE("CLM-12", "the advance obligation waits for the whole payable instead of the minimum determinable amount"),
    CLM13_AGREE_WITH_DISPUTED("CLM-13", "an agreement is accepted while loss items are disputed"),
    CLM14_PAYMENT_NOT_ERODING("CLM-14", "payments do not reduce the policy's aggregate"),
    // Broader breaks, so that every scenario is seen to fail against some solution, not only one per clause.
    UW01_APPLICATIONS_UNVALIDATED("UW-01", "applications are stored without any validation", "UW-02", "UW-06", "UW-15", "GEN-06", "GEN-12", "GEN-13", "CAT-07"),
    UW03_AUTHORISATION_UNCHECKED("UW-03", "assessments run without checking the authorisation"),
    UW15_HELPER_TERMS_UNCHECKED("UW-15", "test-helper policies are created whatever their terms"),
    UW15_HELPER_REJECTS_EVERYTHING("UW-15", "every test-helper policy is refused as invalid"),
    RQ03_INPUTS_UNVALIDATED("RQ-03", "quantification inputs are not validated"),
    CLM01_MINIMAL_DOCUMENT_LIST("CLM-01", "only the claim form is ever required"),
    CLM02_FNOL_UNVALIDATED("CLM-02", "first notices are accepted without checking time, incident, clock or sections", "GEN-06"),
    CLM03_NEVER_TIME_BARRED("CLM-03", "no claim is ever flagged as time-barred"),
    CLM04_PARTIAL_FIRST_REQUEST("CLM-04", "a first supplement request may list only some missing documents"),
    CLM04_COMPLETE_AT_NOTIFICATION("CLM-04", "documentsCompleteAt is the notification time"),
    CLM05_REPORTS_UNVALIDATED("CLM-05", "forensic reports are stored without validation"),
    CLM05_SUBTECHNIQUES_REJECTED("CLM-05", "ATT&CK sub-technique ids (T1566.001) are refused"),
    CLM06_DECISIONS_UNVALIDATED("CLM-06", "liability decisions are stored without validation"),
    CLM08_ITEMS_UNVALIDATED("CLM-08", "loss items are stored without validation"),
    CLM08_BI_ITEMS_REJECTED("CLM-08", "business-interruption items are refused"),
    CLM11_AGREEMENT_UNCHECKED("CLM-11", "an agreement may name any payable"),
    CLM11_PAYMENT_NEVER_BREACHED("CLM-11", "the payment obligation never becomes BREACHED"),
    CLM12_ADVANCE_NEVER_BREACHED("CLM-12", "the advance-payment obligation never becomes BREACHED"),
    CLM12_BALANCE_IGNORES_ADVANCES("CLM-12", "the balance due does not deduct advances"),
    CLM13_ANY_TRANSITION("CLM-13", "claim actions are allowed in any state"),
    CLM15_NO_LATE_DAMAGES("CLM-15", "a late payment carries no lateDamages"),
    CLM16_RETROACTIVE_DATE_NOT_CHECKED("CLM-16", "the retroactive-date check always passes"),
    CLM16_LINKS_EMPTY("CLM-16", "claims link no forensic report and no underwriting decision"),
    GEN06_INCIDENTS_UNVALIDATED("GEN-06", "incidents are accepted without validation"),
    UW01_ECHO_DROPS_QUESTIONNAIRE("UW-01", "the stored application leaves out the questionnaire"),
    UW02_WEIGHTS_SHIFTED("UW-02", "the check character uses the weights 3^i instead of 3^(i−1)"),
    UW04_RISK_ITEMS_CITE_NOTHING("UW-04", "risk items cite no findings"),
    UW06_QUESTIONNAIRE_INCOMPLETE("UW-06", "the questionnaire document leaves out its last question"),
    UW07_RDP_NOT_CITED("UW-07", "exposed RDP is priced but not cited as a reason"),
    UW07_ACCEPT_WITHOUT_REASON("UW-07", "an ACCEPT carries no reason code"),
    UW07_DECIDES_BEFORE_COMPLETION("UW-07", "decisions are made while the assessment is still running"),
    UW07_CONDITIONS_MISSING("UW-07", "ACCEPT_WITH_CONDITIONS carries no conditions"),
    UW08_VERSION_NOT_RECORDED("UW-08", "the decision records no questionnaire version"),
    UW09_QUOTES_DECLINED("UW-09", "REFER and DECLINE decisions can be quoted"),
    UW11_LIMIT_DISCOUNT("UW-11", "a higher aggregate limit lowers the premium"),
    UW11_REVENUE_DISCOUNT("UW-11", "revenues of 500 million and more get half the base rate"),
    UW14_REBIND_ALLOWED("UW-14", "a bound quote can be bound again"),
    UW14_EXPIRED_QUOTE_BINDS("UW-14", "an expired quote can be bound"),
    UW16_CONTRACT_AGE_UNCHECKED("UW-16", "the two-year limit of art. 16 is not applied"),
    UW16_POINTERS_UNCHECKED("UW-16", "answer pointers are not resolved"),
    RQ02_PERT_FREQUENCY_REFUSED("RQ-02", "PERT frequencies are refused"),
    RQ11_DERIVATION_IGNORES_MFA("RQ-11", "derived scenarios ignore remote-access MFA"),
    CAT07_QUOTE_NAMES_OTHER_PRODUCT("CAT-07", "quotes name a liability product that does not offer the quoted sections"),
    CLM06_DECIDED_AT_NOTIFICATION("CLM-06", "decidedAt is the notification time"),
    GEN02_ANY_BEARER_ACCEPTED("GEN-02", "any Bearer token is taken for the first credential's"),
    GEN03_API_KEYS_REFUSED("GEN-03", "valid API keys are refused"),
    GEN04_RESOURCES_SHARED("GEN-04", "applications, incidents and claims can be read by any tenant"),
    GEN05_ANY_ROLE_BINDS("GEN-05", "any role may bind a quote"),
    GEN05_APPLICANT_SETTLES("GEN-05", "an APPLICANT may decide liability and make payments"),
    GEN10_BAD_CURSOR_IGNORED("GEN-10", "an unknown cursor starts again at the first page"),
    GEN11_NO_CLAIM_AUDIT("GEN-11", "claim decisions, loss assessments and payments write no audit event"),
    GEN11_AUDIT_DELETABLE("GEN-11", "audit events can be deleted"),
    GEN14_DELETE_ANSWERS_200("GEN-14", "deleting a clock answers 200 with a body instead of 204"),
    GEN14_CREATED_AT_WALL_CLOCK("GEN-14", "a new clock starts at the wall-clock time, not the frozenTime asked for"),
    GEN14_ADVANCE_CAPPED_365("GEN-14", "a single advance may move at most 365 days"),
    GEN14_RESOURCES_OUTLIVE_CLOCK("GEN-14", "resources stay readable after their clock is deleted"),
    GEN04_AUDIT_SHARED("GEN-04", "audit events of every tenant are listed"),
    GEN06_MALFORMED_JSON_500("GEN-06", "malformed JSON gives 500"),
    GEN06_NO_BODY_LIMIT("GEN-06", "bodies of any size are read"),
    CAT01_UNKNOWN_PRODUCT_FOUND("CAT-01", "an unknown product id answers with the first product"),
    CAT01_LIST_WITHOUT_NAMES("CAT-01", "product list entries leave out the name"),
    UW11_EDR_THRESHOLD_INVERTED("UW-11", "EDR_COVERAGE_LOW is given for coverage of 80 % and more instead of less"),
    // PERF: a reference with one of these declares the PERF profile of CSI-GEN, so that the clause applies.
    GEN15_SLOW_DECISIONS("GEN-15", "one underwriting decision in ten takes 2.5 s"),
    GEN16_SLOW_QUANTIFICATIONS("GEN-16", "one quantification in ten takes 3.5 s"),
    // issue 10, helper E
    CLM09_WAITING_PERIOD_INCLUSIVE("CLM-09", "an outage lasting exactly the QUALIFYING waiting period is covered (H ≥ Wm instead of H > Wm)"),
    CLM09_QUALIFYING_IP_UNCAPPED("CLM-09", "QUALIFYING business interruption is not capped at the indemnity period"),
    CLM09_BI_ROUNDED_HALF_EVEN("CLM-09", "business-interruption amounts are rounded HALF_EVEN instead of HALF_UP"),
    CLM12_ZERO_MINIMUM_NOT_EXEMPT("CLM-12", "the advance obligation is waived only when no item is AGREED, not when the minimum determinable amount is 0"),
    CLM12_SINGLE_ADVANCE_ONLY("CLM-12", "the advance obligation is met only by one advance of at least the minimum determinable amount, not by their total"),
    CLM14_CAP_COUNTS_OWN_ADVANCES("CLM-14", "the payable is capped by the aggregate left after this claim's own advances"),
    CLM15_DAYS_LATE_FLOORED("CLM-15", "daysLate counts whole days only (floor instead of ceil)"),
    UW09_MINIMUM_PREMIUM_IGNORED("UW-09", "the premium is the rounded product even below the minimumPremium"),
    RQ09_TINY_RATE_FLOORED("RQ-09", "Poisson loss-event rates below 0.01 are raised to 0.01", "RQ-08"),
    // issue 11, integrator
    GEN01_CAPABILITY_AS_HTML("GEN-01", "the capability document is served as text/html"),
    // review of issue 10
    UW07_TRANSPORT_FIRM_NOT_DECIDED("UW-07", "the F-ORG transport firm (TRN) gets 422 instead of a decision"),
    // issue 10, helper C
    GEN10_ENDLESS_CURSOR("GEN-10", "every page carries a nextCursor, and the empty page past the end echoes the cursor it was asked with"),
    GEN13_CATALOG_AMOUNT_ONE_DECIMAL("GEN-13", "one catalogue amount is written with one decimal (\"500.0\" for the premium floor of PRD-SEC-ATTACH)"),
    UW03_ASSESSMENTS_NOT_FOUND("UW-03", "POST /assessments answers 404: the underwriting flow is unfinished"),
    // CSI-MON monitoring (brief M)
    MON01_NO_CODE_AUDIT("MON-01", "the monitoring catalogue lacks CODE_AUDIT"),
    MON01_FREQUENCY_NOT_ISO("MON-01", "VULN_SCAN's frequency is \"weekly\", neither an ISO 8601 duration nor CONTINUOUS"),
    MON02_SECRET_ECHOED("MON-02", "subscriptions echo callback.secret in POST, GET and list answers"),
    MON02_AUTHORISATION_OPTIONAL("MON-02", "a subscription without an authorisation is accepted"),
    MON02_CALLBACK_URL_UNCHECKED("MON-02", "a relative or non-http(s) callback.url is accepted"),
    MON02_UNINSURED_ASSET_ACCEPTED("MON-02", "a subscription may list an asset that is not on the policy"),
    MON03_SCANS_FAIL("MON-03", "every scan ends FAILED", "MON-04", "MON-05"),
    MON03_CVSS_SCORE_UNACCEPTED("MON-03", "CVE-2021-41773 is scored 5.3, a score F-CAN does not accept"),
    MON03_GBT_MISLABELLED("MON-03", "a HIGH CVSS score (7.0–8.9) is labelled MEDIUM on the GB/T 30279 scale"),
    MON04_VERSION_AT_LEAST("MON-04", "CVE-2021-41773 is matched on every 2.4.x from 2.4.49 up, so 2.4.50 (CAN-B) gets it", "MON-05"),
    MON04_42013_ON_2_4_49_ONLY("MON-04", "CVE-2021-42013 is matched on 2.4.49 only, so CAN-B (2.4.50) lacks it"),
    MON05_CVE_ON_NGINX("MON-05", "the banner nginx (no version) gets CVE-2021-23017"),
    MON05_EXCLUDED_VERSION_CVE("MON-05", "CVE-2021-40438, whose record affects 2.4.48 and earlier, is reported on 2.4.49 and 2.4.50"),
    MON06_SWEEPS_HOST("MON-06", "asset mapping probes every loopback listener of the host, CAN-E included"),
    MON06_CANCEL_KEEPS_SCANNING("MON-06", "a cancelled subscription keeps its weekly scans (and ignores the authorisation window)"),
    MON07_SEVERITY_OFF_BY_ONE("MON-07", "the OCSF severity_id is one below the pack's mapping (HIGH→3)"),
    MON07_TIME_IN_SECONDS("MON-07", "the OCSF time is in epoch seconds, not milliseconds"),
    MON11_SCORE_FROZEN("MON-11", "the risk score stays at its baseline whatever later scans find, so it does not rise when CAN-A is added", "MON-12"),
    MON11_HISTORY_CITES_NOTHING("MON-11", "risk-score history entries cite no findings"),
    MON12_EVENT_ON_UNCHANGED_RESCAN("MON-12", "a rescan with no change raises another risk event while the score is at or above the threshold"),
    MON12_NO_WEBHOOK("MON-12", "a risk event is recorded but no RISK_MATERIALLY_INCREASED webhook is sent"),
    MON12_RERATING_NOT_REQUIRED("MON-12", "risk events say reRatingRequired:false"),
    MON13_CRITICAL_8_DAYS("MON-13", "a CRITICAL finding's recommendation has a response deadline of 8 days"),
    MON13_NEVER_OVERDUE("MON-13", "a recommendation never becomes OVERDUE and its obligation is never BREACHED"),
    MON13_RECOMMENDATION_LATE("MON-13", "recommendations are issued 25 h after detection"),
    MON13_HIGH_IGNORED("MON-13", "HIGH findings (CVSS 7.0–8.9) get no recommendation"),
    MON13_BREACHED_AT_DEADLINE("MON-13", "RECOMMENDATION_RESPONSE is BREACHED (and the recommendation OVERDUE) at responseDeadline itself, not once it has passed"),
    MON13_ACKNOWLEDGEMENT_IGNORED("MON-13", "an acknowledgement is recorded but does not meet RECOMMENDATION_RESPONSE"),
    MON14_REPORT_LATE("MON-14", "the monthly report is generated two days after its period ends"),
    MON14_OBLIGATION_NEVER_MET("MON-14", "the MONTHLY_REPORT obligation is not marked MET when the report is generated"),
    MON15_SPEC_VERSION_2_0("MON-15", "the STIX export's vulnerabilities say spec_version 2.0"),
    GEN11_NO_RISK_EVENT_AUDIT("GEN-11", "a risk event (MON-12) writes no RISK_EVENT_RAISED audit event"),
    // issue 12, helper H: webhook delivery (MON-08..10)
    MON08_UNSIGNED("MON-08", "webhook deliveries carry no CSI-Signature header"),
    MON08_WRONG_SECRET("MON-08", "webhook deliveries are signed with another key than the subscription secret"),
    MON08_TEST_CLOCK_TIME("MON-08", "the signature time t is the test clock's occurredAt instead of the real time of the attempt"),
    MON09_FIRST_DELIVERY_LATE("MON-09", "the first delivery of every event waits 62 s"),
    MON10_GAPS_SHRINK("MON-10", "retry gaps shrink (4 s, 2 s, 1 s, 0.5 s …)"),
    MON10_REDELIVERED_AFTER_2XX("MON-10", "an event answered 2xx is delivered once more 1 s later"),
    MON10_NEW_ID_PER_ATTEMPT("MON-10", "every retry carries a new eventId (header and body)"),
    MON10_BODY_CHANGED_BETWEEN_ATTEMPTS("MON-10", "every retry's body carries an extra member \"attempt\""),
    MON10_TOO_FEW_ATTEMPTS("MON-10", "delivery gives up after 3 attempts"),
    MON10_EVENT_ID_REUSED("MON-10", "every event to one callback carries the eventId of its first event");

    public final String clause;
    public final String description;
    /** Other clauses whose scenarios this fault also breaks; the kill run covers them too. */
    public final List<String> alsoBreaks;

    Fault(String clause, String description, String... alsoBreaks) {
        this.clause = clause;
        this.description = description;
        this.alsoBreaks = List.of(alsoBreaks);
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
