package org.csi.harness.config;

import java.net.URI;
import java.util.Locale;

/**
 * How certification packages are signed: {@code signing.algorithm} (Ed25519, the default, or SM2 with SM3) and the
 * optional RFC 3161 time-stamping authority {@code timestamping.url}.
 */
public record SigningOptions(Algorithm algorithm, URI timestampUrl) {
    public enum Algorithm { ED25519, SM2 }

    public static final SigningOptions DEFAULT = new SigningOptions(Algorithm.ED25519, null);

    static SigningOptions of(String algorithm, String timestampUrl) {
        Algorithm a = Algorithm.ED25519;
        if (algorithm != null) {
            String k = algorithm.toUpperCase(Locale.ROOT).replace("-", "");
            if (k.equals("ED25519")) a = Algorithm.ED25519;
            else if (k.equals("SM2") || k.equals("SM3WITHSM2")) a = Algorithm.SM2;
            else throw new ConfigException("signing.algorithm '" + algorithm + "' is neither Ed25519 nor SM2");
        }
        URI tsa = null;
        if (timestampUrl != null) {
            try {
                tsa = URI.create(timestampUrl);
            } catch (IllegalArgumentException e) {
                throw new ConfigException("timestamping.url is not a URL");
            }
            if (!"http".equals(tsa.getScheme()) && !"https".equals(tsa.getScheme())) {
                throw new ConfigException("timestamping.url must be an http or https URL");
            }
        }
        return new SigningOptions(a, tsa);
    }
}
