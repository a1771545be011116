package org.borderwatch.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes web addresses that stand in running text, where they are residue of links rather than
 * something a reader says. (Lines that hold nothing but an address are {@link DropUrlLines}' job.)
 */
public final class DropStrayUrls implements CleaningStep {
    static final Pattern URL = Pattern.compile("(?:https?://|www\\.)[^\\s<>\"”)\\]]+", Pattern.CASE_INSENSITIVE);

    @Override
    public String name() {
        return "drop-stray-urls";
    }

    @Override
    public void apply(TrackedText text) {
        TextEdits edits = text.edit();
        String s = text.text();
        Matcher m = URL.matcher(s);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            while (end > start && ".,;:".indexOf(s.charAt(end - 1)) >= 0) {
                end--; // the sentence's own punctuation is not part of the address
            }
            if (start > 0 && s.charAt(start - 1) == ' ') {
                start--;
            }
            edits.delete(start, end);
        }
        edits.apply();
    }
}
