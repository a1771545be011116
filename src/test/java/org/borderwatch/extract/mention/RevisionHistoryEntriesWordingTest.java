package org.borderwatch.extract.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/**
 * A page's revision history, on an invented conflict: each entry opens with the clock time and the day it was written,
 * which is the "today" of its summary, while a day the summary states dates what it reports.
 */
class RevisionHistoryEntriesWordingTest {

    private static final String HEAD = "Kesta road blockade: Revision history\n\n";

    @Test
    void anEntrysTodayIsTheDayItsStampGives() {
        String page = HEAD + "(cur | prev) 13:58, 12 December 2022 Editor1 (talk | contribs) +4,102 (Created page: since"
                + " this morning Southian activists have blocked the Kesta road; peacekeepers standing by) (undo)\n";
        assertThat(InventedConflict.startDays(InventedConflict.extractRaw(page, "2023-10-02")))
                .containsExactly(LocalDate.of(2022, 12, 12));
    }

    @Test
    void aDayTheSummaryStatesDatesItsActNotTheStamp() {
        String page = HEAD + "curprev 10:05, 23 September 2022 Editor2 talk contribs +388 Ceasefire: added that the"
                + " defence ministers of Northia and Southia signed a protocol on 19 September on pulling troops back undo\n"
                + "curprev 19:40, 16 September 2022 Editor1 talk contribs +702 Southian troops shelled Tarn this afternoon undo\n";
        List<Event> events = InventedConflict.extractRaw(page, "2022-09-25");
        assertThat(events).filteredOn(e -> e.subEventType() == SubEventType.AGREEMENT)
                .extracting(e -> e.date().start()).containsExactly(LocalDate.of(2022, 9, 19));
        assertThat(events).filteredOn(e -> e.subEventType() == SubEventType.SHELLING_ARTILLERY_MISSILE)
                .extracting(e -> e.date().start()).containsExactly(LocalDate.of(2022, 9, 16));
    }
}
