package org.csi.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.csi.harness.evidence.Redactor;
import org.junit.jupiter.api.Test;

class RedactorTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String ID = "110101198501021234";
    static final String MOBILE = "13812345678";
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

    /** An RQ-07 seed has 18 digits and an id may have 11: by value, not by shape, they stay as they are. */
    @Test
    void numbersThatLookLikePersonalDataSurvive() throws Exception {
        personal();
        String body = "{\"seed\":438959123456786268,\"iterations\":10000,\"quantificationId\":\"13912345678\",\"ref\":\"110101199001011237\"}";
        assertEquals(body, redactor.redact(body));
        JsonNode tree = JSON.readTree(body);
        assertEquals(tree, redactor.redact(tree));
        assertEquals(438959123456786268L, JSON.readTree(redactor.redact(body)).path("seed").asLong(), "the seed can be replayed");
    }

    @Test
    void theFpiiValuesAreMaskedInAnyFieldAndTheEvidenceStaysJson() throws Exception {
        personal();
        String body = "{\"reporter\":{\"name\":\"测试联系人\",\"phone\":\"" + MOBILE + "\"},\"summary\":\"call " + MOBILE + " or see " + ID
                + "\",\"list\":[\"" + ID + "\"],\"n\":" + MOBILE + ",\"seed\":438959123456786268}";
        String out = redactor.redact(body);
        assertFalse(out.contains(ID) || out.contains(MOBILE), out);
        JsonNode parsed = JSON.readTree(out);
        assertEquals(Redactor.PERSONAL, parsed.at("/reporter/phone").asText());
        assertEquals(Redactor.PERSONAL, parsed.at("/n").asText(), "a raw value sent as a number becomes a string, the JSON stays valid");
        assertEquals("测试联系人", parsed.at("/reporter/name").asText());
        assertEquals(438959123456786268L, parsed.path("seed").asLong());
    }

    /** GEN-12 names idCardNumber and …mobile as personal: any raw value there goes, the pack's masked form stays. */
    @Test
    void personalMembersAreMaskedWhateverTheirValueUnlessShownMasked() throws Exception {
        String body = "{\"contact\":{\"idCardNumber\":\"11010119900101123\",\"mobile\":\"13900001111\",\"contactMobile\":13900001111},"
                + "\"masked\":{\"idCardNumber\":\"110101********1234\",\"mobile\":\"138****5678\"}}";
        JsonNode out = JSON.readTree(redactor.redact(body));
        assertEquals(Redactor.PERSONAL, out.at("/contact/idCardNumber").asText());
        assertEquals(Redactor.PERSONAL, out.at("/contact/mobile").asText());
        assertEquals(Redactor.PERSONAL, out.at("/contact/contactMobile").asText());
        assertEquals("110101********1234", out.at("/masked/idCardNumber").asText());
        assertEquals("138****5678", out.at("/masked/mobile").asText());
    }

    /** An exchange as the evidence records it: the headers are redacted as text, the JSON body inside its values, byte for byte otherwise. */
    @Test
    void aRecordedMessageKeepsItsJsonBodyParseable() throws Exception {
        personal();
        redactor.addSecret("tok_abcdef");
        String body = "{\n  \"applicant\" : {\"contact\": {\"idCardNumber\": \"" + ID + "\"}},\n  \"seed\": 438959123456786268, \"amount\": \"0.10\", \"x\": 1.50\n}";
        String message = "POST http://127.0.0.1/csi/v1/applications\nAuthorization: Bearer tok_abcdef\nContent-Type: application/json\n\n" + body;
        String out = redactor.redact(message);
        assertFalse(out.contains("tok_abcdef") || out.contains(ID), out);
        String outBody = out.substring(out.indexOf("\n\n") + 2);
        assertEquals(body.replace("\"" + ID + "\"", "\"" + Redactor.PERSONAL + "\""), outBody, "only the personal value changed");
        assertEquals(Redactor.PERSONAL, JSON.readTree(outBody).at("/applicant/contact/idCardNumber").asText());
        // evidence.json holds such messages as string values: redacting the document again changes nothing and stays JSON
        JsonNode doc = JSON.createObjectNode().put("request", out);
        assertEquals(doc, redactor.redact(doc));
    }

    @Test
    void secretsInJsonMembersAndTreesAreRemoved() throws Exception {
        redactor.addSecret("csk_test_123456");
        JsonNode doc = JSON.readTree("{\"access_token\":\"anything\",\"note\":[\"key csk_test_123456\"],\"clientSecret\":\"s\"}");
        JsonNode out = redactor.redact(doc);
        assertTrue(!out.toString().contains("anything") && !out.toString().contains("csk_test_123456"), out.toString());
        assertEquals(Redactor.MARK, out.path("clientSecret").asText());
    }

    /** Allure results too: names, messages and the feature's own description (GEN-12's quotes the raw F-PII values). */
    @Test
    void allureResultsCarryNoRawPersonalData() throws Exception {
        personal();
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory(java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "tmp")), "csi-allure-");
        io.qameta.allure.model.TestResult r = new io.qameta.allure.model.TestResult().setUuid("u1").setName("GEN-12")
                .setDescription("原始字符串 " + ID + " 与 " + MOBILE + " 不得出现");
        new org.csi.harness.evidence.RedactingResultsWriter(dir, redactor).write(r);
        String written = java.nio.file.Files.readString(dir.resolve("u1-result.json"));
        assertFalse(written.contains(ID) || written.contains(MOBILE), written);
        assertTrue(written.contains(Redactor.PERSONAL));
    }

    private void personal() {
        redactor.addPersonal(ID);
        redactor.addPersonal(MOBILE);
    }

    /** Every special character of issue 11 (/ " \\ + = & % :), a space and non-ASCII. */
    static final String SPECIAL = "s3cr/\"t\\+=&% :密码é-Ωx";

    /** A secret with a quote and a backslash, as a plain JSON string value (escaped in the text) and as a member name. */
    @Test
    void aSecretInAPlainJsonValueOrAMemberNameIsRedacted() throws Exception {
        redactor.addSecret(SPECIAL);
        String body = "HTTP 200\nContent-Type: application/json\n\n" + JSON.writeValueAsString(java.util.Map.of("echo", SPECIAL, SPECIAL, 1));
        String safe = redactor.redact(body);
        JsonNode parsed = JSON.readTree(safe.substring(safe.indexOf("\n\n")));
        assertFalse(parsed.path("echo").asText().contains(SPECIAL), safe);
        assertFalse(parsed.has(SPECIAL), safe);
        assertFalse(safe.contains(JSON.writeValueAsString(SPECIAL).replaceAll("^\"|\"$", "")), safe);
    }

    /** Done when (issue 11 point 4): raw, JSON-escaped, URL-encoded and Base64 forms of a secret are all redacted, wherever they stand. */
    @Test
    void everyFormOfASecretIsRedactedInTextJsonAndMessages() throws Exception {
        redactor.addSecret(SPECIAL);
        for (var f : SecretForms.of(SPECIAL, "t1-applicant").entrySet()) {
            String form = f.getValue();
            String needle = SecretForms.needle(f.getKey(), form);
            String plain = redactor.redact("the solution said: " + form + " (end)");
            assertFalse(plain.contains(needle), f.getKey() + " survived in text: " + plain);
            String header = redactor.redact("HTTP 200\nX-Echo: " + form + "\n\n{\"ok\":true}");
            assertFalse(header.contains(needle), f.getKey() + " survived in a header: " + header);
            String body = "HTTP 200\nContent-Type: application/json\n\n" + JSON.writeValueAsString(java.util.Map.of("echo", "[" + form + "]"));
            String safeBody = redactor.redact(body);
            assertFalse(safeBody.contains(needle) || JSON.readTree(safeBody.substring(safeBody.indexOf("\n\n"))).path("echo").asText().contains(needle),
                    f.getKey() + " survived in a JSON body: " + safeBody);
            JsonNode node = redactor.redact(JSON.createObjectNode().put("authorization", "Basic " + form).put("note", form));
            assertFalse(node.toString().contains(needle) || node.path("note").asText().contains(needle), f.getKey() + " survived in JSON: " + node);
        }
    }

    @Test
    void otherTextIsLeftAsItWasByTheEncodedForms() {
        redactor.addSecret("abcdefgh12345678");
        String text = "client_id=c1&grant_type=client_credentials {\"token_type\":\"Bearer\",\"expires_in\":60}";
        assertEquals(text, redactor.redact(text));
    }

    @Test
    void credentialsInUrlsAreRedacted() throws Exception {
        String out = redactor.redact("GET https://vendor:pa55word@solution.example/csi/v1/catalog");
        assertEquals("GET https://" + Redactor.MARK + "@solution.example/csi/v1/catalog", out);
        JsonNode node = redactor.redact(JSON.readTree("{\"target\":\"http://u:p@127.0.0.1:8080\"}"));
        assertEquals("http://" + Redactor.MARK + "@127.0.0.1:8080", node.path("target").asText());
        assertEquals("mailto:a@b.example and https://host/x?to=a@b", redactor.redact("mailto:a@b.example and https://host/x?to=a@b"));
    }
}
