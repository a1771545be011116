package org.borderwatch.domain;

import java.util.List;
import java.util.Objects;

/**
 * A gazetteer place as stored: the place itself, each of its names with the language and role the
 * source gives it (a preferred name weighs more than a variant when resolving), and the source it came from.
 */
public record GazetteerEntry(Place place, List<Name> names, String source) {
    public GazetteerEntry {
        Objects.requireNonNull(place, "place");
        names = List.copyOf(names);
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
