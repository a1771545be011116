package org.borderwatch.extract.trigger;

import java.util.List;
import java.util.Set;
import org.borderwatch.domain.DatePrecision;
import org.borderwatch.extract.layout.Token;
import org.borderwatch.extract.mention.DateMention;
import org.borderwatch.extract.config.WordLists;

/**
 * An event named with a date of its own, as a thing rather than a report: "the 2020 ceasefire agreement", "the
 * September 2022 escalation", "the clashes of 7 May", "the joint statement signed on 10 November 2020". The
 * text takes the event as known, and it is an event of that date whatever the sentence around it reports
 * (the annotation conventions code such references, and ACLED would code the event they name).
 */
public final class DatedReference {
    private static final WordLists WORDS = WordLists.english();

    /**
     * Words that may not stand between a date and the noun it dates, which are adjectives and names: verbs, clauses,
     * and an article, which opens a new phrase ("On Friday morning the fighting spread" dates a report, names nothing);
     * and a dash or bar, which ends a chronology's date ("May 2, 2023 - Shelling resumes near ...").
     */
    private static final Set<String> BREAKS = Set.of(",", ";", ":", ".", "(", ")", "-", "|", "in", "on", "at", "since", "after",
            "before", "until", "from", "to", "by", "and", "or", "when", "which", "that", "was", "were", "is", "are",
            "the", "a", "an");
    /** "the clashes of 7 May"; "in"/"on" after a noun date a report ("clashes in May"), not a name. */
    private static final Set<String> AFTER_LINKS = WORDS.words("dated-reference-after-links");
    private static final Set<String> SIGNED = WORDS.words("signing-verbs");
    /** Head nouns after an accord word: "ceasefire statement", "truce agreement". */
    private static final Set<String> ACCORD_HEADS = WORDS.words("accord-head-nouns");
    private static final int REACH = WORDS.window("dated-reference-reach");

    private DatedReference() {
    }

    /** The explicit date that dates the trigger as a named thing, or null. */
    public static DateMention dateOf(List<Token> tokens, Trigger t, List<DateMention> dates) {
        DateMention named = namedDate(tokens, t, dates);
        return named != null || t.triggerClass() != TriggerClass.AGREEMENT ? named : endedWar(tokens, t, dates);
    }

    /**
     * "the ceasefire that ended the 2020 war", "the agreement ending the 2020 Artsakh War": an accord is dated by
     * the war it ended, unless a day follows the war ("agreed the truce that ended the May war on 9 May": the truce
     * is of that day, and the sentence's own date stands).
     */
    private static DateMention endedWar(List<Token> tokens, Trigger t, List<DateMention> dates) {
        for (int i = t.to(); i < Math.min(tokens.size(), t.to() + REACH); i++) {
            if (!tokens.get(i).key().startsWith("end")) {
                continue;
            }
            for (DateMention d : dates) {
                int[] range = org.borderwatch.extract.layout.Sentence.tokenRange(tokens, d.span());
                if (!d.relative() && range != null && range[0] > i && range[0] - i <= REACH) {
                    return d.date().precision() != DatePrecision.DAY && dayRightAfterWar(tokens, range, dates) ? null : d;
                }
            }
        }
        return null;
    }

    /**
     * Whether a day follows the war's date after only the war's noun and "on" or "in" ("the May war on 9 May"), so it is
     * the accord's own day; "the 2020 war collapsed on 9 May" tells of something else.
     */
    private static boolean dayRightAfterWar(List<Token> tokens, int[] war, List<DateMention> dates) {
        for (DateMention other : dates) {
            int[] at = org.borderwatch.extract.layout.Sentence.tokenRange(tokens, other.span());
            if (other.relative() || other.date().precision() != DatePrecision.DAY || at == null || at[0] <= war[1]
                    || at[0] - war[1] > 2) {
                continue;
            }
            String link = tokens.get(at[0] - 1).key();
            if (link.equals("on") || link.equals("in")) {
                return true;
            }
        }
        return false;
    }

    private static DateMention namedDate(List<Token> tokens, Trigger t, List<DateMention> dates) {
        for (DateMention d : dates) {
            if (d.relative() || d.date().end() != null) {
                continue; // "the next day" dates a narrative, a range a stretch of time, not a named thing
            }
            int[] range = org.borderwatch.extract.layout.Sentence.tokenRange(tokens, d.span());
            if (range == null || listed(tokens, range, dates)) {
                continue; // "the incursions of June 2023 and February 2024": a list of dates, one act on each
            }
            if (range[1] <= t.from() && t.from() - range[1] <= REACH && noBreak(tokens, range[1], t.from())
                    && !reportsTheDay(tokens, range[0]) && !labelsAChronologyLine(tokens, range, d)) {
                return d; // "the 2020 (Nagorno-Karabakh) ceasefire agreement"
            }
            if (range[0] >= t.to() && range[0] - t.to() <= REACH && linkedAfter(tokens, t.to(), range[0])) {
                return d; // "the ceasefire of 10 November 2020", "the statement signed on 10 November 2020"
            }
        }
        return null;
    }

    /** Whether another date follows this one joined by "and", "or" or a comma. */
    private static boolean listed(List<Token> tokens, int[] range, List<DateMention> dates) {
        int next = range[1];
        if (next >= tokens.size() || !Set.of("and", "or", ",").contains(tokens.get(next).key())) {
            return false;
        }
        int after = next + 1 < tokens.size() && tokens.get(next + 1).key().equals("and") ? next + 2 : next + 1;
        if (after >= tokens.size()) {
            return false;
        }
        int start = tokens.get(after).start();
        return dates.stream().anyMatch(d -> d.span().start() == start);
    }

    /** Words before a date that make it the day of what follows, not part of a name: "On 3 May 2023 Northian shelling killed ...". */
    private static final Set<String> DAY_OF_REPORT = WORDS.words("day-of-report-words");

    private static boolean reportsTheDay(List<Token> tokens, int dateStart) {
        return dateStart > 0 && DAY_OF_REPORT.contains(tokens.get(dateStart - 1).key())
                || DAY_OF_REPORT.contains(tokens.get(dateStart).key());
    }

    /**
     * "3 March 2020 Shots near the mill": a day or month that opens the sentence before a capitalised word is the date
     * column of a flattened chronology, the date of what the line reports, not part of a name.
     */
    private static boolean labelsAChronologyLine(List<Token> tokens, int[] range, DateMention d) {
        return range[0] == 0 && range[1] < tokens.size() && d.date().precision() != DatePrecision.YEAR
                && Character.isUpperCase(tokens.get(range[1]).text().charAt(0));
    }

    private static boolean noBreak(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            // a count opens the entry's own phrase: "13 Dec 2023 32 servicemen freed" reports a release of that day
            if (BREAKS.contains(tokens.get(i).key()) || tokens.get(i).key().chars().allMatch(Character::isDigit)) {
                return false;
            }
        }
        return true;
    }

    /** "of DATE", "on DATE" or "signed on DATE" right after the noun. */
    private static boolean linkedAfter(List<Token> tokens, int from, int dateStart) {
        if (dateStart == from) {
            return false; // a date right after the noun starts a new phrase: "clashes 7 May" is not a name
        }
        String link = tokens.get(dateStart - 1).key();
        if (dateStart - 1 == from) {
            return AFTER_LINKS.contains(link);
        }
        // "the ceasefire statement of November 2020": the noun's head word, then its date
        if (link.equals("of") && dateStart - 2 == from && ACCORD_HEADS.contains(tokens.get(from).key())) {
            return true;
        }
        // "the statement signed on 10 November 2020"
        return (link.equals("on") || link.equals("in")) && dateStart - 2 == from && SIGNED.contains(tokens.get(from).key());
    }

}
