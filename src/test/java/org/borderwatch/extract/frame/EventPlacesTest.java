package org.borderwatch.extract.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.borderwatch.domain.Span;
import org.borderwatch.extract.Extractor;
import org.borderwatch.extract.TestDocuments;
import org.borderwatch.extract.config.ConflictConfig;
import org.borderwatch.extract.layout.Token;
import org.borderwatch.extract.layout.Tokenizer;
import org.borderwatch.extract.mention.ActorMention;
import org.borderwatch.extract.mention.PlaceMention;
import org.junit.jupiter.api.Test;

class EventPlacesTest {
    private final Tokenizer tokenizer = new Tokenizer();

    /** Mentions of the given names, as a spotter would find them. */
    private List<PlaceMention> mentions(String text, List<Token> tokens, String... names) {
        List<PlaceMention> out = new ArrayList<>();
        for (String n : names) {
            int at = text.indexOf(n);
            int from = -1;
            int to = -1;
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i).start() == at) {
                    from = i;
                }
                if (tokens.get(i).end() == at + n.length()) {
                    to = i + 1;
                }
            }
            out.add(new PlaceMention(new Span(at, at + n.length()), from, to, n));
        }
        return out;
    }

    @Test
    void theUnitAnotherPlaceLiesInIsNotASecondPlace() {
        String text = "A farmer from the Dovri village of Kesta district was shot.";
        List<Token> tokens = tokenizer.tokenize(text, 0, text.length());
        List<PlaceMention> m = mentions(text, tokens, "Dovri", "Kesta");
        assertThat(places.containerOfAnother(m.get(1), m, tokens)).isTrue();
        assertThat(places.containerOfAnother(m.get(0), m, tokens)).isFalse();
    }

    @Test
    void twoDistrictsNamedSideBySideAreBothPlaces() {
        String text = "Shelling hit Kesta district and Lorva district.";
        List<Token> tokens = tokenizer.tokenize(text, 0, text.length());
        List<PlaceMention> m = mentions(text, tokens, "Kesta", "Lorva");
        assertThat(places.containerOfAnother(m.get(1), m, tokens)).isFalse();
        String alone = "Farmers of Kesta district protested.";
        List<Token> t2 = tokenizer.tokenize(alone, 0, alone.length());
        List<PlaceMention> m2 = mentions(alone, t2, "Kesta");
        assertThat(places.containerOfAnother(m2.get(0), m2, t2)).isFalse();
    }

    private final EventPlaces places = new EventPlaces(ConflictConfig.defaultConflict());

    @Test
    void protestsHappenWhereTheGovernmentTheyFaceGoverns() {
        // "Russia ... Armenian Prime Minister ... after protests": the bare country first, the government second
        List<ActorMention> actors = List.of(new ActorMention(0, 1, null, "Russia", null),
                new ActorMention(5, 8, "Government of Armenia", "Armenia", "government"));
        assertThat(places.protestCountry(List.of(), List.of(), actors)).isEqualTo("Armenia");
        assertThat(places.protestCountry(List.of(), List.of("Azerbaijan"), actors)).isEqualTo("Armenia");
        assertThat(places.protestCountry(List.of("Baku"), List.of(), actors)).isEqualTo("Azerbaijan");
        assertThat(places.protestCountry(List.of(), List.of("Azerbaijan"), List.of(actors.get(0)))).isEqualTo("Azerbaijan");
    }

    @Test
    void placesOfAnOpeningClauseAboutAnEarlierIncidentAreNotTheEventsPlaces() {
        String text = "After an incident on 6 July in Kesta, forces clashed again near Lorva.";
        List<Token> tokens = tokenizer.tokenize(text, 0, text.length());
        List<PlaceMention> m = mentions(text, tokens, "Kesta", "Lorva");
        int main = EventPlaces.mainClauseStart(tokens, m);
        assertThat(m.get(0).toToken()).isLessThanOrEqualTo(main);
        assertThat(m.get(1).fromToken()).isGreaterThan(main);
        String only = "After an incident in Kesta, forces clashed again.";
        List<Token> t2 = tokenizer.tokenize(only, 0, only.length());
        assertThat(EventPlaces.mainClauseStart(t2, mentions(only, t2, "Kesta"))).isZero();
    }

    @Test
    void aVisitToAMinistryIsInTheCapital() {
        List<org.borderwatch.domain.Event> events = Extractor.withDefaults().extract(TestDocuments.of(
                "During his visit to the Foreign Ministry of Armenia on 10 June 2021, the envoy discussed the border.", "2021-07-01"));
        assertThat(events).hasSize(1);
        assertThat(events.get(0).locations()).extracting(org.borderwatch.domain.Location::name).containsExactly("Yerevan");
        assertThat(events.get(0).locations()).extracting(org.borderwatch.domain.Location::country).containsExactly("Armenia");
    }

    @Test
    void theSeatOfAnImpersonalAttributionIsNoPlaceButAPlaceWhereSomethingWasReportedIs() {
        String said = "Kesta was hit in a drone strike, it was said in Northport.";
        List<Token> tokens = tokenizer.tokenize(said, 0, said.length());
        assertThat(mentions(said, tokens, "Kesta", "Northport")).extracting(p -> EventPlaces.speakerSeat(tokens, p))
                .containsExactly(false, true);
        String reported = "Shelling was reported in Kesta.";
        List<Token> reportedTokens = tokenizer.tokenize(reported, 0, reported.length());
        assertThat(mentions(reported, reportedTokens, "Kesta")).extracting(p -> EventPlaces.speakerSeat(reportedTokens, p))
                .containsExactly(false);
    }

    @Test
    void whereAStatementWasPutOutIsNoPlaceOfWhatItTells() {
        String issued = "In a statement distributed in Northport, the ministry said Southian troops fired on Kesta.";
        List<Token> tokens = tokenizer.tokenize(issued, 0, issued.length());
        assertThat(mentions(issued, tokens, "Northport", "Kesta")).extracting(p -> EventPlaces.speakerSeat(tokens, p))
                .containsExactly(true, false);
        String flyers = "Troops distributed leaflets in Kesta.";
        List<Token> flyerTokens = tokenizer.tokenize(flyers, 0, flyers.length());
        assertThat(mentions(flyers, flyerTokens, "Kesta")).extracting(p -> EventPlaces.speakerSeat(flyerTokens, p))
                .containsExactly(false);
    }

    /** The names of the given places in the text that {@link EventPlaces#withoutDestinations} keeps. */
    private List<String> keptOfDestinations(String text, String... names) {
        List<Token> tokens = tokenizer.tokenize(text, 0, text.length());
        return EventPlaces.withoutDestinations(tokens, mentions(text, tokens, names)).stream().map(PlaceMention::name).toList();
    }

    @Test
    void peopleEvacuatedAreCodedWhereTheyLivedNotWhereTheyWent() {
        assertThat(keptOfDestinations("Residents of Kesta and Lorva were evacuated by bus towards Amberly.", "Kesta", "Lorva",
                "Amberly")).containsExactly("Kesta", "Lorva");
        // where they went is no place of the event even when nothing else is named: the place told before carries
        assertThat(keptOfDestinations("Families were taken to schools in Amberly.", "Amberly")).isEmpty();
        assertThat(keptOfDestinations("Nine families with small children left for Amberly.", "Amberly")).isEmpty();
        // but the wounded taken to a hospital in a town, with nothing else named, are placed there
        assertThat(keptOfDestinations("Four wounded farmers were taken to the hospital of Amberly.", "Amberly")).hasSize(1);
        assertThat(keptOfDestinations("Troops moved from Kesta to Amberly.", "Kesta", "Amberly")).hasSize(2);
    }

    @Test
    void familiesLeavingAPlaceAreCodedWhereTheyLeftNotAtTheCrossingOrWhereTheyArrived() {
        assertThat(keptOfDestinations("The first cars carrying families from Tarn crossed the Kesta bridge into Amberly.",
                "Tarn", "Kesta", "Amberly")).containsExactly("Tarn");
        assertThat(keptOfDestinations("A first group of families left Tarn, crossed the bridge and reached Amberly.",
                "Tarn", "Amberly")).containsExactly("Tarn");
        assertThat(keptOfDestinations("Women and children were evacuated from Kesta, Lorva and the nearby village of Pellin"
                + " to Amberly.", "Kesta", "Lorva", "Pellin", "Amberly")).containsExactly("Kesta", "Lorva", "Pellin");
    }

    @Test
    void aCapitalPeopleAreHandedToIsTheReceivingPartyNotThePlace() {
        List<org.borderwatch.domain.Event> events = org.borderwatch.extract.InventedConflict.extract(
                "On 4 May 2024, Southia handed over ten captured Northian soldiers to Northport.", "2024-05-05");
        assertThat(events).isNotEmpty().allSatisfy(e -> assertThat(e.locations())
                .extracting(org.borderwatch.domain.Location::name).doesNotContain("Northport"));
    }

    @Test
    void villagesListedTogetherOnEitherSideOfTheBorderAreEachAPlaceOfTheAct() {
        List<org.borderwatch.domain.Event> events = org.borderwatch.extract.InventedConflict.extract(
                "On 5 May 2024, a shootout near the villages of Kesta and Pellin left two soldiers dead.", "2024-05-06");
        assertThat(events).flatExtracting(org.borderwatch.domain.Event::locations)
                .extracting(org.borderwatch.domain.Location::name).contains("Kesta", "Pellin");
    }

    /** The places of {@code text}, spotted as {@code names}, that are left once landmarks are taken out. */
    private List<String> withoutLandmarks(String text, String... names) {
        List<Token> tokens = tokenizer.tokenize(text, 0, text.length());
        return EventPlaces.withoutLandmarks(tokens, mentions(text, tokens, names)).stream().map(PlaceMention::name).toList();
    }

    @Test
    void aPlaceGivenToSayWhereAnotherLiesIsALandmark() {
        assertThat(withoutLandmarks("Troops seized six soldiers near Kesta, not far from the village of Lorva.", "Kesta", "Lorva"))
                .containsExactly("Kesta");
        assertThat(withoutLandmarks("Shells hit Kesta and Lorva.", "Kesta", "Lorva")).hasSize(2);
    }

    @Test
    void aPlaceThatSaysWhereASiteLiesIsALandmarkOfTheSite() {
        assertThat(withoutLandmarks("Guards fought at the Lorva water point on the Kesta river, on the outskirts of Pellin,"
                + " all night.", "Lorva", "Pellin")).containsExactly("Lorva");
        assertThat(withoutLandmarks("Stones flew at the Lorva intake between Kesta (Northia) and the village of Pellin.",
                "Lorva", "Kesta", "Pellin")).containsExactly("Lorva");
        // only "between" pairs the place after "and" with the landmark; after "near" it is a place of its own
        assertThat(withoutLandmarks("Stones flew at the Lorva intake near Kesta and the village of Pellin.",
                "Lorva", "Kesta", "Pellin")).containsExactly("Lorva", "Pellin");
        // with no words between, the second place still only says where the first lies
        assertThat(withoutLandmarks("Troops shelled Lorva near Kesta.", "Lorva", "Kesta")).containsExactly("Lorva");
        assertThat(withoutLandmarks("Shells hit the Lorva water point and later fell near Pellin.", "Lorva", "Pellin"))
                .hasSize(2);
    }
}
