package org.borderwatch.extract.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.borderwatch.domain.Document;
import org.borderwatch.domain.Measure;
import org.borderwatch.domain.Span;
import org.borderwatch.extract.TestDocuments;
import org.junit.jupiter.api.Test;

class MeasureReaderTest {
    private List<Measure> read(String text) {
        Document d = TestDocuments.of(text, "2020-01-01");
        return new MeasureReader().read(d, new Span(0, text.length()));
    }

    @Test
    void areaWithAConversionInBrackets() {
        List<Measure> m = read("The army seized 28 square kilometers (11 sq. mi.) of farmland.");
        assertThat(m).hasSize(1);
        assertThat(m.get(0).unit()).isEqualTo(Measure.Unit.KM2);
        assertThat(m.get(0).value()).isEqualTo(28.0);
        assertThat(m.get(0).kind()).isEqualTo(Measure.Kind.AREA_SEIZED);
        assertThat(m.get(0).evidence().text()).isEqualTo("28 square kilometers");
    }

    @Test
    void shortAreaUnit() {
        assertThat(read("About 6 square km were lost.").get(0).unit()).isEqualTo(Measure.Unit.KM2);
    }

    @Test
    void depthOfAnAdvance() {
        List<Measure> m = read("Units advanced up to 2.5 kilometers beyond the line.");
        assertThat(m).singleElement().satisfies(x -> {
            assertThat(x.value()).isEqualTo(2.5);
            assertThat(x.unit()).isEqualTo(Measure.Unit.KM);
            assertThat(x.kind()).isEqualTo(Measure.Kind.DEPTH_OF_ADVANCE);
        });
    }
}
