package org.borderwatch.cli;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.borderwatch.domain.Document;
import org.borderwatch.domain.EventType;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.store.DateBounds;
import org.borderwatch.store.EventQuery;
import org.borderwatch.store.Store;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The event filters `events` and `export` share, so a filter means the same in both, and the same as in
 * the API: dates, months and sort names are read by the same rules. A bad value is reported as a usage
 * error naming the option.
 */
final class EventFilterOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--from", paramLabel = "DATE",
            description = "Events on or after this day (2022-09-13) or month (2022-09); ranges that overlap it count.")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Events on or before this day (2022-09-30) or month (2022-09).")
    String to;

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

    @Option(names = "--bbox", paramLabel = "W,S,E,N", split = ",", hideParamSyntax = true, description = "Only events inside this box (degrees).")
    double[] bbox;

    @Option(names = "--sort", paramLabel = "ORDER", description = "date (the default), -date or -fatalities, as in the API.")
    String sort;

    /** The query for these options; a bad value, or a --document that names no stored document, is a usage error. */
    EventQuery toQuery(Store store, int pageSize) {
        try {
            LocalDate first = DateBounds.from("--from", from);
            LocalDate last = DateBounds.to("--to", to);
            DateBounds.requireOrdered("--from", first, "--to", last);
            EventQuery.Sort order = sort == null ? EventQuery.Sort.DATE_ASC : EventQuery.Sort.fromKey("--sort", sort);
            return new EventQuery(first, last, typeLabel(), subTypeLabel(), actor, country, admin1, bbox, text,
                    documentId(store), contested ? Boolean.TRUE : null, crossBorder ? Boolean.TRUE : null,
                    oneSided ? Boolean.TRUE : null, order, 1, pageSize);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(command.commandLine(), e.getMessage());
        }
    }

    private String typeLabel() {
        return label(type, t -> EventType.fromLabel(t).label(), "--type must be one of ACLED's event types ("
                + Arrays.stream(EventType.values()).map(EventType::label).collect(Collectors.joining(", "))
                + "), not '" + type + "'");
    }

    private String subTypeLabel() {
        return label(subType, t -> SubEventType.fromLabel(t).label(), "--sub-type must be one of ACLED's sub-event types,"
                + " such as \"Armed clash\" or \"Shelling/artillery/missile attack\", not '" + subType + "'");
    }

    /** ACLED's label for a type given by label or name, null for none, or the refusal. */
    private static String label(String given, UnaryOperator<String> toLabel, String refusal) {
        if (given == null) {
            return null;
        }
        try {
            return toLabel.apply(given);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(refusal);
        }
    }

    private String documentId(Store store) {
        if (document == null || document.isBlank()) {
            return null;
        }
        return store.documents().find(document).map(Document::id)
                .orElseThrow(() -> new IllegalArgumentException("no stored document matches --document " + document
                        + " (list them with: borderwatch documents)"));
    }
}
