package org.borderwatch.clean;

import java.util.ArrayList;
import java.util.List;
import org.borderwatch.domain.Span;

/**
 * Puts the text into its final shape: one paragraph a line, paragraphs separated by one blank
 * line. Lines a PDF or a fixed-width page wrapped are joined with a space. A blank line ends a
 * paragraph, except where a page break cut a sentence (the text before does not end a sentence and
 * the text after starts in lower case). A short capitalised line without closing punctuation,
 * standing where a sentence has just ended, is a heading ("Background", "May 2021") and becomes a
 * paragraph of its own; a heading wrapped over two lines (a word or
 * two on the second) is joined, and so is an item's title over its story (a line much shorter than the story's
 * first). List items start paragraphs; each row of a table is a paragraph, and so is a
 * picture's labelled caption ("Photo: ...").
 */
public final class LayOutParagraphs implements CleaningStep {
    private static final int WRAPPED_HEADING_WORDS = 3;

    @Override
    public String name() {
        return "lay-out-paragraphs";
    }

    private static final class Paragraph {
        final List<Span> lines = new ArrayList<>();
        boolean heading;

        Span last() {
            return lines.get(lines.size() - 1);
        }
    }

    @Override
    public void apply(TrackedText text) {
        List<Span> lines = text.lines().stream().filter(l -> !text.substring(l).isBlank()).toList();
        List<Paragraph> paragraphs = group(text, lines);
        TextEdits edits = text.edit();
        if (paragraphs.isEmpty()) {
            edits.delete(0, text.length());
            edits.apply();
            return;
        }
        edits.delete(0, paragraphs.get(0).lines.get(0).start());
        Span previous = null;
        for (Paragraph paragraph : paragraphs) {
            for (int i = 0; i < paragraph.lines.size(); i++) {
                Span line = paragraph.lines.get(i);
                if (previous != null) {
                    edits.replace(previous.end(), i == 0 ? line.start() : afterContinuingBar(text, line), i == 0 ? "\n\n" : " ");
                }
                previous = line;
            }
        }
        edits.delete(previous.end(), text.length());
        edits.apply();
    }

    private static List<Paragraph> group(TrackedText text, List<Span> lines) {
        List<Paragraph> paragraphs = new ArrayList<>();
        Paragraph current = null;
        boolean[] rows = tableRows(text, lines);
        for (int i = 0; i < lines.size(); i++) {
            Span line = lines.get(i);
            String content = text.substring(line);
            String next = i + 1 < lines.size() && adjacent(text, line, lines.get(i + 1))
                    ? text.substring(lines.get(i + 1)) : null;
            boolean joined = current != null && adjacent(text, current.last(), line);
            boolean afterRow = i > 0 && rows[i - 1] && !rows[i];
            // a wrapped cell's rest carries on its row: after an empty first cell ("      | of forces.") or, under a
            // two-column row, in lower case without the bar ("and Lorva, wounding three.")
            boolean cellRest = joined && (rows[i] && LineShape.continuesTableRow(content) || afterRow
                    && LineShape.startsLowercase(content) && !LineShape.looksLikeTableRow(text.substring(lines.get(i - 1))));
            // a row is a record of its own, and so is what follows the table
            boolean tableEdge = !cellRest && (rows[i] || afterRow && joined);
            if (current != null && current.heading && current.lines.size() == 1
                    && cutAfterAHeadingLikeLine(text, current, line, content)) {
                current.heading = false; // "In late April, residents of X" / "and nearby villages blocked ...": a sentence
            } else if (current == null || tableEdge || !cellRest && startsNewParagraph(text, current, line, content, next)) {
                current = new Paragraph();
                current.heading = (LineShape.looksLikeHeading(content) || LineShape.looksLikeNumberedHeading(content))
                        && (next == null || LineShape.startsUppercaseOrDigit(next) || LineShape.looksLikeHeading(next))
                        || LineShape.looksLikeItemTitle(content, next);
                paragraphs.add(current);
            }
            current.lines.add(line);
        }
        return paragraphs;
    }

    /**
     * A subtitle's cue or a page that broke a sentence after a short capitalised piece of it ("In late April, residents
     * of Kirants" over a blank line and "and neighbouring villages blocked the road"): the piece only looked like a
     * heading. The rest opens with a lower-case letter, not a bullet, and the piece ends in a word.
     */
    private static boolean cutAfterAHeadingLikeLine(TrackedText text, Paragraph current, Span line, String content) {
        String previous = text.substring(current.last()).strip();
        String rest = content.strip();
        return !adjacent(text, current.last(), line) && !rest.isEmpty() && Character.isLowerCase(rest.charAt(0))
                && !LineShape.startsListItem(rest) && !previous.isEmpty()
                && Character.isLetter(previous.charAt(previous.length() - 1));
    }

    private static boolean startsNewParagraph(TrackedText text, Paragraph current, Span line, String content, String next) {
        String previous = text.substring(current.last());
        if (!adjacent(text, current.last(), line)) {
            // a blank line: a paragraph break, unless a page break cut a sentence in two
            // ("curprev 17:05, 25 September 2022 ..." after a blank line opens a log's entry, though in lower case)
            return current.heading || LineShape.endsSentence(previous) || !LineShape.startsLowercase(content)
                    || LineShape.opensWithClockFirstStamp(content);
        }
        if (LineShape.startsListItem(content) && !(content.startsWith("\u2013") && LineShape.continuesSentence(previous))) {
            // ("shelled Kesta on 17 May" over "- two were killed, officials said -": an en dash there sets off an aside)
            return true;
        }
        if (LineShape.opensWithMessageStamp(content)) {
            return true; // "28.04.21, 10:58 - Name: ...": each message of an exported chat is its own
        }
        if (LineShape.opensWithClockFirstStamp(content) && (LineShape.opensWithClockFirstStamp(previous)
                || next != null && LineShape.opensWithClockFirstStamp(next))) {
            return true; // "curprev 17:05, 25 September 2022 ..." in a run of such lines: a log's entries, not a wrapped sentence
        }
        if (LineShape.endsWithStamp(previous) && LineShape.startsUppercaseOrDigit(content)) {
            return true; // "#2 Post by X » Fri May 28, 2021 9:41 am" over the post: a header, not the post's first words
        }
        if (LineShape.opensWithClock(content) && (LineShape.opensWithTimeCode(previous) || previous.endsWith(":")
                || current.heading || LineShape.endsSentence(previous) && next != null && LineShape.opensWithTimeCode(next))) {
            // "21:20 The drone question": a show's time code opens its entry in a run of them, not a clock inside a
            // sentence or a lone clock a story's next sentence starts with
            return true;
        }
        if (LineShape.inCapitals(content) != LineShape.inCapitals(previous)) {
            // a headline in capitals between a wire's slug line and its story belongs to neither; capitals inside a
            // sentence wrapped over lines ("monitors from the / WMM OSCE / team visited") are part of it
            boolean apart = LineShape.inCapitals(content)
                    ? !(LineShape.lastWordLowercase(previous) && !LineShape.endsSentence(previous) && !previous.endsWith(":"))
                    && (next == null || !LineShape.startsLowercase(next))
                    : !LineShape.startsLowercase(content);
            if (apart) {
                return true;
            }
        }
        if (LineShape.looksLikeCaption(content) || LineShape.looksLikeCaption(previous)) {
            return true; // a picture's caption stands on its own line, without the full stop that would end it
        }
        if (current.heading) {
            // a heading wrapped at the page width leaves a word or two on its second line; an encyclopedia's edit link
            // ends its section title, so nothing after it is the title's rest
            boolean wrappedRest = LineShape.looksLikeHeading(content) && LineShape.wordCount(content) <= WRAPPED_HEADING_WORDS
                    && !LineShape.endsWithEditLink(previous)
                    || LineShape.inCapitals(content) && LineShape.inCapitals(previous); // a headline in capitals
            return !(wrappedRest || LineShape.startsLowercase(content));
        }
        boolean sentenceEnded = LineShape.endsSentence(previous) || previous.endsWith(":");
        return sentenceEnded && LineShape.looksLikeHeading(content)
                && (next == null || LineShape.startsUppercaseOrDigit(next));
    }

    /**
     * The lines that are rows of a table, each a record of its own: a line with two column bars or more, and a line with
     * one bar next to another barred line (a two-column table, "12.05.2021 | Troops cross the line"), or with only a
     * cell's lower-case rest between them. A row whose first cell is empty carries on the cell above it, wrapped at the
     * column's width.
     */
    private static boolean[] tableRows(TrackedText text, List<Span> lines) {
        boolean[] rows = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            String content = text.substring(lines.get(i));
            rows[i] = LineShape.looksLikeTableRow(content)
                    || LineShape.hasColumnBar(content) && (barredNear(text, lines, i, -1) || barredNear(text, lines, i, 1));
        }
        return rows;
    }

    /**
     * Whether the next line the way {@code step} goes (-1 before, +1 after), or the one past a wrapped cell's lower-case
     * rest, holds a column bar, with no blank line between.
     */
    private static boolean barredNear(TrackedText text, List<Span> lines, int i, int step) {
        for (int k = i + step; k >= 0 && k < lines.size() && Math.abs(k - i) <= 2; k += step) {
            Span first = lines.get(Math.min(k, k - step));
            Span second = lines.get(Math.max(k, k - step));
            if (!adjacent(text, first, second)) {
                return false;
            }
            String line = text.substring(lines.get(k));
            if (LineShape.hasColumnBar(line)) {
                return true;
            }
            if (!LineShape.startsLowercase(line)) {
                return false;
            }
        }
        return false;
    }

    /** Where a joined line's words start: after the bar (and its spaces) of a wrapped cell's rest, whose bar would split a phrase. */
    private static int afterContinuingBar(TrackedText text, Span line) {
        String content = text.substring(line);
        if (!LineShape.continuesTableRow(content)) {
            return line.start();
        }
        int at = content.indexOf('|') + 1;
        while (at < content.length() && Character.isWhitespace(content.charAt(at))) {
            at++;
        }
        return line.start() + at;
    }

    /** The two lines follow each other without a blank line between them. */
    private static boolean adjacent(TrackedText text, Span first, Span second) {
        for (int i = first.end(); i < second.start(); i++) {
            if (i > first.end() && text.charAt(i) == '\n') {
                return false;
            }
        }
        return true;
    }
}
