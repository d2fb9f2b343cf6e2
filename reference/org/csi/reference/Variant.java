package org.csi.reference;

import java.util.List;

/**
 * Named ways for the reference solution to take the other permitted behaviour where the pack leaves a choice. Unlike a
 * {@link Fault}, a variant is still conformant: the variant matrix runs the suite under each of them (and all together)
 * and expects every applicable clause to PASS. Each names the pack text that allows it.
 */
public enum Variant {
    TOKEN_ERRORS_AS_PROBLEMS("token endpoint errors are application/problem+json instead of RFC 6749 JSON", "README §4.3"),
    TOKEN_CLIENT_ERRORS_400("a wrong client secret is answered 400 invalid_client instead of 401", "GEN-03, RFC 6749 §5.2"),
    TOKEN_TYPE_LOWER_CASE("token_type is \"bearer\" (RFC 6749 §5.1: case-insensitive)", "README §4.3, RFC 6749 §5.1"),
    TOKENS_LIVE_2S("access tokens live 2 s (expires_in 2)", "GEN-03: 1 ≤ expires_in ≤ 3,600"),
    UNSET_MEMBERS_ABSENT("a member whose value is not yet known is left out instead of null", "README §4.1"),
    UNSET_MEMBERS_NULL("a member whose value is not yet known is present as null instead of left out", "README §4.1"),
    EXTRA_MEMBERS("every object of every answer carries an extra vendor member the pack does not name", "README §4.1 (members the pack does not name)"),
    ACTIONS_ANSWER_SUB_RESOURCE("an agreement is answered with the agreement it created, not the claim (close and withdraw create no sub-resource: they answer the claim)",
            "README §4.1 (an answer a clause does not describe)"),
    ACTIONS_ANSWER_PARENT("payments, denial notices and loss assessments are answered with the whole claim, a rescission with the policy, not the sub-resource",
            "README §4.1 (an answer a clause does not describe)"),
    CLAIMS_WITHOUT_EMBEDDED_DECISION("a claim does not embed its liability decision and loss assessment (the pack's claim fields do not name them)",
            "CSI-CLM claim fields"),
    INCIDENTS_WITHOUT_ER_MEMBERS("an incident answers only incidentId, acknowledgedAt, status, createdAt, testMode and policyId/testClockId (taken only when CSI-ER is not declared)",
            "CSI-CLM resources (intake without CSI-ER)"),
    CROSS_TENANT_403("another tenant's resource is answered 403 instead of 404", "GEN-04: 403 or 404"),
    AUDIT_DELETE_403("DELETE on an audit event is answered 403 instead of 405", "GEN-11: 403, 404 or 405"),
    TRAILING_EMPTY_PAGE("every page with items carries a nextCursor; the list ends with an empty page", "README §4.5"),
    OPAQUE_CURSORS("cursors are opaque server-side handles of another shape", "README §4.5 (cursor is opaque)"),
    UUID_IDS("resource ids are bare UUIDs instead of prefixed tokens", "README §4.1 (…Id, no shape)"),
    ASSESSMENTS_COMPLETE_AT_ONCE("an assessment is answered already COMPLETED", "CSI-UW, README §4.7 (asynchronous work)"),
    ASSESSMENTS_COMPLETE_LATER("an assessment completes 1 s after it is created instead of at once", "README §4.7 (within 300 s)"),
    QUANTIFICATIONS_ASYNC("a quantification is answered 202 RUNNING and completes 1 s later", "CSI-RQ, README §4.7"),
    DENIAL_NOTICE_AUTOMATIC("a DENIED decision issues the denial notice itself, at the decision", "CLM-07"),
    CLIENT_NOTIFIED_AT_REJECTED("a notifiedAt sent with a first notice is refused with 422 instead of ignored", "CLM-01"),
    CLOCK_DELETE_ARCHIVES("deleting a test clock archives its resources (archived:true) instead of removing them", "README §4.8"),
    // CSI-ER emergency response (issue 12)
    ER_ACTIONS_ANSWER_INCIDENT("an incident's response plan, actions and post-incident report are answered with the whole incident, not what was recorded",
            "README §4.1 (an answer a clause does not describe)"),
    ER_NOT_REQUIRED_DUE_AT("a NOT_REQUIRED ON_SITE_ARRIVAL carries the dueAt it would have had instead of null", "README §4.6 (dueAt of an obligation that is not required)"),
    // CSI-MON monitoring (brief M)
    MON_41773_SCORED_9_8("CVE-2021-41773 is scored 9.8 (CRITICAL / EXTREME), the other score F-CAN accepts", "fixtures.md F-CAN accepted cvssBaseScore"),
    MON_ADDITIONAL_CVES("CAN-A also gets CVE-2021-41524 and CVE-2021-44790, CAN-B CVE-2021-44790 (records that include the banner versions)",
            "fixtures.md F-CAN acceptedAdditionalCves"),
    MON_NO_INFORMATIONAL_FINDINGS("no informational (CVE-less) banner findings", "MON-05 (informational findings are allowed, not required)"),
    MON_SCANS_COMPLETE_AT_ONCE("a scan is answered already COMPLETED", "README §4.7, CSI-MON scans"),
    MON_SCANS_COMPLETE_LATER("a scan completes 2 s after it is started", "README §4.7 (within 300 s)"),
    MON_RECOMMENDATIONS_LATER("recommendations are issued 12 h after detection", "MON-13 (within 24 h)"),
    MON_SHORTER_DEADLINES("response deadlines of 3 days (CRITICAL) and 10 days (HIGH)", "MON-13 (at most 7 and 15 days)"),
    // issue 12, helper H: webhook delivery (MON-08..10)
    WEBHOOK_SLOW_BACKOFF("retry gaps double from 2 s instead of 0.5 s (2 s, 4 s, 8 s …)", "MON-10 (gaps never shrink; all within 10 min)"),
    WEBHOOK_CONSTANT_1S_GAPS("retries every 1 s, up to 20 attempts", "MON-10 (gaps never shrink: equal gaps allowed; the retry count is open)"),
    WEBHOOK_EXTRA_HEADERS("deliveries carry User-Agent, CSI-Delivery-Attempt and CSI-Event-Type headers besides the two the pack names", "MON-08 (two headers named; others not excluded)"),
    WEBHOOK_FIRST_DELIVERY_AFTER_5S("the first delivery of every event waits 5 s", "MON-09 (within 60 s)");

    public final String description;
    /** Where the pack allows this behaviour. */
    public final String allowedBy;

    Variant(String description, String allowedBy) {
        this.description = description;
        this.allowedBy = allowedBy;
    }

    /** Pairs that cannot be on together (they take opposite sides of the same choice). */
    public static final List<List<Variant>> EXCLUSIVE = List.of(
            List.of(UNSET_MEMBERS_ABSENT, UNSET_MEMBERS_NULL),
            List.of(ASSESSMENTS_COMPLETE_AT_ONCE, ASSESSMENTS_COMPLETE_LATER),
            List.of(MON_SCANS_COMPLETE_AT_ONCE, MON_SCANS_COMPLETE_LATER));
}
