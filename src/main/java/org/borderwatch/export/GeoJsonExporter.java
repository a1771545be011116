package org.borderwatch.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.Map;
import java.util.function.Function;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.GeoPoint;

/**
 * A GeoJSON FeatureCollection with one Point per located event (its primary location), the
 * {@link ReportFields} as properties. Events without coordinates are left out: GeoJSON has no place for them.
 */
public final class GeoJsonExporter implements EventExporter {
    private final ObjectMapper mapper = new ObjectMapper();

    @Override
    public long write(Iterator<Event> events, Function<String, DocumentInfo> documents, Writer out) throws IOException {
        long n = 0;
        try (JsonGenerator g = mapper.getFactory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeStringField("type", "FeatureCollection");
            g.writeArrayFieldStart("features");
            while (events.hasNext()) {
                Event e = events.next();
                GeoPoint p = e.primaryLocation() == null ? null : e.primaryLocation().point();
                if (p == null) {
                    continue;
                }
                writeFeature(g, e, p, ReportFields.of(e, documents));
                n++;
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write('\n');
        out.flush();
        return n;
    }

    private void writeFeature(JsonGenerator g, Event e, GeoPoint p, Map<String, Object> properties) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", "Feature");
        g.writeStringField("id", e.id());
        g.writeObjectFieldStart("geometry");
        g.writeStringField("type", "Point");
        g.writeArrayFieldStart("coordinates");
        g.writeNumber(p.longitude());
        g.writeNumber(p.latitude());
        g.writeEndArray();
        g.writeEndObject();
        g.writeFieldName("properties");
        mapper.writeValue(g, properties);
        g.writeEndObject();
    }
}
