package org.borderwatch.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.borderwatch.domain.BorderPosition;
import org.borderwatch.domain.Claim;
import org.borderwatch.domain.DatePrecision;
import org.borderwatch.domain.DateSpan;
import org.borderwatch.domain.Decision;
import org.borderwatch.domain.Disagreement;
import org.borderwatch.domain.Document;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.Evidence;
import org.borderwatch.domain.Fatalities;
import org.borderwatch.domain.GeoPoint;
import org.borderwatch.domain.GeoPrecision;
import org.borderwatch.domain.Location;
import org.borderwatch.domain.MergedEvent;
import org.borderwatch.domain.OffsetMap;
import org.borderwatch.domain.Span;
import org.borderwatch.domain.Stance;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.store.Store;

/**
 * A small realistic record, seeded through the repositories: two reports of one shelling (one side
 * asserts, the other denies and blames), a hostile document whose text carries HTML, and a spread of
 * events over two years and several provinces so the map, the timeline and the filters have work to do.
 */
public final class SampleData {
    public static final String AZ_FORCES = "Military Forces of Azerbaijan";
    public static final String AM_FORCES = "Military Forces of Armenia";
    public static final String AM_MINISTRY = "Armenian Ministry of Defence";
    public static final String AZ_MINISTRY = "Azerbaijani Ministry of Defence";
    public static final String SHELLING_SENTENCE =
            "Azerbaijani artillery hit army positions near Jermuk overnight on 13 September 2022, the Armenian ministry said.";
    public static final String DENIAL_SENTENCE =
            "Baku's defence ministry rejected the account and said Armenian units had fired first.";
    public static final String HOSTILE_TEXT = "Field note <script>window.__xss=1</script> and "
            + "<img src=x onerror=\"window.__xss=1\"> mention a clash near Sotk on 14 September 2022.";

    /** Ids of what the tests look for. */
    public record Seeded(Document ministryDocument, Document observerDocument, Document hostileDocument,
                         Event shelling, Event shellingSecondReport, Event hostileEvent, int eventCount) {
    }

    private SampleData() {
    }

    public static Seeded seed(Store store) {
        Document ministry = document("Overnight shelling on the southern border", "Regional Monitor",
                "Summary of the night. " + SHELLING_SENTENCE + " " + DENIAL_SENTENCE
                        + " Officials in Yerevan later put the number of soldiers killed at 49.");
        Document observer = document("Observer digest, September 2022", "Border Observers",
                "Observers heard artillery around Jermuk and Goris on 13 September 2022. "
                        + "Each side blamed the other for the escalation.");
        Document hostile = document("Field notes <b>unverified</b>", "Anonymous", HOSTILE_TEXT);
        Document background = document("Chronicle of border incidents 2021-2023", "Chronicle Desk",
                "A chronicle of incidents along the border, compiled from official statements and local media.");
        for (Document d : List.of(ministry, observer, hostile, background)) {
            store.documents().save(d);
        }

        Event shelling = new Event("ev-jermuk-a", ministry.id(), DateSpan.day(LocalDate.of(2022, 9, 13)),
                SubEventType.SHELLING_ARTILLERY_MISSILE, AZ_FORCES, List.of(), AM_FORCES, List.of(),
                List.of(place("Jermuk", "Armenia", "Vayots Dzor", 39.8414, 45.6701)),
                new Fatalities(49, 49, 49, Map.of(AM_FORCES, 49)), null, List.of(),
                "Artillery fire on army positions near Jermuk.",
                List.of(evidence(ministry, SHELLING_SENTENCE)),
                List.of(new Claim(AM_MINISTRY, Stance.ASSERTS, evidence(ministry, SHELLING_SENTENCE)),
                        new Claim(AZ_MINISTRY, Stance.DENIES, evidence(ministry, DENIAL_SENTENCE)),
                        new Claim(AZ_MINISTRY, Stance.BLAMES_OTHER_SIDE, evidence(ministry, DENIAL_SENTENCE))),
                new BorderPosition("Armenia", 7.5, 7.5, null),
                List.of(new Decision("triggers", "asserted", Decision.Verdict.KEEP, "REMOTE 'artillery fire'"),
                        new Decision("places", "one-per-place", Decision.Verdict.SPLIT, "1 of 2: Jermuk")));
        String observed = "Observers heard artillery around Jermuk and Goris on 13 September 2022.";
        Event second = new Event("ev-jermuk-b", observer.id(), DateSpan.day(LocalDate.of(2022, 9, 13)),
                SubEventType.SHELLING_ARTILLERY_MISSILE, AZ_FORCES, List.of(), AM_FORCES, List.of(),
                List.of(place("Jermuk", "Armenia", "Vayots Dzor", 39.8414, 45.6701)),
                Fatalities.UNKNOWN, null, List.of(), "Artillery heard near Jermuk and Goris.",
                List.of(evidence(observer, observed)),
                List.of(new Claim(null, Stance.ASSERTS, evidence(observer, observed))),
                new BorderPosition("Armenia", 7.5, 7.5, null));
        Event hostileEvent = new Event("ev-sotk-x", hostile.id(), DateSpan.day(LocalDate.of(2022, 9, 14)),
                SubEventType.ARMED_CLASH, AZ_FORCES + " <img src=x onerror=\"window.__xss=1\">", List.of(), AM_FORCES, List.of(),
                List.of(place("Sotk <script>window.__xss=1</script>", "Armenia", "Gegharkunik", 40.2206, 45.9394)),
                Fatalities.exactly(2), null, List.of(), "<b>clash</b> <script>window.__xss=1</script>",
                List.of(evidence(hostile, HOSTILE_TEXT)),
                List.of(new Claim("<img src=x onerror=\"window.__xss=1\">", Stance.ASSERTS, evidence(hostile, HOSTILE_TEXT))),
                new BorderPosition("Armenia", 3.0, 3.0, null));

        store.events().replaceForDocument(ministry.id(), List.of(shelling), "test");
        store.events().replaceForDocument(observer.id(), List.of(second), "test");
        store.events().replaceForDocument(hostile.id(), List.of(hostileEvent), "test");
        List<Event> chronicle = chronicle(background);
        store.events().replaceForDocument(background.id(), chronicle, "test");
        store.events().replaceMerged(List.of(new MergedEvent("merged-jermuk", List.of(shelling, second),
                List.of(new Disagreement("fatalities", Map.of(ministry.id(), "49", observer.id(), "not stated"))))));
        return new Seeded(ministry, observer, hostile, shelling, second, hostileEvent, 3 + chronicle.size());
    }

    /** Background incidents spread over months, places and types, generated from a fixed pattern. */
    private static List<Event> chronicle(Document doc) {
        record Site(String name, String country, String admin1, double lat, double lon, boolean armenianSide) {
        }
        List<Site> sites = List.of(
                new Site("Goris", "Armenia", "Syunik", 39.5111, 46.3381, true),
                new Site("Kapan", "Armenia", "Syunik", 39.2075, 46.4058, true),
                new Site("Vardenis", "Armenia", "Gegharkunik", 40.1833, 45.7306, true),
                new Site("Yeraskh", "Armenia", "Ararat", 39.7608, 44.7800, true),
                new Site("Ijevan", "Armenia", "Tavush", 40.8756, 45.1492, true),
                new Site("Tovuz", "Azerbaijan", "Tovuz", 40.9922, 45.6284, false),
                new Site("Kalbajar", "Azerbaijan", "Kalbajar", 40.1053, 46.0383, false),
                new Site("Lachin", "Azerbaijan", "Lachin", 39.6408, 46.5469, false),
                new Site("Shusha", "Azerbaijan", "Shusha", 39.7583, 46.7486, false),
                new Site("Khankendi", "Azerbaijan", "Khankendi", 39.8153, 46.7519, false));
        SubEventType[] kinds = {SubEventType.ARMED_CLASH, SubEventType.SHELLING_ARTILLERY_MISSILE,
            SubEventType.AIR_DRONE_STRIKE, SubEventType.ATTACK, SubEventType.PEACEFUL_PROTEST,
            SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED, SubEventType.ARRESTS, SubEventType.ARMED_CLASH};
        String sentence = "A chronicle of incidents along the border";
        List<Event> events = new ArrayList<>();
        LocalDate start = LocalDate.of(2021, 5, 12);
        for (int i = 0; i < 64; i++) {
            Site site = sites.get((i * 7) % sites.size());
            SubEventType kind = kinds[(i * 3) % kinds.length];
            LocalDate day = start.plusDays(i * 13L + (i % 5));
            boolean azAttacks = site.armenianSide();
            String a1 = kind == SubEventType.PEACEFUL_PROTEST ? "Protesters (" + site.country() + ")"
                    : azAttacks ? AZ_FORCES : AM_FORCES;
            String a2 = kind == SubEventType.PEACEFUL_PROTEST ? null : azAttacks ? AM_FORCES : AZ_FORCES;
            int deaths = kind == SubEventType.PEACEFUL_PROTEST || kind == SubEventType.ARRESTS ? 0 : (i * 5) % 9;
            List<Claim> claims = i % 4 == 0
                    ? List.of(new Claim(azAttacks ? AM_MINISTRY : AZ_MINISTRY, Stance.ASSERTS, evidence(doc, sentence)),
                            new Claim(azAttacks ? AZ_MINISTRY : AM_MINISTRY, Stance.DENIES, evidence(doc, sentence)))
                    : List.of(new Claim(null, Stance.ASSERTS, evidence(doc, sentence)));
            double jitter = (i % 3) * 0.01;
            events.add(new Event(String.format("ev-chron-%02d", i), doc.id(), DateSpan.day(day), kind, a1, List.of(), a2,
                    List.of(), List.of(place(site.name(), site.country(), site.admin1(), site.lat() + jitter, site.lon() - jitter)),
                    Fatalities.exactly(deaths), null, List.of(), kind.label() + " reported near " + site.name() + ".",
                    List.of(evidence(doc, sentence)), claims,
                    new BorderPosition(site.country(), 2.0 + i % 6, i % 6 == 0 ? 1.5 : null, null)));
        }
        return events;
    }

    private static Location place(String name, String country, String admin1, double lat, double lon) {
        return new Location(name, country, admin1, null, new GeoPoint(lat, lon), GeoPrecision.EXACT, null);
    }

    private static Evidence evidence(Document doc, String sentence) {
        int at = doc.cleanText().indexOf(sentence);
        if (at < 0) {
            throw new IllegalArgumentException("sentence not in document " + doc.title());
        }
        return doc.evidence(new Span(at, at + sentence.length()));
    }

    public static Document document(String title, String publisher, String text) {
        String hash = sha256(text);
        return new Document(hash.substring(0, 16), "https://example.org/" + hash.substring(0, 8), null, title, publisher,
                null, "en", DateSpan.of(LocalDate.of(2022, 9, 20), DatePrecision.DAY), hash, text, text,
                new OffsetMap(new int[] {0}, new int[] {0}, text.length(), text.length()), 1, Instant.parse("2024-01-01T00:00:00Z"));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
