package org.borderwatch.analysis.appeals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderwatch.analysis.registers.InventedConflict.NORTH_GOV;
import static org.borderwatch.analysis.registers.InventedConflict.PACT;
import static org.borderwatch.analysis.registers.InventedConflict.SOUTH_GOV;
import static org.borderwatch.analysis.registers.InventedConflict.day;
import static org.borderwatch.analysis.registers.InventedConflict.event;
import static org.borderwatch.analysis.registers.InventedConflict.input;
import static org.borderwatch.analysis.registers.InventedConflict.month;
import static org.borderwatch.analysis.registers.InventedConflict.report;

import java.util.List;
import org.borderwatch.analysis.input.ReportedEvent;
import org.borderwatch.analysis.registers.InventedConflict;
import org.borderwatch.domain.DateSpan;
import org.borderwatch.domain.DayRange;
import org.borderwatch.domain.SubEventType;
import org.junit.jupiter.api.Test;

/** The appeals register on invented events: who asked whom, and whether the reports give an answer. */
class AppealsTest {
    private final Appeals appeals = new Appeals(InventedConflict.parties(), InventedConflict.lexicon());

    private static ReportedEvent other(String id, DateSpan date, String actor1, String actor2, String words) {
        return event(report(id, "doc-" + id, date, SubEventType.OTHER).actors(actor1, actor2).says(words));
    }

    private AppealRegister derive(ReportedEvent... events) {
        return appeals.derive(input(List.of(events)));
    }

    @Test
    void anAppealFindsTheMissionSentAndItsDelay() {
        AppealRegister r = derive(
                // the extractor named the wrong actors: the words say who asked whom
                other("a", day("2023-03-02"), SOUTH_GOV, NORTH_GOV,
                        "Northia formally appealed to the Eastern Pact for assistance under Article 4 of its charter."),
                other("b", day("2023-03-20"), PACT, null, "The Pact said it was following the situation closely."),
                other("c", month("2023-04"), PACT, NORTH_GOV, "The Pact sent an observer mission to the border."));
        assertThat(r.appeals()).singleElement().satisfies(rec -> {
            assertThat(rec.appeal().requester()).isEqualTo("Northia");
            assertThat(rec.appeal().addressees()).containsExactly(PACT);
            assertThat(rec.appeal().basis()).isEqualTo("Article 4 of its charter");
            // a mission beats a statement, though it came later
            assertThat(rec.answer().kind()).isEqualTo(AnswerKind.MISSION_SENT);
            assertThat(rec.answer().eventId()).isEqualTo("c");
            // from 2 March to some day of April
            assertThat(rec.answer().delay()).isEqualTo(new DayRange(30, 59L));
        });
    }

    @Test
    void noAnswerIsReportedWhenNoneComesOrItComesTooLate() {
        AppealRegister r = derive(
                other("a", day("2023-03-02"), NORTH_GOV, PACT, "Northia appealed to the Eastern Pact."),
                other("b", day("2024-01-20"), PACT, null, "The Pact sent peacekeepers to the border."));
        assertThat(r.appeals()).singleElement().satisfies(rec -> {
            assertThat(rec.answer().kind()).isEqualTo(AnswerKind.NONE_REPORTED);
            assertThat(rec.answer().delay()).isNull();
        });
    }

    @Test
    void anAppealTheWordsSayCameToNothingIsAnsweredByItsOwnWords() {
        AppealRegister r = derive(other("a", day("2023-03-02"), NORTH_GOV, PACT,
                "Northia unsuccessfully requested that the Eastern Pact intervene."));
        assertThat(r.appeals()).singleElement().satisfies(rec -> {
            assertThat(rec.appeal().addressees()).containsExactly(PACT);
            assertThat(rec.answer().kind()).isEqualTo(AnswerKind.NOTHING);
        });
    }

    @Test
    void twoMentionsOfOneAppealAreOneAndAskingAgainIsNoAnswer() {
        AppealRegister r = derive(
                other("a", day("2023-03-02"), NORTH_GOV, PACT, "President Oranen appealed to the Eastern Pact."),
                other("b", month("2023-03"), NORTH_GOV, PACT, "In March Northia turned to the Pact for help."));
        assertThat(r.appeals()).singleElement().satisfies(rec -> {
            assertThat(rec.appeal().date()).isEqualTo(day("2023-03-02"));
            assertThat(rec.appeal().eventIds()).containsExactlyInAnyOrder("a", "b");
            assertThat(rec.answer().kind()).isEqualTo(AnswerKind.NONE_REPORTED);
        });
    }

    @Test
    void anAnswerCitingARequestNoReportDatesStandsForIt() {
        AppealRegister r = derive(other("a", day("2023-05-10"), PACT, NORTH_GOV,
                "The Pact deployed a monitoring team, following a request made by the government of Northia."));
        assertThat(r.appeals()).singleElement().satisfies(rec -> {
            assertThat(rec.appeal().date()).isNull();
            assertThat(rec.appeal().requester()).isEqualTo("Northia");
            assertThat(rec.appeal().addressees()).containsExactly(PACT);
            assertThat(rec.answer().kind()).isEqualTo(AnswerKind.MISSION_SENT);
            assertThat(rec.answer().delay()).isNull();
        });
    }

    @Test
    void wordsThatDescribeTheAddresseeDoNotNameAnother() {
        AppealRegister r = derive(other("a", day("2023-03-02"), NORTH_GOV, null,
                "Northia appealed to the Westmarkian-led Eastern Pact to hold consultations regarding Southia."));
        assertThat(r.appeals()).singleElement().satisfies(rec -> assertThat(rec.appeal().addressees()).containsExactly(PACT));
    }
}
