package org.borderwatch.extract.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.borderwatch.domain.DatePrecision;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

class AccordOfTheWarTest {

    private static List<Event> accords(List<Event> events) {
        return events.stream().filter(e -> e.subEventType() == SubEventType.AGREEMENT).toList();
    }

    @Test
    void theAccordThatEndedAWarTheTextDatedIsAnEventOfThatYear() {
        List<Event> events = InventedConflict.extract(
                "Southian troops shelled Kesta on Monday, the Northian ministry said.\n\n"
                        + "The two countries fought a war over Greyvale in 2019. It ended with a Westmarkian-brokered "
                        + "ceasefire that left Greyvale to Southia.", "2023-03-08");
        assertThat(accords(events)).singleElement().satisfies(e -> {
            assertThat(e.date().start()).isEqualTo(LocalDate.of(2019, 1, 1));
            assertThat(e.date().precision()).isEqualTo(DatePrecision.YEAR);
        });
    }

    @Test
    void withoutADatedWarAnUndatedAccordIsNotGivenAYear() {
        List<Event> events = InventedConflict.extract(
                "The fighting ended with a Westmarkian-brokered ceasefire, officials said.", "2023-03-08");
        assertThat(accords(events)).noneMatch(e -> e.date().precision() == DatePrecision.YEAR);
    }

    @Test
    void anAccordNamedAsInForceDespiteNewFightingTakesTheWarsYear() {
        List<Event> events = InventedConflict.extract(
                "A war in 2019 left hundreds dead.\n\nOn 3 March 2023 troops clashed near Kesta despite the ceasefire.",
                "2023-03-08");
        assertThat(accords(events)).extracting(e -> e.date().start()).containsExactly(LocalDate.of(2019, 1, 1));
    }
}
