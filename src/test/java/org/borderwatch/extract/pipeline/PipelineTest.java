package org.borderwatch.extract.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.borderwatch.extract.TestDocuments;
import org.borderwatch.extract.config.ConflictConfig;
import org.borderwatch.extract.frame.FrameStage;
import org.borderwatch.extract.layout.LayoutStage;
import org.borderwatch.extract.mention.CasualtyReader;
import org.borderwatch.extract.mention.TerritoryCues;
import org.junit.jupiter.api.Test;

class PipelineTest {
    @Test
    void aStageBeforeTheLayersItNeedsIsRejectedAtConstruction() {
        ConflictConfig config = ConflictConfig.defaultConflict();
        assertThatThrownBy(() -> new Pipeline(List.of(new LayoutStage(), new FrameStage(config, new TerritoryCues(config),
                new CasualtyReader(java.util.Map.of())))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("frames")
                .hasMessageContaining("MENTIONS");
    }

    @Test
    void theLayoutStageSplitsParagraphsSentencesAndHeadings() {
        Annotation a = new Pipeline(List.of(new LayoutStage()))
                .run(TestDocuments.of("June 2019\n\nTroops moved in. Dr. Smith said so.\n\nThen talks began.", "2020-01-01"));
        assertThat(a.get(LayoutStage.PARAGRAPHS)).hasSize(3);
        assertThat(a.get(LayoutStage.PARAGRAPHS).get(0).heading()).isTrue();
        assertThat(a.get(LayoutStage.PARAGRAPHS).get(1).heading()).isFalse();
        assertThat(a.get(LayoutStage.SENTENCES)).extracting(s -> s.tokens().get(0).text())
                .containsExactly("June", "Troops", "Dr", "Then");
    }

    @Test
    void aLowerCaseAbbreviationBeforeACapitalDoesNotEndTheSentence() {
        Annotation a = new Pipeline(List.of(new LayoutStage()))
                .run(TestDocuments.of("A truce held from 9 a.m. Westholm time, but shelling went on. Talks began.", "2020-01-01"));
        assertThat(a.get(LayoutStage.SENTENCES)).extracting(s -> s.tokens().get(0).text()).containsExactly("A", "Talks");
    }

    @Test
    void readingALayerNoStageAddedFails() {
        Annotation a = new Annotation(TestDocuments.of("text", null));
        assertThatThrownBy(() -> a.get(FrameStage.FRAMES)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("FRAMES");
    }

    @Test
    void aLayerIsAddedOnce() {
        Annotation a = new Pipeline(List.of(new LayoutStage())).run(TestDocuments.of("Troops moved in.", null));
        assertThatThrownBy(() -> a.put(LayoutStage.SENTENCES, List.of())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already");
    }
}
