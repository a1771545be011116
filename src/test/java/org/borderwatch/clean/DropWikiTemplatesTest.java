package org.borderwatch.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DropWikiTemplatesTest {
    private final DropWikiTemplates step = new DropWikiTemplates();

    @Test
    void linesStartingWithATemplateOrFileGoWhole() {
        String raw = "Шаблон:Infobox war Шаблон:Use dmy dates\nФайл:Front line map.png\n\nThe river was crossed.\nFile:Bridge.jpg\n";
        assertThat(StepRunner.run(step, raw)).isEqualTo("\nThe river was crossed.\n");
    }

    @Test
    void theCaptionUnderAFileLineGoesWithIt() {
        String raw = "Intro.\n\nFile:Ridge.jpg\nThe ridge seen from the valley in 2021\n\nBody text.";
        assertThat(StepRunner.run(step, raw)).isEqualTo("Intro.\n\n\nBody text.");
    }

    @Test
    void inlineTemplateNameGoesButTheSentenceStays() {
        assertThat(StepRunner.run(step, "Troops held at least Template:Convert of land near the pass."))
                .isEqualTo("Troops held at least of land near the pass.");
    }

    @Test
    void multiWordTemplateAtTheEndOfALineGoesWithItsName() {
        assertThat(StepRunner.run(step, "Nobody was hurt.Шаблон:Citation needed\nNext line."))
                .isEqualTo("Nobody was hurt.\nNext line.");
    }

    @Test
    void wordsMerelyContainingANamespaceStay() {
        String raw = "The Filename: report.txt was sent.";
        assertThat(StepRunner.run(step, raw)).isEqualTo(raw);
    }
}
