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
    void theCaptionUnderAFileLineStaysUnlessAskedToGo() {
        String raw = "Intro.\n\nFile:Ridge view.jpg\nThe ridge seen from the valley in 2021\n\nBody text.";
        assertThat(StepRunner.run(step, raw)).isEqualTo("Intro.\n\nThe ridge seen from the valley in 2021\n\nBody text.");
        DropWikiTemplates withCaptions = new DropWikiTemplates(
                DropWikiTemplates.DEFAULT_TEMPLATE_NAMESPACES, DropWikiTemplates.DEFAULT_FILE_NAMESPACES, true);
        assertThat(StepRunner.run(withCaptions, raw)).isEqualTo("Intro.\n\n\nBody text.");
    }

    @Test
    void templateNamesBeforeAParagraphGoButTheParagraphStays() {
        String raw = "Шаблон:Main article On 6 May the two leaders met in a neutral capital. They agreed to talk again.";
        assertThat(StepRunner.run(step, raw))
                .isEqualTo("On 6 May the two leaders met in a neutral capital. They agreed to talk again.");
    }

    @Test
    void navigationBoxLinesGoWhole() {
        String raw = "Template:Valley relations Template:Mountain Wars Template:Post-war conflicts in Asia\nText.";
        assertThat(StepRunner.run(step, raw)).isEqualTo("Text.");
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
