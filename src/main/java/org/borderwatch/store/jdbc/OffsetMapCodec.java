package org.borderwatch.store.jdbc;

import java.io.ByteArrayOutputStream;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.borderwatch.domain.OffsetMap;

/**
 * Stores an offset map compactly: the run starts as differences from the previous run (small
 * numbers for typical texts), written as zig-zag varints, then deflated.
 */
final class OffsetMapCodec {
    private OffsetMapCodec() {
    }

    static byte[] encode(OffsetMap map) {
        int[] clean = map.cleanRunStarts();
        int[] raw = map.rawRunStarts();
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 + clean.length * 4);
        writeVarint(out, map.cleanLength());
        writeVarint(out, map.rawLength());
        writeVarint(out, clean.length);
        int prevClean = 0;
        int prevRaw = 0;
        for (int i = 0; i < clean.length; i++) {
            writeVarint(out, zigzag(clean[i] - prevClean));
            writeVarint(out, zigzag(raw[i] - prevRaw));
            prevClean = clean[i];
            prevRaw = raw[i];
        }
        return deflate(out.toByteArray());
    }

    static OffsetMap decode(byte[] stored) {
        byte[] bytes = inflate(stored);
        int[] pos = {0};
        int cleanLength = readVarint(bytes, pos);
        int rawLength = readVarint(bytes, pos);
        int runs = readVarint(bytes, pos);
        int[] clean = new int[runs];
        int[] raw = new int[runs];
        int prevClean = 0;
        int prevRaw = 0;
        for (int i = 0; i < runs; i++) {
            prevClean += unzigzag(readVarint(bytes, pos));
            prevRaw += unzigzag(readVarint(bytes, pos));
            clean[i] = prevClean;
            raw[i] = prevRaw;
        }
        return new OffsetMap(clean, raw, cleanLength, rawLength);
    }

    private static int zigzag(int n) {
        return (n << 1) ^ (n >> 31);
    }

    private static int unzigzag(int n) {
        return (n >>> 1) ^ -(n & 1);
    }

    private static void writeVarint(ByteArrayOutputStream out, int value) {
        int v = value;
        while ((v & ~0x7F) != 0) {
            out.write((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.write(v);
    }

    private static int readVarint(byte[] bytes, int[] pos) {
        int result = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            if (pos[0] >= bytes.length) {
                throw new IllegalStateException("stored offset map is truncated");
            }
            byte b = bytes[pos[0]++];
            result |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return result;
            }
        }
        throw new IllegalStateException("stored offset map is corrupt");
    }

    private static byte[] deflate(byte[] input) {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            deflater.setInput(input);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, input.length / 2));
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static byte[] inflate(byte[] input) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(input);
            ByteArrayOutputStream out = new ByteArrayOutputStream(input.length * 3);
            byte[] buffer = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new IllegalStateException("stored offset map is truncated");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new IllegalStateException("stored offset map is corrupt", e);
        } finally {
            inflater.end();
        }
    }
}
