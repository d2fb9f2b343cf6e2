package org.csi.harness.certify;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Reads a zip archive only when it means one thing to every reader. Stream readers follow the local headers,
 * unzip and java.util.zip.ZipFile follow the central directory; a forger can make the two disagree (a shadow
 * directory, a renamed entry, data the directory does not list). So the archive is read through its central
 * directory and refused unless: one end record closes the file with no comment, the directory sits right before
 * it and lists every byte before it (entries tile the file from offset 0 with no gap or overlap), every local
 * header agrees with its directory entry, names are unique and relative, and each entry inflates to the size and
 * CRC-32 the directory gives. Zip64, encryption and multi-disk archives are refused: packages never use them.
 */
final class StrictZip {
    private static final int LOCAL = 0x04034b50, CENTRAL = 0x02014b50, END = 0x06054b50, DESCRIPTOR = 0x08074b50;
    private static final int END_SIZE = 22, CENTRAL_SIZE = 46, LOCAL_SIZE = 30;

    private record Entry(String name, int flags, int method, long crc, long compressed, long size, int localOffset) {}

    private StrictZip() {}

    /** The entries in directory order; {@code maxEntryBytes} bounds what one entry may inflate to. */
    static Map<String, byte[]> read(byte[] zip, long maxEntryBytes) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        int end = zip.length - END_SIZE;
        if (end < 0 || b.getInt(end) != END) {
            throw new IOException("not a whole zip archive: no end-of-directory record at the end of the file (truncated, or followed by other data)");
        }
        if (u16(b, end + 4) != 0 || u16(b, end + 6) != 0 || u16(b, end + 8) != u16(b, end + 10)) throw new IOException("a multi-disk archive");
        if (u16(b, end + 20) != 0) throw new IOException("the archive has a comment (packages have none)");
        int count = u16(b, end + 10);
        long dirSize = u32(b, end + 12), dirOffset = u32(b, end + 16);
        if (count == 0xffff || dirSize == 0xffffffffL || dirOffset == 0xffffffffL) throw new IOException("a Zip64 archive (packages never need one)");
        if (dirOffset + dirSize != end) {
            throw new IOException("the central directory does not end where the end record begins (" + (end - dirOffset - dirSize) + " bytes unaccounted for)");
        }
        List<Entry> entries = new ArrayList<>();
        int p = (int) dirOffset;
        for (int i = 0; i < count; i++) {
            if (p + CENTRAL_SIZE > end || b.getInt(p) != CENTRAL) throw new IOException("central directory entry " + (i + 1) + " of " + count + " is damaged");
            int nameLen = u16(b, p + 28), extraLen = u16(b, p + 30), commentLen = u16(b, p + 32);
            if (u16(b, p + 34) != 0) throw new IOException("a multi-disk archive");
            String name = name(zip, p + CENTRAL_SIZE, nameLen);
            entries.add(new Entry(name, u16(b, p + 8), u16(b, p + 10), u32(b, p + 16), u32(b, p + 20), u32(b, p + 24), (int) u32(b, p + 42)));
            p += CENTRAL_SIZE + nameLen + extraLen + commentLen;
        }
        if (p != end) throw new IOException("the central directory holds " + (end - p) + " bytes more than its " + count + " entries");

        Map<String, byte[]> out = new LinkedHashMap<>();
        List<int[]> spans = new ArrayList<>();
        for (Entry e : entries) {
            if (out.containsKey(e.name)) throw new IOException(e.name + ": appears twice in the archive");
            out.put(e.name, null);
            spans.add(new int[] {e.localOffset, local(zip, b, e, (int) dirOffset)});
            out.put(e.name, inflate(zip, e, e.localOffset + LOCAL_SIZE + u16(b, e.localOffset + 26) + u16(b, e.localOffset + 28), maxEntryBytes));
        }
        spans.sort(Comparator.comparingInt(s -> s[0]));
        int covered = 0;
        for (int[] s : spans) {
            if (s[0] != covered) {
                throw new IOException(s[0] > covered ? "bytes " + covered + "–" + s[0] + " of the archive belong to no listed entry"
                        : "two entries overlap at byte " + s[0]);
            }
            covered = s[1];
        }
        if (covered != dirOffset) throw new IOException("bytes " + covered + "–" + dirOffset + " of the archive belong to no listed entry");
        return out;
    }

    /** Checks the local header of {@code e} against its directory entry; returns where the entry's bytes end. */
    private static int local(byte[] zip, ByteBuffer b, Entry e, int dirOffset) throws IOException {
        int h = e.localOffset;
        if (h < 0 || h + LOCAL_SIZE > dirOffset || b.getInt(h) != LOCAL) throw new IOException(e.name + ": no local header where the directory says");
        int flags = u16(b, h + 6), nameLen = u16(b, h + 26), extraLen = u16(b, h + 28);
        if ((e.flags & 1) != 0) throw new IOException(e.name + ": encrypted");
        if (e.method != 0 && e.method != 8) throw new IOException(e.name + ": compression method " + e.method + " is not allowed");
        if (!name(zip, h + LOCAL_SIZE, nameLen).equals(e.name)) {
            throw new IOException(e.name + ": the local header names '" + name(zip, h + LOCAL_SIZE, nameLen) + "', the directory '" + e.name + "'");
        }
        if (flags != e.flags || u16(b, h + 8) != e.method) throw new IOException(e.name + ": local header and directory disagree on flags or method");
        int data = h + LOCAL_SIZE + nameLen + extraLen;
        long dataEnd = data + e.compressed;
        if (dataEnd > dirOffset) throw new IOException(e.name + ": its data runs into the central directory (truncated or forged sizes)");
        boolean descriptor = (flags & 8) != 0;
        if (!descriptor) {
            if (u32(b, h + 14) != e.crc || u32(b, h + 18) != e.compressed || u32(b, h + 22) != e.size) {
                throw new IOException(e.name + ": local header and directory disagree on size or CRC");
            }
            return (int) dataEnd;
        }
        int d = (int) dataEnd;
        if (d + 4 <= dirOffset && b.getInt(d) == DESCRIPTOR) d += 4;
        if (d + 12 > dirOffset || u32(b, d) != e.crc || u32(b, d + 4) != e.compressed || u32(b, d + 8) != e.size) {
            throw new IOException(e.name + ": its data descriptor disagrees with the directory");
        }
        return d + 12;
    }

    private static byte[] inflate(byte[] zip, Entry e, int data, long max) throws IOException {
        if (e.size > max) throw new IOException(e.name + ": " + e.size + " bytes, more than the " + max + " a package entry may hold");
        byte[] out;
        if (e.method == 0) {
            if (e.compressed != e.size) throw new IOException(e.name + ": stored with two different sizes");
            out = java.util.Arrays.copyOfRange(zip, data, data + (int) e.size);
        } else {
            Inflater inflater = new Inflater(true);
            try {
                inflater.setInput(zip, data, (int) e.compressed);
                out = new byte[(int) e.size];
                int n = 0;
                while (n < out.length && !inflater.finished()) {
                    int k = inflater.inflate(out, n, out.length - n);
                    if (k == 0 && (inflater.needsInput() || inflater.needsDictionary())) break;
                    n += k;
                }
                byte[] extra = new byte[1];
                if (n != out.length || (!inflater.finished() && inflater.inflate(extra) > 0) || inflater.getRemaining() != 0) {
                    throw new IOException(e.name + ": does not inflate to the " + e.size + " bytes the directory gives");
                }
            } catch (DataFormatException damaged) {
                throw new IOException(e.name + ": damaged in the archive (" + damaged.getMessage() + ")", damaged);
            } finally {
                inflater.end();
            }
        }
        CRC32 crc = new CRC32();
        crc.update(out);
        if (crc.getValue() != e.crc) throw new IOException(e.name + ": CRC-32 does not match the directory");
        return out;
    }

    private static String name(byte[] zip, int at, int len) throws IOException {
        if (at + len > zip.length) throw new IOException("an entry name runs past the end of the archive");
        // Packages name their entries in printable ASCII: bytes that could decode two ways are refused, not guessed.
        for (int i = at; i < at + len; i++) {
            if (zip[i] < 0x20 || zip[i] > 0x7e) throw new IOException("an entry name holds a byte that is not printable ASCII (0x" + Integer.toHexString(zip[i] & 0xff) + ")");
        }
        String n = new String(zip, at, len, StandardCharsets.US_ASCII);
        if (n.isEmpty() || n.startsWith("/") || n.contains("\\") || n.contains("\0") || List.of(n.split("/")).contains("..")) {
            throw new IOException("entry name '" + n + "' is not a plain relative path");
        }
        return n;
    }

    private static int u16(ByteBuffer b, int at) {
        return Short.toUnsignedInt(b.getShort(at));
    }

    private static long u32(ByteBuffer b, int at) {
        return Integer.toUnsignedLong(b.getInt(at));
    }
}
