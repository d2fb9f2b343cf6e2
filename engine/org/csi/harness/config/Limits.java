package org.csi.harness.config;

/**
 * What a solution can make the harness hold for one exchange ({@code limits.*} in the run configuration). A response
 * past a cap fails the clause whose scenario met it, naming the cap; evidence past its cap is cut and says so.
 *
 * @param maxResponseBytes body bytes after decoding (gzip, deflate), and on the wire
 * @param maxHeaderCount   response header fields
 * @param maxHeaderBytes   response header bytes in all (names, values, status line); also the longest single line
 * @param maxEvidenceBytes the request and response text kept as evidence of one exchange
 */
public record Limits(long maxResponseBytes, int maxHeaderCount, int maxHeaderBytes, int maxEvidenceBytes) {
    public static final long DEFAULT_MAX_RESPONSE = 8L * 1024 * 1024;
    public static final int DEFAULT_MAX_HEADER_COUNT = 200;
    public static final int DEFAULT_MAX_HEADER_BYTES = 64 * 1024;
    public static final int DEFAULT_MAX_EVIDENCE = 64 * 1024;

    public static Limits defaults() {
        return new Limits(DEFAULT_MAX_RESPONSE, DEFAULT_MAX_HEADER_COUNT, DEFAULT_MAX_HEADER_BYTES, DEFAULT_MAX_EVIDENCE);
    }

    public Limits withMaxResponseBytes(long bytes) {
        return new Limits(bytes, maxHeaderCount, maxHeaderBytes, maxEvidenceBytes);
    }
}
