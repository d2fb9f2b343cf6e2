package org.csi.harness.certify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.csi.harness.config.ConfigException;
import org.csi.harness.config.SigningOptions.Algorithm;

/**
 * Signing keys in PEM (PKCS#8 private, X.509 public): Ed25519 from the JDK, or SM2 (curve sm2p256v1) with SM3 from
 * BouncyCastle. The algorithm follows from the key, so a verifier needs no setting of its own.
 */
public final class Signer {
    static final Provider BC = new BouncyCastleProvider();

    private Signer() {}

    public static KeyPair generate() {
        return generate(Algorithm.ED25519);
    }

    public static KeyPair generate(Algorithm algorithm) {
        try {
            if (algorithm == Algorithm.ED25519) return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC", BC);
            g.initialize(new ECGenParameterSpec("sm2p256v1"));
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate a " + algorithm + " key pair", e);
        }
    }

    /** The algorithm of a key: EC keys are SM2 (the only curve this harness signs with), the rest Ed25519. */
    public static Algorithm algorithm(java.security.Key key) {
        return key.getAlgorithm().equals("EC") || key.getAlgorithm().equals("SM2") ? Algorithm.SM2 : Algorithm.ED25519;
    }

    private static Signature signature(java.security.Key key) throws GeneralSecurityException {
        return algorithm(key) == Algorithm.SM2 ? Signature.getInstance("SM3withSM2", BC) : Signature.getInstance("Ed25519");
    }

    public static byte[] sign(PrivateKey key, byte[] data) {
        try {
            Signature s = signature(key);
            s.initSign(key);
            s.update(data);
            return s.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign: " + e.getMessage(), e);
        }
    }

    public static boolean verify(PublicKey key, byte[] data, byte[] signature) {
        try {
            Signature s = signature(key);
            s.initVerify(key);
            s.update(data);
            return s.verify(signature);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** A stable fingerprint of a public key: the SHA-256 of its X.509 SubjectPublicKeyInfo DER, as DSSE keyid. */
    public static String keyId(PublicKey key) {
        return "sha256:" + CertificationPackage.sha256(key.getEncoded());
    }

    public static String pem(PublicKey key) {
        return pem("PUBLIC KEY", key.getEncoded());
    }

    public static String pem(PrivateKey key) {
        return pem("PRIVATE KEY", key.getEncoded());
    }

    static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    static byte[] der(String pem) {
        String body = pem.replaceAll("-----[A-Z0-9 ]+-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(body);
    }

    /** An Ed25519 or SM2 public key from PEM. */
    public static PublicKey publicKey(String pem) throws GeneralSecurityException {
        byte[] der;
        try {
            der = der(pem);
        } catch (IllegalArgumentException e) {
            throw new GeneralSecurityException("not a PEM public key", e);
        }
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der));
        } catch (GeneralSecurityException notEd25519) {
            return KeyFactory.getInstance("EC", BC).generatePublic(new X509EncodedKeySpec(der));
        }
    }

    public static PrivateKey privateKey(Path file) {
        byte[] der;
        try {
            der = der(Files.readString(file));
        } catch (IOException e) {
            throw new ConfigException("cannot read signing key " + file + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new ConfigException("signing key " + file + " is not a PKCS#8 PEM private key");
        }
        try {
            return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (GeneralSecurityException notEd25519) {
            try {
                return KeyFactory.getInstance("EC", BC).generatePrivate(new PKCS8EncodedKeySpec(der));
            } catch (GeneralSecurityException e) {
                throw new ConfigException("signing key " + file + " is neither an Ed25519 nor an SM2 private key in PKCS#8 PEM");
            }
        }
    }

    /** Writes a private key readable by its owner only. */
    public static void writePrivate(Path file, PrivateKey key) throws IOException {
        Files.writeString(file, pem(key));
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: nothing more to do
        }
    }
}
