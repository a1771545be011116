package org.borderwatch.extract.config;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.borderwatch.language.LanguageWords;

/**
 * The language's word lists and window sizes that rules consult, read from a resource (extract/words.yaml for
 * English) instead of living in Java: a list is edited, reviewed and translated as data. Words are lower-cased
 * token keys. Asking for a list the file lacks is a programming error and fails at once.
 */
public final class WordLists {
    /** Extraction's own lists, and the English lists it shares with geography (language/english.yaml). */
    private static final WordLists ENGLISH = load("/extract/words.yaml").with(LanguageWords.english().lists());

    private final Map<String, Set<String>> lists;
    private final Map<String, List<String>> inOrder;
    private final Map<String, Integer> windows;

    private WordLists(Map<String, Set<String>> lists, Map<String, List<String>> inOrder, Map<String, Integer> windows) {
        this.lists = Map.copyOf(lists);
        this.inOrder = Map.copyOf(inOrder);
        this.windows = Map.copyOf(windows);
    }

    public static WordLists english() {
        return ENGLISH;
    }

    /** The words of list {@code name}. */
    public Set<String> words(String name) {
        Set<String> words = lists.get(name);
        if (words == null) {
            throw new IllegalStateException("word list '" + name + "' is not in the word lists resource");
        }
        return words;
    }

    /** The words of list {@code name} in the order the file gives them, for lists whose order means something. */
    public List<String> ordered(String name) {
        List<String> words = inOrder.get(name);
        if (words == null) {
            throw new IllegalStateException("word list '" + name + "' is not in the word lists resource");
        }
        return words;
    }

    /** The window size {@code name}, in tokens. */
    public int window(String name) {
        Integer w = windows.get(name);
        if (w == null) {
            throw new IllegalStateException("window '" + name + "' is not in the word lists resource");
        }
        return w;
    }

    /** These lists and the {@code shared} ones; a list in both would be written twice, so it is refused. */
    private WordLists with(Map<String, Set<String>> shared) {
        Map<String, Set<String>> all = new HashMap<>(lists);
        shared.forEach((name, words) -> {
            if (all.putIfAbsent(name, words) != null) {
                throw new IllegalStateException("word list '" + name + "' is both in extract/words.yaml and shared");
            }
        });
        return new WordLists(all, inOrder, windows);
    }

    private record File(Map<String, List<String>> lists, Map<String, Integer> windows) {
    }

    static WordLists load(String resource) {
        try (InputStream in = WordLists.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("word lists resource missing: " + resource);
            }
            // a list named twice would silently replace the first: refuse it
            File f = new ObjectMapper(new YAMLFactory()).enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                    .readValue(in, new TypeReference<File>() { });
            Map<String, Set<String>> lists = new HashMap<>();
            Map<String, List<String>> inOrder = new HashMap<>();
            f.lists().forEach((name, words) -> {
                List<String> lower = words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
                lists.put(name, Set.copyOf(lower));
                inOrder.put(name, lower);
            });
            return new WordLists(lists, inOrder, f.windows() == null ? Map.of() : f.windows());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
