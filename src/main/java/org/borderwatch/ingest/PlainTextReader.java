package org.borderwatch.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * Plain text files: strict UTF-8 (or UTF-16 with a byte order mark); no metadata of their own. A file too
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
        return new ExtractedText(StrictTextDecoder.decode(content), SourceMetadata.NONE);
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
