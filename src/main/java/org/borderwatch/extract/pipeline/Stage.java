package org.borderwatch.extract.pipeline;

import java.util.Set;

/** One step of extraction: reads the layers it requires from an annotation and adds its own. */
public interface Stage {
    String name();

    Set<Layer<?>> requires();

    Set<Layer<?>> adds();

    void process(Annotation annotation);
}
