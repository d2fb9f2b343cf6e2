package org.csi.harness.certify;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;

/** RFC 3161 time stamps over the DSSE signature bytes: asked of a TSA at certify time, checked offline by verify. */
public final class TimeStamps {
    private TimeStamps() {}

    /** The DER time-stamp token the TSA at {@code url} returns for SHA-256(data). */
    public static byte[] request(URI url, byte[] data) {
        try {
            TimeStampRequestGenerator g = new TimeStampRequestGenerator();
            g.setCertReq(true);
            TimeStampRequest req = g.generate(NISTObjectIdentifiers.id_sha256, sha256(data), new BigInteger(64, new SecureRandom()));
            HttpResponse<byte[]> r = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build().send(
                    HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(30)).header("Content-Type", "application/timestamp-query")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(req.getEncoded())).build(), HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) throw new IllegalStateException("the time-stamping authority answered HTTP " + r.statusCode());
            TimeStampResponse resp = new TimeStampResponse(r.body());
            resp.validate(req);   // status granted, our nonce and imprint, a token present
            if (resp.getTimeStampToken() == null) throw new IllegalStateException("the time-stamping authority granted no token: " + resp.getStatusString());
            return resp.getTimeStampToken().getEncoded();
        } catch (IOException | org.bouncycastle.tsp.TSPException e) {
            throw new IllegalStateException("cannot get a time stamp from " + url + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking " + url + " for a time stamp", e);
        }
    }

    /**
     * The time the token attests for SHA-256(data), after checking offline that its imprint is that digest, that it
     * is signed by the certificate it carries, and that this certificate is, or is issued by, one of
     * {@code authorities}. An empty {@code authorities} checks imprint and signature only (a pinned key needs no time).
     */
    public static Instant verify(byte[] token, byte[] data, Collection<X509Certificate> authorities) throws IOException {
        try {
            TimeStampToken t = new TimeStampToken(new CMSSignedData(token));
            if (!t.getTimeStampInfo().getMessageImprintAlgOID().equals(NISTObjectIdentifiers.id_sha256)) throw new IOException("the token's imprint is not SHA-256");
            if (!Arrays.equals(t.getTimeStampInfo().getMessageImprintDigest(), sha256(data))) throw new IOException("the token stamps other bytes than the DSSE signature");
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> carried = t.getCertificates().getMatches(t.getSID());
            if (carried.isEmpty()) throw new IOException("the token carries no TSA certificate");
            X509Certificate tsa = new JcaX509CertificateConverter().setProvider(Signer.BC).getCertificate(carried.iterator().next());
            // checks the CMS signature, the ESS certificate binding, the critical timeStamping EKU and validity at genTime
            t.validate(new JcaSimpleSignerInfoVerifierBuilder().setProvider(Signer.BC).build(tsa));
            if (!authorities.isEmpty() && authorities.stream().noneMatch(a -> issues(a, tsa))) {
                throw new IOException("the token's TSA (" + tsa.getSubjectX500Principal().getName() + ") is not a trusted time-stamping authority");
            }
            return t.getTimeStampInfo().getGenTime().toInstant();
        } catch (org.bouncycastle.cms.CMSException | org.bouncycastle.tsp.TSPException | java.security.cert.CertificateException
                 | org.bouncycastle.operator.OperatorCreationException | IllegalArgumentException | ClassCastException e) {
            throw new IOException("not a valid RFC 3161 time-stamp token (" + e.getMessage() + ")", e);
        }
    }

    /** The TSA certificate is the trusted one, or is signed by it (a trusted CA of time-stamping authorities). */
    private static boolean issues(X509Certificate trusted, X509Certificate tsa) {
        if (trusted.equals(tsa)) return true;
        try {
            if (!tsa.getIssuerX500Principal().equals(trusted.getSubjectX500Principal())) return false;
            tsa.verify(trusted.getPublicKey(), Signer.BC);
            return true;
        } catch (java.security.GeneralSecurityException e) {
            return false;
        }
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
