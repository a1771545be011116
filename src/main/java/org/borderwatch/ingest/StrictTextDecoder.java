package org.borderwatch.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
 * kept: UTF-8's is dropped, UTF-16's selects UTF-16. Works on a stream a chunk at a time, so a large
 * file never needs to be in memory whole; an error names the byte of the file where it is.
 */
final class StrictTextDecoder {
    private static final int CHUNK = 64 * 1024;

    /** Receives the decoded text a piece at a time. */
    @FunctionalInterface
    interface Sink {
        void accept(CharSequence text) throws IngestException;
    }

    private StrictTextDecoder() {
    }

    static String decode(byte[] content) throws IngestException {
        StringBuilder text = new StringBuilder(content.length);
        try {
            decode(new ByteArrayInputStream(content), text::append);
        } catch (IOException e) {
            throw new UncheckedIOException("reading an array cannot fail", e);
        }
        return text.toString();
    }

    static void decode(InputStream in, Sink sink) throws IngestException, IOException {
        byte[] start = in.readNBytes(3);
        int bom = 0;
        Charset charset = StandardCharsets.UTF_8;
        if (start.length == 3 && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB && (start[2] & 0xFF) == 0xBF) {
            bom = 3;
        } else if (ContentSniffer.hasUtf16Bom(start)) {
            bom = 2;
            charset = (start[0] & 0xFF) == 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(CHUNK);
        bytes.put(start, bom, start.length - bom);
        CharBuffer chars = CharBuffer.allocate(CHUNK);
        long base = bom; // the file offset of the buffer's first byte
        boolean end = false;
        while (!end) {
            int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (n < 0) {
                end = true;
            } else {
                bytes.position(bytes.position() + n);
            }
            bytes.flip();
            CoderResult result;
            do {
                result = decoder.decode(bytes, chars, end);
                if (result.isError()) {
                    throw new IngestException("not valid " + name(charset) + " at byte " + (base + bytes.position()));
                }
                if (result.isOverflow()) {
                    emit(chars, sink);
                }
            } while (result.isOverflow());
            emit(chars, sink);
            base += bytes.position();
            bytes.compact();
        }
        if (decoder.flush(chars).isError()) {
            throw new IngestException("not valid " + name(charset) + " at byte " + base);
        }
        emit(chars, sink);
    }

    private static void emit(CharBuffer chars, Sink sink) throws IngestException {
        chars.flip();
        if (chars.hasRemaining()) {
            sink.accept(chars);
        }
        chars.clear();
    }

    private static String name(Charset charset) {
        return charset == StandardCharsets.UTF_8 ? "UTF-8" : "UTF-16";
    }
}
