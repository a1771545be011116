package org.borderwatch.analysis.appeals;

import java.util.List;
import org.borderwatch.domain.DateSpan;
import org.borderwatch.domain.Evidence;

/**
 * A request for assistance: who asked whom, when, on what basis (an article of a treaty, an alliance), with the
 * words that say so. {@code date} is null when only a later answer mentions the request ("following a request made
 * by ..."); then it was made on or before the answer.
 *
 * @param statedOutcome what the appeal's own words say came of it ("unsuccessfully"), as an answer kind, or null
 */
public record Appeal(String id, DateSpan date, String requester, List<String> addressees, String basis,
                     List<String> eventIds, List<Evidence> evidence, AnswerKind statedOutcome) {
    public Appeal {
        addressees = List.copyOf(addressees);
        eventIds = List.copyOf(eventIds);
        evidence = List.copyOf(evidence);
    }
}
