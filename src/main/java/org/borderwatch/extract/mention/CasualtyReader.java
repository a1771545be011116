package org.borderwatch.extract.mention;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.borderwatch.domain.Span;
import org.borderwatch.extract.layout.Token;
import org.borderwatch.extract.config.WordLists;

/**
 * Reads deaths, wounded, captured and displaced from a sentence's tokens after ACLED's rules: the
 * lowest credible figure ("at least 7" is 7), counts summed across sides and kept per side when the
 * text names whose ("one Azerbaijani soldier and three Armenian soldiers were killed"), and an
 * explicit zero for "no casualties" or "no shots were fired".
 */
public final class CasualtyReader {
    private static final WordLists WORDS = WordLists.english();

    private enum Kind { DEATH, WOUNDED, CAPTURED, DISPLACED }

    private static final Map<String, Kind> KEYWORDS = Map.ofEntries(
            Map.entry("killed", Kind.DEATH), Map.entry("died", Kind.DEATH), Map.entry("dead", Kind.DEATH),
            Map.entry("dying", Kind.DEATH), Map.entry("killing", Kind.DEATH), Map.entry("deaths", Kind.DEATH),
            Map.entry("fatalities", Kind.DEATH), Map.entry("lives", Kind.DEATH), Map.entry("perished", Kind.DEATH),
            Map.entry("wounded", Kind.WOUNDED), Map.entry("injured", Kind.WOUNDED), Map.entry("wounding", Kind.WOUNDED),
            Map.entry("injuring", Kind.WOUNDED), Map.entry("injuries", Kind.WOUNDED), Map.entry("hurt", Kind.WOUNDED),
            Map.entry("captured", Kind.CAPTURED), Map.entry("capture", Kind.CAPTURED), Map.entry("detained", Kind.CAPTURED),
            Map.entry("displaced", Kind.DISPLACED), Map.entry("fled", Kind.DISPLACED), Map.entry("evacuated", Kind.DISPLACED));

    private static final Set<String> PERSON_NOUNS = WORDS.words("person-nouns");
    private static final Set<String> NOT_COUNTED_AFTER = WORDS.words("not-counted-after");
    private static final Set<String> BOUNDARIES = Set.of(";", "while", "whereas", "but", "meanwhile");
    private static final Set<String> NONE_PHRASE_HEADS = WORDS.words("none-phrase-heads");
    private static final Set<String> NONE_PHRASE_OBJECTS = WORDS.words("none-phrase-objects");
    private static final Set<String> MARTYR_WORDS = WORDS.words("martyr-words");
    private static final Set<String> FATALLY = WORDS.words("fatally");
    private static final Set<String> VAGUE_QUANTIFIERS = WORDS.words("vague-quantifiers");
    private static final Set<String> EARLIER_FIGURE_MARKERS = WORDS.words("earlier-figure-markers");
    /** How far before a verb of death "no one" may stand ("no one was killed"). */
    private static final int SUBJECT_GAP = WORDS.window("none-subject-gap");
    /** How far before a verb of harm a vague count of people may stand ("many on both sides were hurt"). */
    private static final int VAGUE_SUBJECT_REACH = WORDS.window("vague-subject-reach");

    private final Map<String, String> countryByAdjective;

    /** @param countryByAdjective lower-cased country adjectives and names to the country they name */
    public CasualtyReader(Map<String, String> countryByAdjective) {
        this.countryByAdjective = Map.copyOf(countryByAdjective);
    }

    public CasualtyCount read(List<Token> tokens, List<Span> dateSpans) {
        Integer deaths = null;
        Integer wounded = null;
        Integer captured = null;
        Integer displaced = null;
        Map<String, Integer> bySide = new HashMap<>();
        boolean none = false;
        boolean woundedUncounted = false;
        int noneAt = -SUBJECT_GAP - 1;
        int lastEnd = 0;
        java.util.Optional<StatedToll> stated = StatedToll.find(tokens, dateSpans);
        Integer deathsOfEarlierCells = null;
        for (int k = 0; k < tokens.size(); k++) {
            String key = tokens.get(k).key();
            if (key.equals("|") && deaths != null) {
                // a table row's cells tell its deaths again ("one of them killed | 1 killed"): the row's toll is the
                // largest a cell gives, not their sum
                deathsOfEarlierCells = deathsOfEarlierCells == null ? deaths : Math.max(deathsOfEarlierCells, deaths);
                deaths = null;
            }
            if (NONE_PHRASE_HEADS.contains(key)) {
                for (int j = k + 1; j < Math.min(tokens.size(), k + 3); j++) {
                    if (NONE_PHRASE_OBJECTS.contains(tokens.get(j).key())) {
                        none = true;
                        noneAt = j;
                    }
                }
            }
            if (NOBODY.contains(key) && harmWordWithin(tokens, k + 1, SUBJECT_GAP)) {
                none = true; // "nobody was hurt" ("nobody knows who fired" counts nothing)
                noneAt = k;
            }
            Kind kind = MARTYR_WORDS.contains(key) ? Kind.DEATH : KEYWORDS.get(key);
            if (kind == null || stated.isPresent() && stated.get().covers(k)) {
                continue; // "the number of dead rose to nine": the dead are the stated toll's
            }
            if (kind == Kind.DEATH && k + 1 < tokens.size() && key.startsWith("di") && tokens.get(k + 1).key().equals("down")) {
                continue; // "the shooting died down": it stopped, nobody died
            }
            if (revisedFrom(tokens, k)) {
                lastEnd = k + 1;
                continue; // "46 killed, up from 24 dead": the figure a toll was revised from is not a second toll
            }
            if (kind == Kind.WOUNDED && k > 0 && FATALLY.contains(tokens.get(k - 1).key())) {
                kind = Kind.DEATH; // "fatally wounded"
            }
            Map<String, Integer> sides = new HashMap<>();
            // "killing two", and in the active voice "forces killed one soldier": the count follows
            int count = kind == Kind.DEATH ? countAfter(tokens, k) : -1;
            Integer n = count >= 0 ? forwardCount(tokens, count, dateSpans, sides)
                    : key.endsWith("ing") ? sumForward(tokens, k + 1, dateSpans, sides)
                    : null;
            if (n == null) {
                sides.clear();
                n = sumBackward(tokens, k - 1, Math.max(lastEnd, k - 12), dateSpans, sides);
                if (n == null) {
                    n = bareCountBefore(tokens, k, dateSpans);
                }
                if (n != null && kind == Kind.DEATH) {
                    n += ellipticOtherSide(tokens, k + 1, dateSpans, sides, n);
                }
            }
            // "no one was killed" counts nobody
            if (n == null && kind == Kind.DEATH && k > 0 && k - noneAt > SUBJECT_GAP && !animalSubject(tokens, k)
                    && (singularPassive(tokens, k) || key.equals("died") || key.equals("dead")
                    || MARTYR_WORDS.contains(key) && !key.endsWith("s") && tokens.get(k - 1).key().startsWith("bec"))) {
                n = 1; // "a named soldier was killed", "X died from sniper fire", "X became a martyr"
            }
            lastEnd = k + 1;
            if (n == null && kind == Kind.WOUNDED && vagueSubject(tokens, k)) {
                woundedUncounted = true; // "several people on both sides were hurt"
            }
            if (n == null) {
                continue;
            }
            switch (kind) {
                case DEATH -> {
                    deaths = (deaths == null ? 0 : deaths) + n;
                    sides.forEach((s, v) -> bySide.merge(s, v, Integer::sum));
                }
                case WOUNDED -> wounded = (wounded == null ? 0 : wounded) + n;
                case CAPTURED -> captured = (captured == null ? 0 : captured) + n;
                case DISPLACED -> displaced = (displaced == null ? 0 : displaced) + n;
            }
        }
        if (deathsOfEarlierCells != null) {
            deaths = deaths == null ? deathsOfEarlierCells : Math.max(deaths, deathsOfEarlierCells);
        }
        if (stated.isPresent() && deaths == null && !deathToldBeside(tokens, stated.get())) {
            // a stated toll is the act's only when the sentence tells no death of its own ("killing two more, bringing
            // the toll to 21": 21 is the toll of all the fighting)
            deaths = stated.get().deaths();
        }
        if (deaths == null && none) {
            deaths = 0;
        }
        if (deaths == null && wounded == null && captured == null && displaced == null && !none && !woundedUncounted) {
            return CasualtyCount.NONE;
        }
        return new CasualtyCount(deaths, bySide, wounded, captured, displaced, none, woundedUncounted);
    }

    /** A harm word whose count follows "up from", "revised from" and the like, a few words before it. */
    private static boolean revisedFrom(List<Token> tokens, int k) {
        for (int j = k - 1; j >= Math.max(1, k - 4); j--) {
            if (earlierFigureFrom(tokens, j)) {
                return true;
            }
        }
        return false;
    }

    /** Whether token {@code j} is the "from" of "up from", "revised from" and the like: an earlier figure follows. */
    private static boolean earlierFigureFrom(List<Token> tokens, int j) {
        return j > 0 && tokens.get(j).key().equals("from") && EARLIER_FIGURE_MARKERS.contains(tokens.get(j - 1).key());
    }

    /**
     * "63 were killed on the A side and 41 on the B side": the verb is left out of the second count, which a
     * side or a nationality after the number marks as a count of the other side's dead.
     */
    private int ellipticOtherSide(List<Token> tokens, int from, List<Span> dates, Map<String, Integer> sides, int counted) {
        for (int j = from; j + 1 < tokens.size() && j < from + ELLIPSIS_REACH; j++) {
            String key = tokens.get(j).key();
            // (a dash may also set off an aside: "two died - a third later - and three on the other side")
            boolean aside = DASHES.contains(key) && !Integer.valueOf(counted).equals(countsToClauseEnd(tokens, j, dates));
            if (BOUNDARIES.contains(key) || KEYWORDS.get(key) != null || BREAKDOWN_OPENERS.contains(key) && !aside) {
                return 0; // "five died: three police officers and two soldiers" breaks the same five down
            }
            Integer v = key.equals("and") && !inDate(tokens.get(j + 1), dates) ? NumberWords.value(tokens.get(j + 1), true) : null;
            if (v == null) {
                continue;
            }
            for (int i = j + 2; i < Math.min(tokens.size(), j + 6) && KEYWORDS.get(tokens.get(i).key()) == null; i++) {
                String side = countryByAdjective.get(tokens.get(i).key());
                if (side != null) {
                    sides.merge(side, v, Integer::sum);
                    return v;
                }
                if (tokens.get(i).key().equals("side")) {
                    return v;
                }
            }
            return 0;
        }
        return 0;
    }

    private static final int ELLIPSIS_REACH = 10;
    private static final int REPORTER_REACH = 3;
    private static final Set<String> POSSESSIVES = Set.of("its", "their");
    private static final Set<String> REPORTING_VERBS = WORDS.words("own-toll-reporting-verbs");
    private static final Set<String> BREAKDOWN_OPENERS = Set.of(":", "(", "\u2014", "\u2013", "-", "including", "among");

    /**
     * Where the number that counts the word's victims starts, right after it ("killed one Northian soldier"), past a
     * bound ("killed at least 13 people", "killed an estimated 30": ACLED takes the bound's figure) or "of" after
     * "lives" ("claimed the lives of 13 soldiers"); -1 when no count follows.
     */
    private int countAfter(List<Token> tokens, int k) {
        int at = k + 1;
        if (tokens.get(k).key().equals("lives") && at < tokens.size() && tokens.get(at).key().equals("of")) {
            at++;
        }
        int bound = at;
        while (at < tokens.size() && at < bound + MAX_COUNT_BOUND_WORDS && COUNT_BOUNDS.contains(tokens.get(at).key())) {
            at++;
        }
        return at < tokens.size() && NumberWords.value(tokens.get(at), true) != null
                && (countsPeople(tokens, at) || bareCount(tokens, at)) ? at : -1;
    }

    /** The count starting at {@code count}, a bare number ("killed two and wounded five") taken as people. */
    private Integer forwardCount(List<Token> tokens, int count, List<Span> dates, Map<String, Integer> sides) {
        if (countsPeople(tokens, count) || inDate(tokens.get(count), dates)) {
            return sumForward(tokens, count, dates, sides);
        }
        Integer more = sumForward(tokens, count + 1, dates, sides);
        return NumberWords.value(tokens.get(count), true) + (more == null ? 0 : more);
    }

    /** Words that may follow the bare number a verb of death counts: "killed two and wounded five", "killed three in X". */
    private static final Set<String> AFTER_A_BARE_COUNT = Set.of("and", ",", ".", ";", "in", "near", "on", "at", "when",
            "while", "during", "outside");

    private static boolean bareCount(List<Token> tokens, int at) {
        return at + 1 >= tokens.size() || AFTER_A_BARE_COUNT.contains(tokens.get(at + 1).key());
    }

    private static final Set<String> COUNT_BOUNDS = WORDS.words("count-bounds");
    /** "an estimated", "at least", "more than": a bound is at most two words. */
    private static final int MAX_COUNT_BOUND_WORDS = 2;

    /** "several people on both sides were hurt": a vague count of people before the verb of harm. */
    private static boolean vagueSubject(List<Token> tokens, int k) {
        for (int j = k - 1; j >= Math.max(0, k - VAGUE_SUBJECT_REACH); j--) {
            if (VAGUE_QUANTIFIERS.contains(tokens.get(j).key())) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> NOBODY = Set.of("nobody", "noone");

    /** Whether a word of death stands outside the stated toll: the sentence tells a death of its own. */
    private static boolean deathToldBeside(List<Token> tokens, StatedToll stated) {
        for (int k = 0; k < tokens.size(); k++) {
            if (!stated.covers(k) && (KEYWORDS.get(tokens.get(k).key()) == Kind.DEATH || MARTYR_WORDS.contains(tokens.get(k).key()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean harmWordWithin(List<Token> tokens, int from, int reach) {
        return tokens.subList(from, Math.min(tokens.size(), from + reach)).stream().anyMatch(t -> KEYWORDS.containsKey(t.key()));
    }

    /**
     * "a cow was killed", "the dog died": an animal as the verb's subject, right before it or its auxiliary, which ACLED
     * does not count ("a man who stayed to feed his livestock was shot dead" is the man's death).
     */
    private static boolean animalSubject(List<Token> tokens, int k) {
        int j = k - 1;
        while (j >= 0 && AUXILIARIES.contains(tokens.get(j).key())) {
            j--;
        }
        if (j < 0 || !ANIMALS.contains(tokens.get(j).key())) {
            return false;
        }
        // "a man feeding his cattle was killed": a person named before the animal is the one the verb tells of
        return tokens.subList(Math.max(0, j - RELATIVE_REACH), j).stream()
                .noneMatch(t -> RELATIVE_PRONOUNS.contains(t.key()) || PERSON_NOUNS.contains(t.key()) || ONE_PERSON.contains(t.key()));
    }

    private static final Set<String> AUXILIARIES = Set.of("was", "were", "been", "had", "has", "have", "got", "is", "are", "shot");
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "whom", "whose");
    private static final Set<String> ONE_PERSON = WORDS.words("one-person-nouns");
    private static final int RELATIVE_REACH = 10;
    private static final Set<String> ANIMALS = WORDS.words("animals");

    /** "was killed", "was captured and killed": one person. */
    private static boolean singularPassive(List<Token> tokens, int k) {
        for (int j = k - 1; j >= Math.max(0, k - 4); j--) {
            if (tokens.get(j).key().equals("was")) {
                return true;
            }
            if (tokens.get(j).key().equals("were") || tokens.get(j).key().equals(",")) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> PARTITIVE_PRONOUNS = Set.of("them", "whom", "those");

    /**
     * "Kesta: 3 killed; Lorva: 2 wounded", "| 1 killed, 3 wounded |": a bare number right before a word of harm, as
     * lists and tables give a place's toll, counts that harm ("no one died" counts nobody).
     */
    private static Integer bareCountBefore(List<Token> tokens, int k, List<Span> dates) {
        if (k == 0 || inDate(tokens.get(k - 1), dates) || k > 1 && tokens.get(k - 2).key().equals("no")) {
            return null;
        }
        return NumberWords.value(tokens.get(k - 1), false);
    }

    /** "32 people, seven of them civilians": after a count, a count of some of those, not more dead ("one of them killed" alone counts). */
    private static boolean partOfTheCountBefore(List<Token> tokens, int i) {
        return i + 2 < tokens.size() && tokens.get(i + 1).key().equals("of") && PARTITIVE_PRONOUNS.contains(tokens.get(i + 2).key());
    }

    private Integer sumBackward(List<Token> tokens, int from, int limit, List<Span> dates, Map<String, Integer> sides) {
        int start = from;
        while (start > limit && !BOUNDARIES.contains(tokens.get(start).key()) && KEYWORDS.get(tokens.get(start).key()) == null) {
            start--;
        }
        return sumCounts(tokens, start, from + 1, dates, sides);
    }

    private Integer sumForward(List<Token> tokens, int from, List<Span> dates, Map<String, Integer> sides) {
        int end = from;
        while (end < tokens.size() && end < from + 14 && !BOUNDARIES.contains(tokens.get(end).key())
                && KEYWORDS.get(tokens.get(end).key()) == null && !tokens.get(end).key().equals("and")
                || end < tokens.size() && tokens.get(end).key().equals("and") && end + 1 < tokens.size()
                && KEYWORDS.get(tokens.get(end + 1).key()) == null && !andANewVerb(tokens, end) && end < from + 14) {
            if (end > from && earlierFigureFrom(tokens, end)) {
                break; // "killing 12, up from 5": the earlier figure is not counted again
            }
            if (BREAKDOWN_OPENERS.contains(tokens.get(end).key()) && breaksDown(tokens, from, end, dates)) {
                break; // "killed five people: three police officers and two soldiers" breaks the five down
            }
            end++;
        }
        return sumCounts(tokens, from, end, dates, sides);
    }

    /**
     * Whether the counts after the opener at {@code opener}, to the clause's end, add up to the count before it: "five
     * people: three police officers and two soldiers" breaks five down; "two soldiers - both Northian - and four
     * civilians" goes on counting.
     */
    private boolean breaksDown(List<Token> tokens, int from, int opener, List<Span> dates) {
        Integer before = sumCounts(tokens, from, opener, dates, new HashMap<>());
        boolean partitive = opener + 1 < tokens.size() && PARTITIVE_OPENERS.contains(tokens.get(opener + 1).key());
        return before != null && (partitive || before.equals(countsToClauseEnd(tokens, opener, dates)));
    }

    /** "killed five people - including three soldiers": a share of the count, not more dead. */
    private static final Set<String> PARTITIVE_OPENERS = Set.of("including", "among", "incl");
    /** "two soldiers - both Northian - and four civilians": an aside that names the same people again. */
    private static final Set<String> RESTATING_OPENERS = Set.of("both", "all", "each");

    private static final Set<String> DASHES = Set.of("-", "\u2013");

    /**
     * The sum of the counts after {@code opener} up to the clause's end, the next dash or the next verb of harm ("one
     * Northian and one Southian - and wounded 12"), or null when there is none or the words restate the count.
     */
    private Integer countsToClauseEnd(List<Token> tokens, int opener, List<Span> dates) {
        if (opener + 1 < tokens.size() && RESTATING_OPENERS.contains(tokens.get(opener + 1).key())) {
            return null;
        }
        int end = opener + 1;
        while (end < tokens.size() && !BOUNDARIES.contains(tokens.get(end).key()) && !tokens.get(end).key().equals(".")
                && !DASHES.contains(tokens.get(end).key()) && KEYWORDS.get(tokens.get(end).key()) == null
                && !andANewVerb(tokens, end)) {
            end++;
        }
        return sumCounts(tokens, opener + 1, end, dates, new HashMap<>());
    }

    private static final Set<String> NEW_VERBS = WORDS.words("verbs-after-a-toll");

    /**
     * "killed 100 people and drove a hundred thousand from their homes": an "and" before a verb that tells what else the
     * act did begins a new clause, whose count is no toll ("and no fewer than twenty civilians" goes on counting).
     */
    private static boolean andANewVerb(List<Token> tokens, int i) {
        return tokens.get(i).key().equals("and") && i + 1 < tokens.size() && NEW_VERBS.contains(tokens.get(i + 1).key());
    }

    private Integer sumCounts(List<Token> tokens, int from, int to, List<Span> dates, Map<String, Integer> sides) {
        Integer total = null;
        for (int i = Math.max(0, from); i < to; i++) {
            Token t = tokens.get(i);
            Integer v = NumberWords.value(t, true);
            NumberWords.Compound words = v == null || t.isNumber() ? null : NumberWords.compound(tokens, i, to);
            if (words != null) {
                v = words.value(); // "one hundred people": one count, not one and a hundred
                i = words.end() - 1;
            }
            // "two soldiers, both Northian, and four civilians": "both" after a count names the same two again
            boolean sameAgain = total != null && t.key().equals("both");
            if (v == null || inDate(t, dates) || !countsPeople(tokens, i) || total != null && partOfTheCountBefore(tokens, i) || sameAgain) {
                continue;
            }
            total = (total == null ? 0 : total) + v;
            String side = sideAfter(tokens, i);
            if (side == null) {
                side = ownSide(tokens, i);
            }
            if (side != null) {
                sides.merge(side, v, Integer::sum);
            }
        }
        return total;
    }

    /**
     * "X's ministry put its own losses at 71": a count of the speaker's "own" is the side of the country
     * the sentence named before it; null when there is no "own" or no such country.
     */
    private String ownSide(List<Token> tokens, int i) {
        int own = -1;
        for (int j = i - 1; j >= Math.max(0, i - 5) && own < 0; j--) {
            if (tokens.get(j).key().equals("own")) {
                own = j;
            }
        }
        if (own < 0 && i + 2 < tokens.size() && tokens.get(i + 1).key().equals("of") && POSSESSIVES.contains(tokens.get(i + 2).key())) {
            own = i; // "Y reported 7 of its servicemen killed"
        }
        for (int j = i - 1; j >= Math.max(0, i - REPORTER_REACH) && own < 0; j--) {
            if (REPORTING_VERBS.contains(tokens.get(j).key())) {
                own = j; // "X's ministry reported 6 soldiers killed": a side counts its own dead
            }
        }
        for (int j = own - 1; j >= 0; j--) {
            String c = countryByAdjective.get(tokens.get(j).key());
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    /** A count is of people when a person noun or a country adjective follows within three words, or "dead" right after. */
    private boolean countsPeople(List<Token> tokens, int i) {
        if (i + 1 < tokens.size() && tokens.get(i + 1).key().equals("dead")) {
            return true; // "71 dead"
        }
        for (int j = i + 1; j < Math.min(tokens.size(), i + 5); j++) {
            String k = tokens.get(j).key();
            if (NOT_COUNTED_AFTER.contains(k) || k.startsWith("-year")) {
                return false;
            }
            if (k.equals("of")) {
                if (j + 1 < tokens.size() && Set.of("its", "their", "them", "the").contains(tokens.get(j + 1).key())) {
                    return true; // "one of its soldiers"
                }
                continue; // "dozens of people"
            }
            if (PERSON_NOUNS.contains(k) || countryByAdjective.containsKey(k)) {
                return true;
            }
        }
        return false;
    }

    private String sideAfter(List<Token> tokens, int i) {
        for (int j = i + 1; j < Math.min(tokens.size(), i + 3); j++) {
            String c = countryByAdjective.get(tokens.get(j).key());
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    static boolean inDate(Token t, List<Span> dates) {
        for (Span d : dates) {
            if (d.contains(t.span())) {
                return true;
            }
        }
        return false;
    }
}
