package org.borderwatch.domain;

/** Non-fatal human costs a report states; null where the text is silent. */
public record Casualties(Integer wounded, Integer captured, Integer displaced) {
    public static final Casualties NONE_STATED = new Casualties(null, null, null);
}
