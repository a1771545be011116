package org.borderwatch.language;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Named word lists of a language, and the transliteration rules that go with them, read from a resource instead of
 * living in Java: a list is edited, reviewed and translated as data. {@link #english()} holds the English lists that
 * several capabilities read ({@code language/english.yaml}), so a list both extraction and geography consult is
 * written once; a capability reads its own lists through {@link #read}. Words are lower-cased. Asking for a list
 * the resource lacks is a programming error and fails at once.
 */
public final class LanguageWords {
    private static final LanguageWords ENGLISH = read("/language/english.yaml");

    private final String resource;
    private final Map<String, Set<String>> lists;
    private final LocalWords.Transliteration transliteration;

    private LanguageWords(String resource, Map<String, Set<String>> lists, LocalWords.Transliteration transliteration) {
        this.resource = resource;
        this.lists = Map.copyOf(lists);
        this.transliteration = transliteration;
    }

    /** The English lists shared by extraction and geography. */
    public static LanguageWords english() {
        return ENGLISH;
    }

    /** The words of list {@code name}. */
    public Set<String> words(String name) {
        Set<String> words = lists.get(name);
        if (words == null) {
            throw new IllegalStateException("word list '" + name + "' is not in " + resource);
        }
        return words;
    }

    /** Every list by name. */
    public Map<String, Set<String>> lists() {
        return lists;
    }

    /** The resource's spelling rules (`transliteration:`), none when it has none. */
    public LocalWords.Transliteration transliteration() {
        return transliteration;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    private record File(Map<String, List<String>> lists, LocalWords.Transliteration transliteration) {
    }

    /** Reads a class-path resource of named lists ({@code lists:}) and optional {@code transliteration:} rules. */
    public static LanguageWords read(String resource) {
        try (InputStream in = LanguageWords.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("word lists resource missing: " + resource);
            }
            File f = new ObjectMapper(new YAMLFactory()).readValue(in, File.class);
            Map<String, Set<String>> lists = new LinkedHashMap<>();
            if (f.lists() != null) {
                f.lists().forEach((name, words) -> lists.put(name,
                        Set.copyOf(words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList())));
            }
            return new LanguageWords(resource, lists,
                    f.transliteration() == null ? LocalWords.Transliteration.NONE : f.transliteration());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
