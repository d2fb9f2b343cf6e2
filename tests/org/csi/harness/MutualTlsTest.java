package org.csi.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.csi.harness.cli.Csi;
import org.csi.harness.config.TlsMaterial;
import org.csi.reference.Credential;
import org.csi.reference.ReferenceSolution;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A solution behind mutual TLS with a private CA: reached with the configured client certificate, refused without. */
class MutualTlsTest {
    static Path dir;
    static ReferenceSolution solution;

    static void openssl(String... args) throws Exception {
        String[] cmd = new String[args.length + 1];
        cmd[0] = "openssl";
        System.arraycopy(args, 0, cmd, 1, args.length);
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, String.join(" ", cmd) + ": " + out);
    }

    /** A private CA, a server certificate for 127.0.0.1 and a client certificate, all P-256. */
    static void certificates() throws Exception {
        openssl("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout", "ca.key", "-out", "ca.pem",
                "-days", "2", "-subj", "/CN=csi-test-ca");
        for (String who : new String[] {"server", "client"}) {
            openssl("req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout", who + ".key", "-out", who + ".csr",
                    "-subj", "/CN=" + (who.equals("server") ? "127.0.0.1" : "csi-harness"));
            Files.writeString(dir.resolve(who + ".ext"), who.equals("server") ? "subjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth\n"
                    : "extendedKeyUsage=clientAuth\n");
            openssl("x509", "-req", "-in", who + ".csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial", "-out", who + ".pem",
                    "-days", "2", "-extfile", who + ".ext");
        }
    }

    @BeforeAll
    static void start() throws Exception {
        dir = Files.createTempDirectory("csi-mtls");
        certificates();
        solution = ReferenceSolution.start(ReferenceSolution.Options.defaults().withTokenTtl(Duration.ofSeconds(2))
                .withMutualTls(TlsMaterial.context(dir.resolve("server.pem"), dir.resolve("server.key"), dir.resolve("ca.pem"))));
    }

    @AfterAll
    static void stop() {
        solution.close();
    }

    static Path config(boolean withClientCertificate) throws Exception {
        ObjectNode c = new ObjectMapper().createObjectNode();
        ObjectNode creds = c.putObject("credentials");
        for (Credential k : solution.credentials()) {
            creds.with(k.testMode() ? k.tenant() : "live").putObject(k.role()).put("clientId", k.clientId())
                    .put("clientSecret", k.clientSecret()).put("apiKey", k.apiKey());
        }
        ObjectNode tls = c.putObject("tls").put("caCertificateFile", "ca.pem");
        if (withClientCertificate) tls.put("clientCertificateFile", "client.pem").put("clientKeyFile", "client.key");
        c.putObject("timeouts").put("tokenExpiryWaitSeconds", 10);
        Path f = dir.resolve(withClientCertificate ? "with.json" : "without.json");
        Files.writeString(f, c.toPrettyString());
        return f;
    }

    @Test
    void reachedWithTheClientCertificate() throws Exception {
        assertTrue(solution.baseUrl().startsWith("https://127.0.0.1:"));
        CliTest.Outcome o = CliTest.csi("run", "--target", solution.baseUrl(), "--config", config(true).toString(), "--no-html",
                "--tags", "@GEN-02 or @GEN-03 or @CAT-01", "--exit-zero", "--out", dir.resolve("run").toString());
        assertEquals(Csi.OK, o.status(), o.err());
        assertTrue(o.out().contains("PASS        GEN-01"), o.out());
        assertTrue(!java.util.regex.Pattern.compile("] (FAIL|CANNOT_TELL) ").matcher(o.out()).find(), o.out());
    }

    @Test
    void withoutTheClientCertificateTheHandshakeFailsWithAClearLine() throws Exception {
        CliTest.Outcome o = CliTest.csi("run", "--target", solution.baseUrl(), "--config", config(false).toString(), "--no-html",
                "--out", dir.resolve("refused").toString());
        CliTest.assertOneClearLine(o, Csi.UNREACHABLE, "check tls in the run configuration");
    }
}
