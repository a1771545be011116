package org.borderwatch.ingest;

import java.nio.file.Path;
import java.util.Set;

/** Reads the text and metadata out of one kind of file. */
public interface SourceReader {
    /** File name extensions this reader handles, lower case without the dot. */
    Set<String> extensions();

    /** Reads a file already known to exist and to be within the size limit. */
    ExtractedText read(Path file, byte[] content) throws IngestException;
}
