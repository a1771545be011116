package org.borderwatch.clean;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes wikitext that a mirror copied without rendering: template calls in double braces ("{{Infobox military
 * conflict | date = ... }}" over many lines, "{{flag|X}}", "{{Main|...}}") and reference tags ("&lt;ref&gt;...&lt;/ref&gt;").
 * A template's parameter lines whose opening line was lost ("| result = Ceasefire" ... "}}") go too.
 * An infobox's fields read like short reports ("result = Ceasefire; protocol signed 1 May") but are the page's
 * summary of what its prose tells, and no coder quotes them. Lines a block fills go whole; braces left unclosed stay,
 * as they are not markup a mirror would leave.
 */
public final class DropTemplateBlocks implements CleaningStep {
    /** A block longer than this is taken for unbalanced text rather than a template. */
    private static final int MAX_BLOCK = 8_000;
    /** A template's parameter line ("| result = Ceasefire") or its closing braces, when the opening line was lost. */
    private static final Pattern PARAMETER_LINE = Pattern.compile("(?m)^[ \\t]*(?:\\|(?!.*\\|\\|)(?![ \\t]*(?:style|class|align|width|scope|rowspan|colspan)\\b)[ \\t]*"
            + "[a-z_][a-z0-9_ ]{0,30}=.*|\\}\\})[ \\t]*(?:\\n|$)");
    private static final Pattern REFERENCE = Pattern.compile("<ref\\b[^>]*/>|<ref\\b[^>]*>.{0,3000}?</ref>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    @Override
    public String name() {
        return "drop-template-blocks";
    }

    @Override
    public void apply(TrackedText text) {
        String s = text.text();
        List<int[]> spans = new ArrayList<>();
        int from = 0;
        while (true) {
            int open = s.indexOf("{{", from);
            if (open < 0) {
                break;
            }
            int close = closingBraces(s, open);
            if (close < 0) {
                from = open + 2;
                continue;
            }
            boolean wholeLines = startsLine(s, open) && endsLine(s, close);
            int end = wholeLines ? lineEnd(s, close) : close;
            spans.add(new int[] {open, end});
            from = end;
        }
        List<int[]> blocks = List.copyOf(spans);
        Matcher parameter = PARAMETER_LINE.matcher(s);
        while (parameter.find()) {
            int at = parameter.start();
            if (blocks.stream().noneMatch(b -> b[0] <= at && at < b[1])) { // only a parameter whose block was lost
                spans.add(new int[] {parameter.start(), parameter.end()});
            }
        }
        Matcher ref = REFERENCE.matcher(s);
        while (ref.find()) {
            spans.add(new int[] {ref.start(), ref.end()});
        }
        spans.sort(Comparator.comparingInt(x -> x[0]));
        TextEdits edits = text.edit();
        int runStart = -1;
        int runEnd = -1;
        for (int[] span : spans) { // a reference inside a template, or a template inside a reference, goes once
            if (span[0] > runEnd) {
                if (runStart >= 0) {
                    edits.delete(runStart, runEnd);
                }
                runStart = span[0];
            }
            runEnd = Math.max(runEnd, span[1]);
        }
        if (runStart >= 0) {
            edits.delete(runStart, runEnd);
        }
        edits.apply();
    }

    /** The index just after the "}}" that closes the "{{" at {@code open}, or -1. */
    private static int closingBraces(String s, int open) {
        int depth = 0;
        int limit = Math.min(s.length() - 1, open + MAX_BLOCK);
        for (int i = open; i < limit; i++) {
            if (s.charAt(i) == '{' && s.charAt(i + 1) == '{') {
                depth++;
                i++;
            } else if (s.charAt(i) == '}' && s.charAt(i + 1) == '}') {
                depth--;
                i++;
                if (depth == 0) {
                    return i + 1;
                }
            }
        }
        return -1;
    }

    private static boolean startsLine(String s, int at) {
        for (int i = at - 1; i >= 0 && s.charAt(i) != '\n'; i--) {
            if (!Character.isWhitespace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Past the line break that ends the line {@code at} is on (or the text's end). */
    private static int lineEnd(String s, int at) {
        int nl = s.indexOf('\n', at);
        return nl < 0 ? s.length() : nl + 1;
    }

    private static boolean endsLine(String s, int at) {
        for (int i = at; i < s.length() && s.charAt(i) != '\n'; i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
