package org.borderwatch.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * Plain text files: strict UTF-8 (or UTF-16 with a byte order mark); no metadata of their own, unless the text is a
 * news feed saved as text, which is read as a feed ({@link FeedReader}). A file too
 * large to hold whole is checked, then read, as a stream ({@link #check}, {@link #stream}).
 */
public final class PlainTextReader implements SourceReader {
    @Override
    public Set<String> extensions() {
        return Set.of("txt", "text");
    }

    @Override
    public ExtractedText read(Path file, byte[] content) throws IngestException {
        if (ContentSniffer.looksBinary(content)) {
            throw new IngestException("looks like a binary file, not text");
        }
        String text = StrictTextDecoder.decode(content);
        // a news feed saved as text is read as the feed it is, item by item
        return FeedReader.looksLikeFeed(text) ? FeedReader.fromXml(text) : new ExtractedText(text, SourceMetadata.NONE);
    }

    /** Reads the whole file as {@link #read} would, keeping nothing: fails where {@link #read} would. */
    void check(Path file) throws IngestException, IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            in.mark(ContentSniffer.SAMPLE);
            if (ContentSniffer.looksBinary(in.readNBytes(ContentSniffer.SAMPLE))) {
                throw new IngestException("looks like a binary file, not text");
            }
            in.reset();
            StrictTextDecoder.decode(in, text -> { });
        }
    }

    /** Hands the file's text on a piece at a time. */
    void stream(Path file, StrictTextDecoder.Sink sink) throws IngestException, IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            StrictTextDecoder.decode(in, sink);
        }
    }
}
