package org.csi.harness;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Forged zip archives built from a real package's bytes: each one means something else to another kind of reader. */
final class ZipForgery {
    /** One central-directory record: where it is, its name, and where its local entry starts. */
    private record Central(int at, int length, String name, int local) {}

    private final byte[] zip;
    private final int end, dirOffset;
    private final List<Central> directory = new ArrayList<>();

    ZipForgery(byte[] zip) {
        this.zip = zip;
        ByteBuffer b = le(zip);
        end = zip.length - 22;
        dirOffset = b.getInt(end + 16);
        for (int p = dirOffset; p < end; ) {
            int len = 46 + u16(b, p + 28) + u16(b, p + 30) + u16(b, p + 32);
            directory.add(new Central(p, len, new String(zip, p + 46, u16(b, p + 28), StandardCharsets.UTF_8), b.getInt(p + 42)));
            p += len;
        }
    }

    /**
     * The original entries and directory stay in place (a stream reader sees them and stops at the first directory);
     * a forged {@code name} and a second directory that lists it instead of the original follow, and the end record
     * points at the second directory (what unzip and ZipFile read).
     */
    byte[] shadowDirectory(String name, byte[] forged) throws IOException {
        byte[] single = singleEntryZip(name, forged);
        ZipForgery f = new ZipForgery(single);
        byte[] local = Arrays.copyOfRange(single, 0, f.dirOffset);
        Central fc = f.directory.get(0);
        byte[] forgedCentral = Arrays.copyOfRange(single, fc.at, fc.at + fc.length);
        int localAt = end;
        le(forgedCentral).putInt(42, localAt);
        ByteArrayOutputStream dir = new ByteArrayOutputStream();
        for (Central c : directory) {
            dir.write(c.name.equals(name) ? forgedCentral : Arrays.copyOfRange(zip, c.at, c.at + c.length));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(zip, 0, end);
        out.write(local);
        int newDir = out.size();
        out.write(dir.toByteArray());
        out.write(endRecord(directory.size(), dir.size(), newDir));
        return out.toByteArray();
    }

    /** The directory names {@code from} as {@code to} (same length); the local header keeps the old name. */
    byte[] renamedInDirectory(String from, String to) {
        byte[] copy = zip.clone();
        Central c = directory.stream().filter(d -> d.name.equals(from)).findFirst().orElseThrow();
        System.arraycopy(to.getBytes(StandardCharsets.UTF_8), 0, copy, c.at + 46, from.length());
        return copy;
    }

    /** Cut where the central directory begins: every local entry is whole, no directory follows. */
    byte[] truncatedAtDirectory() {
        return Arrays.copyOf(zip, dirOffset);
    }

    /** A second, structurally sound entry with the same name as {@code name}, listed in the directory too. */
    byte[] duplicated(String name) throws IOException {
        Central c = directory.stream().filter(d -> d.name.equals(name)).findFirst().orElseThrow();
        int next = directory.stream().mapToInt(Central::local).filter(l -> l > c.local).min().orElse(dirOffset);
        byte[] local = Arrays.copyOfRange(zip, c.local, next);
        byte[] central = Arrays.copyOfRange(zip, c.at, c.at + c.length);
        le(central).putInt(42, dirOffset);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(zip, 0, dirOffset);
        out.write(local);
        int newDir = out.size();
        out.write(zip, dirOffset, end - dirOffset);
        out.write(central);
        out.write(endRecord(directory.size() + 1, end - dirOffset + central.length, newDir));
        return out.toByteArray();
    }

    /** {@code junk} between the last entry and the directory, with the end record moved to match. */
    byte[] dataOutsideEntries(byte[] junk) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(zip, 0, dirOffset);
        out.write(junk);
        int newDir = out.size();
        out.write(zip, dirOffset, end - dirOffset);
        out.write(endRecord(directory.size(), end - dirOffset, newDir));
        return out.toByteArray();
    }

    private static byte[] singleEntryZip(String name, byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            z.putNextEntry(new ZipEntry(name));
            z.write(content);
            z.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static byte[] endRecord(int entries, int dirSize, int dirOffset) {
        ByteBuffer b = ByteBuffer.allocate(22).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) entries).putShort((short) entries)
                .putInt(dirSize).putInt(dirOffset).putShort((short) 0);
        return b.array();
    }

    private static ByteBuffer le(byte[] a) {
        return ByteBuffer.wrap(a).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static int u16(ByteBuffer b, int at) {
        return Short.toUnsignedInt(b.getShort(at));
    }
}
