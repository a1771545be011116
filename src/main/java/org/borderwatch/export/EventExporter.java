package org.borderwatch.export;

import java.io.IOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.function.Function;
import org.borderwatch.domain.Event;

/** Writes events in one file format. */
public interface EventExporter {
    /**
     * @param events    the events, in the order to write them (read once, so a lazy source works)
     * @param documents document id to what the export names it by
     * @return how many events were written
     */
    long write(Iterator<Event> events, Function<String, DocumentInfo> documents, Writer out) throws IOException;
}
