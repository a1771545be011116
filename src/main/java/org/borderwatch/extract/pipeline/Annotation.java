package org.borderwatch.extract.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.borderwatch.domain.Document;

/**
 * What the stages know about one document so far: one slot per layer, each filled once by the stage
 * that adds it and read through the layer's typed key. Reading a slot that no stage has filled is a
 * programming error and says so. While a stage runs it sees the annotation through {@link #viewFor}:
 * it may read only the layers it declares it requires (or adds) and add only those it declares, so a
 * stage's declaration is the truth about what it depends on and the pipeline's order check means something.
 */
public final class Annotation {
    private final Document document;
    private final Map<Layer<?>, Object> layers;
    private final String reader;
    private final Set<Layer<?>> readable;
    private final Set<Layer<?>> writable;

    public Annotation(Document document) {
        this(Objects.requireNonNull(document, "document"), new LinkedHashMap<>(), null, null, null);
    }

    private Annotation(Document document, Map<Layer<?>, Object> layers, String reader, Set<Layer<?>> readable,
                       Set<Layer<?>> writable) {
        this.document = document;
        this.layers = layers;
        this.reader = reader;
        this.readable = readable;
        this.writable = writable;
    }

    /** The same annotation as {@code stage} may see it: its required and added layers only. */
    public Annotation viewFor(Stage stage) {
        Set<Layer<?>> canRead = new java.util.HashSet<>(stage.requires());
        canRead.addAll(stage.adds());
        return new Annotation(document, layers, stage.name(), Set.copyOf(canRead), Set.copyOf(stage.adds()));
    }

    public Document document() {
        return document;
    }

    public String text() {
        return document.cleanText();
    }

    /** The value a stage added for {@code layer}; values should be immutable. */
    public <T> T get(Layer<T> layer) {
        if (readable != null && !readable.contains(layer)) {
            throw new IllegalStateException("stage " + reader + " reads layer " + layer
                    + " without declaring it among the layers it requires");
        }
        Object value = layers.get(layer);
        if (value == null) {
            throw new IllegalStateException("layer " + layer + " has not been added yet");
        }
        @SuppressWarnings("unchecked") // put() only stores a T under a Layer<T>
        T typed = (T) value;
        return typed;
    }

    public <T> void put(Layer<T> layer, T value) {
        if (writable != null && !writable.contains(layer)) {
            throw new IllegalStateException("stage " + reader + " adds layer " + layer
                    + " without declaring it among the layers it adds");
        }
        Objects.requireNonNull(value, () -> "layer " + layer + " cannot be added empty-handed");
        if (layers.putIfAbsent(layer, value) != null) {
            throw new IllegalStateException("layer " + layer + " was already added");
        }
    }
}
