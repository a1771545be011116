package org.borderwatch.analysis.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoreRulesTest {
    private static Map<String, Object> rec(Object... kv) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    void wordsIncludeAccentedLatinAndCyrillicLowerCased() {
        assertThat(ScoreRules.words("Şuşa's ВОЙСКА, 12th—km")).containsExactly("şuşa", "s", "войска", "12th", "km");
        assertThat(ScoreRules.words(null)).isEmpty();
        // outside the ranges: Armenian letters are no word characters
        assertThat(ScoreRules.words("Երևան")).isEmpty();
    }

    @Test
    void datesParseLikePythonFromIsoFormat() {
        assertThat(PyIsoDate.parse("2022-09-12T10:00")).isEqualTo(LocalDate.of(2022, 9, 12));
        assertThat(PyIsoDate.parse("20220912")).isEqualTo(LocalDate.of(2022, 9, 12));
        assertThat(PyIsoDate.parse("2022-W37")).isEqualTo(LocalDate.of(2022, 9, 12));
        assertThat(PyIsoDate.parse("2022W372")).isEqualTo(LocalDate.of(2022, 9, 13));
        assertThat(PyIsoDate.parse("2020-W53")).isEqualTo(LocalDate.of(2020, 12, 28));
        for (String bad : Arrays.asList("2022-09", "2022-0912", "2021-W53", "0000-01-01", "2022-9-12", "2022-W372",
                "2022W37-2", " 2022-09-1", "", null)) {
            assertThat(PyIsoDate.parse(bad)).as(String.valueOf(bad)).isNull();
        }
    }

    @Test
    void dayPrecisionWidensByOneDayOnEachSide() {
        Map<String, Object> gold = rec("date", "2022-09-12", "date_end", "2022-09-14", "date_precision", "day");
        assertThat(ScoreRules.datesCompatible(gold, rec("date", "2022-09-11"))).isTrue();
        assertThat(ScoreRules.datesCompatible(gold, rec("date", "2022-09-15"))).isTrue();
        assertThat(ScoreRules.datesCompatible(gold, rec("date", "2022-09-10"))).isFalse();
        assertThat(ScoreRules.datesCompatible(gold, rec("date", "2022-09-16"))).isFalse();
        // no precision means day
        assertThat(ScoreRules.datesCompatible(rec("date", "2022-09-12"), rec("date", "2022-09-14"))).isFalse();
    }

    @Test
    void monthAndYearPrecision() {
        Map<String, Object> month = rec("date", "2022-09-01", "date_precision", "month");
        assertThat(ScoreRules.datesCompatible(month, rec("date", "2022-09-30"))).isTrue();
        assertThat(ScoreRules.datesCompatible(month, rec("date", "2022-10-01"))).isFalse();
        Map<String, Object> monthRange = rec("date", "2022-09-01", "date_end", "2022-10-05", "date_precision", "month");
        assertThat(ScoreRules.datesCompatible(monthRange, rec("date", "2022-10-05"))).isTrue();
        assertThat(ScoreRules.datesCompatible(monthRange, rec("date", "2022-10-06"))).isFalse();
        Map<String, Object> year = rec("date", "2021-01-01", "date_precision", "year");
        assertThat(ScoreRules.datesCompatible(year, rec("date", "2021-12-31"))).isTrue();
        assertThat(ScoreRules.datesCompatible(year, rec("date", "2022-01-01"))).isFalse();
    }

    @Test
    void overlapIsTheBetterOfBothShares() {
        assertThat(ScoreRules.overlap("a b c d", "a b")).isEqualTo(1.0);
        assertThat(ScoreRules.overlap("a b c d", "a x y z w v u t")).isEqualTo(0.25);
        assertThat(ScoreRules.overlap("", "a")).isEqualTo(0.0);
    }

    @Test
    void placesMatchBySubstringAfterPythonStrip() {
        assertThat(ScoreRules.places("Moscow\u00a0; ; Kremlin ")).containsExactly("moscow", "kremlin");
        assertThat(ScoreRules.samePlace(rec("location", "Sev Lake"), rec("location", "lake"))).isTrue();
        assertThat(ScoreRules.samePlace(rec("location", "Sev Lake"), rec("location", "Verishen"))).isFalse();
        assertThat(ScoreRules.samePlace(rec("location", ""), rec("location", ""))).isFalse();
    }

    @Test
    void typeIsRightByTypeOrAnAltType() {
        Map<String, Object> gold = rec("event_type", "Strategic developments",
                "alt_types", List.of("Battles/Armed clash"));
        assertThat(ScoreRules.typeRight(gold, rec("event_type", "Strategic developments"))).isTrue();
        assertThat(ScoreRules.typeRight(gold, rec("event_type", "Battles"))).isTrue();
        assertThat(ScoreRules.typeRight(gold, rec("event_type", "Protests"))).isFalse();
        assertThat(ScoreRules.typeRight(rec("event_type", "Battles"), rec())).isFalse();
    }

    @Test
    void fieldRules() {
        assertThat(ScoreRules.fieldRight("fatalities", rec("fatalities", null), rec("fatalities", 0))).isTrue();
        assertThat(ScoreRules.fieldRight("fatalities", rec("fatalities", null), rec())).isTrue();
        assertThat(ScoreRules.fieldRight("fatalities", rec("fatalities", 0), rec("fatalities", null))).isFalse();
        assertThat(ScoreRules.fieldRight("fatalities", rec("fatalities", 27), rec("fatalities", 27.0))).isTrue();
        assertThat(ScoreRules.fieldRight("location", rec("location", ""), rec())).isTrue();
        assertThat(ScoreRules.fieldRight("admin1", rec("admin1", "Syunik; Gegharkunik"),
                rec("admin1", "gegharkunik;syunik"))).isTrue();
        assertThat(ScoreRules.fieldRight("country", rec("country", "Armenia"), rec("country", "Armenia; Azerbaijan"))).isFalse();
        assertThat(ScoreRules.fieldRight("sub_event_type", rec("sub_event_type", ""), rec("sub_event_type", null))).isTrue();
        assertThat(ScoreRules.fieldRight("sub_event_type", rec("sub_event_type", "Other"), rec())).isFalse();
    }

    @Test
    void roundingAndPrintingFollowPython() {
        assertThat(PyRound.round3(2.0 / 3)).isEqualTo(0.667);
        assertThat(PyRound.round3(0.0005)).isEqualTo(0.001); // 0.0005 is stored a little above one half
        assertThat(PyRound.round3(0.0625)).isEqualTo(0.062); // exactly half: to even
        assertThat(PyRound.repr(0.7)).isEqualTo("0.7");
        assertThat(PyRound.repr(1.0)).isEqualTo("1.0");
        assertThat(PyRound.repr(0.0)).isEqualTo("0.0");
        assertThat(PyRound.fixed3(0.7)).isEqualTo("0.700");
    }

    @Test
    void tiesGoToTheHigherGoldThenTheHigherPrediction() {
        // g1 can pair with p0 or p1, g0 only with p1; equal scores: g1-p1 is taken first, leaving g0 unmatched
        List<Map<String, Object>> gold = List.of(
                rec("doc", "d", "date", "2021-05-12", "quote", "shots at the lake"),
                rec("doc", "d", "date", "2021-05-14", "quote", "shots at the lake"));
        List<Map<String, Object>> preds = List.of(
                rec("doc", "d", "date", "2021-05-15", "evidence", "shots at the lake"),
                rec("doc", "d", "date", "2021-05-13", "evidence", "shots at the lake"));
        EvalResult r = new GoldScorer().score(gold, preds);
        assertThat(r.matched()).isEqualTo(1);
        assertThat(r.detection()).isEqualTo(new Prf(0.5, 0.5, 0.5));
    }

    @Test
    void placeBonusPrefersTheSamePlace() {
        List<Map<String, Object>> gold = List.of(rec("doc", "d", "date", "2022-01-01", "quote", "a b c d",
                "location", "Goris", "event_type", "Battles"));
        List<Map<String, Object>> preds = List.of(
                rec("doc", "d", "date", "2022-01-01", "evidence", "a b c d", "event_type", "Protests"),
                rec("doc", "d", "date", "2022-01-01", "evidence", "a b x y", "location", "Goris", "event_type", "Battles"));
        EvalResult r = new GoldScorer().score(gold, preds);
        // 0.5 + 0.25 beats 1.0? no: 1.0 > 0.75, so the exact quote wins and strict misses
        assertThat(r.matched()).isEqualTo(1);
        assertThat(r.strict().recall()).isEqualTo(0.0);
        List<Map<String, Object>> closer = List.of(preds.get(0),
                rec("doc", "d", "date", "2022-01-01", "evidence", "a b c x", "location", "Goris", "event_type", "Battles"));
        assertThat(new GoldScorer().score(gold, closer).strict().recall()).isEqualTo(1.0);
    }
}
