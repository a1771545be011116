package org.borderwatch.extract.place;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.borderwatch.domain.Decision;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.Location;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.config.WordLists;
import org.borderwatch.extract.layout.EntryTitles;
import org.borderwatch.extract.layout.Paragraph;
import org.borderwatch.extract.layout.Sentence;
import org.borderwatch.extract.mention.PlaceMention;
import org.borderwatch.extract.mention.SentenceMentions;

/**
 * An entry's title line over its text: a tender's lot ("Lot 6. School, Kok-Tash village") over "Damage: burned by
 * troops on 29.04.2021", a log's heading over its note. The title names where the entry is; a report opening the
 * entry that names no place of its own happened there.
 */
final class EntryTitlePlace {
    private static final java.util.Set<String> UNIT_WORDS = WordLists.english().words("unit-words");

    private EntryTitlePlace() {
    }

    /**
     * The events, each placeless report (no place, province or country of its own and no territorial cue) that opens
     * its paragraph right under a title line placed at the one settlement that line names. The title line ends without a
     * stop and reports nothing itself. An accord stays where the text says it was signed.
     *
     * @param locate places a probe event by its named locations, as the gazetteer and the conflict's list do
     */
    static List<Event> resolve(List<Event> events, List<Paragraph> paragraphs, List<Sentence> sentences,
                               List<SentenceMentions> mentions, UnaryOperator<Event> locate) {
        List<Integer> order = events.stream().map(e -> PlaceCarry.sentenceOf(e, sentences)).toList();
        List<Event> out = new ArrayList<>(events);
        for (int i = 0; i < out.size(); i++) {
            Event e = out.get(i);
            int s = order.get(i);
            if (s < 1 || e.subEventType() == SubEventType.AGREEMENT || !mentions.get(s).cueCountries().isEmpty()
                    || e.locations().stream().anyMatch(l -> l.name() != null || l.admin1() != null || l.country() != null)
                    || EntryTitles.titleOver(paragraphs, sentences, s) < 0 || order.contains(s - 1)) {
                continue;
            }
            Location place = onlySettlement(e, mentions.get(s - 1), locate);
            if (place != null) {
                out.set(i, e.withLocations(List.of(place), e.border()).withDecision(PlaceRule.ENTRY_TITLE
                        .decide(Decision.Verdict.PLACE, PlacementStage.describe(List.of(place)))));
            }
        }
        return out;
    }

    /** Whether a name ends in a unit's word, as "Leilek district" does. */
    private static boolean namesAUnit(String name) {
        String[] words = name.toLowerCase(java.util.Locale.ROOT).split("\\s+");
        return words.length > 1 && UNIT_WORDS.contains(words[words.length - 1]);
    }

    /** The one place below a province that the title names, once located; null when it names none or several. */
    private static Location onlySettlement(Event e, SentenceMentions title, UnaryOperator<Event> locate) {
        if (title.places().isEmpty()) {
            return null;
        }
        // ("Club building, Maksat village, Leilek district": the district is the village's unit, though a town shares its name)
        List<Location> named = title.places().stream().map(PlaceMention::name).filter(name -> !namesAUnit(name))
                .map(Location::named).distinct().toList();
        List<Location> settlements = locate.apply(e.withLocations(named, e.border())).locations().stream()
                .filter(l -> l.name() != null && KindReference.belowAProvince(l)).toList();
        return settlements.size() == 1 ? settlements.get(0) : null;
    }
}
