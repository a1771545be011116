package org.borderwatch.extract;

import java.time.LocalDate;
import java.util.List;
import org.borderwatch.domain.DateSpan;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.Location;
import org.borderwatch.extract.config.ConflictConfig;
import org.borderwatch.extract.mention.ConfiguredPlaceSpotter;
import org.borderwatch.extract.pipeline.Annotation;

/**
 * The invented Northia–Southia conflict of the test resources (conflicts/northia-southia): rules are tested
 * on sentences about it, so no rule can lean on a real conflict's names.
 */
public final class InventedConflict {
    public static final ConflictConfig CONFIG = ConflictConfig.fromClasspath("northia-southia");
    private static final Extractor EXTRACTOR = new Extractor(CONFIG, new ConfiguredPlaceSpotter(CONFIG), null);

    private InventedConflict() {
    }

    public static List<Event> extract(String text, String published) {
        return EXTRACTOR.extract(TestDocuments.of(text, published));
    }

    /** The events found in a raw text once ingestion's cleaner has laid it out (line breaks end its stamps and headings). */
    public static List<Event> extractRaw(String raw, String published) {
        return EXTRACTOR.extract(TestDocuments.cleaned("test-doc", raw,
                DateSpan.day(LocalDate.parse(published))));
    }

    /** The events found in a raw text whose manifest dates it only by its {@code year}, as a book's. */
    public static List<Event> extractRawOfYear(String raw, int year) {
        return EXTRACTOR.extract(TestDocuments.cleaned("test-doc", raw,
                DateSpan.of(LocalDate.of(year, 1, 1), org.borderwatch.domain.DatePrecision.YEAR)));
    }

    /** The events found in a text whose manifest gives it {@code title}. */
    public static List<Event> extractTitled(String title, String text, String published) {
        return EXTRACTOR.extract(TestDocuments.titled(title, text, published));
    }

    /** The names of the events' places, each once, in order: what tests of placing compare. */
    public static List<String> placeNames(List<Event> events) {
        return events.stream().flatMap(e -> e.locations().stream()).map(Location::name).distinct().toList();
    }

    /** The first day of each event, in the order extraction gave them: what tests of dating compare. */
    public static List<LocalDate> startDays(List<Event> events) {
        return events.stream().map(e -> e.date().start()).toList();
    }

    /** The first day of each event found in a raw text once the cleaner has laid it out. */
    public static List<LocalDate> startDaysOfRaw(String raw, String published) {
        return startDays(extractRaw(raw, published));
    }

    public static Annotation annotate(String text, String published) {
        return EXTRACTOR.annotate(TestDocuments.of(text, published));
    }
}
