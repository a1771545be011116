package org.borderwatch.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps the words of a Markdown link and drops its syntax: "[text](#)" or "[text](https://…)"
 * becomes "text". Markdown escapes inside the link text ("\(") lose their backslash.
 */
public final class UnwrapMarkdownLinks implements CleaningStep {
    private static final Pattern LINK = Pattern.compile("\\[((?:\\\\.|[^\\]\\\\\\n])+)\\]\\([^)\\s]*\\)");
    private static final Pattern ESCAPE = Pattern.compile("\\\\(?=[\\\\()\\[\\]*_#`])");

    @Override
    public String name() {
        return "unwrap-markdown-links";
    }

    @Override
    public void apply(TrackedText text) {
        TextEdits edits = text.edit();
        Matcher m = LINK.matcher(text.text());
        while (m.find()) {
            edits.delete(m.start(), m.start(1));
            Matcher escape = ESCAPE.matcher(text.text()).region(m.start(1), m.end(1));
            while (escape.find()) {
                edits.delete(escape.start(), escape.start() + 1);
            }
            edits.delete(m.end(1), m.end());
        }
        edits.apply();
    }
}
