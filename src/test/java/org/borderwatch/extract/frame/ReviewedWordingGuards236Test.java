package org.borderwatch.extract.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.Location;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/**
 * Wordings a read-only review of the rules-2.36 changes found made worse (a label outranking the venue told, a bare
 * outlook, an aside set off by dashes, reservists called up in public, protests about candidates or an election, a
 * civilian hurt by fire at positions, a day of "this month", a plea quoted or a note to the reader, a truce that talks
 * on a day yielded, a list line without its own toll), on an invented conflict; each guard failed against the reviewed
 * build.
 */
class ReviewedWordingGuards236Test {
    private static final String PUBLISHED = "2023-05-16";

    private static List<SubEventType> types(String text) {
        return InventedConflict.extract(text, PUBLISHED).stream().map(Event::subEventType).toList();
    }

    private static List<String> places(String text) {
        return InventedConflict.extract(text, PUBLISHED).stream().flatMap(e -> e.locations().stream())
                .map(Location::name).filter(Objects::nonNull).toList();
    }

    @Test
    void aVenueTheSentenceNamesOutranksItsLabel() {
        assertThat(places("- 14 May, Westholm: the Northian and Southian foreign ministers met in Northport, the mediator"
                + " said.")).containsExactly("Northport");
        assertThat(places("Westholm: Westmarkian envoys met the Northian president in Northport on 15 May to discuss the"
                + " border.")).containsExactly("Northport");
    }

    @Test
    void callUpsOfReservistsStayMobilisations() {
        assertThat(types("Northia announced a public mobilisation of reservists in Highlands province on 15 May."))
                .containsExactly(SubEventType.CHANGE_TO_GROUP_ACTIVITY);
        assertThat(types("The Southian defence ministry ordered the popular mobilisation of all men aged 18 to 50 in"
                + " Marsh district on 15 May.")).containsExactly(SubEventType.CHANGE_TO_GROUP_ACTIVITY);
    }

    @Test
    void protestsAboutCandidatesOrAnElectionStayProtests() {
        assertThat(types("Hundreds protested in Northport on 15 May against the election commission's decision to bar two"
                + " opposition candidates.")).containsExactly(SubEventType.PEACEFUL_PROTEST);
        assertThat(types("Opposition supporters held a rally in Southbridge on 15 May demanding the release of jailed"
                + " candidates.")).containsExactly(SubEventType.PEACEFUL_PROTEST);
        assertThat(types("Supporters of the opposition campaign rallied outside parliament in Northport on 15 May to"
                + " demand a recount.")).containsExactly(SubEventType.PEACEFUL_PROTEST);
        assertThat(types("Thousands joined an election protest in Southbridge on 15 May, accusing the government of fraud."))
                .containsExactly(SubEventType.PEACEFUL_PROTEST);
        assertThat(types("Members of the anti-war campaign protested outside the defence ministry in Northport on 15 May."))
                .containsExactly(SubEventType.PEACEFUL_PROTEST);
    }

    @Test
    void mortarFireAtPositionsThatHurtACivilianStaysAShelling() {
        assertThat(types("Southian troops opened fire with mortars on Northian positions near Kesta on 15 May, wounding a"
                + " civilian woman.")).containsExactly(SubEventType.SHELLING_ARTILLERY_MISSILE);
    }

    @Test
    void theOrdinalOfThisMonthAfterAWeekdayIsThatDay() {
        assertThat(InventedConflict.extract("On Friday the 12th of this month, Southian drones struck Kesta, wounding two.",
                "2023-05-20")).extracting(e -> e.date().start()).containsExactly(LocalDate.of(2023, 5, 12));
    }

    @Test
    void aQuotedPleaOrANoteToTheReaderStillReports() {
        assertThat(types("\"Please stop the shelling,\" the mayor of Kesta said after Southian artillery hit the town on"
                + " 15 May.")).containsExactly(SubEventType.SHELLING_ARTILLERY_MISSILE);
        assertThat(types("Please note: Southian troops shelled Kesta on 15 May, killing two civilians.")).hasSize(1);
        assertThat(types("Please be advised that clashes broke out between Northian and Southian troops near Lorva on"
                + " 15 May.")).containsExactly(SubEventType.ARMED_CLASH);
    }

    @Test
    void aBareOutlookHeadingStillTellsThePast() {
        assertThat(InventedConflict.extractRaw("Weekly security brief, 19 May 2023\n\nOUTLOOK\nClashes near Tarn on 17 May"
                + " killed two Southian soldiers, and more fighting is expected.\n", "2023-05-19")).isNotEmpty();
    }

    @Test
    void anAsideBetweenDashesIsNoListItem() {
        List<Event> events = InventedConflict.extractRaw("Security update, 18 May 2023\n\nSouthian troops shelled Kesta on"
                + " 17 May\n\u2013 two civilians were killed, officials said \u2013\nand Northian forces later returned fire.\n",
                "2023-05-18");
        assertThat(events).hasSize(1);
        assertThat(events.get(0).fatalities().best()).isEqualTo(2);
    }

    @Test
    void aTruceTheTalksOnADayYieldedIsReached() {
        assertThat(types("Northian and Southian negotiators held talks in Westholm and the talks on Monday yielded a truce."))
                .contains(SubEventType.AGREEMENT);
    }

    @Test
    void aListLineWithoutItsOwnDeathsTakesNoneOfTheLeadsToll() {
        List<Event> events = InventedConflict.extractRaw("Shelling update, 13 May 2023\n\nSouthian artillery shelled several"
                + " Northian villages on 12 May, killing four civilians. The places hit:\n\u2013 Kesta: 3 killed;\n"
                + "\u2013 Lorva: 2 wounded.\n", "2023-05-13");
        assertThat(events).extracting(e -> e.locations().get(0).name() + " " + e.fatalities().best())
                .containsExactly("Kesta 3", "Lorva null");
    }
}
