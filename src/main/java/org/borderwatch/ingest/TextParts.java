package org.borderwatch.ingest;

/**
 * Cuts a long text, given a piece at a time, into parts of about {@link #TARGET_CHARS} characters, each
 * ending at a paragraph break where there is one (else at a line break, else between words), and hands
 * each part on as soon as it is complete. The parts put together are the text. Extraction's memory and
 * time grow faster than linearly with a document's length, so a very long file is stored and extracted
 * as several documents of bounded size: memory stays bounded and time linear, whatever the file's size.
 */
final class TextParts implements StrictTextDecoder.Sink {
    /** A text longer than this is cut into parts. */
    static final int MAX_CHARS = 2_000_000;
    /** The size a part aims at. */
    static final int TARGET_CHARS = 1_000_000;

    /** Receives each part, numbered from 1, or the whole text as part 0 when it needs no cutting. */
    @FunctionalInterface
    interface PartSink {
        void accept(int number, String text) throws IngestException;
    }

    private final PartSink sink;
    private final StringBuilder pending = new StringBuilder();
    /** The last part cut, handed on when the next one is, so that a text that is one part stays whole. */
    private String held;
    private int parts;

    TextParts(PartSink sink) {
        this.sink = sink;
    }

    /** Hands a whole text on: as it is when it is short enough, else in parts. */
    static void split(String text, PartSink sink) throws IngestException {
        if (text.length() <= MAX_CHARS) {
            sink.accept(0, text);
            return;
        }
        TextParts parts = new TextParts(sink);
        for (int from = 0; from < text.length(); from += TARGET_CHARS) {
            parts.accept(text.substring(from, Math.min(text.length(), from + TARGET_CHARS)));
        }
        parts.finish();
    }

    @Override
    public void accept(CharSequence text) throws IngestException {
        pending.append(text);
        while (pending.length() >= MAX_CHARS) {
            int cut = cutPoint(pending);
            String part = pending.substring(0, cut);
            pending.delete(0, cut);
            cut(part);
        }
    }

    /** Hands on the rest. */
    void finish() throws IngestException {
        if (held == null) {
            sink.accept(0, pending.toString()); // it never needed cutting
        } else {
            cut(pending.toString());
            sink.accept(parts, held);
        }
        held = null;
        pending.setLength(0);
    }

    private void cut(String part) throws IngestException {
        if (held != null) {
            sink.accept(parts, held);
        }
        held = part;
        parts++;
    }

    /** Where to end the next part: after the last paragraph break, line break or space past the target. */
    static int cutPoint(CharSequence text) {
        int limit = Math.min(text.length(), MAX_CHARS);
        int paragraph = lastIndexOf(text, "\n\n", TARGET_CHARS, limit);
        if (paragraph >= 0) {
            return paragraph + 2;
        }
        int line = lastIndexOf(text, "\n", TARGET_CHARS, limit);
        if (line >= 0) {
            return line + 1;
        }
        int space = lastIndexOf(text, " ", TARGET_CHARS, limit);
        if (space >= 0) {
            return space + 1;
        }
        return Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit; // never between a pair
    }

    /** The last start of {@code what} in {@code text[from, to)}, or -1. */
    private static int lastIndexOf(CharSequence text, String what, int from, int to) {
        for (int i = to - what.length(); i >= from; i--) {
            boolean match = true;
            for (int k = 0; k < what.length() && match; k++) {
                match = text.charAt(i + k) == what.charAt(k);
            }
            if (match) {
                return i;
            }
        }
        return -1;
    }
}
