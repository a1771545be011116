package org.borderwatch.extract.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.EventType;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/**
 * Wordings a read-only review of rules-2.29 found made worse before they were narrowed, on an invented conflict: six
 * guards fail against the reviewed sources (98f02dc); the clause guard holds what a narrowing made after them kept.
 */
class ReviewedWordingGuards229Test {
    private static List<Event> extract(String text, String published) {
        return InventedConflict.extractRaw("Report\n" + text, published);
    }

    @Test
    void civiliansNamedWithIncludingBesideAnActAreStillItsTarget() {
        assertThat(extract("Southian soldiers opened fire on a crowd including civilians in Tarn on 4 May, wounding six.",
                "2023-05-05")).anyMatch(e -> e.subEventType() == SubEventType.ATTACK);
        assertThat(extract("Southian border guards shot at a bus near Lorva on 3 May, killing four passengers, including a"
                + " civilian driver.", "2023-05-05")).anyMatch(e -> e.subEventType() == SubEventType.ATTACK);
    }

    @Test
    void aClashWhoseTollCountsCiviliansInItsOwnClauseIsOneFight() {
        List<Event> events = extract("Troops of both sides clashed near Kesta on 3 May; 27 were killed, two of them civilians.",
                "2023-05-05");
        assertThat(events).hasSize(1);
        assertThat(events.get(0).eventType()).isEqualTo(EventType.BATTLES);
    }

    @Test
    void aRedirectNoteOnALineThatTellsViolenceIsKept() {
        assertThat(extract("\"Kesta\" redirects here, but on 4 May 2023 Southian artillery shelled Kesta, killing two.",
                "2023-05-20")).anyMatch(e -> e.eventType() == EventType.EXPLOSIONS_REMOTE_VIOLENCE);
    }

    @Test
    void aFigurativeAttackTriedIsNoFight() {
        assertThat(extract("Southian commanders had tried to attack diplomatic negotiations with propaganda for years, the"
                + " minister said on 8 May.", "2023-05-10")).noneMatch(e -> e.eventType() == EventType.BATTLES);
    }

    @Test
    void chargesBroughtTogetherAndFoodFerriedOutAreNoEvents() {
        assertThat(extract("On 8 May prosecutors in Northport brought charges together with the police against three"
                + " smugglers.", "2023-05-10")).isEmpty();
        assertThat(extract("On 8 May trucks ferried food out of Northport to the border villages.", "2023-05-10")).isEmpty();
    }

    @Test
    void aBirthdayGivesNoYearToTheDayOfDeath() {
        assertThat(extract("Sergeant Ivo Marr, who was born on 3 March 2000, was killed near Kesta on 8 May.", "2023-05-10"))
                .extracting(e -> e.date().start()).containsExactly(LocalDate.of(2023, 5, 8));
    }

    @Test
    void policeWhoDetainedProtestersOnADayOfTwoCrowdsJoinNeither() {
        List<Event> protests = InventedConflict.extractRaw("Live: border protests\n\n"
                + "10:05 Hundreds of protesters rallied in Northport against the closure of the road.\n\n"
                + "18:30 In Riverton, another crowd of protesters rallied to demand peace.\n\n"
                + "20:10 Police detained several protesters.", "2023-05-08")
                .stream().filter(e -> e.eventType() == EventType.PROTESTS).toList();
        assertThat(protests).anyMatch(e -> e.subEventType() == SubEventType.PEACEFUL_PROTEST
                && e.primaryLocation() != null && "Riverton".equals(e.primaryLocation().name()));
        assertThat(protests).anyMatch(e -> e.subEventType() == SubEventType.PEACEFUL_PROTEST
                && e.primaryLocation() != null && "Northport".equals(e.primaryLocation().name()));
    }
}
