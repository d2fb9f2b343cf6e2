package org.csi.harness.registry;

import java.util.List;
import java.util.Map;

/**
 * How the registry verifies a package on arrival. The one place to switch when package verification moves to a
 * trust store (DSSE envelopes): the registry itself only asks for the problems, each naming its file.
 */
@FunctionalInterface
public interface PackageCheck {
    /** Every problem of the package {@code entries} uploaded by {@code body}; empty when it is to be kept. */
    List<String> problems(AssessmentBody body, Map<String, byte[]> entries);
}
