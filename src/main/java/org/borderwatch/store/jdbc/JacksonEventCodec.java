package org.borderwatch.store.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import org.borderwatch.domain.Disagreement;
import org.borderwatch.domain.Event;

/** Stores events as JSON, written from and read into the domain records by Jackson. */
final class JacksonEventCodec implements EventCodec {
    private static final TypeReference<Event> EVENT = new TypeReference<>() { };
    private static final TypeReference<List<Disagreement>> DISAGREEMENTS = new TypeReference<>() { };
    private static final TypeReference<List<String>> IDS = new TypeReference<>() { };

    private final ObjectMapper mapper = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            // a newer BorderWatch may have stored fields this one does not know
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Override
    public String write(Event event) {
        return toJson(event, "event " + event.id());
    }

    @Override
    public Event read(String stored) {
        return fromJson(stored, EVENT, "Event");
    }

    @Override
    public String writeDisagreements(List<Disagreement> disagreements) {
        return toJson(disagreements, "disagreements");
    }

    @Override
    public List<Disagreement> readDisagreements(String stored) {
        return fromJson(stored, DISAGREEMENTS, "disagreements");
    }

    @Override
    public String writeIds(List<String> ids) {
        return toJson(ids, "event ids");
    }

    @Override
    public List<String> readIds(String stored) {
        return fromJson(stored, IDS, "event ids");
    }

    private String toJson(Object value, String what) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + what + ": " + e.getOriginalMessage(), e);
        }
    }

    private <T> T fromJson(String stored, TypeReference<T> type, String what) {
        try {
            return mapper.readValue(stored, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored " + what + " is not readable: " + e.getOriginalMessage(), e);
        }
    }
}
