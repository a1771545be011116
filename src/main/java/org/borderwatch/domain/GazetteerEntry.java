package org.borderwatch.domain;

import java.util.List;
import java.util.Objects;

/**
 * A gazetteer place as stored: the place itself, each of its names with the language and role the
 * source gives it (a preferred name weighs more than a variant when resolving), and the source it came from.
 */
public record GazetteerEntry(Place place, List<Name> names, String source) {
    /** The source of the places a conflict's author lists in its features.yaml (heights, intakes, corridors). */
    public static final String CONFIGURED_FEATURES = "features";

    public GazetteerEntry {
        Objects.requireNonNull(place, "place");
        names = List.copyOf(names);
    }

    /** Whether the place was written into the conflict's configuration by hand rather than bulk-imported. */
    public boolean configuredFeature() {
        return CONFIGURED_FEATURES.equals(source);
    }

    /** How a source lists a name: the main name, a preferred name in a language, a variant, or a configured alias. */
    public enum NameKind { PRIMARY, PREFERRED, VARIANT, ALIAS }

    /** One name of a place; {@code lang} is an ISO 639-3 code or null when the source does not say. */
    public record Name(String text, String lang, NameKind kind) {
        public Name {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(kind, "kind");
        }
    }
}
