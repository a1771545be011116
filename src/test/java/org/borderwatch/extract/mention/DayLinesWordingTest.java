package org.borderwatch.extract.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.borderwatch.domain.Event;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/** Press reviews and live blogs that date their items by day lines (in capitals, or weekday and date), on an invented conflict. */
class DayLinesWordingTest {

    @Test
    void eachItemTakesTheDayOfTheCapitalisedDayLineAboveIt() {
        String review = "The Week in the Region: 1-7 May 2023\n\n"
                + "This week: items are summarised from regional media.\n\n"
                + "WED 3 MAY\n"
                + "• Northian border guards say Southian troops opened fire near the village of Kesta.\n\n"
                + "FRI 5 SEPT.\n"
                + "• Southian troops shelled Lorva, the Northian ministry said.\n";
        assertThat(InventedConflict.extract(review, "2023-09-08")).extracting(Event::date).extracting(d -> d.start())
                .containsExactly(LocalDate.of(2023, 5, 3), LocalDate.of(2023, 9, 5));
    }

    @Test
    void aWeekdayBeforeTheDateOfALiveBlogsDayLineIsThatDateNotTheWeekBefore() {
        String blog = "Live updates\n\nTuesday, 13 September\n\n00:40 | Southian troops shelled Kesta, the Northian ministry says."
                + "\n\nWednesday, 14 September\n\n09:05 | Northian units fired at Southian positions near Pellin.\n";
        assertThat(InventedConflict.extract(blog, "2022-09-14")).extracting(Event::date).extracting(d -> d.start())
                .containsExactly(LocalDate.of(2022, 9, 13), LocalDate.of(2022, 9, 14));
    }

    @Test
    void aDashedPostLateInTheDayStaysUnderItsDayLineNotThePagesLastDay() {
        String blog = "Live: the border\n\nWednesday, 14 September\n\n18:05 — Southian troops shelled Kesta, the Northian"
                + " ministry says.\n\n21:40 — Southian units fired at farmers near Amberly, local officials say.\n\n"
                + "Friday, 16 September\n\n07:20 — Southian artillery shelled Lorva.\n";
        assertThat(InventedConflict.extract(blog, "2022-09-16")).extracting(Event::date).extracting(d -> d.start())
                .containsExactly(LocalDate.of(2022, 9, 14), LocalDate.of(2022, 9, 14), LocalDate.of(2022, 9, 16));
    }

    @Test
    void aBulletinsAsOfHeaderDatesTheUndatedLinesUnderIt() {
        String bulletins = "Ministry bulletins, 2-9 May\n\nNewsroom | Updated 09.05.2023, 12:04 | Politics\n\n"
                + "The bulletins are printed in the order of their release.\n\n"
                + "As of 08:00, 2 May 2023\nThe situation on the frontier remains calm.\n\n"
                + "As of 01:10, 3 May 2023\nOn 3 May, from 00:05, Southian units opened fire near Lorva.\n\n"
                + "As of 08:00, 3 May 2023\nIntense fighting continues near Kesta, where Southian units tried to advance.\n";
        assertThat(InventedConflict.extractRaw(bulletins, "2023-05-20")).extracting(Event::date).extracting(d -> d.start())
                .containsExactly(LocalDate.of(2023, 5, 3), LocalDate.of(2023, 5, 3));
    }

    @Test
    void aDiarysEntriesTakeTheDayAboveThemWithTheWeekdayAfterItAndTheirMorningIsThatDays() {
        String diary = "Pages from a notebook\n\nA teacher in Kesta kept these notes.\n\n"
                + "28 April 2021, Wednesday\nOnly half of the class came to school.\n\n"
                + "29 April 2021, Thursday\nFrom early morning we heard the soldiers shooting at each other near Kesta.\n\n"
                + "1 May 2021 (Saturday)\nThis morning Southian soldiers shelled Lorva.\n";
        assertThat(InventedConflict.extractRaw(diary, "2022-05-10")).extracting(Event::date).extracting(d -> d.start())
                .containsExactly(LocalDate.of(2021, 4, 29), LocalDate.of(2021, 5, 1));
    }

    @Test
    void aMapPinsLabelledStampIsTheTodayOfTheTextUnderIt() {
        String export = "Border incident map: pin export\n\nCommunity map | export generated 20 Jun 2022 08:14\n\n"
                + "PIN #0413 | 27 Jan 2022 16:40 | Kesta | VERIFIED\nSouthian side reports two people killed in Kesta in"
                + " today's shooting.\n\n"
                + "PIN #0418 | 28 Jan 2022 07:30 | Lorva | VERIFIED\nBuses taking women and children out of Lorva this morning.\n";
        assertThat(InventedConflict.extractRaw(export, "2022-06-20")).extracting(Event::date).extracting(d -> d.start())
                .containsExactly(LocalDate.of(2022, 1, 27), LocalDate.of(2022, 1, 28));
    }
}
