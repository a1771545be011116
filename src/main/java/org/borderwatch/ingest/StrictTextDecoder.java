package org.borderwatch.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes text files as UTF-8, refusing bad bytes instead of silently replacing them (a report
 * whose letters were garbled must not become evidence). A byte order mark is honoured and not
 * kept: UTF-8's is dropped, UTF-16's selects UTF-16.
 */
final class StrictTextDecoder {
    private StrictTextDecoder() {
    }

    static String decode(byte[] content) throws IngestException {
        if (content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB && (content[2] & 0xFF) == 0xBF) {
            return decode(content, 3, StandardCharsets.UTF_8);
        }
        if (ContentSniffer.hasUtf16Bom(content)) {
            Charset charset = (content[0] & 0xFF) == 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
            return decode(content, 2, charset);
        }
        return decode(content, 0, StandardCharsets.UTF_8);
    }

    private static String decode(byte[] content, int offset, Charset charset) throws IngestException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content, offset, content.length - offset);
        CharBuffer out = CharBuffer.allocate(content.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new IngestException("not valid " + name(charset) + " at byte " + in.position());
        }
        result = decoder.flush(out);
        if (result.isError()) {
            throw new IngestException("not valid " + name(charset) + " at byte " + in.position());
        }
        return out.flip().toString();
    }

    private static String name(Charset charset) {
        return charset == StandardCharsets.UTF_8 ? "UTF-8" : "UTF-16";
    }
}
