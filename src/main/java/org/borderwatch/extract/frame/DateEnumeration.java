package org.borderwatch.extract.frame;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.borderwatch.domain.DateSpan;
import org.borderwatch.extract.layout.Sentence;
import org.borderwatch.extract.layout.Token;
import org.borderwatch.extract.mention.DateMention;
import org.borderwatch.extract.mention.PlaceMention;
import org.borderwatch.extract.config.WordLists;

/**
 * Finds a list of dates one trigger governs ("incursions in May 2021 and September 2022", "incidents
 * (including at X in May 2021 or in the village of Y in March 2022)"): each date is a separate happening,
 * and when every date has a place of its own beside it, that place is where it happened.
 */
final class DateEnumeration {
    private static final WordLists WORDS = WordLists.english();

    /** Words that may stand between two listed dates, besides place names. */
    private static final Set<String> LINKS = WORDS.words("date-list-links");
    private static final Set<String> COORDINATORS = WORDS.words("date-list-coordinators");
    /** Words that may stand between a place and the date right after it ("X in May 2021"). */
    private static final Set<String> PLACE_TO_DATE = WORDS.words("place-to-date");
    private static final int MAX_GAP = WORDS.window("date-list-max-gap");
    /** Tokens that end a part of a sentence: a listed date does not reach across them. */
    private static final Set<String> CLAUSE_BREAKS = WORDS.words("date-list-breaks");
    /** Words that lead to the last day of a span: two dates joined over one bound one happening. */
    private static final Set<String> RANGE_ENDS = WORDS.words("date-range-ends");
    /** Words of a death told after the wounding it came of: the later day dates the death, not a second act. */
    private static final Set<String> LATER_DEATH = WORDS.words("later-death-words");

    /** One listed date and the places that belong to it alone (empty when the places are shared). */
    record Item(DateSpan date, List<PlaceMention> places) {
        Item {
            places = List.copyOf(places);
        }
    }

    private DateEnumeration() {
    }

    /**
     * The listed dates of the sentence, in order, or an empty list when it lists fewer than two. Only
     * stated month or day dates count; relative dates and bare years date the story, not separate acts.
     */
    static List<Item> find(Sentence s, List<DateMention> dates, List<PlaceMention> places) {
        List<int[]> at = new ArrayList<>(); // token range [from, to) of each candidate date
        List<DateSpan> spans = new ArrayList<>();
        for (DateMention d : dates) {
            if (!d.statesDayOrMonth() || d.date().end() != null && !shortDayRange(d.date())) {
                continue; // a range ("from 7 to 20 July") is one happening; "5-6 May" may be one item of a list
            }
            int[] range = s.tokenRange(d.span());
            if (range != null) {
                at.add(range);
                spans.add(d.date());
            }
        }
        List<Integer> chain = longestChain(s.tokens(), at, spans, places);
        if (chain.size() < 2) {
            return List.of();
        }
        List<List<PlaceMention>> own = ownPlaces(s.tokens(), chain, at, places);
        List<Item> out = new ArrayList<>();
        for (int i = 0; i < chain.size(); i++) {
            out.add(new Item(spans.get(chain.get(i)), own == null ? List.of() : own.get(i)));
        }
        return out;
    }

    /** The longest run of dates of one precision, each joined to the next only by links and place names. */
    private static List<Integer> longestChain(List<Token> tokens, List<int[]> at, List<DateSpan> spans,
                                              List<PlaceMention> places) {
        List<Integer> best = List.of();
        List<Integer> run = new ArrayList<>();
        for (int i = 0; i < at.size(); i++) {
            boolean joins = !run.isEmpty() && spans.get(i).precision() == spans.get(run.get(run.size() - 1)).precision()
                    && !spans.get(i).equals(spans.get(run.get(run.size() - 1)))
                    && linked(tokens, at.get(run.get(run.size() - 1))[1], at.get(i)[0], places);
            if (!joins) {
                run = new ArrayList<>();
            }
            run.add(i);
            if (run.size() > best.size()) {
                best = List.copyOf(run);
            }
        }
        return best;
    }

    private static boolean linked(List<Token> tokens, int from, int to, List<PlaceMention> places) {
        if (to - from > MAX_GAP || to < from
                || tokens.subList(from, to).stream().anyMatch(t -> RANGE_ENDS.contains(t.key()))) {
            return false; // "from 00:05 on 13 May and until the evening of 14 May": one span, not two acts
        }
        // "wounded near X on 13 May and died in hospital on Sunday": one act, and its toll later ("killed near A on
        // 10 May and another died near B on 14 May" has a subject of its own, so two deaths on two days)
        boolean andDied = java.util.stream.IntStream.range(from, to - 1)
                .anyMatch(i -> tokens.get(i).key().equals("and") && LATER_DEATH.contains(tokens.get(i + 1).key()));
        if (andDied) {
            return false;
        }
        if (to > from && (tokens.get(from).key().equals("and") || tokens.get(to - 1).key().equals("and"))
                && tokens.subList(from, to).stream().noneMatch(t -> CLAUSE_BREAKS.contains(t.key()))) {
            return true; // "A 1 Dec and B 2 Dec met", "visited X 5 May and 10 May Y": each date its own part
        }
        boolean coordinated = false;
        for (int i = from; i < to; i++) {
            int t = i;
            if (places.stream().anyMatch(p -> p.fromToken() <= t && t < p.toToken())) {
                continue;
            }
            String k = tokens.get(i).key();
            if (!LINKS.contains(k)) {
                return false;
            }
            coordinated |= COORDINATORS.contains(k);
        }
        return coordinated;
    }

    /**
     * The place right before each date ("at X in May 2021"), when every date has one and no two share it;
     * else null, and the dates share the sentence's places.
     */
    private static List<List<PlaceMention>> ownPlaces(List<Token> tokens, List<Integer> chain, List<int[]> at,
                                                      List<PlaceMention> places) {
        List<List<PlaceMention>> out = new ArrayList<>();
        for (int i : chain) {
            int dateFrom = at.get(i)[0];
            PlaceMention before = places.stream()
                    .filter(p -> p.toToken() <= dateFrom && dateFrom - p.toToken() <= 2
                            && tokens.subList(p.toToken(), dateFrom).stream().allMatch(t -> PLACE_TO_DATE.contains(t.key())))
                    .reduce((a, b) -> b).orElse(null);
            if (before == null || out.stream().anyMatch(l -> l.contains(before))) {
                List<List<PlaceMention>> leading = placesLeading(tokens, chain, at, places);
                return leading != null ? leading : placesAfter(tokens, chain, at, places);
            }
            out.add(List.of(before));
        }
        return out;
    }

    /**
     * The last place before each date and after the one before it ("the A district was returned on 20 November, the B
     * district on 25 November and C on 1 December"), when every date has one of its own; else null. The first date
     * looks back no further than the gap a list allows, nor past an earlier date or a break.
     */
    private static List<List<PlaceMention>> placesLeading(List<Token> tokens, List<Integer> chain, List<int[]> at,
                                                          List<PlaceMention> places) {
        List<List<PlaceMention>> out = new ArrayList<>();
        for (int n = 0; n < chain.size(); n++) {
            int to = at.get(chain.get(n))[0];
            int from = n > 0 ? at.get(chain.get(n - 1))[1] : Math.max(0, to - MAX_GAP);
            for (int[] other : at) {
                if (other[1] <= to && other[1] > from) {
                    from = other[1];
                }
            }
            for (int i = to - 1; i >= from; i--) {
                if (CLAUSE_BREAKS.contains(tokens.get(i).key())) {
                    from = i + 1;
                    break;
                }
            }
            PlaceMention last = lastPlaceIn(places, from, to);
            if (last == null || out.stream().anyMatch(l -> l.contains(last))) {
                return null;
            }
            out.add(List.of(last));
        }
        return out;
    }

    /**
     * The last place between each date and the next ("5-6 May visited the capital X and 10-11 May Y"), when every
     * date has one; else null.
     */
    private static List<List<PlaceMention>> placesAfter(List<Token> tokens, List<Integer> chain, List<int[]> at,
                                                        List<PlaceMention> places) {
        List<List<PlaceMention>> out = new ArrayList<>();
        for (int n = 0; n < chain.size(); n++) {
            int from = at.get(chain.get(n))[1];
            int to = n + 1 < chain.size() ? at.get(chain.get(n + 1))[0] : Math.min(tokens.size(), from + MAX_GAP);
            for (int i = from; i < to; i++) {
                if (CLAUSE_BREAKS.contains(tokens.get(i).key())) {
                    to = i;
                }
            }
            PlaceMention last = lastPlaceIn(places, from, to);
            if (last == null) {
                return null;
            }
            out.add(List.of(last));
        }
        return out;
    }

    /** The last place wholly inside tokens [from, to), or null. */
    private static PlaceMention lastPlaceIn(List<PlaceMention> places, int from, int to) {
        return places.stream().filter(p -> p.fromToken() >= from && p.toToken() <= to).reduce((a, b) -> b).orElse(null);
    }

    /** Whether a range spans a few days of one month ("5-6 May"): a short visit, one item of a list. */
    private static boolean shortDayRange(DateSpan d) {
        return d.precision() == org.borderwatch.domain.DatePrecision.DAY && d.end().getMonth() == d.start().getMonth()
                && java.time.temporal.ChronoUnit.DAYS.between(d.start(), d.end()) <= 3;
    }

}
