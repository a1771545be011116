package org.borderwatch.geo.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.borderwatch.domain.FeatureClass;
import org.borderwatch.domain.Location;
import org.borderwatch.domain.Span;
import org.borderwatch.geo.GeoConfig;
import org.borderwatch.geo.Geography;
import org.borderwatch.geo.names.NameNormalizer;
import org.borderwatch.language.LocalWords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An invented conflict's own words, written in its folder's conflict.yaml, steer geocoding when configured and
 * are ordinary words when not: its unit word "canton", a settlement word its names carry, a transliteration rule.
 */
class ConflictOwnWordsTest {
    @TempDir
    Path folder;

    /** The words of the invented conflict, read from its folder as a user's conflict is. */
    private LocalWords northiaWords() throws IOException {
        Files.writeString(folder.resolve("conflict.yaml"), """
                name: Northia–Southia (invented)
                localWords:
                  unitWords: [canton, cantons]
                  nameSettlementWords: [dorp]
                  transliteration:
                    soundsAlike: [["q", "k"]]
                """);
        return GeoConfig.fromFolder(folder).localWords();
    }

    /** A canton and a town of the same name in another canton, a village, and the other canton. */
    private static Geography northia(LocalWords words) {
        return new TinyGazetteer().words(words)
                .place("c-bel", "Belmora", 46.00, 7.00, "Belmora", "Northia", FeatureClass.REGION, 0)
                .place("t-bel", "Belmora", 46.50, 7.50, "Ostral", "Northia", FeatureClass.LOCALITY, 4000)
                .place("c-ost", "Ostral", 46.60, 7.60, "Ostral", "Northia", FeatureClass.REGION, 0)
                .place("v-kar", "Karvo", 46.05, 7.05, "Belmora", "Northia", FeatureClass.LOCALITY, 300)
                .build();
    }

    private static Location locateForEvent(Geography geo, String text, String name) {
        int at = text.indexOf(name);
        return new GeoEnricher(geo).locateForEvent(name, text, new Span(at, at + name.length()));
    }

    @Test
    void aConfiguredUnitWordAfterTheNameMakesItTheUnit() throws IOException {
        String text = "Shelling hit the Belmora canton on Monday.";
        Location configured = locateForEvent(northia(northiaWords()), text, "Belmora");
        assertThat(configured.name()).isNull();
        assertThat(configured.admin1()).isEqualTo("Belmora");

        Location ignored = locateForEvent(northia(LocalWords.NONE), text, "Belmora");
        assertThat(ignored.placeId()).isEqualTo("t-bel"); // the town: "canton" says nothing without the configuration
        assertThat(ignored.admin1()).isEqualTo("Ostral");
    }

    @Test
    void aConfiguredUnitWordInTheMentionPicksTheUnit() throws IOException {
        Geography configured = northia(northiaWords());
        Geography ignoring = northia(LocalWords.NONE);
        for (String mention : List.of("Belmora canton", "the canton of Belmora")) {
            Resolution r = configured.resolver().resolve(mention, ResolutionContext.NONE);
            assertThat(r.best()).as(mention).isNotNull();
            assertThat(r.best().place().id()).as(mention).isEqualTo("c-bel");
            assertThat(ignoring.resolver().resolve(mention, ResolutionContext.NONE).best()).as(mention).isNull();
        }
        assertThat(ignoring.resolver().resolve("Belmora", ResolutionContext.NONE).best().place().id()).isEqualTo("t-bel");
    }

    @Test
    void aCantonNamedInThePassageTellsAVillagesProvinceOnlyWhenConfigured() throws IOException {
        String text = "Troops shelled Karvo in the Belmora canton.";
        Span karvo = new Span(text.indexOf("Karvo"), text.indexOf("Karvo") + 5);
        Span all = new Span(0, text.length());
        ResolutionContext configured = northia(northiaWords()).contextReader().read(text, all, karvo);
        assertThat(configured.regions()).extracting(ResolutionContext.RegionHint::admin1).contains("Belmora");
        ResolutionContext ignored = northia(LocalWords.NONE).contextReader().read(text, all, karvo);
        assertThat(ignored.regions()).extracting(ResolutionContext.RegionHint::admin1).doesNotContain("Belmora");
    }

    @Test
    void itsNameWordsAndSpellingsJoinTheComparisonOnlyWhenConfigured() throws IOException {
        NameNormalizer configured = new NameNormalizer(northiaWords());
        NameNormalizer english = new NameNormalizer(LocalWords.NONE);
        assertThat(configured.fold("Karvo Dorp")).isEqualTo("karvo");
        assertThat(english.fold("Karvo Dorp")).isEqualTo("karvo dorp");
        assertThat(configured.phonetic("Qarvo")).isEqualTo(configured.phonetic("Karvo"));
        assertThat(english.phonetic("Qarvo")).isNotEqualTo(english.phonetic("Karvo"));
        assertThat(northia(northiaWords()).find("Qarvo", 3)).extracting(c -> c.place().id()).containsExactly("v-kar");
        assertThat(northia(LocalWords.NONE).find("Qarvo", 3)).isEmpty();
    }

    @Test
    void combinedConfigurationsKeepTheWordsOfEachConflict() throws IOException {
        northiaWords();
        GeoConfig northia = GeoConfig.fromFolder(folder);
        GeoConfig both = GeoConfig.combined(List.of(northia, GeoConfig.forConflict("kyrgyzstan-tajikistan")));
        assertThat(both.localWords().unitWords()).contains("canton", "oblast", "jamoat");
        assertThat(both.localWords().transliteration().soundsAlike()).contains(List.of("q", "k"), List.of("x", "h"));
        Geography geo = northia(both.localWords());
        assertThat(geo.resolver().resolve("Belmora oblast", ResolutionContext.NONE).best().place().id()).isEqualTo("c-bel");
        assertThat(geo.resolver().resolve("Belmora canton", ResolutionContext.NONE).best().place().id()).isEqualTo("c-bel");
    }

    /** Words of the shipped conflicts' languages live in their folders; a string in geography code naming one fails. */
    @Test
    void noShippedConflictsWordIsWrittenInGeographyCode() throws IOException {
        List<String> words = new ArrayList<>();
        for (String id : List.of("armenia-azerbaijan", "kyrgyzstan-tajikistan")) {
            LocalWords w = GeoConfig.forConflict(id).localWords();
            assertThat(w.unitWords()).as(id).isNotEmpty();
            Stream.of(w.unitWords(), w.nameUnitWords(), w.nameSettlementWords(), w.lakeWords()).forEach(words::addAll);
        }
        Pattern literal = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
        List<String> found = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/org/borderwatch/geo"))) {
            for (Path p : sources.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(p));
                while (m.find()) {
                    String s = m.group().toLowerCase(Locale.ROOT);
                    words.stream().filter(w -> Pattern.compile("\\b" + Pattern.quote(w) + "\\b").matcher(s).find())
                            .forEach(w -> found.add(p.getFileName() + ": " + w));
                }
            }
        }
        assertThat(found).isEmpty();
    }
}
