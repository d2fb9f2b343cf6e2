package org.csi.harness.registry;

import java.util.List;
import java.util.Map;
import org.csi.harness.certify.PackageVerifier;

/**
 * Today's verification: {@link PackageVerifier} (signature, hashes, recomputed verdicts) against the signing keys
 * of the body that uploads, so that no body can register a package signed by another.
 */
public final class SigningKeyCheck implements PackageCheck {
    @Override
    public List<String> problems(AssessmentBody body, Map<String, byte[]> entries) {
        return PackageVerifier.verify(entries, body.signingKeys());
    }
}
