package org.csi.harness.target;

import java.util.List;
import org.csi.harness.config.Credential;

/** A solution under test: where it answers and which credentials the harness holds for it. */
public interface Target extends AutoCloseable {
    /** Origin of the solution, e.g. http://127.0.0.1:8080; the capability document is read below it. */
    String baseUrl();

    List<Credential> credentials();

    /** How the scorecard names the target (URL, or image id). */
    String identity();

    /** The image id of a container target, null otherwise. */
    default String imageId() {
        return null;
    }

    @Override
    default void close() {}
}
