package org.csi.harness;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.GZIPOutputStream;

/** Bodies a hostile solution sends. */
final class HostileBodies {
    private HostileBodies() {}

    /**
     * {@code mebibytes} MiB of zeros as gzip: one 1 MiB member, repeated (GZIPInputStream reads concatenated members
     * as one stream), so that a bomb of 1 GiB decoded takes no time to make and about 1 MiB on the wire.
     */
    static byte[] gzipOfZeros(int mebibytes) throws IOException {
        ByteArrayOutputStream member = new ByteArrayOutputStream();
        try (GZIPOutputStream g = new GZIPOutputStream(member)) {
            g.write(new byte[1 << 20]);
        }
        byte[] one = member.toByteArray();
        ByteArrayOutputStream all = new ByteArrayOutputStream(one.length * mebibytes);
        for (int i = 0; i < mebibytes; i++) all.write(one);
        return all.toByteArray();
    }
}
