package org.borderwatch.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DropResidueLinesTest {
    @Test
    void linesWithoutLettersGoButAYearStays() {
        String raw = "Casualties rose.\n12\n3,0 3,1\n2022\n1.\nMore text.";
        assertThat(StepRunner.run(new DropResidueLines(), raw)).isEqualTo("Casualties rose.\n2022\nMore text.");
    }

    @Test
    void aTimeStampHeadingAPostStays() {
        assertThat(StepRunner.run(new DropResidueLines(), "24.09.2023 20:47\nFamilies left.\n- 12 -\nMore."))
                .isEqualTo("24.09.2023 20:47\nFamilies left.\nMore.");
    }

    @Test
    void aTimeStampWithABarBetweenDayAndClockStays() {
        assertThat(StepRunner.run(new DropResidueLines(), "Road closed near Kesta\n17.03.2022 | 14:20\nResidents left.\n| 12 |"))
                .isEqualTo("Road closed near Kesta\n17.03.2022 | 14:20\nResidents left.");
    }

    @Test
    void aLivePagesBareClockTimeStaysButAScoreLineGoes() {
        assertThat(StepRunner.run(new DropResidueLines(), "Friday, 16 September\n09:15\nShells fell.\n3:1\n2 - 0\nMore."))
                .isEqualTo("Friday, 16 September\n09:15\nShells fell.\nMore.");
    }
}
