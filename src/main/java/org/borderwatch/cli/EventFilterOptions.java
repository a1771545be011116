package org.borderwatch.cli;

import java.time.LocalDate;
import org.borderwatch.domain.Document;
import org.borderwatch.store.EventQuery;
import org.borderwatch.store.Store;
import picocli.CommandLine.Option;

/** The event filters `events` and `export` share, so a filter means the same in both. */
final class EventFilterOptions {
    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Events on or after this day (ranges that overlap it count).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Events on or before this day.")
    LocalDate to;

    @Option(names = "--type", paramLabel = "TYPE", description = "ACLED event type, e.g. Battles, \"Strategic developments\".")
    String type;

    @Option(names = "--sub-type", paramLabel = "SUBTYPE", description = "ACLED sub-event type, e.g. \"Armed clash\".")
    String subType;

    @Option(names = "--actor", paramLabel = "TEXT", description = "Part of the name of an actor on either side.")
    String actor;

    @Option(names = "--country", paramLabel = "NAME", description = "Country where the event happened.")
    String country;

    @Option(names = "--admin1", paramLabel = "NAME", description = "Province (first-level unit) where it happened.")
    String admin1;

    @Option(names = "--text", paramLabel = "WORDS", description = "Words to find in notes, evidence, actors and places.")
    String text;

    @Option(names = "--document", paramLabel = "ID|FILE", description = "Only events of this document (id, id prefix or file name).")
    String document;

    @Option(names = "--contested", description = "Only events someone denies, calls false or blames on the other side.")
    boolean contested;

    @Option(names = "--cross-border", description = "Only events inside the other side's recognised territory.")
    boolean crossBorder;

    @Option(names = "--one-sided", description = {"Only events every report of which rests on one party's word:",
            "its publishers or the claimants it quotes all speak for one side (see `borderwatch sources`)."})
    boolean oneSided;

    @Option(names = "--bbox", paramLabel = "W,S,E,N", split = ",", description = "Only events inside this box (degrees).")
    double[] bbox;

    @Option(names = "--sort", paramLabel = "ORDER", description = "date_asc (default), date_desc or fatalities_desc.")
    EventQuery.Sort sort;

    /** The query for these options; a --document that names no stored document is an error. */
    EventQuery toQuery(Store store, int pageSize) {
        String documentId = null;
        if (document != null && !document.isBlank()) {
            documentId = store.documents().find(document).map(Document::id)
                    .orElseThrow(() -> new IllegalArgumentException("no stored document matches --document " + document));
        }
        return new EventQuery(from, to, type, subType, actor, country, admin1, bbox, text, documentId,
                contested ? Boolean.TRUE : null, crossBorder ? Boolean.TRUE : null, oneSided ? Boolean.TRUE : null,
                sort, 1, pageSize);
    }
}
