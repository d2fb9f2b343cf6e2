package org.csi.harness;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.csi.harness.checks.PiiMasking;
import org.csi.harness.evidence.EvidenceLog.Captured;
import org.csi.harness.verdict.ClauseViolation;
import org.junit.jupiter.api.Test;

/** GEN-12's reasons say where raw personal data appeared (exchange and JSON pointer) and never repeat it. */
class PiiMaskingTest {
    static final String ID = "110101198501021234";
    static final String MOBILE = "13812345678";
    static final Map<String, String> RAW = Map.of("ID number", ID, "mobile", MOBILE);

    @Test
    void aRawValueInAResponseIsNamedByExchangeAndPointer() {
        String body = "{\"applicationId\":\"a1\",\"applicant\":{\"contact\":{\"idCardNumber\":\"110101********1234\",\"mobile\":\"" + MOBILE + "\"}}}";
        List<Captured> captured = List.of(new Captured("GET", "http://127.0.0.1/csi/v1/applications/a1", 200, "application/json", body),
                new Captured("GET", "http://127.0.0.1/csi/v1/test-clocks", 200, "application/json", "{\"data\":[]}"));
        String reason = assertThrows(ClauseViolation.class, () -> PiiMasking.requireNeverRaw(captured, RAW)).getMessage();
        assertTrue(reason.contains("GET http://127.0.0.1/csi/v1/applications/a1 → 200"), reason);
        assertTrue(reason.contains("the raw mobile at /applicant/contact/mobile"), reason);
        assertFalse(reason.contains(MOBILE) || reason.contains("test-clocks"), reason);
        PiiMasking.requireNeverRaw(captured.subList(1, 2), RAW);
    }

    @Test
    void aViewThatIsNotMaskedSaysWhatItHoldsWithoutTheValue() throws Exception {
        var view = new ObjectMapper().readTree("{\"applicant\":{\"contact\":{\"idCardNumber\":\"" + ID + "\",\"mobile\":\"138****5678\"}}}");
        String reason = assertThrows(ClauseViolation.class,
                () -> PiiMasking.requireMasked(Map.of("GET /applications/a1", view), "110101********1234", "138****5678", RAW)).getMessage();
        assertTrue(reason.contains("GET /applications/a1 at /applicant/contact/idCardNumber") && reason.contains("the raw ID number"), reason);
        assertFalse(reason.contains(ID) || reason.contains("/mobile"), reason);
        PiiMasking.requireMasked(Map.of("GET /applications/a1", new ObjectMapper().readTree(
                "{\"applicant\":{\"contact\":{\"idCardNumber\":\"110101********1234\",\"mobile\":\"138****5678\"}}}")), "110101********1234", "138****5678", RAW);
    }
}
