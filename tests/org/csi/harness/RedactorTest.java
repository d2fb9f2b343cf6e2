package org.csi.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.csi.harness.evidence.Redactor;
import org.junit.jupiter.api.Test;

class RedactorTest {
    final Redactor redactor = new Redactor();

    @Test
    void headersMembersFormsAndKnownSecretsAreRemoved() {
        redactor.addSecret("sec_s3cr3t-value");
        String text = """
                POST https://x/oauth2/token
                Authorization: Basic dXNlcjpwYXNz
                X-CSI-Api-Key: csk_live_abc
                Content-Type: application/x-www-form-urlencoded

                grant_type=client_credentials&client_id=c1&client_secret=whatever
                {"access_token":"at_xyz","token_type":"Bearer","note":"sec_s3cr3t-value"}""";
        String out = redactor.redact(text);
        for (String secret : new String[] {"dXNlcjpwYXNz", "csk_live_abc", "whatever", "at_xyz", "sec_s3cr3t-value"}) {
            assertFalse(out.contains(secret), secret + " survived: " + out);
        }
        assertFalse(out.contains("client_id=[REDACTED]"), "identifiers stay readable");
    }

    @Test
    void rawPersonalDataIsMasked() {
        assertEquals("{\"idCardNumber\":\"110101********1234\",\"mobile\":\"138****5678\"}",
                redactor.redact("{\"idCardNumber\":\"110101198501021234\",\"mobile\":\"13812345678\"}"));
    }
}
