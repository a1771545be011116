package org.borderwatch.extract.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.borderwatch.domain.Document;

/**
 * What the stages know about one document so far: one slot per layer, each filled once by the stage
 * that adds it and read through the layer's typed key. Reading a slot that no stage has filled is a
 * programming error and says so.
 */
public final class Annotation {
    private final Document document;
    private final Map<Layer<?>, Object> layers = new LinkedHashMap<>();

    public Annotation(Document document) {
        this.document = Objects.requireNonNull(document, "document");
    }

    public Document document() {
        return document;
    }

    public String text() {
        return document.cleanText();
    }

    /** The value a stage added for {@code layer}; values should be immutable. */
    public <T> T get(Layer<T> layer) {
        Object value = layers.get(layer);
        if (value == null) {
            throw new IllegalStateException("layer " + layer + " has not been added yet");
        }
        @SuppressWarnings("unchecked") // put() only stores a T under a Layer<T>
        T typed = (T) value;
        return typed;
    }

    public <T> void put(Layer<T> layer, T value) {
        Objects.requireNonNull(value, () -> "layer " + layer + " cannot be added empty-handed");
        if (layers.putIfAbsent(layer, value) != null) {
            throw new IllegalStateException("layer " + layer + " was already added");
        }
    }
}
