package org.borderwatch.extract.mention;

import java.util.List;
import org.borderwatch.domain.Measure;

/**
 * Everything the mention stage found in one sentence. {@code cueCountry} is the country a territorial
 * cue ("inside Armenia", "Azerbaijani positions") places the sentence in; {@code section} is the month of
 * the dated heading the sentence stands under ("May 2021"), or null.
 */
public record SentenceMentions(
        List<DateMention> dates,
        List<PlaceMention> places,
        List<ActorMention> actors,
        CasualtyCount casualties,
        List<Measure> measures,
        List<String> cueCountries,
        java.time.YearMonth section) {
    public SentenceMentions {
        dates = List.copyOf(dates);
        places = List.copyOf(places);
        actors = List.copyOf(actors);
        measures = List.copyOf(measures);
        cueCountries = List.copyOf(cueCountries);
    }

    /** The same mentions with other dates. */
    public SentenceMentions withDates(List<DateMention> newDates) {
        return new SentenceMentions(newDates, places, actors, casualties, measures, cueCountries, section);
    }

    /** The same mentions with other places. */
    public SentenceMentions withPlaces(List<PlaceMention> newPlaces) {
        return new SentenceMentions(dates, newPlaces, actors, casualties, measures, cueCountries, section);
    }
}
