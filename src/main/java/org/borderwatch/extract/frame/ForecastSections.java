package org.borderwatch.extract.frame;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.borderwatch.extract.config.WordLists;
import org.borderwatch.extract.layout.LayoutStage;
import org.borderwatch.extract.layout.Paragraph;
import org.borderwatch.extract.layout.Sentence;
import org.borderwatch.extract.pipeline.Annotation;

/**
 * Sections a newsletter or a digest sets under a heading that announces what is to come ("COMING UP", "The week
 * ahead"): their items are plans, whatever past day a yearless date in them resolves to, until the next heading.
 */
final class ForecastSections {
    private static final Set<String> HEADINGS = WordLists.english().words("forecast-headings");
    /** Headings that forecast when their brackets look ahead: "OUTLOOK (next 7-14 days)". */
    private static final Set<String> OUTLOOK_HEADINGS = WordLists.english().words("outlook-headings");
    private static final Set<String> LOOKING_AHEAD = WordLists.english().words("looking-ahead-words");
    private static final Set<String> LIST_HEADINGS = WordLists.english().words("list-only-forecast-headings");

    private ForecastSections() {
    }

    /** The sentences that stand under a forecast heading. */
    static Set<Integer> sentences(Annotation a) {
        List<Paragraph> paragraphs = a.get(LayoutStage.PARAGRAPHS);
        Set<Integer> forecastParagraphs = new HashSet<>();
        boolean underForecast = false;
        boolean listOnly = false;
        boolean sawItem = false;
        int lastItem = 0;
        for (Paragraph p : paragraphs) {
            String text = a.text().substring(p.span().start(), p.span().end());
            if (p.heading() && !p.title() || capitalLabel(text)) {
                // ("AGENDA" over the items, then "ITEM 1. HEARD:" over what was reported: a label in capitals, even
                // with a colon, opens the next section)
                underForecast = isForecastHeading(text);
                listOnly = underForecast && LIST_HEADINGS.contains(bareWords(text));
                sawItem = false;
                lastItem = 0;
            } else if (underForecast && listOnly) {
                // an agenda's list ends at the first paragraph after its items that is no item of it, or whose number
                // starts again ("4. Miscellaneous." then "1. HEARD: ..."); an agenda told in lines of prose stays whole
                int number = Math.max(0, BulletItems.itemNumber(a.text(), p));
                boolean isItem = number > 0 || BulletItems.opensWithBullet(a.text(), p);
                underForecast = isItem ? number == 0 || number > lastItem : !sawItem;
                sawItem |= isItem;
                lastItem = Math.max(lastItem, number);
                if (underForecast) {
                    forecastParagraphs.add(p.index());
                }
            } else if (underForecast) {
                forecastParagraphs.add(p.index());
            }
        }
        Set<Integer> out = new HashSet<>();
        for (Sentence s : a.get(LayoutStage.SENTENCES)) {
            if (forecastParagraphs.contains(s.paragraph())) {
                out.add(s.index());
            }
        }
        return out;
    }

    /**
     * A line in capitals of two words or more, closing punctuation allowed: "ITEM 1. HEARD:", and a newsletter's story
     * heading "1. NORTHIA/SOUTHIA: THE WORST FIGHTING IN YEARS" after a contents list that ends with "Week ahead" (a
     * lone "UPDATE:" inside a section labels its next item).
     */
    private static boolean capitalLabel(String text) {
        long words = java.util.Arrays.stream(text.split("[^\\p{L}]+")).filter(w -> w.length() >= 2).count();
        return words >= 2 && text.length() <= CAPITAL_LABEL_LENGTH && text.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    private static final int CAPITAL_LABEL_LENGTH = 100;

    private static final java.util.regex.Pattern BRACKET = java.util.regex.Pattern.compile("\\(([^)]*)\\)");

    /**
     * "4. COMING UP", "The week ahead:": the heading's words, without numbering or punctuation, are one of the list's;
     * "OUTLOOK (next 14 days)": an outlook's, when its brackets look ahead.
     */
    static boolean isForecastHeading(String heading) {
        String lower = heading.toLowerCase(Locale.ROOT);
        // "OUTLOOK (next 7-14 days)": an outlook is a forecast when its brackets look ahead (a bare "Outlook" may still
        // tell the week's news)
        java.util.regex.Matcher bracket = BRACKET.matcher(lower);
        boolean looksAhead = bracket.find() && java.util.Arrays.stream(bracket.group(1).split("[^\\p{L}]+")).anyMatch(LOOKING_AHEAD::contains);
        String bare = lower.replaceAll("\\([^)]*\\)", " ").replaceAll("[^\\p{L}' ]+", " ").replaceAll("\\s+", " ").strip();
        if (looksAhead && OUTLOOK_HEADINGS.contains(bare)) {
            return true;
        }
        return HEADINGS.contains(bareWords(heading));
    }

    /** The heading's words in lower case, without numbering or punctuation: "4. COMING UP" is "coming up". */
    private static String bareWords(String heading) {
        return heading.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}' ]+", " ").replaceAll("\\s+", " ").strip();
    }
}
