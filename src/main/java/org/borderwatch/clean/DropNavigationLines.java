package org.borderwatch.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.borderwatch.domain.Span;

/**
 * Drops lines a web page wraps around its article: breadcrumbs ("Home / News / Title"), menus
 * (several very short lines in a row, unless a line ending in a colon announces them as its list, or one line
 * of items between separators), and short lines
 * that match the boilerplate patterns ("Related article: …", "Share this", "Skip to content"), with the headlines a
 * label of them ending in a colon lists below it ("Other news in this section:"). The
 * patterns live in {@code boilerplate-lines.txt} beside this class, one regular expression a line,
 * matched case-insensitively at the start of a short line. An encyclopedia's notes above its article ("... redirects
 * here. For ..., see ...") run long; theirs ({@code hatnote-lines.txt}) match at the start of a line of any length.
 */
public final class DropNavigationLines implements CleaningStep {
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[/|»>›•·]\\s+");
    private static final int SHORT_LINE_WORDS = 20;
    private static final int MENU_ITEM_WORDS = 3;
    private static final int MENU_RUN = 3;

    private static final List<Pattern> HATNOTES = patterns("hatnote-lines.txt");

    private final List<Pattern> boilerplate;

    public DropNavigationLines() {
        this(loadDefaultPatterns());
    }

    public DropNavigationLines(List<Pattern> boilerplate) {
        this.boilerplate = List.copyOf(boilerplate);
    }

    @Override
    public String name() {
        return "drop-navigation-lines";
    }

    @Override
    public void apply(TrackedText text) {
        TextEdits edits = text.edit();
        List<Span> lines = text.lines();
        List<Span> menuRun = new ArrayList<>();
        String before = "";
        boolean runListsALead = false;
        boolean underMoreNews = false;
        for (Span line : lines) {
            String content = text.substring(line);
            // "Other news in this section:" over other stories' headlines, one a line: they go with their label
            underMoreNews &= !content.isBlank() && !LineShape.endsWithPunctuation(content)
                    && LineShape.wordCount(content) <= SHORT_LINE_WORDS;
            if (underMoreNews) {
                edits.deleteLine(line);
                continue;
            }
            if (isMenuItem(content)) {
                // "evacuated from these villages:" over "• A", "• B", "• C": a list its lead announces, not a menu
                runListsALead |= menuRun.isEmpty() && before.strip().endsWith(":");
                menuRun.add(line);
            } else {
                dropIfMenu(menuRun, runListsALead, edits);
                menuRun.clear();
                runListsALead = false;
            }
            if (!content.isBlank()) {
                before = content;
            }
            if (isBreadcrumb(content) || isBoilerplate(content)) {
                edits.deleteLine(line);
                underMoreNews = content.strip().endsWith(":");
            }
        }
        dropIfMenu(menuRun, runListsALead, edits);
        edits.apply();
    }

    private static void dropIfMenu(List<Span> run, boolean listsALead, TextEdits edits) {
        if (run.size() >= MENU_RUN && !listsALead) {
            run.forEach(edits::deleteLine);
        }
    }

    /** A short line without a stop; a day ("11 January 2021", a chronology's first date) is no menu's item. */
    private static boolean isMenuItem(String line) {
        return !line.isBlank() && LineShape.wordCount(line) <= MENU_ITEM_WORDS
                && !LineShape.endsWithPunctuation(line) && LineShape.hasLetter(line) && !LineShape.namesADay(line);
    }

    /**
     * Three or more items between separators, every one short but the last (a page title may end a trail), no
     * sentence at the end and no day. A table row has a long cell before its last ("date | place | what happened |
     * source"), or names a day.
     */
    static boolean isBreadcrumb(String line) {
        String[] parts = SEPARATOR.split(line);
        if (parts.length < 3 || LineShape.endsSentence(line) || LineShape.namesADay(line)) {
            return false; // (a row of short cells with a day in one is a table's entry: "A | B | fire (3 May) | 4")
        }
        for (int i = 0; i < parts.length - 1; i++) {
            if (LineShape.wordCount(parts[i]) > MENU_ITEM_WORDS) {
                return false;
            }
        }
        return true;
    }

    private boolean isBoilerplate(String line) {
        if (line.isBlank()) {
            return false;
        }
        return HATNOTES.stream().anyMatch(p -> p.matcher(line).lookingAt())
                || LineShape.wordCount(line) <= SHORT_LINE_WORDS && boilerplate.stream().anyMatch(p -> p.matcher(line).lookingAt());
    }

    static List<Pattern> loadDefaultPatterns() {
        return patterns("boilerplate-lines.txt");
    }

    private static List<Pattern> patterns(String resource) {
        return ResourceLines.of(DropNavigationLines.class, resource).stream()
                .map(l -> Pattern.compile(l, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)).toList();
    }
}
