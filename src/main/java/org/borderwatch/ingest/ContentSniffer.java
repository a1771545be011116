package org.borderwatch.ingest;

/**
 * Tells binary data from text by looking at bytes only: a NUL byte, or more than one in ten
 * bytes being control characters other than tab, line feed, carriage return and form feed, in
 * the first {@value #SAMPLE} bytes. UTF-16 text (which has NULs) is recognised by its byte order mark.
 */
final class ContentSniffer {
    static final int SAMPLE = 64 * 1024;

    private ContentSniffer() {
    }

    static boolean looksBinary(byte[] content) {
        if (hasUtf16Bom(content)) {
            return false;
        }
        int n = Math.min(content.length, SAMPLE);
        int controls = 0;
        for (int i = 0; i < n; i++) {
            int b = content[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) || b == 0x7F) {
                controls++;
            }
        }
        return n > 0 && controls * 10 > n;
    }

    static boolean hasUtf16Bom(byte[] content) {
        return content.length >= 2
                && (((content[0] & 0xFF) == 0xFE && (content[1] & 0xFF) == 0xFF)
                || ((content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xFE));
    }
}
