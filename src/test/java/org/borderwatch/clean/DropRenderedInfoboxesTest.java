package org.borderwatch.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DropRenderedInfoboxesTest {
    @Test
    void aSummaryBoxUnderItsTitleGoesAndTheProseStays() {
        String raw = "Kesta border conflict\n2023 Kesta clashes\nPart of the Kesta border conflict\nDate\t3 May – 5 May 2023\n"
                + "Location\tHighlands, Northia\nResult\tCeasefire (4 May)\nBelligerents\nNorthia\tSouthia\n"
                + "Casualties and losses\n12 killed\t9 killed\nOn 3 May 2023 Southian troops shelled Kesta.";
        assertThat(StepRunner.run(new DropRenderedInfoboxes(), raw))
                .isEqualTo("Kesta border conflict\nOn 3 May 2023 Southian troops shelled Kesta.");
    }

    @Test
    void theWholeCleanerDropsABoxWhoseTabsItTurnedIntoSpaces() {
        String raw = "2023 Kesta clashes\nPart of the Kesta border conflict\nDate\t3 May 2023\nLocation\tHighlands\n"
                + "Casualties and losses\t12 killed\n\nOn 3 May 2023 Southian troops shelled Kesta.\n";
        assertThat(Cleaner.standard().clean(raw).text()).doesNotContain("Location").contains("shelled Kesta");
    }

    @Test
    void aTableOfContentsGoes() {
        String raw = "Contents [hide]\n1 Background\n2 Clashes\n2.1 Outbreak\n3 Reactions\n\nBackground\nThe pass was shut.";
        assertThat(StepRunner.run(new DropRenderedInfoboxes(), raw)).isEqualTo("\nBackground\nThe pass was shut.");
    }

    @Test
    void aTableHeadedByOneLabelAndAProseLineAfterALabelStay() {
        String raw = "Date\nEvent\n3 May 2023\nGuards exchange fire near Kesta.";
        assertThat(StepRunner.run(new DropRenderedInfoboxes(), raw)).isEqualTo(raw);
        String prose = "Date\nOn 3 May 2023 the two sides met in Westholm and agreed to pull their troops back from Kesta.\n"
                + "Location\tWestholm";
        assertThat(StepRunner.run(new DropRenderedInfoboxes(), prose)).isEqualTo(prose);
    }

    @Test
    void proseThatOpensWithALabelWordStays() {
        String paragraph = "Casualties on both sides have risen to 94, the health ministries of Northia and Southia said on"
                + " Monday, as the truce held.\nDisplaced families\nLocation of the new camps is unclear\nMore news";
        assertThat(StepRunner.run(new DropRenderedInfoboxes(), paragraph)).isEqualTo(paragraph);
        String wrapped = "Four civilians were\ninjured in the village of Kesta, while the\ndate of new talks remains unclear,\n"
                + "location unknown, officials said.";
        assertThat(StepRunner.run(new DropRenderedInfoboxes(), wrapped)).isEqualTo(wrapped);
    }
}
