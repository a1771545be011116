package org.borderwatch.extract.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/** Releases of captives as a rights group's list and a chronology tell them, on an invented conflict. */
class CaptiveReleaseWordingTest {
    private static List<Event> accordsOf(String text) {
        return InventedConflict.extract(text, "2024-03-01").stream().filter(e -> e.subEventType() == SubEventType.AGREEMENT).toList();
    }

    @Test
    void aListsTelegraphicReleaseIsAnAccordOfItsDay() {
        assertThat(accordsOf("Releases so far:\n- 12 June 2023: 15 detainees freed in return for maps of minefields near Kesta;\n"
                + "- 5 October 2023: 17 servicemen brought home after mediation by Westmark."))
                .extracting(e -> e.date().start())
                .contains(LocalDate.of(2023, 6, 12), LocalDate.of(2023, 10, 5));
    }

    @Test
    void aCountAfterAChronologysDayOpensTheEntryRatherThanNamingAnEarlierRelease() {
        assertThat(accordsOf("7 Dec 2023 Joint statement of the two governments on confidence-building.\n"
                + "13 Dec 2023 32 Northian servicemen freed in exchange for 2 Southian soldiers."))
                .anyMatch(e -> e.date().start().equals(LocalDate.of(2023, 12, 13)));
    }

    @Test
    void anAccordThatBindsThePartiesToSwapHostagesIsAnAccordNotAFight() {
        assertThat(InventedConflict.extract("The statement signed on 9 May 2023 by the two presidents bound the parties to"
                + " exchange hostages and other detained persons, as well as the bodies of the dead.", "2024-03-01"))
                .anyMatch(e -> e.subEventType() == SubEventType.AGREEMENT)
                .noneMatch(e -> e.subEventType() == SubEventType.ARMED_CLASH);
    }
}
