package org.borderwatch.ingest;

import java.nio.file.Path;
import java.util.Set;

/** Plain text files: strict UTF-8 (or UTF-16 with a byte order mark); no metadata of their own. */
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
}
