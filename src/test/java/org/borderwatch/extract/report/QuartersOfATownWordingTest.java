package org.borderwatch.extract.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.borderwatch.domain.Event;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/** The residential districts of towns are quarters, not a summary by province, on an invented conflict. */
class QuartersOfATownWordingTest {

    @Test
    void shellingOfTheResidentialDistrictsOfTownsStaysBesideAMineBlast() {
        String text = "On 19 May 2023, the minister said, Southian artillery shelled residential districts of Kesta and"
                + " Lorva.\n\nOn the morning of 19 May 2023 a landmine blast near Amberly killed four Northian police officers.";
        assertThat(InventedConflict.extract(text, "2023-05-21")).extracting(Event::subEventType)
                .contains(SubEventType.SHELLING_ARTILLERY_MISSILE, SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED);
    }
}
