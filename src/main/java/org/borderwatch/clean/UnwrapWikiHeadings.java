package org.borderwatch.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps the title of a heading in wiki markup and drops its equals signs: "=== May ===[edit]" becomes "May[edit]", so
 * the heading reads as the section title it is and a dated one dates what stands under it. A line that is only bold
 * markup (three quotes on each side, as a timeline sets a year over its month sections) loses its quotes the same way.
 */
public final class UnwrapWikiHeadings implements CleaningStep {
    private static final Pattern HEADING = Pattern.compile(
            "(?m)^[ \\t]*(={2,6}|''')[ \\t]*([^=\\n']*?[^\\s'=])[ \\t]*\\1[ \\t]*(?=\\[edit\\][ \\t]*$|$)");

    @Override
    public String name() {
        return "unwrap-wiki-headings";
    }

    @Override
    public void apply(TrackedText text) {
        TextEdits edits = text.edit();
        Matcher m = HEADING.matcher(text.text());
        while (m.find()) {
            edits.delete(m.start(), m.start(2));
            edits.delete(m.end(2), m.end());
        }
        edits.apply();
    }
}
