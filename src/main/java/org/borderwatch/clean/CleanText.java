package org.borderwatch.clean;

import java.util.Objects;
import org.borderwatch.domain.OffsetMap;

/** Cleaned text with the map from each of its characters back to the raw text it came from. */
public record CleanText(String text, OffsetMap offsets) {
    public CleanText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(offsets, "offsets");
        if (offsets.cleanLength() != text.length()) {
            throw new IllegalArgumentException("offset map covers " + offsets.cleanLength()
                    + " characters, the text has " + text.length());
        }
    }
}
