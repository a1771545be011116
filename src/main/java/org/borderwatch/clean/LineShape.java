package org.borderwatch.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a line of text looks like, judged only by its form (length, words, punctuation, case), so
 * the rules built on it work for any topic and any Latin, Cyrillic or other cased script.
 */
final class LineShape {
    private static final String WIKI_EDIT_LINK = "[edit]";

    private static final String CLOSERS = "\"'”’»)]";
    /**
     * A bullet, a number, a time code in brackets that starts an entry ("[05:10] 12 December: ..."), or a lettered item
     * as resolutions letter their recitals ("A. whereas ...", "(b) notes ..."):
     * one capital and a stop before a word in lower case, so an initial before a name ("J. Smith", "A. al-Hassan",
     * "J. van Dijk") is none.
     */
    private static final Pattern LIST_ITEM = Pattern.compile(
            "^(?:[-–•*▪◦]\\s|\\[\\d{1,2}:\\d{2}(?::\\d{2})?\\]\\s+(?=[\\p{Lu}\\d\"“])|\\d{1,3}[.)]\\s|\\(\\d{1,3}\\)\\s|\\p{Lu}[.)]\\s+(?=\\p{Ll})(?!(?:al|el|van|von|de|da|di|du|del|der|bin|ibn|la|le)\\b)|\\(?[a-z]\\)\\s)");

    private LineShape() {
    }

    static int wordCount(CharSequence line) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < line.length(); i++) {
            boolean letter = Character.isLetterOrDigit(line.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }

    static boolean hasLetter(CharSequence line) {
        return line.codePoints().anyMatch(Character::isLetter);
    }

    /** The last character that is not a closing quote or bracket, or 0 for an empty line. */
    static char lastMeaningfulChar(String line) {
        for (int i = line.length() - 1; i >= 0; i--) {
            char c = line.charAt(i);
            if (!Character.isWhitespace(c) && CLOSERS.indexOf(c) < 0) {
                return c;
            }
        }
        return 0;
    }

    /** Ends like a sentence: full stop, question or exclamation mark, ellipsis, possibly inside quotes. */
    static boolean endsSentence(String line) {
        char last = lastMeaningfulChar(line);
        return last == '.' || last == '!' || last == '?' || last == '…';
    }

    /** Ends with any punctuation that a heading would not end with. */
    static boolean endsWithPunctuation(String line) {
        char last = lastMeaningfulChar(line);
        return ".,;:!?…".indexOf(last) >= 0;
    }

    static char firstLetterOrDigit(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                return c;
            }
        }
        return 0;
    }

    static boolean startsLowercase(String line) {
        char first = firstLetterOrDigit(line);
        return first != 0 && Character.isLowerCase(first);
    }

    static boolean startsUppercaseOrDigit(String line) {
        char first = firstLetterOrDigit(line);
        return first != 0 && (Character.isUpperCase(first) || Character.isDigit(first));
    }

    /** The last word starts with a lowercase letter: a line ending on "of" or "the" goes on. */
    static boolean lastWordLowercase(String line) {
        int end = line.length();
        while (end > 0 && !Character.isLetterOrDigit(line.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && (Character.isLetterOrDigit(line.charAt(start - 1)) || line.charAt(start - 1) == '-')) {
            start--;
        }
        return start < end && Character.isLowerCase(line.charAt(start));
    }

    /** Whether the line ends with an encyclopedia's edit link, as its section titles do. */
    static boolean endsWithEditLink(String line) {
        return line.strip().endsWith(WIKI_EDIT_LINK);
    }

    /**
     * A line of two or more words written all in capitals, as a wire's headline or slug is ("TROOPS SAY POSTS HIT"): it
     * is set apart from the lines in mixed case around it.
     */
    static boolean inCapitals(String line) {
        int letters = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters >= 4 && wordCount(line) >= 2;
    }

    /** Short, capitalised, without closing punctuation: a title, a section heading, a month heading. */
    static boolean looksLikeHeading(String line) {
        String trimmed = line.strip();
        if (trimmed.endsWith(WIKI_EDIT_LINK)) {
            // an encyclopedia's section title keeps its edit link, and may be in sentence case ("May 2021 incursion")
            String title = trimmed.substring(0, trimmed.length() - WIKI_EDIT_LINK.length()).strip();
            return !title.isEmpty() && title.length() <= 80 && wordCount(title) <= 10 && startsUppercaseOrDigit(title);
        }
        return !trimmed.isEmpty()
                && trimmed.length() <= 80
                && wordCount(trimmed) <= 10
                && startsUppercaseOrDigit(trimmed)
                && !endsWithPunctuation(trimmed)
                && !lastWordLowercase(trimmed)
                && !SENTENCE_ENDS_INSIDE.matcher(trimmed).find();
    }

    /**
     * A sentence that ends inside the line and another that begins ("... the centre of Kesta. The"): a line a page
     * wrapped after the next sentence's first word, no heading. A word of three lower-case letters or more before the
     * stop, so that "Gen. Dane" or "St. Anne" stays a heading's.
     */
    private static final Pattern SENTENCE_ENDS_INSIDE = Pattern.compile("\\p{Ll}{3,}[.!?]\\s+\\p{Lu}");

    /**
     * An item's title over its story, as a press review or a news list prints them ("Families still away from X
     * (Daily, 29.09.2022)" and then the story on the next line): a capitalised line without closing punctuation,
     * followed by a capitalised line far longer than it. A line a PDF wrapped is about as long as the next one.
     */
    static boolean looksLikeItemTitle(String line, String next) {
        String trimmed = line.strip();
        return next != null && !trimmed.isEmpty() && trimmed.length() <= ITEM_TITLE_MAX
                && startsUppercaseOrDigit(trimmed) && !endsWithPunctuation(trimmed)
                && startsUppercaseOrDigit(next.strip()) && trimmed.length() * 5 <= next.strip().length() * 3;
    }

    /** The longest line read as an item's title: a headline over its story is rarely longer. */
    private static final int ITEM_TITLE_MAX = 120;

    /**
     * A numbered section heading ("2. What comes next", "3.1 Casualties"): a section number with a dot after it (so
     * "12 May 2021 ..." is no heading), then a short line opening with a capital and without closing punctuation;
     * sentence case is allowed, unlike an unnumbered heading.
     */
    static boolean looksLikeNumberedHeading(String line) {
        String trimmed = line.strip();
        return NUMBERED_HEADING.matcher(trimmed).lookingAt() && trimmed.length() <= 80 && wordCount(trimmed) <= 10
                && !endsWithPunctuation(trimmed);
    }

    private static final Pattern NUMBERED_HEADING = Pattern.compile("\\d{1,2}\\.(?:\\d{1,2}\\.?)*\\s+\\p{Lu}");

    /** Cells of a plain-text or Markdown table row: at least two column bars ("date | place | what happened"). */
    private static final Pattern TABLE_ROW = Pattern.compile("[^|\\t]*[|\\t][^|\\t]*[|\\t].*");

    /** A column bar between two cells of a plain-text table ("12.05.2021 | Troops cross the line"). */
    static boolean hasColumnBar(String line) {
        return line.indexOf('|') >= 0;
    }

    /** A table row whose first cell is empty: the rest of a cell above it, wrapped ("       | of forces."). */
    static boolean continuesTableRow(String line) {
        String trimmed = line.strip();
        return trimmed.startsWith("|") && trimmed.indexOf('|', 1) < 0;
    }

    /** A table row, which is a record of its own: its line is never joined to the next. */
    static boolean looksLikeTableRow(String line) {
        return TABLE_ROW.matcher(line).matches();
    }

    /** A web page's picture caption, labelled as one: "Photo: ...", "Photo caption: ...", "[Caption: ...]". */
    private static final java.util.regex.Pattern CAPTION = java.util.regex.Pattern.compile(
            "(?i)^\\s*[\\[(]?\\s*(photo|photos|picture|image|caption|photo caption|pictured)\\s*:");

    static boolean looksLikeCaption(String line) {
        return CAPTION.matcher(line).find();
    }

    private static final Pattern OPENING_CLOCK = Pattern.compile("^(\\[?)\\d{1,2}:\\d{2}(?::\\d{2})?\\]?\\s+(?=[\\p{Lu}\\d\"“])");

    /** A line opened by a clock or time code without brackets ("21:20 The talks"): an entry, when a line before ends one. */
    static boolean opensWithClock(String line) {
        Matcher m = OPENING_CLOCK.matcher(line);
        return m.lookingAt() && m.group(1).isEmpty();
    }

    /** A line opened by a time code, in brackets or not ("[05:10] ...", "21:20 ..."): an entry of a timed list. */
    static boolean opensWithTimeCode(String line) {
        return OPENING_CLOCK.matcher(line).lookingAt();
    }

    /** Whether a line stops mid-sentence: it ends in a letter or a digit, not a stop, a colon or a list's semicolon. */
    static boolean continuesSentence(String line) {
        String t = line.stripTrailing();
        return !t.isEmpty() && Character.isLetterOrDigit(t.charAt(t.length() - 1)) && !t.stripLeading().startsWith("\u2013");
    }

    /** A numbered, lettered ("b) ", "(b) ") or bulleted list item, which starts a paragraph of its own. */
    static boolean startsListItem(String line) {
        return LIST_ITEM.matcher(line).lookingAt();
    }

    /** A day with its month: "11 January 2021", "Jan. 11", "14.09"; a bare year ("2021") is not one. */
    private static final java.util.regex.Pattern DAY = java.util.regex.Pattern.compile(
            "(?i)\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\b"
                    + "|\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}\\b|\\b\\d{1,2}[./]\\d{2}\\b");

    /** A chat export's message stamp: "28.04.21, 10:58 - ", "[23/04/2024, 08:03] ". */
    private static final Pattern MESSAGE_STAMP = Pattern.compile(
            "^\\[?\\d{1,2}[./]\\d{1,2}[./]\\d{2,4},?\\s+\\d{1,2}:\\d{2}(?::\\d{2})?\\]?\\s*(?:[-\u2013]\\s+)?\\S");

    /**
     * A clock time and then a day opening a line, after a short label at most: "14:34, 14 September", "curprev 17:05,
     * 25 September 2022", "(cur | prev) 13:58, 12 December 2022", as a live page or a page's revision history stamps
     * each entry.
     */
    private static final Pattern CLOCK_FIRST_STAMP = Pattern.compile("(?i)^(?:\\([^)\\n]{1,20}\\)\\s+|[\\p{L}]{1,12}\\s+)?"
            + "\\d{1,2}:\\d{2},?\\s+(?:\\d{1,2}\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
            + "|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2})\\b");

    /** Whether a line opens with a clock-first stamp: in a run of such lines, each is an entry of its own. */
    static boolean opensWithClockFirstStamp(String line) {
        return CLOCK_FIRST_STAMP.matcher(line).lookingAt();
    }

    /** Whether a line opens with a chat message's stamp, as each message of an exported chat does. */
    static boolean opensWithMessageStamp(String line) {
        return MESSAGE_STAMP.matcher(line).lookingAt();
    }

    /** A clock time at the end of a line: "9:41 am", "21:40", "10:35 a.m.". */
    private static final Pattern CLOSING_CLOCK = Pattern.compile("(?i)\\b\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[ap]\\.?m\\.?)?\\s*$");

    /**
     * A post's or a message's stamp closing its line, a day and then a clock time ("#2 Post by X » Fri May 28, 2021 9:41
     * am"): the header of what follows, never the start of its first sentence.
     */
    static boolean endsWithStamp(String line) {
        Matcher day = DAY.matcher(line);
        // (a bare stamp line, "03.12.2024 | 11:35", opens the item it stamps: it is read with the item's first sentence)
        return CLOSING_CLOCK.matcher(line).find() && day.find()
                && line.substring(0, day.start()).trim().split("\\s+").length >= STAMP_HEADER_WORDS;
    }

    /** How many words a post's header sets before its stamp: "#2 Post by X »". */
    private static final int STAMP_HEADER_WORDS = 3;

    /** Whether the line names a day, as a chronology's date line does. */
    static boolean namesADay(String line) {
        return DAY.matcher(line).find();
    }
}
