package org.borderwatch.extract.frame;

import static org.assertj.core.api.Assertions.assertThat;

import org.borderwatch.domain.Event;
import org.borderwatch.domain.Location;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/**
 * Wordings a review of rules-2.27 found read worse than before, each narrowed: a person who works for a body is not
 * the body, people put on buses are not soldiers or furniture, a hyphen does not make a place of an adjective.
 */
class ReviewedWordingGuards227Test {
    private static final String PUBLISHED = "2023-06-10";

    @Test
    void aPersonWhoWorksForABodyQuotedIsStillAPersonsWords() {
        assertThat(InventedConflict.extract("\"They shelled our trenches near Kesta all night,\" a service member said.",
                PUBLISHED)).isEmpty();
        assertThat(InventedConflict.extract("\"Shells hit the hospital in Tarn twice,\" the head of the health department"
                + " said.", PUBLISHED)).isEmpty();
        assertThat(InventedConflict.extract("\"Southian troops burned three houses in Tarn,\" said Arne Olsen, who works for"
                + " the ministry.", PUBLISHED)).isEmpty();
        assertThat(InventedConflict.extract("\"The Southians shelled Tarn again,\" the centre's director, Lena Holmdottir,"
                + " said.", PUBLISHED)).isEmpty();
    }

    @Test
    void soldiersOrGoodsLoadedOntoVehiclesAreNoEvacuation() {
        assertThat(InventedConflict.extract("On 4 June Northia put its soldiers on buses to the front near Fenwick.",
                PUBLISHED)).isEmpty();
        assertThat(InventedConflict.extract("On 4 June Southian soldiers loaded looted furniture from Fenwick onto trucks.",
                PUBLISHED)).extracting(Event::subEventType).containsExactly(SubEventType.LOOTING_PROPERTY_DESTRUCTION);
        assertThat(InventedConflict.extract("The Northian army kept its tanks out of harm's way near Kesta on 4 June.",
                PUBLISHED)).isEmpty();
        assertThat(InventedConflict.extract("Villagers drove out to the fields near Kesta on 4 June to bring in the harvest.",
                PUBLISHED)).isEmpty();
        assertThat(InventedConflict.extract("Foreign journalists were driven to the town of Kesta on 4 June for a tour.",
                PUBLISHED)).isEmpty();
    }

    @Test
    void wordsOfAccordsMeetingsAndArrestsInTheirOtherSenses() {
        assertThat(InventedConflict.extract("5 June: the foreign ministers of Northia and Southia meet in Westholm and agree"
                + " that the talks were useful.", PUBLISHED)).extracting(Event::subEventType)
                .doesNotContain(SubEventType.AGREEMENT);
        assertThat(InventedConflict.extract("The mayor of Tarn consented to an interview in Fenwick on 5 June.", PUBLISHED))
                .isEmpty();
        assertThat(InventedConflict.extract("Thousands of residents came together in Northport on 5 June to mourn the dead.",
                PUBLISHED)).extracting(Event::subEventType).doesNotContain(SubEventType.OTHER);
        assertThat(InventedConflict.extract("The Northian commander sat down with reporters in Kesta on 5 June.", PUBLISHED))
                .isEmpty();
        assertThat(InventedConflict.extract("The Northian army took possession of forty new armoured vehicles in Amberly on"
                + " 5 June.", PUBLISHED)).isEmpty();
        assertThat(InventedConflict.extract("On 5 June the Southian ombudsman looked into detention conditions in Pellin.",
                PUBLISHED)).isEmpty();
    }

    @Test
    void aPlaceJoinedByHyphenToAWordIsNoPlaceOfTheAct() {
        assertThat(InventedConflict.extract("A Lorva-born Southian soldier was killed in a clash near Fenwick on 5 June.",
                PUBLISHED)).flatExtracting(Event::locations).extracting(Location::name).containsExactly("Fenwick");
        assertThat(InventedConflict.extract("On 5 June Southian drones struck Kesta-bound trucks near Amberly.", PUBLISHED))
                .flatExtracting(Event::locations).extracting(Location::name).containsExactly("Amberly");
    }
}
