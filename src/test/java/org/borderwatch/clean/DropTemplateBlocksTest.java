package org.borderwatch.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DropTemplateBlocksTest {
    @Test
    void anInfoboxOverManyLinesGoesWithItsNestedTemplates() {
        String raw = "Kesta clashes\n{{Infobox military conflict\n| date = 3 May 2023\n| combatant1 = {{flag|Northia}}\n"
                + "| result = Ceasefire\n}}\nThe clashes began on 3 May.";
        assertThat(StepRunner.run(new DropTemplateBlocks(), raw)).isEqualTo("Kesta clashes\nThe clashes began on 3 May.");
    }

    @Test
    void aTemplateOrReferenceInsideASentenceGoesButTheSentenceStays() {
        String raw = "Guards clashed near Kesta on 3 May.<ref>{{cite web|title=Clash at Kesta}}</ref> {{Main|Kesta}} More.";
        assertThat(StepRunner.run(new DropTemplateBlocks(), raw)).isEqualTo("Guards clashed near Kesta on 3 May.  More.");
    }

    @Test
    void anUnclosedBraceIsLeftAlone() {
        String raw = "A note {{ with no end.\nTroops withdrew.";
        assertThat(StepRunner.run(new DropTemplateBlocks(), raw)).isEqualTo(raw);
    }

    @Test
    void parameterLinesWhoseOpeningWasLostGoButATableRowStays() {
        String raw = "Kesta clashes\n| conflict = Kesta clashes\n| result = Ceasefire agreed on 4 May\n}}\n"
                + "| 2023-05-03 || Kesta || Shelling ||\nThe clashes began on 3 May.";
        assertThat(StepRunner.run(new DropTemplateBlocks(), raw))
                .isEqualTo("Kesta clashes\n| 2023-05-03 || Kesta || Shelling ||\nThe clashes began on 3 May.");
    }

    @Test
    void aTableRowWithCellAttributesStaysAndAReferenceOverSeveralLinesGoes() {
        String raw = "| style=\"text-align:left\" | 3 May 2023 || Kesta || shelling\nGuards clashed.<ref name=a>{{cite web\n"
                + "|url=x}}</ref> More.";
        assertThat(StepRunner.run(new DropTemplateBlocks(), raw))
                .isEqualTo("| style=\"text-align:left\" | 3 May 2023 || Kesta || shelling\nGuards clashed. More.");
    }
}
