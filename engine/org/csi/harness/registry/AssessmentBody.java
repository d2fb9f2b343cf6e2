package org.csi.harness.registry;

import java.security.PublicKey;
import java.util.List;

/**
 * An assessment body allowed to upload: its id, the SHA-256 (hex) of its bearer token (the token itself is never
 * stored) and the keys its packages may be signed with.
 */
public record AssessmentBody(String id, String name, String tokenSha256, List<PublicKey> signingKeys) {
    public AssessmentBody {
        signingKeys = List.copyOf(signingKeys);
    }

    @Override
    public String toString() {
        return "AssessmentBody[" + id + "]";   // never the token hash in a log
    }
}
