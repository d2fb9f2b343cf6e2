package org.csi.harness.config;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** An SSL context from PEM files: a client certificate and key for mutual TLS, and the CA that signed the solution. */
public final class TlsMaterial {
    private static final Pattern PEM = Pattern.compile("-----BEGIN ([A-Z ]+)-----([^-]+)-----END \\1-----");
    private static final char[] NO_PASSWORD = new char[0];

    private TlsMaterial() {}

    /** Any of the three may be null: no client certificate, or the JVM's default trust. */
    public static SSLContext context(Path certificate, Path key, Path ca) {
        try {
            KeyManagerFactory kmf = null;
            if (certificate != null) {
                KeyStore ks = KeyStore.getInstance("PKCS12");
                ks.load(null, null);
                List<Certificate> chain = certificates(certificate);
                ks.setKeyEntry("client", privateKey(key), NO_PASSWORD, chain.toArray(Certificate[]::new));
                kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                kmf.init(ks, NO_PASSWORD);
            }
            TrustManagerFactory tmf = null;
            if (ca != null) {
                KeyStore ts = KeyStore.getInstance("PKCS12");
                ts.load(null, null);
                int i = 0;
                for (Certificate c : certificates(ca)) ts.setCertificateEntry("ca-" + i++, c);
                tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                tmf.init(ts);
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(kmf == null ? null : kmf.getKeyManagers(), tmf == null ? null : tmf.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new ConfigException("cannot set up TLS from the configured PEM files: " + e.getMessage());
        }
    }

    static List<Certificate> certificates(Path file) throws IOException, GeneralSecurityException {
        List<Certificate> out = new ArrayList<>();
        CertificateFactory cf = CertificateFactory.getInstance("X.509");
        for (byte[] der : blocks(file, "CERTIFICATE")) out.add(cf.generateCertificate(new ByteArrayInputStream(der)));
        if (out.isEmpty()) throw new ConfigException(file + " holds no PEM certificate");
        return out;
    }

    static PrivateKey privateKey(Path file) throws IOException, GeneralSecurityException {
        if (file == null) throw new ConfigException("tls.clientKeyFile is needed with tls.clientCertificateFile");
        List<byte[]> keys = blocks(file, "PRIVATE KEY");
        if (keys.isEmpty()) throw new ConfigException(file + " holds no PKCS#8 PEM private key (BEGIN PRIVATE KEY)");
        for (String algorithm : List.of("EC", "RSA", "Ed25519")) {
            try {
                return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(keys.get(0)));
            } catch (GeneralSecurityException e) {
                // try the next algorithm
            }
        }
        throw new ConfigException(file + ": unsupported private key (EC, RSA or Ed25519 in PKCS#8)");
    }

    private static List<byte[]> blocks(Path file, String type) throws IOException {
        List<byte[]> out = new ArrayList<>();
        Matcher m = PEM.matcher(Files.readString(file, StandardCharsets.US_ASCII));
        while (m.find()) if (m.group(1).equals(type)) out.add(Base64.getMimeDecoder().decode(m.group(2)));
        return out;
    }
}
