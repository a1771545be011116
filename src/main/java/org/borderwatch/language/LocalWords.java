package org.borderwatch.language;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The words of a conflict's own region that English reports and gazetteers about it use, read from the
 * {@code localWords:} block of the conflict's conflict.yaml: written once per conflict folder, whichever capability
 * reads them. Words are lower-cased.
 *
 * @param unitWords           its administrative unit words as English texts use them ("the X marz")
 * @param peopleNouns         plural nouns of its peoples, which after a place name name a people, not a place
 * @param nameUnitWords       unit words of its languages that names carry ("X rayonu", "viloyati X"): dropped when
 *                            names are compared, and a mention written with one means the unit
 * @param nameSettlementWords words for a town or village in its languages that names carry ("X şəhəri"), dropped
 *                            when names are compared
 * @param lakeWords           words for a lake in its languages
 * @param transliteration     how its languages' names are spelt in Latin script
 * @param surnameSuffixes     endings of its people's surnames ("-yan", "-ov"): a place name right before or after
 *                            such a surname is a person's given name or surname ("Bako Sahakyan"), not a place
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LocalWords(List<String> unitWords, List<String> peopleNouns, List<String> nameUnitWords,
                         List<String> nameSettlementWords, List<String> lakeWords, Transliteration transliteration,
                         List<String> surnameSuffixes) {
    public static final LocalWords NONE = new LocalWords(null, null, null, null, null, null, null);

    public LocalWords {
        unitWords = lowerCase(unitWords);
        peopleNouns = lowerCase(peopleNouns);
        nameUnitWords = lowerCase(nameUnitWords);
        nameSettlementWords = lowerCase(nameSettlementWords);
        lakeWords = lowerCase(lakeWords);
        transliteration = transliteration == null ? Transliteration.NONE : transliteration;
        surnameSuffixes = lowerCase(surnameSuffixes);
    }

    /**
     * Spelling rules of a region's languages in Latin script.
     *
     * @param letters          letters spelt out when names are compared (Azerbaijani ş → sh)
     * @param soundsAlike      pairs [written, sound]: spellings merged, in this order, in the phonetic key of a
     *                         name, after the common ones of any language
     * @param englishSpellings alphabets whose names are respelt as English texts spell them, for display names
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Transliteration(Map<String, String> letters, List<List<String>> soundsAlike,
                                  List<Alphabet> englishSpellings) {
        public static final Transliteration NONE = new Transliteration(null, null, null);

        public Transliteration {
            letters = letters == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(letters));
            soundsAlike = soundsAlike == null ? List.of() : soundsAlike.stream().map(List::copyOf).toList();
            for (List<String> pair : soundsAlike) {
                if (pair.size() != 2) {
                    throw new IllegalArgumentException("soundsAlike entries are pairs [written, sound]: " + pair);
                }
            }
            englishSpellings = englishSpellings == null ? List.of() : List.copyOf(englishSpellings);
        }
    }

    /**
     * A Latin alphabet of the region recognised by any of its {@code markers} (letters English spellings hardly
     * use), and the English spelling of each of its {@code letters} that English texts spell differently.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Alphabet(String name, String markers, Map<String, String> letters) {
        public Alphabet {
            markers = markers == null ? "" : markers;
            letters = letters == null ? Map.of() : Map.copyOf(letters);
        }
    }

    /**
     * The words of several conflicts as one, for a store that serves them all: each word once, in the order given.
     * Where two conflicts spell the same letter or sound differently, the first conflict's rule acts first.
     */
    public static LocalWords combined(List<LocalWords> all) {
        Map<String, String> letters = new LinkedHashMap<>();
        all.forEach(w -> w.transliteration().letters().forEach(letters::putIfAbsent));
        Transliteration t = new Transliteration(letters,
                union(all, w -> w.transliteration().soundsAlike()),
                union(all, w -> w.transliteration().englishSpellings()));
        return new LocalWords(union(all, LocalWords::unitWords), union(all, LocalWords::peopleNouns),
                union(all, LocalWords::nameUnitWords), union(all, LocalWords::nameSettlementWords),
                union(all, LocalWords::lakeWords), t, union(all, LocalWords::surnameSuffixes));
    }

    private static <T> List<T> union(List<LocalWords> all, Function<LocalWords, List<T>> list) {
        Set<T> out = new LinkedHashSet<>();
        all.forEach(w -> out.addAll(list.apply(w)));
        return new ArrayList<>(out);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    private record ConflictFile(LocalWords localWords) {
    }

    /** The {@code localWords:} block of a conflict.yaml; {@link #NONE} when it has none. */
    public static LocalWords read(InputStream conflictYaml, String where) {
        try (conflictYaml) {
            ConflictFile f = new ObjectMapper(new YAMLFactory()).readValue(conflictYaml, ConflictFile.class);
            return f == null || f.localWords() == null ? NONE : f.localWords();
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the local words of " + where + ": " + e.getMessage(), e);
        }
    }

    private static List<String> lowerCase(List<String> words) {
        return words == null ? List.of() : words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
    }
}
