package org.borderwatch.geo.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.borderwatch.geo.GeoConfig;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class NameNormalizerTest {
    private static final GeoConfig CONFLICT = GeoConfig.forConflict("armenia-azerbaijan");
    /** The rules of the conflict whose names these are: its unit words, suffixes and Azerbaijani spellings. */
    private static final NameNormalizer ARMENIA_AZERBAIJAN = new NameNormalizer(CONFLICT.localWords());
    private static final EnglishSpelling AZERBAIJANI = CONFLICT.englishSpelling();

    @ParameterizedTest(name = "{0} sounds like {1}")
    @CsvSource({
        "Khankendi, Xankəndi",
        "Khankendi, Hankendi",
        "Shusha, Şuşa",
        "Shusha, Susa",
        "Aghdam, Ağdam",
        "Aghdam, Agdam",
        "Jermuk, Cermuk",
        "Jermuk, Dzhermuk",
        "Jabrayil, Cəbrayıl",
        "Nakhchivan, Naxçıvan",
        "Gazakh, Qazax",
        "Yerevan, Erevan",
        "Yeraskh, Eraskh",
        "Verishen, Verisheni",
        "Kalbajar, Kəlbəcər",
        "Kalbajar, Kelbajar",
        "Fuzuli, Füzuli",
        "Kut', Kut",
        "Syunik Province, Syunik",
        "Kalbajar District, Kalbajar",
        "Tavush marz, Tavush",
        "Lake Sev, Sev Lake",
        "Lake Sev, Sev Lich",
        "Gegharkunik, Geghark'unik'",
        "Verin Shorzha, Verin Şorca",
    })
    void transliterationsMeet(String a, String b) {
        assertThat(ARMENIA_AZERBAIJAN.phonetic(a)).isEqualTo(ARMENIA_AZERBAIJAN.phonetic(b));
    }

    @ParameterizedTest(name = "{0} differs from {1}")
    @CsvSource({
        "Yeraskh, Aras",
        "Sus, Shusha",
        "Kapan, Kafan",
        "Vardenis, Vardenik",
    })
    void differentNamesStayApart(String a, String b) {
        assertThat(ARMENIA_AZERBAIJAN.phonetic(a)).isNotEqualTo(ARMENIA_AZERBAIJAN.phonetic(b));
    }

    @Test
    void foldKeepsSpellingButDropsCaseDiacriticsAndUnitWords() {
        assertThat(ARMENIA_AZERBAIJAN.fold("Şuşa")).isEqualTo("shusha");
        assertThat(ARMENIA_AZERBAIJAN.fold("Kəlbəcər Rayonu")).isEqualTo("kalbacar");
        assertThat(ARMENIA_AZERBAIJAN.fold("the northern Nagorno-Karabakh")).isEqualTo("nagorno karabakh");
        assertThat(ARMENIA_AZERBAIJAN.fold("Sev Lake")).isEqualTo("sev");
        assertThat(ARMENIA_AZERBAIJAN.fold("Lake")).isEqualTo("lake");
    }

    @Test
    void englishSpellingOfAzerbaijaniNames() {
        assertThat(AZERBAIJANI.of("Şuşa")).isEqualTo("Shusha");
        assertThat(AZERBAIJANI.of("Kəlbəcər")).isEqualTo("Kalbajar");
        assertThat(AZERBAIJANI.of("Naxçıvan")).isEqualTo("Nakhchivan");
        assertThat(AZERBAIJANI.of("Qazax")).isEqualTo("Gazakh");
        assertThat(AZERBAIJANI.of("Gegharkunik")).isEqualTo("Gegharkunik");
    }

    @Test
    void lakeWordsAreRecognised() {
        assertThat(ARMENIA_AZERBAIJAN.namesLake("Sev Lich")).isTrue();
        assertThat(ARMENIA_AZERBAIJAN.namesLake("Lake Sev")).isTrue();
        assertThat(ARMENIA_AZERBAIJAN.namesLake("Sisian")).isFalse();
    }
}
