package org.borderwatch.extract.pipeline;

import java.util.Objects;

/**
 * A typed key for one kind of annotation. The stage that adds a layer declares its key, so the pipeline
 * package knows no stage's types and each stage depends only on the stages whose layers it reads.
 * Keys compare by identity: two layers with the same name are still two layers.
 */
public final class Layer<T> {
    private final String name;

    private Layer(String name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    public static <T> Layer<T> named(String name) {
        return new Layer<>(name);
    }

    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }
}
