package org.borderwatch.analysis.registers;

import static org.borderwatch.analysis.registers.InventedConflict.HIGHVALE_GUARD;
import static org.borderwatch.analysis.registers.InventedConflict.NORTH_FORCES;
import static org.borderwatch.analysis.registers.InventedConflict.NORTH_GOV;
import static org.borderwatch.analysis.registers.InventedConflict.PACT;
import static org.borderwatch.analysis.registers.InventedConflict.SOUTH_FORCES;
import static org.borderwatch.analysis.registers.InventedConflict.SOUTH_GOV;
import static org.borderwatch.analysis.registers.InventedConflict.day;
import static org.borderwatch.analysis.registers.InventedConflict.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.borderwatch.domain.DatePrecision;
import org.borderwatch.domain.DateSpan;
import org.borderwatch.domain.Document;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.Measure;
import org.borderwatch.domain.MergedEvent;
import org.borderwatch.domain.OffsetMap;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.store.Store;

/**
 * Invented reports of the invented conflict, stored through the repositories as extraction would store them: two
 * documents (a Northian state outlet's and a wire service's), each sentence an event, one truce reported by both.
 */
public final class InventedStore {
    public static final String NORTH_DOC = "north-today-1";
    public static final String WIRE_DOC = "wire-service-1";

    private static final List<String> NORTH_SENTENCES = List.of(
            "Northia and Southia agreed a truce on 1 February 2023.",
            "Southian troops shelled Millford on 3 March 2023, killing two.",
            "Southian forces blocked the Pass Road on 5 March 2023.",
            "Northian officials say Southia now holds about 14 square kilometres of Northia.",
            "President Oranen appealed to the Eastern Pact on 6 March 2023.");
    private static final List<String> WIRE_SENTENCES = List.of(
            "A Westmarkian-mediated truce between Northia and Southia took hold on 1 February 2023.",
            "Fighting broke out near Cragton in Highvale on 20 March 2023; Southia took up to 9 square kilometres.",
            "The Pass Road was reopened on 25 March 2023.",
            "The Pact sent an observer mission to Northia in April 2023.");

    /** The events stored, and the store. */
    public record Seeded(Store store, List<Event> north, List<Event> wire) {
    }

    private InventedStore() {
    }

    public static Seeded seed(Store store) {
        return seed(store, null);
    }

    /** @param conflictId the conflict the store records for both documents (null: none, the default conflict's) */
    public static Seeded seed(Store store, String conflictId) {
        store.documents().save(document(NORTH_DOC, "Northia Today", NORTH_SENTENCES).withConflict(conflictId));
        store.documents().save(document(WIRE_DOC, "Wire Service", WIRE_SENTENCES).withConflict(conflictId));
        List<Event> north = List.of(
                at(report("n-truce", NORTH_DOC, day("2023-02-01"), SubEventType.AGREEMENT).actors(NORTH_GOV, SOUTH_GOV),
                        NORTH_SENTENCES, 0),
                at(report("n-shelling", NORTH_DOC, day("2023-03-03"), SubEventType.SHELLING_ARTILLERY_MISSILE)
                        .actors(SOUTH_FORCES, NORTH_FORCES).in("Millford", "Northia").deaths(2, 2), NORTH_SENTENCES, 1),
                at(report("n-blockade", NORTH_DOC, day("2023-03-05"), SubEventType.OTHER).actors(SOUTH_FORCES, null),
                        NORTH_SENTENCES, 2),
                at(report("n-area", NORTH_DOC, day("2023-03-05"), SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY)
                        .actors(SOUTH_FORCES, NORTH_FORCES), NORTH_SENTENCES, 3, "14 square kilometres", 14),
                at(report("n-appeal", NORTH_DOC, day("2023-03-06"), SubEventType.OTHER).actors(NORTH_GOV, PACT),
                        NORTH_SENTENCES, 4));
        List<Event> wire = List.of(
                at(report("w-truce", WIRE_DOC, day("2023-02-01"), SubEventType.AGREEMENT).actors(NORTH_GOV, SOUTH_GOV),
                        WIRE_SENTENCES, 0),
                at(report("w-fight", WIRE_DOC, day("2023-03-20"), SubEventType.ARMED_CLASH)
                        .actors(SOUTH_FORCES, HIGHVALE_GUARD).in("Cragton", "Southia"), WIRE_SENTENCES, 1,
                        "9 square kilometres", 9),
                at(report("w-reopen", WIRE_DOC, day("2023-03-25"), SubEventType.OTHER).actors(SOUTH_FORCES, null),
                        WIRE_SENTENCES, 2),
                at(report("w-mission", WIRE_DOC, DateSpan.of(LocalDate.of(2023, 4, 1), DatePrecision.MONTH), SubEventType.OTHER)
                        .actors(PACT, NORTH_GOV), WIRE_SENTENCES, 3));
        store.events().replaceForDocument(NORTH_DOC, north, "test");
        store.events().replaceForDocument(WIRE_DOC, wire, "test");
        List<MergedEvent> merged = new ArrayList<>();
        merged.add(new MergedEvent("m-truce", List.of(north.get(0), wire.get(0)), List.of()));
        for (Event e : north.subList(1, north.size())) {
            merged.add(new MergedEvent("m-" + e.id(), List.of(e), List.of()));
        }
        for (Event e : wire.subList(1, wire.size())) {
            merged.add(new MergedEvent("m-" + e.id(), List.of(e), List.of()));
        }
        store.events().replaceMerged(merged);
        return new Seeded(store, north, wire);
    }

    private static Event at(InventedConflict.Report r, List<String> sentences, int index) {
        return sentence(r, sentences, index).build();
    }

    /** The report of a sentence that states an area taken in {@code words}. */
    private static Event at(InventedConflict.Report r, List<String> sentences, int index, String words, double km2) {
        return sentence(r, sentences, index).measure(Measure.Kind.AREA_SEIZED, km2, Measure.Unit.KM2, words).build();
    }

    /** The report says the sentence, at its place in the document (sentences joined by single spaces). */
    private static InventedConflict.Report sentence(InventedConflict.Report r, List<String> sentences, int index) {
        int offset = 0;
        for (int i = 0; i < index; i++) {
            offset += sentences.get(i).length() + 1;
        }
        return r.says(sentences.get(index)).at(offset);
    }

    private static Document document(String id, String publisher, List<String> sentences) {
        String text = String.join(" ", sentences);
        return new Document(id, "https://example.org/" + id, id + ".txt", "Report " + id, publisher, null, "en",
                DateSpan.day(LocalDate.of(2023, 4, 30)), "hash-" + id, text, text,
                new OffsetMap(new int[] {0}, new int[] {0}, text.length(), text.length()), 1,
                Instant.parse("2023-05-01T00:00:00Z"));
    }
}
