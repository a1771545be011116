package org.borderwatch.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DropForeignScriptLinesTest {
    private final DropForeignScriptLines step = new DropForeignScriptLines();

    @Test
    void cyrillicWrapperLinesGoFromAnEnglishText() {
        String raw = "Справочник онлайн: статья\nThe ministry reported two wounded soldiers on Friday.\n"
                + "Ошибка в ссылке, источник не найден\nThe next day the shelling stopped.";
        assertThat(StepRunner.run(step, raw))
                .isEqualTo("The ministry reported two wounded soldiers on Friday.\nThe next day the shelling stopped.");
    }

    @Test
    void aSingleForeignNameInAnEnglishLineStays() {
        String raw = "The village of Сотк lies on the border and was shelled overnight by artillery.";
        assertThat(StepRunner.run(step, raw)).isEqualTo(raw);
    }

    @Test
    void aLongParagraphInAnotherScriptIsContentAndStays() {
        String raw = "The statement of the defence ministry was published in English on Monday morning, a day after "
                + "the shelling of two border villages had been reported by local officials and by residents.\n"
                + "Заявление министерства было опубликовано утром в понедельник и повторено вечером того же дня "
                + "на сайте ведомства, где его прочитали тысячи людей в обеих странах и за их пределами.\n"
                + "It was repeated in the evening, and the embassy confirmed it later in the week.";
        assertThat(StepRunner.run(step, raw)).isEqualTo(raw);
    }

    @Test
    void aRussianTextKeepsItsRussianLines() {
        String raw = "Войска отошли от границы.\nПереговоры продолжились на следующий день.";
        assertThat(StepRunner.run(step, raw)).isEqualTo(raw);
    }
}
