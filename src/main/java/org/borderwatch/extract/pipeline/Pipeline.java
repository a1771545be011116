package org.borderwatch.extract.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.borderwatch.domain.Document;

/**
 * Stages run in order over one document. Built only when every stage finds the layers it requires
 * added by an earlier stage, so a misordered pipeline fails at construction, not half-way through a run.
 */
public final class Pipeline {
    private final List<Stage> stages;

    public Pipeline(List<Stage> stages) {
        Set<Layer<?>> available = new HashSet<>();
        for (Stage stage : stages) {
            Set<Layer<?>> missing = new HashSet<>();
            missing.addAll(stage.requires());
            missing.removeAll(available);
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException("stage " + stage.name() + " requires " + missing
                        + " but the stages before it only add " + available);
            }
            available.addAll(stage.adds());
        }
        this.stages = List.copyOf(stages);
    }

    public Annotation run(Document document) {
        Annotation annotation = new Annotation(document);
        for (Stage stage : stages) {
            stage.process(annotation.viewFor(stage));
        }
        return annotation;
    }

    public List<String> stageNames() {
        List<String> names = new ArrayList<>();
        stages.forEach(s -> names.add(s.name()));
        return names;
    }
}
