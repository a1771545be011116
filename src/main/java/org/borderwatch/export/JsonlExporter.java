package org.borderwatch.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.function.Function;
import org.borderwatch.domain.Event;

/** JSON Lines: one {@link ReportFields} object per line. */
public final class JsonlExporter implements EventExporter {
    private final ObjectMapper mapper = new ObjectMapper();

    @Override
    public long write(Iterator<Event> events, Function<String, DocumentInfo> documents, Writer out) throws IOException {
        long n = 0;
        while (events.hasNext()) {
            out.write(mapper.writeValueAsString(ReportFields.of(events.next(), documents)));
            out.write('\n');
            n++;
        }
        out.flush();
        return n;
    }
}
