package org.borderwatch.extract.place;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.borderwatch.domain.Decision;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.GeoPrecision;
import org.borderwatch.domain.Location;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.config.WordLists;
import org.borderwatch.extract.layout.EntryTitles;
import org.borderwatch.extract.layout.Paragraph;
import org.borderwatch.extract.layout.Sentence;
import org.borderwatch.extract.layout.Token;
import org.borderwatch.extract.mention.SentenceMentions;

/**
 * A place named only by its kind: "near the village", "at the bridge". Reports name a place once and then refer
 * to it by what it is, often paragraphs and months later; a placeless report that does so happened at the last
 * place of that kind an earlier report of the text was placed at.
 */
final class KindReference {
    private static final WordLists WORDS = WordLists.english();
    /** Kinds a settlement is referred to by; any named place that is not a province or region is one. */
    private static final Set<String> SETTLEMENT_KINDS = WORDS.words("settlement-kinds");
    /** Kinds of landmark that their names spell out ("the X bridge"): the place's name must hold the word. */
    private static final Set<String> LANDMARK_KINDS = WORDS.words("landmark-kinds");

    private KindReference() {
    }

    /** Kinds of site that stand at or near a place the sentence before names ("the post above X ... hit the post"). */
    private static final Set<String> SITE_KINDS = WORDS.words("site-kinds");

    /**
     * The events, each placeless one that refers to a place by its kind placed where that place was: at the one place
     * of that kind the sentence before it in its paragraph names, else where the last earlier report of that kind was.
     *
     * @param locate places a probe event by its named locations, as the gazetteer and the conflict's list do
     */
    static List<Event> resolve(List<Event> events, List<Paragraph> paragraphs, List<Sentence> sentences,
                               List<SentenceMentions> mentions, java.util.function.UnaryOperator<Event> locate) {
        List<Integer> order = events.stream().map(e -> PlaceCarry.sentenceOf(e, sentences)).toList();
        List<Event> out = new ArrayList<>(events);
        for (int i = 0; i < out.size(); i++) {
            Event e = out.get(i);
            int s = order.get(i);
            if (s < 0 || !mentions.get(s).cueCountries().isEmpty()
                    || e.locations().stream().anyMatch(l -> l.name() != null || l.admin1() != null || l.country() != null)) {
                continue;
            }
            String kind = kindReferredTo(sentences.get(s).tokens());
            if (kind == null) {
                continue;
            }
            Location earlier = SITE_KINDS.contains(kind) ? null : lastOfKind(out, order, s, kind);
            boolean inItsParagraph = earlier != null && placedInParagraph(out, order, s, earlier, sentences);
            if (!inItsParagraph) {
                // "Two civilians were wounded in Lorva. They were taken to Amberly. Troops had shelled the village":
                // a report of the paragraph placed at such a place comes first, then the sentence before
                Location justBefore = namedJustBefore(e, s, kind, paragraphs, sentences, mentions, locate);
                earlier = justBefore != null ? justBefore : earlier;
            }
            if (earlier != null) {
                out.set(i, e.withLocations(List.of(earlier), e.border()).withDecision(PlaceRule.PLACE_OF_ITS_KIND
                        .decide(Decision.Verdict.PLACE, PlacementStage.describe(List.of(earlier)))));
            }
        }
        return out;
    }

    /** The words that point back to a place by its kind: "the village", "that post". */
    private static final Set<String> REFERRING_WORDS = Set.of("the", "that");

    /** "the village", "that post" not followed by a name ("the village of X" names it): the kind, or null. */
    static String kindReferredTo(List<Token> tokens) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            String kind = tokens.get(i + 1).key();
            if (!REFERRING_WORDS.contains(tokens.get(i).key())
                    || !SETTLEMENT_KINDS.contains(kind) && !LANDMARK_KINDS.contains(kind) && !SITE_KINDS.contains(kind)) {
                continue;
            }
            boolean named = i + 2 < tokens.size() && (tokens.get(i + 2).key().equals("of") || tokens.get(i + 2).isCapitalised());
            if (!named) {
                return kind;
            }
        }
        return null;
    }

    /**
     * "South-east of X there are fresh craters. ... a drone strike hit the village": the one place of the kind that the
     * sentence right before, in the same paragraph or as the heading right over it ("Lot 4. Garage, Lorva town" over
     * "Damage: ... rockets hit the town"), names (a site such as a post stands at any place it names), or null.
     */
    private static Location namedJustBefore(Event e, int s, String kind, List<Paragraph> paragraphs, List<Sentence> sentences,
                                            List<SentenceMentions> mentions, java.util.function.UnaryOperator<Event> locate) {
        if (s < 1 || !sameOrHeadingOver(paragraphs, sentences, sentences.get(s - 1), sentences.get(s)) || mentions.get(s - 1).places().isEmpty()
                || e.subEventType() == SubEventType.AGREEMENT || e.subEventType() == SubEventType.OTHER) {
            return null; // an accord or a meeting is placed only where the text says it was held
        }
        List<Location> named = mentions.get(s - 1).places().stream().map(m -> Location.named(m.name())).distinct().toList();
        List<Location> ofKind = locate.apply(e.withLocations(named, e.border())).locations().stream()
                .filter(l -> l.name() != null && (SITE_KINDS.contains(kind) ? l.precision() != GeoPrecision.REGION : ofKind(l, kind)))
                .toList();
        return ofKind.size() == 1 ? ofKind.get(0) : null;
    }

    /**
     * Whether sentence {@code before} stands in the paragraph of {@code s}, or right over it as a heading or as an
     * entry's title line ("Lot 4. Garage, Lorva town").
     */
    private static boolean sameOrHeadingOver(List<Paragraph> paragraphs, List<Sentence> sentences, Sentence before, Sentence s) {
        return before.paragraph() == s.paragraph()
                || before.paragraph() == s.paragraph() - 1 && paragraphs.get(before.paragraph()).heading()
                || EntryTitles.titleOver(paragraphs, sentences, s.index()) == before.index();
    }

    /** Whether a report before sentence {@code s} in its paragraph was placed at {@code place}. */
    private static boolean placedInParagraph(List<Event> events, List<Integer> order, int s, Location place,
                                             List<Sentence> sentences) {
        for (int j = 0; j < events.size(); j++) {
            int at = order.get(j);
            if (at >= 0 && at < s && sentences.get(at).paragraph() == sentences.get(s).paragraph()
                    && events.get(j).locations().contains(place)) {
                return true;
            }
        }
        return false;
    }

    /** The place of that kind the closest earlier report (before sentence {@code s}) was placed at. */
    private static Location lastOfKind(List<Event> events, List<Integer> order, int s, String kind) {
        Location best = null;
        int bestSentence = -1;
        for (int j = 0; j < events.size(); j++) {
            int at = order.get(j);
            if (at < 0 || at >= s || at < bestSentence) {
                continue;
            }
            for (Location l : events.get(j).locations()) {
                if (l.name() != null && ofKind(l, kind)) {
                    best = l;
                    bestSentence = at;
                }
            }
        }
        return best;
    }

    private static boolean ofKind(Location l, String kind) {
        if (LANDMARK_KINDS.contains(kind)) {
            return l.name().toLowerCase(Locale.ROOT).contains(kind);
        }
        // a settlement: placed at a point, or a name no gazetteer knows placed by its province
        boolean landmark = LANDMARK_KINDS.stream().anyMatch(l.name().toLowerCase(Locale.ROOT)::contains);
        return !landmark && belowAProvince(l);
    }

    /** A place at a point, or a name no gazetteer knows (placed by its province later): not a province itself. */
    static boolean belowAProvince(Location l) {
        return l.precision() != GeoPrecision.REGION || l.placeId() == null;
    }
}
