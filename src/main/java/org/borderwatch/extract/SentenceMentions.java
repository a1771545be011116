package org.borderwatch.extract;

import java.util.List;
import org.borderwatch.domain.Measure;

/**
 * Everything the mention stage found in one sentence. {@code cueCountry} is the country a territorial
 * cue ("inside Armenia", "Azerbaijani positions") places the sentence in, or null.
 */
public record SentenceMentions(
        List<DateMention> dates,
        List<PlaceMention> places,
        List<ActorMention> actors,
        CasualtyCount casualties,
        List<Measure> measures,
        List<String> cueCountries) {
    public SentenceMentions {
        dates = List.copyOf(dates);
        places = List.copyOf(places);
        actors = List.copyOf(actors);
        measures = List.copyOf(measures);
        cueCountries = List.copyOf(cueCountries);
    }
}
