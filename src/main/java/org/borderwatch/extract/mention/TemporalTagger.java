package org.borderwatch.extract.mention;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.borderwatch.domain.DatePrecision;
import org.borderwatch.domain.DateSpan;
import org.borderwatch.domain.Span;
import org.borderwatch.extract.config.WordLists;

/**
 * Finds English time expressions in a sentence and resolves them against a {@link TemporalContext}:
 * absolute dates and ranges ("12–14 September 2022", "from 7 to 20 July", "14th September"), months and
 * years, narrative-relative ("the next day", "over the next two days") and publication-relative ones
 * ("this week", "on Tuesday", "last November", "in March"). Patterns are compiled once.
 */
public final class TemporalTagger {
    /** Month names as written in running text, and in the capitals of headings and press-review day lines ("WED 14 SEPT"). */
    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
            + "|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER"
            + "|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT|SEP|OCT|NOV|DEC)\\.?";
    private static final String ORD = "(?:st|nd|rd|th)?";
    private static final String RANGE_SEP = "\\s*(?:-|\u2013|\u2014|and|to|until|till)\\s*";
    /** A count in figures or words, not the end of a compound ("twenty-five" is not "five"). */
    private static final String NUMBER_WORDS = "(?<![\\w-])(a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
            + "|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|\\d+)";

    /** "14 September", "the 14th of September", "14-15 Sept 2022"; in notices set in capitals also "14SEP". */
    private static final Pattern DAY_MONTH = Pattern.compile(
            "(?<!\\d:)\\b(\\d{1,2})" + ORD + "(?:" + RANGE_SEP + "(\\d{1,2})" + ORD + ")?(?:(?:\\s+of)?\\s+|(?=[A-Z]{3}))" + MONTH
                    + "(?:,?\\s+(\\d{4}))?\\b");
    private static final Pattern MONTH_DAY = Pattern.compile(
            "\\b" + MONTH + "\\s+(\\d{1,2})" + ORD + "(?:" + RANGE_SEP + "(\\d{1,2})" + ORD + ")?(?![\\d,]*\\d{3})(?:,?\\s+(\\d{4}))?\\b");
    /**
     * A day in figures with its year, day first as in Europe and the former Soviet Union ("25.05.2021", "25/05/2021",
     * "16-17/09/2022" for two days), or ISO ("2021-05-25"). A second figure above 12 can only be a day, so
     * "09/16/2022" is read month first.
     */
    private static final Pattern DOTTED_DAY = Pattern.compile(
            "(?<![\\d./])(?:(\\d{1,2})[\u2013-])?(\\d{1,2})([./])(\\d{1,2})\\3((?:19|20)\\d\\d)(?![\\w./]\\w|\\w)");
    private static final WordLists WORDS = WordLists.english();
    /** A day with a two-figure year, then a clock time: "28.04.21, 10:58", "29/04/21 08:11". */
    private static final Pattern SHORT_YEAR_STAMP = Pattern.compile(
            "(?<![\\d./])(\\d{1,2})[./](\\d{1,2})[./](\\d{2}),?\\s+(?=\\d{1,2}:\\d{2}\\b)");

    /**
     * A military or diplomatic message's date-time group, "171530Z NOV 21": the day and the clock time in six figures,
     * the zone letter, the month and the year in two figures. Read as a day-and-month it would be "21 November".
     */
    private static final Pattern DATE_TIME_GROUP = Pattern.compile("\\b(\\d{2})\\d{4}[A-Z]\\s*" + MONTH + "\\s*(\\d{2})\\b");

    /** The words of a list as a regex alternation, longest first so that none hides a longer one. */
    private static String alternation(String list) {
        return String.join("|", WORDS.words(list).stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).toList());
    }

    /**
     * What may not follow a day in figures: more figures, a unit ("1.05 million", "2.10 lari"), a second figure that
     * is no day ("from 22.10 to 23.40" are times), or a dash and a figure (a range is read whole or not at all).
     */
    private static final String NOT_A_NUMERIC_DAY = "(?!\\d|[.,/]\\d|\\s*(?:%|(?i:" + alternation("numeric-day-units") + ")\\b)"
            + "|\\s*(?:to|and|[\u2013-])\\s*\\d{1,2}[.:](?!0[1-9]\\b|1[0-2]\\b)\\d{2}|\\s?[\u2013-]\\s?\\d)";

    /**
     * A day and month in figures without a year, as digests and bulletins write them ("Tue 13/09", "since the evening of
     * 14.09"): the month has two figures, and a weekday, a preposition, a bullet, the start of the line or a report's
     * paragraph number ("4.1 30.09, approx. 22:10: ...") stands before it, so "about 1.05" and "at 11.12" stay numbers.
     */
    private static final Pattern NUMERIC_DAY_MONTH = Pattern.compile(
            "(?<=(?:(?:^|[\\s(\u2022*])(?i:" + alternation("numeric-day-leads") + ")\\.?,?\\s{1,2})|^|^\\s|[(\u2022*]\\s?|[\u2013\u2014-]\\s"
                    + "|^\\d\\d?\\.\\d\\d?\\.?\\s|^\\d\\d?\\.\\d\\d?\\.\\d\\d?\\.?\\s)"
                    + "(\\d{1,2})([./])(0[1-9]|1[0-2])(?:\\s?[\u2013-]\\s?(\\d{1,2})\\2\\3)?" + NOT_A_NUMERIC_DAY);
    /** "clashes 14.09\u201316.09 around ...": two such days joined as a range need no word before them. */
    private static final Pattern NUMERIC_DAY_RANGE = Pattern.compile(
            "(?<=^|[\\s(])(\\d{1,2})([./])(0[1-9]|1[0-2])\\s?[\u2013-]\\s?(\\d{1,2})\\2\\3" + NOT_A_NUMERIC_DAY);
    /** "the fighting of 14-16.09", "crossed on 12-14.05": two days of one month in figures, the month written once. */
    private static final Pattern NUMERIC_DAYS_OF_A_MONTH = Pattern.compile(
            "(?<=^|[\\s(])(\\d{1,2})\\s?[\u2013-]\\s?(\\d{1,2})([./])(0[1-9]|1[0-2])" + NOT_A_NUMERIC_DAY);
    private static final Pattern ISO_DAY = Pattern.compile("(?<![\\d-])((?:19|20)\\d\\d)-(\\d{2})-(\\d{2})(?!\\w)");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + ",?\\s+(\\d{4})\\b");
    private static final Pattern BARE_MONTH = Pattern.compile(
            "\\b(?i:(in|since|during|until|by|to|from|after|before|last|this|next|of|early|late|mid|mid-|the end of|the beginning of|the middle of|the|that))"
                    + "(?:\\s+|-)(?i:(early|late|mid)(?:\\s+|-))?" + MONTH + "(?!\\s*\\d)\\b");
    /** A month and year that open a sentence or a chronology's item: "- April 2021: ...", "In April 2021, ...". */
    private static final Pattern OPENING_MONTH = Pattern.compile(
            "^[\\s\\p{Punct}\u2022\u2013\u2014]*(?i:(?:in|by|during|early|late|mid|mid-)\\s+)?" + MONTH + ",?\\s+(\\d{4})\\b");
    /** How many months after an opening month a day without a year is still read in that month's year. */
    private static final int OPENING_MONTH_REACH = 2;
    /** A capitalised month right before "of last year", "this year" and the like ("April of last year"). */
    private static final Pattern MONTH_OF_YEAR_WORDS = Pattern.compile(
            "\\b" + MONTH + "(?=,?\\s+(?:of\\s+)?(?i:last|this|the previous)\\s+year\\b)");
    /** A month and the whole years back from the page's year it lies: "April four years ago", "May, two years ago". */
    private static final Pattern MONTH_YEARS_AGO = Pattern.compile("\\b" + MONTH + ",?\\s+" + NUMBER_WORDS + "\\s+years?\\s+ago\\b");
    private static final Pattern THAT_YEAR = Pattern.compile("(?i)\\s+(?:of )?(?:that|the same) year\\b");
    private static final Pattern YEAR = Pattern.compile("(?<![\\d.,])\\b(1[89]\\d\\d|20\\d\\d)\\b(?![.,]?\\d)(?!s\\b)");
    private static final Pattern SAME_DAY = Pattern.compile(
            "(?i)\\b(?:on )?(?:the same day|that same day|that day|later that day|earlier that day|the same evening|that evening|that night"
                    + "|the same night|that same night|the same morning|the same afternoon|that morning|that afternoon|later that night"
                    + "|that same evening|that same morning|that same afternoon)\\b");
    /** "later that month": the month of the day the narrative has reached. */
    private static final Pattern SAME_MONTH = Pattern.compile("(?i)\\b(?:later that month|earlier that month|that same month|the same month)\\b");
    private static final Pattern NEXT_DAY = Pattern.compile(
            // "the day after" is the next day when it ends its phrase ("the day after, troops ...") or stands in the
            // sentence's own course; after a comma and before a noun it counts back from the sentence's day
            // (INTERVAL_BEFORE_ACT: "on 12 April, the day after the clash")
            "(?i)\\b(?:on )?(?:the (?:next|following) (?:day|morning|afternoon|evening|night)|the day after(?!\\s+\\w)|(?<!, )the day after)\\b");
    /** "the day before," "the previous night": one day before the narrative's, not "the day before the vote". */
    private static final Pattern PREVIOUS_DAY = Pattern.compile(
            "(?i)\\b(?:on )?(?:the (?:previous|preceding) (?:day|morning|afternoon|evening|night)|(?:the|a) (?:day|night|evening) (?:before|earlier)(?=\\s*[,.;)]))");
    private static final Pattern NEXT_DAYS = Pattern.compile("(?i)\\b(?:over|during|in) the (?:next|following) " + NUMBER_WORDS + " days\\b");
    /** "during those two days": the days the narrative has just told, ending on the day it reached. */
    private static final Pattern THOSE_DAYS = Pattern.compile("(?i)\\b(?:over|during|in|on) (?:those|these) " + NUMBER_WORDS + " days\\b"
            // (uncounted only after "during" or "over": "in those days" is any time back then, "these days" is now)
            + "|\\b(?:during|over) those days\\b");
    private static final Pattern LATER = Pattern.compile("(?i)\\b" + NUMBER_WORDS + " (day|days|week|weeks) (later|earlier)\\b");
    /**
     * "Seven years later ... Nine months later it happened again ... Eight months after that came the war": a
     * history told by intervals, each counted on from the point the story reached. The story moves on with it, so a
     * day without a year after it ("Beginning on 14 September") is read in the year reached.
     */
    /** A month pointed to, whose year the story or the page gives: "that March", "this March", "last March". */
    private static final Pattern MONTH_POINTED_TO = Pattern.compile("(?i)(?:that|this|last) ");
    private static final Pattern LONG_LATER = Pattern.compile("(?i)\\b" + NUMBER_WORDS + " (months?|years?) (?:later|after that)\\b");
    /**
     * "officials met on Tuesday, a day after a shootout near X": set off by a comma, the interval dates the act it
     * introduces back (or, with "before", forward) from the day the sentence has reached.
     */
    private static final Pattern INTERVAL_BEFORE_ACT = Pattern.compile(
            "(?i)(?<=, )(?:(the) day|" + NUMBER_WORDS + " (day|days|week|weeks)) (after|before)\\b(?!\\s*[,.;:)])");
    private static final Pattern THIS_WEEK = Pattern.compile("(?i)\\b(this week|earlier this week)\\b");
    /** "later this month": what is still to come in the period the report is read in. */
    private static final Pattern LATER_THIS = Pattern.compile("(?i)\\blater this (week|month|year)\\b");
    /** The parts of a day that may stand beside its name: "Friday morning", "on the evening of the 14th". */
    private static final String PARTS_OF_DAY = "(?:morning|afternoon|evening|night)";
    /** "Then on Friday", "later on Friday": the story goes on from the day it told. */
    private static final Pattern THEN_BEFORE = Pattern.compile("(?i)\\b(?:then|later)\\s+(?:on\\s+)?$");
    /**
     * "started on Wednesday, 14 September, and on Friday grew into ...", "from 12 May until Sunday": a weekday joined to
     * a day the same sentence states moves on from that day.
     */
    private static final Pattern JOINED_BEFORE = Pattern.compile("(?i)\\b(?:and\\s+(?:by\\s+)?|until\\s+|through\\s+)$");
    /**
     * After such a weekday, the verb of the subject already told ("and on Friday spread", "and on Friday morning grew"), not
     * a clause of its own ("and on Friday Southian troops shelled ...", "and on Friday the ministry said ...").
     */
    private static final Pattern SAME_SUBJECT_GOES_ON = Pattern.compile(
            "(?:\\s+" + PARTS_OF_DAY + ")?,?\\s+(?!(?:the|a|an|its|their|his|her|our|this|that)\\b)\\p{Ll}");
    private static final int THEN_REACH = 12;
    /** The weekdays' names, as one capturing group. */
    private static final String WEEKDAYS = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    /** A weekday in full or as a diary shortens it ("Wed 27th"), a dot allowed after the short form. */
    private static final String WEEKDAY_FORMS = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
            + "|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\\.?";
    /** "on Monday of last week", "last week on Monday": that weekday in the calendar week before this one. */
    private static final Pattern WEEKDAY_LAST_WEEK = Pattern.compile(
            "(?i)\\b(?:on )?" + WEEKDAYS + ",? (?:of )?last week\\b");
    private static final Pattern LAST_WEEK = Pattern.compile("(?i)\\b(last week|(?:in )?the (?:last|past) week)\\b");
    /**
     * "the same Friday", "that same Monday", "the morning of that Friday", and "That Thursday, troops ..." opening a
     * clause: a weekday of the day the story has reached. Inside a clause "that" is too often a conjunction ("said that Friday's talks").
     */
    private static final Pattern SAME_WEEKDAY = Pattern.compile("(?i)(?:\\b(?:on )?(?:the|that) same |(?:^|(?<=[,;:] )|\\b(?:on|of) )that )"
            + WEEKDAYS + "\\b(?!['\u2019]s)");
    /** A weekday, not after "a" ("on a Friday", "also a Thursday" describe a day, they point to none). */
    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(?:on |(?i:last) )?(?<!\\ba )(?<!\\bA )(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)\\b");
    /**
     * What must follow a spoken day: a pause. An ordinal before a noun counts things ("In May, the first convoy",
     * "the first-ever patrol", "on Tuesday the first shells").
     */
    private static final String PAUSE_AFTER = "(?![\\w-])(?=\\s*[,.;:]|\\s+[\u2013\u2014-]\\s|\\s*$)";
    /** "October, the seventh, ...", "May - the second, ...": a day of a month as it is spoken, then a pause. */
    private static final Pattern SPOKEN_MONTH_DAY = Pattern.compile(
            "\\b" + MONTH + ",?\\s+(?:[\u2013\u2014-]\\s+)?the\\s+(?i:(" + alternation("day-ordinal-words") + "))" + PAUSE_AFTER);
    /** "the seventh of October", "the fourteenth to the sixteenth of September 2022". */
    private static final Pattern SPOKEN_DAY_OF_MONTH = Pattern.compile(
            "(?i:\\bthe\\s+(?:(" + alternation("day-ordinal-words") + ")\\s+(?:to|until|through|and|[\u2013-])\\s+the\\s+)?("
            + alternation("day-ordinal-words") + ")\\s+of)\\s+" + MONTH + "\\b(?:,?\\s+((?:19|20)\\d\\d)\\b)?");
    /**
     * "Monday, the ninth", "Friday the 16th", "On Friday morning, the sixteenth": a weekday and its day of the month, the
     * month left to the reader. A spelled ordinal needs a pause after it ("on Tuesday the first shells" counts); one in
     * figures only not to count or name a unit ("before dawn on Friday the 16th mortar bombs fell", not "on Friday the 2nd
     * battalion", "the 3rd Motorised Brigade", "the 5th and 7th companies"); "Wednesday the 28th of April" names its month.
     */
    private static final Pattern WEEKDAY_AND_DAY = Pattern.compile(
            "\\b" + WEEKDAY_FORMS + "(?:\\s+" + PARTS_OF_DAY + ",)?,?\\s+(?:the\\s+(?i:(" + alternation("day-ordinal-words") + "))" + PAUSE_AFTER
                    + "|(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)\\b(?!\\s+(?:" + alternation("ordinal-count-nouns") + ")\\b)(?![ \\t]+[A-Z])(?!\\s+of\\s+" + MONTH + ")"
                    + "(?!\\s+and\\s+\\d))");
    /**
     * "On the fourteenth Northia appealed", "on the 16th, troops shelled": a day of the month the story is in, its
     * month left to the reader. A spelled ordinal must be followed by a pause, or open the sentence before a name ("on
     * the second Southian offensive" counts offensives); from the tenth on also by a word no ordinal adjective stands
     * before ("On the twentieth a truce was agreed", "died on the twentieth when") or after a part of the day ("on the
     * evening of the nineteenth"). Any ordinal before a word that counts or names a unit ("on the 44th day", "the
     * 3rd battalion", "on the first Monday") is none.
     */
    private static final String NOT_AN_ADJECTIVE = "\\s+(?:" + alternation("after-a-spoken-day-words") + ")\\b";
    /**
     * The spoken days from the tenth on, which rarely count anything else: "on the first a soldier was killed" may count
     * patrols, "on the twentieth a truce was agreed" is a day.
     */
    private static final String LATE_SPOKEN_DAYS = String.join("|", WORDS.ordered("day-ordinal-words").stream()
            .skip(9).sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote).toList());
    /**
     * The part of a day before its ordinal: "on the evening of", "until the morning of", "in the first hours of" the
     * sixteenth ("the evening of the thirteenth attack" counts attacks: ordinal-count-nouns).
     */
    private static final String HOURS_OF = "(?:[Oo]n|[Ii]n|[Uu]ntil|[Bb]y|[Ff]rom|[Dd]uring)\\s+the\\s+(?:" + PARTS_OF_DAY
            + "|(?:first|early|small)\\s+hours)\\s+of\\s+the\\s+";
    /** What closes a spelled day that opens a clause: a pause, or the part of the day it names. */
    private static final Pattern PAUSE_OR_PART_OF_DAY = Pattern.compile("\\s*[,;:]|\\s+(?:in|during)\\s+the\\s+" + PARTS_OF_DAY + "\\b");
    private static final Pattern ON_THE_DAY = Pattern.compile(
            "\\b(?:On\\s+the\\s+(?i:(" + alternation("day-ordinal-words") + "))(?=\\s*[,.;:]|\\s+[\u2013\u2014-]\\s|\\s+[A-Z]"
                    + "|\\s+(?:in|during)\\s+the\\s+(?:" + PARTS_OF_DAY + ")\\b)"
                    + "|[Oo]n\\s+the\\s+(?i:(" + LATE_SPOKEN_DAYS + "))(?=" + NOT_AN_ADJECTIVE + ")"
                    + "|on\\s+the\\s+(?i:(" + alternation("day-ordinal-words") + "))(?=\\s*[,.;:]|\\s+[\u2013\u2014-]\\s)"
                    + "|[Oo]n\\s+the\\s+(\\d{1,2})(?:st|nd|rd|th)\\b"
                    + "|" + HOURS_OF + "(?:(\\d{1,2})(?:st|nd|rd|th)\\b|(?i:(" + LATE_SPOKEN_DAYS + "))))(?![\\w-])"
                    + "(?!\\s+(?:" + alternation("ordinal-count-nouns") + ")\\b)(?!\\s+" + WEEKDAYS + ")(?!\\s+" + MONTH + ")");
    /** A weekday named after a day, which fixes the day's year: "October, the seventh, a Friday". */
    private static final Pattern WEEKDAY_NAME = Pattern.compile("\\b" + WEEKDAYS + "\\b");
    /** A month's name anywhere in a sentence. */
    private static final Pattern MONTH_NAMED = Pattern.compile("\\b" + MONTH + "\\b");
    private static final List<String> DAY_ORDINALS = WORDS.ordered("day-ordinal-words");
    private static final Pattern YESTERDAY = Pattern.compile("(?i)(?<!\\bby )(?<!\\buntil )(?<!\\bas of )(?<!\\bthe )\\b(yesterday|last night|today|this morning|this afternoon|this evening|tonight)\\b");
    private static final Pattern YEARS_AGO = Pattern.compile("(?i)\\b" + NUMBER_WORDS + " years? ago\\b");
    private static final Pattern STATED_AFTER_COUNT = Pattern.compile("(?i)\\s*,?\\s*(?:on\\s+)?(?:the\\s+)?");
    private static final Pattern YEARS_AGO_THIS = Pattern.compile("(?i)\\b" + NUMBER_WORDS + " years? ago (this week|today|this month|this morning|this afternoon|this evening|tonight|yesterday)\\b(?!['\u2019]s)");
    private static final Pattern RECENT_MONTH = Pattern.compile("(?i)\\b(this month|last month)\\b");
    private static final Pattern THIS_YEAR = Pattern.compile("(?i)\\b(this year|last year|this month|last month)\\b");

    /** How far from a day its sentence states with a year a yearless day may be and still take that year's side. */
    private static final int SAME_SENTENCE_REACH_DAYS = 183;

    /** An encyclopedia's edit link after a section title. */
    private static final Pattern EDIT_LINK = Pattern.compile("\\s*\\[\\s*edit\\s*\\]\\s*$");

    /** A year then a month, as a year's heading and its first month's run together: "2021 April". */
    private static final Pattern YEAR_MONTH = Pattern.compile("((?:19|20)\\d{2})\\s+" + MONTH);

    /** Reads a heading such as "May 2021", "May 2021[edit]" or "2021 May" as the month it dates, or null. */
    public YearMonth headingMonth(String heading) {
        String title = sectionTitle(heading);
        Matcher m = MONTH_YEAR.matcher(title);
        if (m.matches()) {
            return YearMonth.of(Integer.parseInt(m.group(2)), month(m.group(1)));
        }
        // "Chapter 7. Seven days (September 2023)": a chapter's month and year in brackets closing its heading
        Matcher closing = BRACKETED_MONTH_YEAR.matcher(title);
        if (closing.find()) {
            return YearMonth.of(Integer.parseInt(closing.group(2)), month(closing.group(1)));
        }
        Matcher y = YEAR_MONTH.matcher(title);
        return y.matches() ? YearMonth.of(Integer.parseInt(y.group(1)), month(y.group(2))) : null;
    }

    private static final Pattern MONTH_ALONE = Pattern.compile(MONTH);
    private static final Pattern BRACKETED_MONTH_YEAR = Pattern.compile("\\(" + MONTH + ",?\\s+((?:19|20)\\d\\d)\\)\\s*$");

    /** A heading's title without the edit link an encyclopedia puts after it. */
    private static String sectionTitle(String heading) {
        return EDIT_LINK.matcher(heading.strip()).replaceFirst("");
    }

    /** Reads a heading such as "March" or "March[edit]", a timeline's section under a year, as its month (1 to 12), or null. */
    public Integer bareMonthHeading(String heading) {
        Matcher m = MONTH_ALONE.matcher(sectionTitle(heading));
        return m.matches() ? month(m.group(1)) : null;
    }

    /**
     * A heading that names a year, as an encyclopedia timeline's sections do ("2022", "2022[edit]"), or a year and which
     * part of it follows ("2022 (January\u2013August)", "2023: the exodus").
     */
    private static final Pattern YEAR_HEADING = Pattern.compile(
            "((?:19|20)\\d{2})(?:\\s*\\([^()]{1,40}\\)|\\s*[:\u2013\u2014-]\\s*\\p{L}[^.!?]{0,40})?");

    /** An encyclopedia's year article: "2022 in Northia", "2021 in the Westland"; a headline goes on in lower case. */
    private static final Pattern YEAR_ARTICLE = Pattern.compile("((?:19|20)\\d{2}) in (?:the )?\\p{Lu}[\\p{L}-]*(?: \\p{Lu}[\\p{L}-]*)*");

    /** A body's report on one year: "Annual Report 2022", "2022 Annual Report", "Yearbook 2022". */
    private static final Pattern YEAR_REPORT = Pattern.compile("(?i)\\b(?:annual report|yearbook)"
            + "\\W{1,4}((?:19|20)\\d{2})\\b|\\b((?:19|20)\\d{2})\\s+(?:annual report|yearbook)\\b");

    /** The year a title such as "2022 in Northia" or "Annual Report 2022" is about, or null. */
    public Integer yearArticle(String title) {
        Matcher m = YEAR_ARTICLE.matcher(title.strip());
        if (m.matches()) {
            return Integer.valueOf(m.group(1));
        }
        Matcher report = YEAR_REPORT.matcher(title);
        return report.find() ? Integer.valueOf(report.group(1) != null ? report.group(1) : report.group(2)) : null;
    }

    /** Reads a heading such as "2022" as the year it dates, or null. */
    public Integer headingYear(String heading) {
        String title = sectionTitle(heading);
        Matcher m = YEAR_HEADING.matcher(title);
        return m.matches() ? Integer.valueOf(m.group(1)) : null;
    }

    /** The resolved dates of {@code text[span]}, in text order; updates the narrative day as it goes. */
    public List<DateMention> tag(String text, Span span, TemporalContext ctx) {
        return tag(text, span, ctx, List.of());
    }

    /**
     * The same, knowing where the text names places: a place before a year in brackets ("(Kesta, 2021)") makes the year
     * a time of that place, not a cited source's.
     */
    public List<DateMention> tag(String text, Span span, TemporalContext ctx, List<Span> placeNames) {
        // "was born on 3 March 2000": a birthday dates no act, gives no yearless day its year, and the story does not
        // go on from it; it is blanked (keeping every offset) before any pattern reads the sentence
        List<Span> placesHere = placeNames.stream().filter(p -> p.start() >= span.start() && p.end() <= span.end())
                .map(p -> new Span(p.start() - span.start(), p.end() - span.start())).toList();
        String s = withoutCitations(withoutBirthdays(text.substring(span.start(), span.end())), placesHere);
        int base = span.start();
        List<DateMention> found = new ArrayList<>();
        // "last month, on 11 April": a day told beside a date counted from publication is counted from it too
        boolean fromPublication = RECENT_MONTH.matcher(s).find() || THIS_WEEK.matcher(s).find() || LAST_WEEK.matcher(s).find();
        YearMonth opening = openingMonth(s);
        List<StatedDay> stated = daysWithYear(s);
        YearlessDay yearOf = (month, day, dayEnd) -> yearOfThatYear(s, dayEnd, ctx).or(() -> yearNamedAfter(s, dayEnd, ctx))
                .or(() -> yearOfAStateSince(s, month, day, dayEnd, ctx))
                .or(() -> yearOpeningTheSentence(s, dayEnd, ctx)).or(() -> yearOfItsMonthToldBefore(s, month, dayEnd))
                .or(() -> yearOfTheActNamed(s, dayEnd)).or(() -> yearCountedBack(s, dayEnd, ctx))
                .orElseGet(() -> {
            Integer underOpening = yearUnder(opening, month);
            LocalDate told = underOpening != null ? null : lastToldBefore(s, stated, found, base, dayEnd);
            Integer onFromTold = told == null ? null : yearGoingOnFrom(told, month, day, ctx.published());
            Integer inSentence = underOpening != null ? null : onFromTold != null ? onFromTold
                    : yearNear(stated.stream().map(StatedDay::day).toList(), month, day);
            Integer ofAnEarlierMonth = inSentence != null ? null : yearOfAnEarlierMonth(s, month, ctx);
            return underOpening != null ? underOpening : inSentence != null ? inSentence : ofAnEarlierMonth != null ? ofAnEarlierMonth
                    : fromPublication ? ctx.yearBeforePublication(month, day) : ctx.yearFor(month, day);
        });
        scan(DATE_TIME_GROUP, s, found, base, m -> dayRange(2000 + Integer.parseInt(m.group(3)), month(m.group(2)),
                Integer.parseInt(m.group(1)), null, false));
        scan(DAY_MONTH, s, found, base, m -> {
            int month = month(m.group(3));
            // "UPDATE 2 - 12 April", "Entry 7 — 9 May 2023": the entry's number before its day is no first day of a run
            boolean numbered = m.group(2) != null && ENTRY_NUMBER_BEFORE.matcher(s.substring(0, m.start())).matches();
            int day = Integer.parseInt(numbered ? m.group(2) : m.group(1));
            Integer end = m.group(2) == null || numbered ? null : Integer.parseInt(m.group(2));
            // ("It began on Tuesday, 19 September": the weekday tells the year a memoir printed later leaves out)
            int year = m.group(4) != null ? Integer.parseInt(m.group(4)) : end != null ? yearOf.of(month, day, m.end())
                    : yearOfItsWeekday(s, m.start(), month, day, yearOf.of(month, day, m.end()));
            return dayRange(year, month, day, end, false);
        });
        scan(MONTH_DAY, s, found, base, m -> {
            int month = month(m.group(1));
            int day = Integer.parseInt(m.group(2));
            Integer end = m.group(3) == null ? null : Integer.parseInt(m.group(3));
            int year = m.group(4) != null ? Integer.parseInt(m.group(4)) : yearOf.of(month, day, m.end());
            return dayRange(year, month, day, end, false);
        });
        scan(SPOKEN_MONTH_DAY, s, found, base, m -> spokenDay(s, m, month(m.group(1)), ordinalDay(m.group(2)), yearOf));
        scan(SPOKEN_DAY_OF_MONTH, s, found, base, m -> {
            int month = month(m.group(3));
            int day = ordinalDay(m.group(2));
            if (m.group(1) == null && m.group(4) == null) {
                return spokenDay(s, m, month, day, yearOf);
            }
            Integer first = m.group(1) == null ? null : ordinalDay(m.group(1));
            int year = m.group(4) != null ? Integer.parseInt(m.group(4)) : yearOf.of(month, first == null ? day : first, m.end());
            return first == null ? dayRange(year, month, day, null, false) : dayRange(year, month, first, day, false);
        });
        // only a day in figures looks back: a spelled "On the second" may still count something. Before the story has
        // told a day, it stands at the day its sentence told before ("KESTA, 4 October - Two soldiers died on the
        // twenty-first"), else at the report's own day, unless the sentence names a month not yet read ("Start in May
        // 2021. On the 12th of that month")
        LocalDate toldHere = toldInTheSentence(found);
        LocalDate standsAt = toldHere != null || ctx.anchor() != null || MONTH_NAMED.matcher(s).find()
                ? toldHere : ctx.today();
        scan(ON_THE_DAY, s, found, base, m -> {
            int day = m.group(1) != null ? ordinalDay(m.group(1)) : m.group(2) != null ? ordinalDay(m.group(2))
                    : m.group(3) != null ? ordinalDay(m.group(3)) : m.group(6) != null ? ordinalDay(m.group(6))
                    : Integer.parseInt(m.group(4) != null ? m.group(4) : m.group(5));
            // "In April 2021 residents threw stones at each other on the 28th": the month the sentence told before it
            // ("on the 3rd of this month" names its own month)
            YearMonth monthHere = OF_AFTER.matcher(s).region(m.end(), s.length()).lookingAt() ? null : monthToldBefore(s, m.start());
            if (monthHere != null && monthHere.isValidDay(day) && (ctx.today() == null || !monthHere.atDay(day).isAfter(ctx.today()))) {
                return dayRange(monthHere.getYear(), monthHere.getMonthValue(), day, null, false);
            }
            // ("on the evening of the nineteenth" may look back too)
            // (a spelled day closed by a pause, "agreed on the twenty-ninth, but", may look back to the nearer day)
            // ("On the fourteenth, at X, ...", "On the sixteenth in the morning": a spelled day closed by a pause or a
            // part of the day may look back too; "On the second Southian offensive" may count)
            boolean paused = m.group(1) != null && PAUSE_OR_PART_OF_DAY.matcher(s).region(m.end(), s.length()).lookingAt();
            return dayOfStoryMonth(ctx, standsAt, day, m.group(4) != null || m.group(5) != null || m.group(6) != null || paused,
                    m.group(3) != null);
        });
        // "28.04.21, 10:58": a chat export's stamp, its year in two figures, which only the clock after it makes a day
        scan(SHORT_YEAR_STAMP, s, found, base, m -> dayRange(2000 + Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(1)), null, false));
        scan(DOTTED_DAY, s, found, base, m -> {
            int first = Integer.parseInt(m.group(2));
            int second = Integer.parseInt(m.group(4));
            boolean monthFirst = m.group(1) == null && second > 12 && first <= 12;
            int day = monthFirst ? second : first;
            int month = monthFirst ? first : second;
            return m.group(1) == null ? dayRange(Integer.parseInt(m.group(5)), month, day, null, false)
                    : dayRange(Integer.parseInt(m.group(5)), month, Integer.parseInt(m.group(1)), day, false);
        });
        scan(ISO_DAY, s, found, base, m -> dayRange(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)), null, false));
        // days in figures without a year: the year a weekday before them names, else the yearless reading
        DaysInFigures inFigures = (m, month, day, end) ->
                dayRange(yearOfItsWeekday(s, m.start(), month, day, yearOf.of(month, day, m.end())), month, day, end, false);
        Resolver numericDay = m -> inFigures.of(m, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(1)),
                m.group(4) == null ? null : Integer.parseInt(m.group(4)));
        scan(NUMERIC_DAY_RANGE, s, found, base, numericDay);
        scan(NUMERIC_DAYS_OF_A_MONTH, s, found, base, m -> {
            int day = Integer.parseInt(m.group(1));
            int end = Integer.parseInt(m.group(2));
            return end <= day ? null : inFigures.of(m, Integer.parseInt(m.group(4)), day, end);
        });
        scan(NUMERIC_DAY_MONTH, s, found, base, numericDay);
        scan(MONTH_YEAR, s, found, base, m -> {
            return monthOf(Integer.parseInt(m.group(2)), month(m.group(1)));
        });
        scan(BARE_MONTH, s, found, base, m -> {
            int month = month(m.group(3));
            String lead = m.group(1).toLowerCase(Locale.ROOT);
            int year;
            Matcher after = YEAR.matcher(s).region(m.end(), Math.min(s.length(), m.end() + 30));
            Matcher anywhere = YEAR.matcher(s);
            // "In November of the same year", the year told in an earlier sentence: the story's
            Optional<Integer> thatYear = yearOfThatYear(s, m.end(), ctx);
            Optional<Integer> yearWords = yearNamedAfter(s, m.end(), ctx).or(() -> yearNamedJustBefore(s, m.start(), ctx));
            if (thatYear.isPresent()) {
                year = thatYear.get(); // "a war in 2020 that ended with a ceasefire in November of that year"
            } else if (yearWords.isPresent()) {
                year = yearWords.get(); // "crossed the border in May last year"
            } else if (after.find()) {
                year = Integer.parseInt(after.group(1)); // "in late July and early August 2022"
            } else if (lead.equals("the") && anywhere.find()) {
                year = Integer.parseInt(anywhere.group(1)); // "since the 2020 war ... the November ceasefire"
            } else if (ctx.published() != null && YEARS_AGO.matcher(s).find()) {
                Matcher ago = YEARS_AGO.matcher(s);
                ago.find();
                year = ctx.published().getYear() - number(ago.group(1)); // "ended a year ago in November"
            } else if (lead.equals("that") && ctx.anchor() != null) {
                year = ctx.anchor().getYear(); // "On 26 August ... the blockade that began that December"
            } else if (ctx.headingYear() != null) {
                year = ctx.headingYear(); // "May 2021", or "2022" over a timeline's section: its "In June" is June 2022
            } else if (!lead.equals("last") && ctx.anchor() != null) {
                year = ctx.yearFor(month, 1); // "On 27 January 2022 ... In June": the narrative's June, not the last one
            } else if (ctx.published() != null) {
                year = ctx.published().getYear();
                if (YearMonth.of(year, month).isAfter(YearMonth.from(ctx.published())) || lead.equals("last")
                        && YearMonth.of(year, month).equals(YearMonth.from(ctx.published()))) {
                    year--;
                }
            } else {
                return null;
            }
            return monthOf(year, month);
        });
        // "You all remember April four years ago": counted back from the page's year, with no word before it either
        if (ctx.published() != null) {
            scan(MONTH_YEARS_AGO, s, found, base, m -> monthOf(ctx.published().getYear() - number(m.group(2)), month(m.group(1))));
        }
        // "We remember April of last year": a month the year words after it date need no word before it
        scan(MONTH_OF_YEAR_WORDS, s, found, base, m -> yearNamedAfter(s, m.end(), ctx)
                .map(year -> monthOf(year, month(m.group(1)))).orElse(null));
        // "the next day" counts from a day stated earlier in the same sentence, else from the narrative
        scan(NEXT_DAY, s, found, base, m -> relative(dayBefore(found, base + m.start(), ctx), 1, 0));
        scan(PREVIOUS_DAY, s, found, base, m -> relative(dayBefore(found, base + m.start(), ctx), -1, 0));
        scan(NEXT_DAYS, s, found, base, m -> relative(dayBefore(found, base + m.start(), ctx), 1, number(m.group(1)) - 1));
        scan(THOSE_DAYS, s, found, base, m -> {
            if (m.group(1) == null && ctx.toldRun() != null && ctx.narrativeDay().equals(dayBefore(found, base + m.start(), ctx))) {
                return new DateMention(null, ctx.toldRun(), true); // "from 4 to 7 June ... During those days": all of them
            }
            int days = m.group(1) == null ? 1 : number(m.group(1));
            return relative(dayBefore(found, base + m.start(), ctx), 1 - days, days - 1);
        });
        scan(LATER, s, found, base, m -> {
            // "Twelve days later, on 25 December": the day stated right after the count is the day
            boolean statedRightAfter = found.stream().anyMatch(d -> d.date().precision() == DatePrecision.DAY
                    && d.span().start() >= base + m.end()
                    && STATED_AFTER_COUNT.matcher(s.substring(m.end(), d.span().start() - base)).matches());
            if (statedRightAfter) {
                return null;
            }
            // "one week later" ("two days earlier") counts from a date stated earlier in the sentence, else from the narrative
            DateMention anchor = found.stream().filter(d -> d.span().end() <= base + m.start())
                    .max(Comparator.comparingInt(d -> d.span().start())).orElse(null);
            LocalDate from = anchor != null ? anchor.date().start() : ctx.narrativeDay();
            if (from == null) {
                return null;
            }
            int n = number(m.group(1)) * (m.group(3).equalsIgnoreCase("earlier") ? -1 : 1);
            boolean weeks = m.group(2).startsWith("week");
            DateMention counted = countedFrom(from, n, weeks);
            if (anchor != null && anchor.date().precision() != DatePrecision.DAY) {
                LocalDate d = counted.date().start();
                return monthOf(d.getYear(), d.getMonthValue()); // an approximate offset from a month stays a month
            }
            return counted;
        });
        scan(LONG_LATER, s, found, base, m -> {
            // from the last date the sentence told, else the story's point, else a year the text told ("broke out in 2014")
            LocalDate from = found.stream().filter(d -> d.span().end() <= base + m.start())
                    .max(Comparator.comparingInt(d -> d.span().start())).map(d -> d.date().start())
                    .orElse(ctx.anchor() != null ? ctx.anchor() : ctx.toldYear() == null ? null : LocalDate.of(ctx.toldYear(), 1, 1));
            if (from == null) {
                return null;
            }
            int n = number(m.group(1));
            if (m.group(2).toLowerCase(Locale.ROOT).startsWith("year")) {
                return new DateMention(null, DateSpan.of(LocalDate.of(from.getYear() + n, 1, 1), DatePrecision.YEAR), false);
            }
            YearMonth reached = YearMonth.from(from).plusMonths(n);
            return monthOf(reached.getYear(), reached.getMonthValue());
        });
        // "On the same Friday": the weekday of the day the story told, not the Friday before publication
        scan(SAME_WEEKDAY, s, found, base, m -> {
            LocalDate told = dayBefore(found, base + m.start(), ctx);
            DayOfWeek weekday = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            // "the same Friday" is the day told; "On Tuesday 13 June ... That Thursday" goes on to the Thursday after it,
            // but "on Friday, 16 September ... died three days later ... on the morning of that Friday" goes back to the
            // Friday the story named
            boolean same = m.group(0).toLowerCase(Locale.ROOT).contains("same");
            boolean named = told != null && told.with(TemporalAdjusters.previousOrSame(weekday)).equals(ctx.dayNamedWithItsWeekday());
            return told == null ? null : relative(told.with(same || named ? TemporalAdjusters.previousOrSame(weekday)
                    : TemporalAdjusters.nextOrSame(weekday)), 0, 0);
        });
        if (ctx.published() != null) {
            LocalDate pub = ctx.today();
            scan(WEEKDAY_AND_DAY, s, found, base, m -> {
                int dayOfMonth = m.group(2) != null ? ordinalDay(m.group(2)) : Integer.parseInt(m.group(3));
                LocalDate day = weekdayOnDay(ctx, weekdayNamed(m.group(1)), dayOfMonth);
                return day == null ? null : new DateMention(null, DateSpan.day(day), false);
            });
            scan(WEEKDAY_LAST_WEEK, s, found, base, m -> new DateMention(null, DateSpan.day(pub.minusWeeks(1)
                    .with(DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT)))), false));
            // "two years ago this week": the same week, that many years back (before "this week" alone reads it)
            scan(YEARS_AGO_THIS, s, found, base, m -> {
                LocalDate then = pub.minusYears(number(m.group(1)));
                String unit = m.group(2).toLowerCase(Locale.ROOT);
                DateSpan same = unit.equals("yesterday") ? DateSpan.day(then.minusDays(1))
                        : !unit.endsWith("week") && !unit.endsWith("month") ? DateSpan.day(then) // "today", "this morning"
                        : unit.endsWith("month") ? DateSpan.of(then.withDayOfMonth(1), DatePrecision.MONTH)
                        : new DateSpan(then.with(DayOfWeek.MONDAY), then.with(DayOfWeek.SUNDAY), DatePrecision.WEEK);
                return new DateMention(null, same, true);
            });
            scan(LATER_THIS, s, found, base, m -> laterThis(pub, m.group(1).toLowerCase(Locale.ROOT)));
            scan(THIS_WEEK, s, found, base, m -> new DateMention(null,
                    new DateSpan(pub.with(DayOfWeek.MONDAY), pub, DatePrecision.WEEK), false));
            scan(LAST_WEEK, s, found, base, m -> new DateMention(null,
                    new DateSpan(pub.minusDays(7), pub, DatePrecision.WEEK), false));
            // "on Wednesday" in a Wednesday's news is that day; "last Wednesday" is the one before it
            Resolver weekdayDay = m -> {
                // "Wednesday, 14 September": the weekday names the day of the date after it
                int next = dateAfter(s, m.end());
                // ("Saturday night, 17 October" only when the 17th was a Saturday: "Monday evening, 12 October's truce"
                // names the truce's day)
                boolean partOfDay = PART_OF_DAY_AFTER.matcher(s).region(m.end(), s.length()).lookingAt();
                DayOfWeek weekday = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
                DateMention labelled = next < 0 ? null : found.stream()
                        // ("Tuesday the nineteenth of September": a spoken day begins at its "the")
                        .filter(d -> (d.span().start() == base + next || d.span().start() == base + next - 4
                                && s.regionMatches(true, next - 4, "the ", 0, 4)) && d.date().precision() == DatePrecision.DAY)
                        .filter(d -> !partOfDay || d.date().start().getDayOfWeek() == weekday && !possessive(s, d.span().end() - base))
                        .findFirst().orElse(null);
                if (labelled == null && !possessive(s, m.end(1))) {
                    // "28 April 2021, Wednesday", "14 September (Wednesday)": a diary's or a log's weekday after its day,
                    // when it is that day's weekday ("2 May, Monday brought ..." begins a new clause)
                    labelled = found.stream().filter(d -> d.date().precision() == DatePrecision.DAY
                            && d.date().start().getDayOfWeek() == weekday
                            && d.span().end() - base <= m.start(1) && weekdayFollows(s, d.span().end() - base, m.start(1)))
                            .findFirst().orElse(null);
                }
                if (labelled != null) {
                    return new DateMention(null, DateSpan.day(labelled.date().start()), false);
                }
                // "the first shells came on the Friday morning, ... remembering 16 September last year": "the Friday"
                // points back to a day the sentence states, when that day fell on it, not to the last Friday before
                // publication ("on Friday, a year after the 16 September clashes" is this week's Friday)
                boolean pointsBack = m.start() >= 4 && s.regionMatches(true, m.start() - 4, "the ", 0, 4);
                Optional<DateMention> sameWeekday = !pointsBack ? Optional.empty() : found.stream()
                        .filter(d -> d.statesDay() && d.date().end() == null
                                && d.date().start().getDayOfWeek() == weekday).findFirst();
                if (sameWeekday.isPresent()) {
                    return new DateMention(null, DateSpan.day(sameWeekday.get().date().start()), false);
                }
                boolean last = m.group(0).regionMatches(true, 0, "last", 0, 4);
                // "The trouble began on Wednesday, 28 April. By Thursday morning troops were shooting": a story that
                // named its past day with its weekday names the days after it by weekday alone
                // ("agreed a ceasefire late on Thursday, but ... were still exchanging fire on Friday": from the day before)
                LocalDate storyDay = found.stream().filter(d -> d.statesDay() && d.span().end() <= base + m.start())
                        .max(Comparator.comparingInt(d -> d.span().start())).map(d -> d.date().start())
                        .orElse(ctx.narrativeDay());
                // (a weekday on a line of its own, as a diary heads its next entry, goes on from the entry before it; in
                // running text only a weekday the story moves on to does: "By Thursday morning", or one after another
                // weekday of the story in the same sentence. "On Monday" after a day looked back to is the reader's week)
                boolean aloneOnItsLine = WEEKDAY_ALONE.matcher(s).matches();
                boolean movesOn = STORY_MOVES_ON.matcher(s.substring(Math.max(0, m.start() - THEN_REACH), m.start())).find()
                        || found.stream().anyMatch(d -> d.statesDay() && d.span().end() <= base + m.start()
                        && WEEKDAY_NAME.matcher(text.substring(d.span().start(), d.span().end())).find());
                // (a memoir or a report dated only by its year has no reader's week: its weekdays are the story's)
                if (!last && ctx.toldByWeekday() && storyDay != null && (aloneOnItsLine || ctx.noReadersWeek()
                        || movesOn && storyDay.isBefore(pub.minusDays(WEEKDAY_STORY_GAP_DAYS)))) {
                    return new DateMention(null, DateSpan.day(storyDay.with(TemporalAdjusters.nextOrSame(weekday))), false);
                }
                // "On Wednesday the 14th we heard shooting. Then on Friday shells landed": a weekday the story moves on
                // to comes after the day it told, not in the week the report was published
                String before = s.substring(Math.max(0, m.start() - THEN_REACH), m.start());
                boolean joined = JOINED_BEFORE.matcher(before).find() && SAME_SUBJECT_GOES_ON.matcher(s).region(m.end(), s.length()).lookingAt();
                LocalDate toldBefore = THEN_BEFORE.matcher(before).find() || joined
                        ? found.stream().filter(d -> d.statesDay() && d.span().end() <= base + m.start()
                                        && (!joined || d.span().start() >= base))
                                .max(Comparator.comparingInt(d -> d.span().start()))
                                .map(d -> d.date().start()).orElse(joined ? null : ctx.narrativeDay())
                        : null;
                if (!last && toldBefore != null && toldBefore.isBefore(pub.minusDays(7))) {
                    return new DateMention(null, DateSpan.day(toldBefore.with(TemporalAdjusters.next(weekday))), false);
                }
                // "UPDATE 3 (28 January, 15:40): officials met on Friday": an update's weekday is of the update's week
                LocalDate updated = updateStampDay(s, found, base);
                if (updated != null && !last) {
                    return new DateMention(null, DateSpan.day(updated.with(TemporalAdjusters.previousOrSame(weekday))), false);
                }
                LocalDate previous = pub.with(TemporalAdjusters.previous(weekday));
                // "last Tuesday" in Wednesday's paper is the Tuesday of the week before: yesterday would be "yesterday"
                LocalDate lastOne = previous.equals(pub.minusDays(1)) ? previous.minusWeeks(1) : previous;
                return new DateMention(null, DateSpan.day(last ? lastOne : pub.with(TemporalAdjusters.previousOrSame(weekday))), false);
            };
            // "overnight Friday into Saturday": the night joins the weekday to the next day
            // ("on a cold Saturday in January 2014": one of a month's Saturdays, which the month alone dates)
            scan(WEEKDAY, s, found, base, m -> WEEKDAY_OF_A_MONTH.matcher(s).region(m.end(), s.length()).lookingAt() ? null
                    : intoTheNextDay(s, m.end(), weekdayDay.resolve(m)));
            // deictic: "today" in a quotation is the speaker's day, so it counts as relative, not stated
            scan(YESTERDAY, s, found, base, m -> new DateMention(null,
                    DateSpan.day(m.group(1).equalsIgnoreCase("yesterday") || m.group(1).equalsIgnoreCase("last night")
                            ? pub.minusDays(1) : pub), true));
            scan(YEARS_AGO, s, found, base, m -> new DateMention(null,
                    DateSpan.of(LocalDate.of(pub.getYear() - number(m.group(1)), 1, 1), DatePrecision.YEAR), true));
            scan(THIS_YEAR, s, found, base, m -> {
                String w = m.group(1).toLowerCase(Locale.ROOT);
                if (w.endsWith("month")) {
                    YearMonth ym = YearMonth.from(pub).minusMonths(w.startsWith("last") ? 1 : 0);
                    return monthOf(ym.getYear(), ym.getMonthValue());
                }
                return new DateMention(null, DateSpan.of(LocalDate.of(pub.getYear() - (w.startsWith("last") ? 1 : 0), 1, 1),
                        DatePrecision.YEAR), false);
            });
        }
        // after the weekdays too: "accused them of firing on Thursday; ... had that day shelled ..." is that Thursday
        scan(SAME_DAY, s, found, base, m -> relative(dayBefore(found, base + m.start(), ctx), 0, 0));
        scan(SAME_MONTH, s, found, base, m -> {
            LocalDate day = dayBefore(found, base + m.start(), ctx);
            return day == null ? null : new DateMention(null, DateSpan.of(day.withDayOfMonth(1), DatePrecision.MONTH), true);
        });
        // after the weekdays: the day counted from may be one ("on Tuesday, a day after ...")
        scan(INTERVAL_BEFORE_ACT, s, found, base, m -> {
            int n = (m.group(1) != null ? 1 : number(m.group(2))) * (m.group(4).equalsIgnoreCase("after") ? -1 : 1);
            boolean weeks = m.group(3) != null && m.group(3).toLowerCase(Locale.ROOT).startsWith("week");
            LocalDate day = dayBefore(found, base + m.start(), ctx);
            return day == null ? null : countedFrom(day, n, weeks);
        });
        scan(YEAR, s, found, base, m -> isBirthYear(s, m.start()) ? null : new DateMention(null,
                DateSpan.of(LocalDate.of(Integer.parseInt(m.group(1)), 1, 1), DatePrecision.YEAR), false));
        found.sort(Comparator.comparingInt(d -> d.span().start()));
        joinDayRanges(s, found, base);
        LocalDate latestDay = null;
        for (DateMention d : found) {
            if (stampsThePage(s, d.span().start() - base)) {
                continue; // "Published Monday, 16 September 2024": the page's day, not one its story told
            }
            if (d.statesDay() && ctx.readAYearBackAsPast(d.date().start())
                    && PLAN_WORDS.matcher(s).find()) {
                continue; // "the next update will be issued on 3 October": a plan read a year back sets no story's day
            }
            if (d.date().precision() == DatePrecision.DAY) {
                LocalDate day = d.date().end() != null ? d.date().end() : d.date().start();
                boolean documentsDay = datesADocument(s, d.span().start() - base);
                boolean weekdayNamed = d.date().end() == null && namedWithItsWeekday(s, d.span().start() - base, d.span().end() - base, day);
                if (latestDay == null || day.isAfter(latestDay) || day.equals(latestDay) && weekdayNamed) {
                    // "On 23 April 2023 X set up a post, breaching the statement of 9 November 2020": the sentence's
                    // earlier day looks back; the story stays at its latest day
                    // ("stayed there that night and most of the next day": a day counted on keeps the story's weekdays)
                    ctx.setNarrativeDay(day, documentsDay, weekdayNamed || d.relative() && ctx.toldByWeekday());
                    if (weekdayNamed) {
                        ctx.setDayNamedWithItsWeekday(day);
                    }
                    ctx.setToldRun(d.date());
                    latestDay = day;
                }
                if (!d.relative() && !documentsDay) {
                    ctx.setToldMonth(YearMonth.from(d.date().start()));
                }
                if (!d.relative()) {
                    ctx.setToldDay(d.date().start());
                }
            } else if (d.date().precision() == DatePrecision.MONTH && !d.relative()
                    && (namesItsYear(text.substring(d.span().start(), d.span().end()))
                        || LONG_LATER.matcher(text.substring(d.span().start(), d.span().end())).matches()
                        || MONTH_POINTED_TO.matcher(text.substring(d.span().start(), d.span().end())).lookingAt()
                        || MONTH_YEARS_AGO.matcher(text.substring(d.span().start(), d.span().end())).matches()
                        || THAT_YEAR.matcher(text).region(d.span().end(), text.length()).lookingAt()
                        || YEAR_WORDS_AFTER.matcher(text.substring(d.span().end(), Math.min(text.length(), d.span().end() + 24))).find())) {
                // ("In November of the same year", "In May last year": a month whose year the words after it give;
                // "this March", "last March": the page's year, or the one before)
                if (!namesAThing(s, d.span().start() - base)
                        && (ctx.anchor() == null || !YearMonth.from(d.date().start()).isBefore(YearMonth.from(ctx.anchor())))) {
                    // "In April 2021, thousands had fled the same area": a look back, after which "on 16 September"
                    // still belongs to the story's year; only a month at or after the story's point moves it on
                    ctx.setStatedMonth(d.date().start());
                }
                if (!SINCE_BEFORE.matcher(s.substring(Math.max(0, d.span().start() - base - SINCE_REACH),
                        d.span().start() - base)).find()) {
                    // "the fighting of April 2021" is told too; "the worst since September 2022" only measures
                    ctx.setToldMonth(YearMonth.from(d.date().start()));
                }
            }
            if (!d.relative() && !(d.date().precision() == DatePrecision.YEAR && ctx.toldYear() != null
                    && LOOK_BACK_BEFORE_MONTH.matcher(text.substring(Math.max(0, d.span().start() - LOOK_BACK_CHARS),
                    d.span().start())).find())) {
                // "a war in 2020. A truce ... in November of the same year"; but "since the autumn of 2020" only looks
                // back, and "that year" after it is still the story's, when the story told one
                ctx.setToldYear(d.date().start().getYear());
            }
            boolean countedOn = LONG_LATER.matcher(text.substring(d.span().start(), d.span().end())).matches();
            if (d.date().precision() == DatePrecision.YEAR && !d.relative() && (ctx.anchor() != null
                    && d.date().start().getYear() > ctx.anchor().getYear() || ctx.anchor() == null && countedOn)) {
                // "... in 1992. ... during the 2020 war. ... on 12 December": the narrative has moved on to 2020 (and
                // "broke out in 2014. Seven years later ...": to 2021)
                ctx.setStatedMonth(d.date().start());
            } else if (d.date().precision() == DatePrecision.YEAR && !d.relative()
                    && (ctx.anchor() == null || ctx.anchor().equals(ctx.published())) && !ctx.readingAHeading()
                    && recentYearOfAStory(ctx, d.date().start().getYear()) && !withinBrackets(s, d.span().start() - base)
                    && !s.substring(0, d.span().start() - base).toLowerCase(Locale.ROOT).endsWith("the ")
                    && !SINCE_BEFORE.matcher(s.substring(Math.max(0, d.span().start() - base - SINCE_REACH), d.span().start() - base)).find()) {
                // "The fighting of spring 2021 began there. On 28 April ...", in a commentary of 2023: before any day
                // but the page's own is told, a recent year stated sets the story's year. An old one ("drawn in
                // 1924") is background, and so are a year in brackets ("[Photo: his oath ceremony in 2019]"), a year
                // naming an act ("the ceasefire that ended the 2020 war") and a heading's ("2022 budget review")
                ctx.setStatedMonth(d.date().start());
            }
        }
        if (ctx.lastTold() != null && PRESENT_NOW.matcher(s).find() && !ctx.readingAHeading()) {
            // "burned in 2022, was rebuilt in 2023, and is now being emptied again": the story has come back to the
            // page's own days, and a yearless "13 March" after it is this year's (in a diary's entry or under a
            // dateline, "now" is that entry's day)
            ctx.comeBackToThePresent(ctx.dateline().orElse(ctx.lastTold()));
        }
        return found;
    }

    /** What joins the two days of a span: "29 April – 1 May", "from 29 April to 1 May". */
    private static final Pattern DAYS_JOINED = Pattern.compile("(?i)\\s*(?:-|\u2013|\u2014|to|until|till|through)\\s*");
    /** "between 29 April and 1 May": the two days a span lies between. */
    private static final Pattern DAYS_BETWEEN = Pattern.compile("(?i)\\s*and\\s*");
    private static final Pattern BETWEEN_BEFORE = Pattern.compile("(?i)\\bbetween\\s+(?:the\\s+)?$");
    /** The longest span two joined days are read as; two days further apart are two dates, not one span. */
    private static final int LONGEST_JOINED_SPAN_DAYS = 62;

    /**
     * Two days in different months that bound one span ("from 29 April to 1 May 2021", "between 29 April and 1 May")
     * become one mention of the span; a range within one month is read by the day patterns themselves.
     */
    private static void joinDayRanges(String s, List<DateMention> found, int base) {
        for (int i = 0; i + 1 < found.size(); i++) {
            DateMention first = found.get(i);
            DateMention last = found.get(i + 1);
            if (!first.statesDay() || !last.statesDay() || first.date().end() != null || last.date().end() != null) {
                continue;
            }
            String between = s.substring(first.span().end() - base, last.span().start() - base);
            String before = s.substring(0, first.span().start() - base);
            boolean joined = DAYS_JOINED.matcher(between).matches()
                    || DAYS_BETWEEN.matcher(between).matches() && BETWEEN_BEFORE.matcher(before).find();
            LocalDate from = first.date().start();
            LocalDate to = last.date().start();
            if (joined && from.isAfter(to) && from.minusYears(1).isBefore(to)) {
                if (namesItsYear(s.substring(last.span().start() - base, last.span().end() - base))) {
                    from = from.minusYears(1); // "29 December to 2 January 2023": the first day's year is the one before
                } else {
                    // "postponed from 15 November to 25 November", on 16 November: the span runs on past the page's day
                    // (its last day alone was read a year back, as a day after the page's)
                    to = to.plusYears(1);
                }
            }
            if (!joined || !from.isBefore(to) || java.time.temporal.ChronoUnit.DAYS.between(from, to) > LONGEST_JOINED_SPAN_DAYS) {
                continue;
            }
            found.set(i, new DateMention(new Span(first.span().start(), last.span().end()),
                    new DateSpan(from, to, DatePrecision.DAY), false));
            found.remove(i + 1);
        }
    }

    /** How many years before the page a year stated first may still be the year its story is told in. */
    private static final int RECENT_STORY_YEARS = 3;

    /** Whether {@code at} lies inside brackets or parentheses opened before it in the sentence. */
    private static boolean withinBrackets(String s, int at) {
        String before = s.substring(0, at);
        return before.lastIndexOf('[') > before.lastIndexOf(']') || before.lastIndexOf('(') > before.lastIndexOf(')');
    }

    private static boolean recentYearOfAStory(TemporalContext ctx, int year) {
        return ctx.published() != null && year < ctx.published().getYear() && ctx.published().getYear() - year <= RECENT_STORY_YEARS;
    }

    /** "since" a few words before a month: the month a comparison counts from ("the heaviest since the clashes of May 2021"). */
    private static final Pattern SINCE_BEFORE = Pattern.compile("(?i)\\bsince\\b[^.;]*$");
    private static final int SINCE_REACH = 32;

    /** "last September": a month named with the word that counts it back from publication, which fixes its year. */
    private static final Pattern LAST_NAMED_MONTH = Pattern.compile("(?i:last)\\s+" + MONTH + "\\b");

    /** Whether a month's words fix its year: "April 2021", or "last September" counted from publication. */
    /** Words that tell a day as one to come: "the next update will be issued on 3 October". */
    private static final Pattern PLAN_WORDS = Pattern.compile("(?i)\\b(?:will|next|due|scheduled|planned|expected|upcoming)\\b");

    private static boolean namesItsYear(String words) {
        return MONTH_YEAR.matcher(words).find() || LAST_NAMED_MONTH.matcher(words).lookingAt();
    }

    /** "on September 14 last year", "in May (of) last year": the year the words after a yearless date name, counted from publication. */
    private static final Pattern YEAR_WORDS_AFTER = Pattern.compile("(?i)^,?\\s+(?:of\\s+)?(last|this|the previous) year\\b");

    /**
     * "Last year, on 26 August, ...": year words and a comma opening a sentence give the yearless day right after them
     * its year ("Last year's truce", "Last year the sides clashed ..., and on 14 April ..." give none).
     */
    private static final Pattern YEAR_WORDS_OPENING = Pattern.compile("(?i)^[\\s\\p{Punct}]*(last|this) year,\\s*(?:on|in)?\\s*");
    /** How far past the opening year words the yearless day may end ("on the morning of 26 August"). */
    private static final int OPENING_YEAR_REACH = 30;

    private static Optional<Integer> yearOpeningTheSentence(String s, int dayEnd, TemporalContext ctx) {
        Matcher opening = YEAR_WORDS_OPENING.matcher(s);
        if (!opening.find() || dayEnd - opening.end() > OPENING_YEAR_REACH || s.substring(opening.end(), dayEnd).contains(",")) {
            return Optional.empty();
        }
        return yearCountedFromPublication(opening.group(1), ctx);
    }

    /** "The escalation of 2021 began ... on 28 April": an act named by its year sets the year of the day told of it. */
    private static final Pattern ACT_OF_A_YEAR = Pattern.compile("(?i)\\b(?:" + alternation("acts-named-by-year")
            + ")\\s+of\\s+((?:19|20)\\d\\d)\\b");
    private static final int ACT_OF_A_YEAR_REACH = 80;

    private static Optional<Integer> yearOfTheActNamed(String s, int dayEnd) {
        Matcher m = ACT_OF_A_YEAR.matcher(s).region(Math.max(0, dayEnd - ACT_OF_A_YEAR_REACH), dayEnd);
        Integer year = null;
        while (m.find()) {
            year = Integer.parseInt(m.group(1));
        }
        return Optional.ofNullable(year);
    }

    /** "have blocked since 12 December", "has been closed since March 3": a state that lasts to the day of reading. */
    private static final Pattern STATE_SINCE = Pattern.compile(
            "(?i)\\b(?:have|has)\\b[^.;]{0,80}\\bsince\\s+(?:\\d{1,2}(?:st|nd|rd|th)?\\s+\\p{L}+|\\p{L}+\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?)$");

    /** The year of a yearless day a state has lasted since, up to the report: the last such day before it. */
    private static Optional<Integer> yearOfAStateSince(String s, int month, int day, int dayEnd, TemporalContext ctx) {
        if (ctx.published() == null || !STATE_SINCE.matcher(s.substring(Math.max(0, dayEnd - 120), dayEnd)).find()) {
            return Optional.empty();
        }
        return Optional.of(ctx.yearBeforePublication(month, day));
    }

    /** A weekday right before a day in figures: "Wednesday 17.05", "Sat 01.05". */
    private static final Pattern WEEKDAY_BEFORE = Pattern.compile("(?i)\\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s{1,2}$");
    /**
     * The year of a yearless day in figures that a weekday names: of the year found and the ones either side, the
     * nearest in which the day falls on that weekday ("Wednesday 17.05" read in May 2023 is 17 May 2023, a Wednesday,
     * not 17 May 2022); the year found when no weekday stands before it or none fits.
     */
    private static int yearOfItsWeekday(String s, int dayStart, int month, int day, int year) {
        Matcher w = WEEKDAY_BEFORE.matcher(s.substring(Math.max(0, dayStart - 14), dayStart));
        if (!w.find()) {
            return year;
        }
        DayOfWeek named = weekdayNamed(w.group(1));
        for (int candidate : new int[] {year, year + 1, year - 1}) {
            if (java.time.MonthDay.of(month, day).isValidYear(candidate) && LocalDate.of(candidate, month, day).getDayOfWeek() == named) {
                return candidate;
            }
        }
        return year;
    }

    /**
     * "Two years earlier, on the 28th of April", "on 28 April, two years ago": whole years counted back from the
     * page's year. "Earlier" or "before" count only when they end their phrase: "two years before the war" counts
     * from the war, which this does not know.
     */
    private static final Pattern YEARS_BACK = Pattern.compile("(?i)\\b" + NUMBER_WORDS
            + " years? (?:ago|(?:earlier|before)(?=\\s*(?:[,;]|on\\b|in\\b)))");
    private static final int YEARS_BACK_REACH = 90;
    private static final int YEARS_BACK_AFTER = 24;

    private static Optional<Integer> yearCountedBack(String s, int dayEnd, TemporalContext ctx) {
        if (ctx.published() == null) {
            return Optional.empty();
        }
        Matcher before = YEARS_BACK.matcher(s).region(Math.max(0, dayEnd - YEARS_BACK_REACH), dayEnd);
        Integer years = null;
        while (before.find()) {
            years = s.substring(before.end(), dayEnd).contains(".") ? null : number(before.group(1));
        }
        Matcher after = YEARS_BACK.matcher(s).region(dayEnd, Math.min(s.length(), dayEnd + YEARS_BACK_AFTER));
        if (years == null && after.find() && !s.substring(dayEnd, after.start()).contains(".")) {
            years = number(after.group(1));
        }
        return Optional.ofNullable(years).map(n -> ctx.published().getYear() - n);
    }

    private static Optional<Integer> yearNamedAfter(String s, int end, TemporalContext ctx) {
        Matcher after = YEAR_WORDS_AFTER.matcher(s.substring(end, Math.min(s.length(), end + YEAR_WORDS_REACH)));
        return after.find() ? yearCountedFromPublication(after.group(1), ctx) : Optional.empty();
    }

    /**
     * "last year, in April", "this year, in March": year words and a pause right before the month's "in" ("Unlike last
     * year, in April ..." sets them apart).
     */
    /** How far from a month its year words may stand, in characters: ", of last year", "last year, ". */
    private static final int YEAR_WORDS_REACH = 24;
    private static final Pattern YEAR_WORDS_JUST_BEFORE = Pattern.compile("(?i)(?<!unlike )(?<!than )\\b(last|this) year,\\s*$");

    private static Optional<Integer> yearNamedJustBefore(String s, int start, TemporalContext ctx) {
        Matcher before = YEAR_WORDS_JUST_BEFORE.matcher(s.substring(Math.max(0, start - YEAR_WORDS_REACH), start));
        return before.find() ? yearCountedFromPublication(before.group(1), ctx) : Optional.empty();
    }

    /**
     * "the account of September 2022 ... shelled the town on 16 September": the year of the same month told with its
     * year earlier in the sentence.
     */
    private static Optional<Integer> yearOfItsMonthToldBefore(String s, int month, int dayEnd) {
        Matcher m = MONTH_YEAR.matcher(s).region(0, dayEnd);
        Integer year = null;
        while (m.find()) {
            boolean lookBack = LOOK_BACK_BEFORE_MONTH.matcher(s.substring(Math.max(0, m.start() - LOOK_BACK_CHARS), m.start())).find();
            if (month(m.group(1)) == month && !lookBack) {
                year = Integer.parseInt(m.group(2));
            }
        }
        return Optional.ofNullable(year);
    }

    /**
     * The month that opens a sentence with its year or with year words ("In May 2021", "By May last year"). Unlike
     * {@link #OPENING_MONTH}, which dates the days of the next few months under it, it gives its year to any later
     * month of that year, after every reading of the sentence's own days.
     */
    private static final Pattern MONTH_OPENING_ITS_YEAR = Pattern.compile("(?i:^\\W*(?:(?:in|by|during|on|from|early|late|mid|until)"
            + "\\s+)?(?:the\\s+)?)" + MONTH + "(?:,?\\s+(\\d{4})\\b|\\s+(?:of\\s+)?(last|this|the previous) year\\b)");

    /**
     * "In May 2021 troops moved forward, and in November the clashes of 16 November were the deadliest": the year of the
     * month that opens the sentence, when the day's month comes no earlier in the year; else null. A month told further
     * in ("Kesta, which troops captured in May 2021, was shelled on 3 June") dates only its own clause.
     */
    private static Integer yearOfAnEarlierMonth(String s, int month, TemporalContext ctx) {
        Matcher m = MONTH_OPENING_ITS_YEAR.matcher(s);
        if (!m.find() || month(m.group(1)) > month) {
            return null;
        }
        return m.group(2) != null ? Integer.valueOf(m.group(2)) : yearCountedFromPublication(m.group(3), ctx).orElse(null);
    }

    /**
     * A month named as a point of comparison ("since May 2020", "as in May 2020") or as an earlier event's date ("the
     * ceasefire of May 2020 was broken on 3 May"): the day told after it is another.
     */
    private static final Pattern LOOK_BACK_BEFORE_MONTH = Pattern.compile("(?i)(?:\\b(?:since|as in|unlike|than|after|before)"
            + "(?:\\s+the\\s+\\w+\\s+of)?|\\b(?:ceasefire|truce|clash|clashes|fighting|war|statement|agreement|accord|deal"
            + "|offensive|escalation|attack|attacks)\\s+of)\\s+$");
    private static final int LOOK_BACK_CHARS = 40;

    /** The year "this year" or "last year" (or "the previous year") names, counted from publication. */
    private static Optional<Integer> yearCountedFromPublication(String word, TemporalContext ctx) {
        return ctx.published() == null ? Optional.empty()
                : Optional.of(ctx.published().getYear() - (word.equalsIgnoreCase("this") ? 0 : 1));
    }

    /** A document's head noun ("the accord of"), or a title of two or more capitalised words ("Mutual Assistance of"). */
    private static final Pattern DOCUMENT_OF_BEFORE = Pattern.compile("(?i:\\b(?:"
            + String.join("|", documentNouns()) + ")\\s+of\\s+$)|(?:\\b\\p{Lu}\\p{L}+\\s+){2,}of\\s+$");

    /**
     * "the statement signed by the leaders of A, B and C on": a day after an accord's signing names the accord. Within
     * one line: a headline "Treaty signed" names no day the paragraph under it opens with.
     */
    private static final Pattern DOCUMENT_SIGNED_BEFORE = Pattern.compile("(?i)\\b(?:"
            + String.join("|", documentNouns()) + ")[^\\S\\n]+(?:" + String.join("|", WordLists.english().words("signing-verbs"))
            + ")(?:[^\\S\\n]+by[^\\S\\n]+[^.;:\\n]{1,80}?)?[^\\S\\n]+(?:on|in)[^\\S\\n]+$");

    /** "its 1997 treaty", "the 1997 treaty": the word before a year that names a document ("In 2021 truce violations" dates them). */
    private static final Pattern DETERMINER_BEFORE = Pattern.compile("(?i)\\b(?:the|its|their|his|her|our|this|that|a)\\s+$");

    /** "its 1997 treaty", "the 1997 bilateral treaty": a year set before a document's head noun names the document. */
    private static final Pattern YEAR_BEFORE_DOCUMENT = Pattern.compile("(?i)^\\d{4}[^\\S\\n]+(?:\\p{L}+[^\\S\\n]+){0,2}(?:"
            + String.join("|", documentNouns()) + ")\\b");

    /** "our 14 April issue", "the 3 May bulletin": a day set before a publication's noun names that issue of it. */
    private static final Pattern DAY_BEFORE_ISSUE = Pattern.compile("(?i)^(?:\\d{1,2}[^\\S\\n]+\\p{L}+\\.?|\\p{L}+\\.?[^\\S\\n]+\\d{1,2})"
            + "[^\\S\\n]+(?:" + String.join("|", WORDS.words("dated-issue-nouns")) + ")\\b");

    /** Whether the day at {@code at} names a publication ("our 14 April issue"), which reported its acts by that day. */
    public static boolean datesAnIssue(String s, int at) {
        return at >= 0 && DETERMINER_BEFORE.matcher(s.substring(Math.max(0, at - 8), at)).find()
                && DAY_BEFORE_ISSUE.matcher(s).region(at, s.length()).lookingAt();
    }

    private static java.util.Set<String> documentNouns() {
        java.util.Set<String> nouns = new java.util.TreeSet<>(WordLists.english().words("accord-head-nouns"));
        nouns.addAll(WordLists.english().words("dated-document-nouns"));
        return nouns;
    }

    private static final Set<String> PAGE_STAMP_WORDS = WORDS.words("page-stamp-words");
    /** How many words (a weekday, a comma) may stand between a page's stamp word and its day. */
    private static final int PAGE_STAMP_REACH = 3;

    /**
     * Whether the date at {@code at} follows a page's stamp word, capitalised as a stamp sets it, within a few tokens
     * ("Published Monday, 16 ..."); "the ministry published on 3 May a list" tells an act of the story.
     */
    private static boolean stampsThePage(String s, int at) {
        String[] before = s.substring(0, Math.max(0, at)).strip().split("[\\s,:]+");
        for (int i = before.length - 1; i >= Math.max(0, before.length - PAGE_STAMP_REACH); i--) {
            if (!before[i].isEmpty() && Character.isUpperCase(before[i].charAt(0))
                    && PAGE_STAMP_WORDS.contains(before[i].toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "the Treaty on Friendship ... of 29 August 1997", "the statement of 9 November 2020", "the statement signed by
     * the three leaders on 10 November 2020": the day a document bears
     * is part of its name; news has not gone back to it, so "12 September" in a later paragraph is not of that year.
     * "As of 3 May" and "Ahead of 9 May" are no names: a title needs two capitalised words. A year before the noun
     * ("invoked its 1997 treaty") names it too.
     */
    public static boolean datesADocument(String s, int at) {
        return DOCUMENT_OF_BEFORE.matcher(s.substring(Math.max(0, at - 40), Math.max(0, at))).find()
                || at >= 0 && DETERMINER_BEFORE.matcher(s.substring(Math.max(0, at - 8), at)).find()
                && YEAR_BEFORE_DOCUMENT.matcher(s).region(at, s.length()).lookingAt()
                || DOCUMENT_SIGNED_BEFORE.matcher(s.substring(Math.max(0, at - 140), Math.max(0, at))).find();
    }

    /** "the offensive of September 2023": a month that names an act, not a point the narrative has reached. */
    private static final Pattern OF_BEFORE = Pattern.compile("(?i)\\bof\\s+$");

    /** "in the middle of May 2021", "by the end of May 2021": a part of the month, which is still a point in time. */
    private static final Pattern PART_OF_BEFORE = Pattern.compile("(?i)\\b(?:middle|end|beginning|start|half|course) of\\s+$");

    private static boolean namesAThing(String s, int at) {
        return at > 0 && OF_BEFORE.matcher(s.substring(Math.max(0, at - 4), at)).find()
                && !PART_OF_BEFORE.matcher(s.substring(Math.max(0, at - 16), at)).find();
    }

    /** Years listed after "born" ("two residents, born in 1987 and 1994, were killed") tell who, not when. */
    private static final Pattern BIRTH_YEARS_BEFORE = Pattern.compile(
            "(?i)\\bborn(?:\\s+in)?(?:\\s+\\d{4}(?:\\s*,|\\s+and|\\s+or))*\\s+$");

    private static final Pattern BIRTHDAY = Pattern.compile("(?i)\\bborn\\s+(?:on\\s+)?(?:the\\s+)?((?:\\d{1,2}" + ORD
            + "\\s+(?:of\\s+)?" + MONTH + "|" + MONTH + "\\s+\\d{1,2}" + ORD + ")(?:,?\\s+\\d{4})?)");

    /** The sentence with each birthday's words replaced by spaces. */
    private static String withoutBirthdays(String s) {
        Matcher m = BIRTHDAY.matcher(s);
        if (!m.find()) {
            return s;
        }
        StringBuilder out = new StringBuilder(s);
        do {
            for (int i = m.start(1); i < m.end(1); i++) {
                out.setCharAt(i, ' ');
            }
        } while (m.find());
        return out.toString();
    }

    /** "is now being emptied", "now lies": the text tells the present, the page's own days. */
    private static final Pattern PRESENT_NOW = Pattern.compile("(?i)\\b(?:is|are|am|has|have)\\s+now\\b|\\bnow\\s+(?:is|are|being|has|have)\\b");

    /** Words in brackets, up to a length a reference list fits in. */
    private static final Pattern BRACKETED = Pattern.compile("\\(([^()]{3,160})\\)");
    /** One reference of an author-year citation: "Reeves 2014", "Sultanova and Pirov 2023: 14", "see HRW, 2021". */
    private static final Pattern REFERENCE = Pattern.compile("(?:(?:see|cf\\.)\\s+)?((?:\\p{Lu}|de |van |von )[\\p{L}'\u2019.&\\s-]*?),?"
            + "\\s+((?:19|20)\\d{2})[a-z]?(?:\\s*[:,]\\s*(?:pp?\\.\\s*)?\\d+(?:\\s*[-\u2013]\\s*\\d+)?)?\\s*");
    /** Words that make bracketed words before a year a time, not an author: "(October 2022)", "(spring 2021)". */
    private static final Pattern NAMES_A_TIME = Pattern.compile("(?i)\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec"
            + "|january|february|march|april|june|july|august|september|october|november|december"
            + "|spring|summer|autumn|fall|winter|early|late|mid|end|since|until|from|of|the|in|on)\\b");

    /**
     * "(Sultanova and Pirov 2023)", "(Reeves 2014; Kasymova 2025)": the year of a source cited in brackets dates the
     * writing, not an act. Each such year is blanked, keeping every offset, before any pattern reads the sentence;
     * "(October 2022)" and "(the 2021 clashes)" stay dates.
     */
    private static String withoutCitations(String s, List<Span> places) {
        Matcher m = BRACKETED.matcher(s);
        StringBuilder out = null;
        while (m.find()) {
            String[] parts = m.group(1).split(";", -1);
            List<int[]> years = new ArrayList<>();
            int at = m.start(1);
            boolean allCited = true;
            for (String part : parts) {
                Matcher r = REFERENCE.matcher(part);
                int lead = part.length() - part.stripLeading().length();
                if (!r.region(lead, part.length()).matches() || NAMES_A_TIME.matcher(r.group(1)).find()
                        || namesAPlace(places, at + r.start(1), at + r.end(1))) {
                    allCited = false;
                    break;
                }
                years.add(new int[] {at + r.start(2), at + r.end(2)});
                at += part.length() + 1;
            }
            if (!allCited) {
                continue;
            }
            out = out == null ? new StringBuilder(s) : out;
            for (int[] y : years) {
                for (int i = y[0]; i < y[1]; i++) {
                    out.setCharAt(i, ' ');
                }
            }
        }
        return out == null ? s : out.toString();
    }

    /** Whether a place the text names lies in {@code [from, to)}: "(Kesta, 2021)" dates the place, it cites no one. */
    private static boolean namesAPlace(List<Span> places, int from, int to) {
        return places.stream().anyMatch(p -> p.start() < to && p.end() > from);
    }

    private static boolean isBirthYear(String s, int yearStart) {
        return BIRTH_YEARS_BEFORE.matcher(s.substring(Math.max(0, yearStart - 60), yearStart)).find();
    }

    /** The year of a day written without one, given where the day's words end in the sentence. */
    private interface YearlessDay {
        int of(int month, int day, int dayEnd);
    }

    private interface Resolver {
        DateMention resolve(Matcher m);
    }

    /** Days in figures a match found: its month, first day and last day (or none). */
    private interface DaysInFigures {
        DateMention of(Matcher m, int month, int day, Integer endDay);
    }

    /** Adds the matches of one pattern that do not overlap what earlier (more specific) patterns found. */
    private static void scan(Pattern p, String s, List<DateMention> found, int base, Resolver resolver) {
        Matcher m = p.matcher(s);
        while (m.find()) {
            Span span = new Span(base + m.start(), base + m.end());
            if (found.stream().anyMatch(d -> d.span().overlaps(span))) {
                continue;
            }
            DateMention d;
            try {
                d = resolver.resolve(m);
            } catch (RuntimeException invalidDate) {
                d = null; // "31 February" and the like: not a date
            }
            if (d != null) {
                found.add(new DateMention(span, d.date(), d.relative()));
            }
        }
    }

    /** An entry's label word opening the line, right before the entry's number: "UPDATE ", "Entry #". */
    private static final Pattern ENTRY_NUMBER_BEFORE = Pattern.compile("(?i)\\W*(?:" + alternation("entry-label-words")
            + ")\\s+#?");

    /** The label an updated page puts before an update: "UPDATE 3 (28 January, 15:40):", "Updated 28 Jan -". */
    private static final Pattern UPDATE_STAMP = Pattern.compile("^\\W*(?:UPDATE|Update|UPDATED|Updated)\\b[^:\u2013\u2014]{0,40}[:\u2013\u2014]");

    /** The day an update stamp opening the sentence states, or null. */
    private static LocalDate updateStampDay(String s, List<DateMention> found, int base) {
        Matcher stamp = UPDATE_STAMP.matcher(s);
        if (!stamp.find()) {
            return null;
        }
        return found.stream().filter(d -> d.span().end() <= base + stamp.end() && !d.relative()
                        && d.date().precision() == DatePrecision.DAY && d.date().end() == null)
                .map(d -> d.date().start()).findFirst().orElse(null);
    }

    /** The day a spoken ordinal names: "twenty-first" is 21. */
    private static int ordinalDay(String word) {
        return DAY_ORDINALS.indexOf(word.toLowerCase(Locale.ROOT)) + 1;
    }

    /** How far after a spoken day a weekday that fixes its year may stand, in characters. */
    private static final int WEEKDAY_REACH = 25;

    /**
     * A spoken day's date. Its year is the narrative's, unless a weekday named just after it falls on that day in the
     * year before or after ("October, the seventh, a Friday" is the October whose seventh was a Friday).
     */
    private static DateMention spokenDay(String s, Matcher m, int month, int day, YearlessDay yearOf) {
        int year = yearOf.of(month, day, m.end());
        Matcher w = WEEKDAY_NAME.matcher(s).region(m.end(), Math.min(s.length(), m.end() + WEEKDAY_REACH));
        if (w.find()) {
            DayOfWeek named = DayOfWeek.valueOf(w.group(1).toUpperCase(Locale.ROOT));
            for (int y : new int[] {year, year - 1, year + 1}) {
                if (YearMonth.of(y, month).isValidDay(day) && LocalDate.of(y, month, day).getDayOfWeek() == named) {
                    year = y;
                    break;
                }
            }
        }
        return dayRange(year, month, day, null, false);
    }

    /**
     * The day of the month the story has reached, or of the next month when that day is already past; when the next
     * month's day would lie after the report, the story looks back within its month (after the 19th, "on the 16th" in
     * a report of the 23rd is three days back), if it may; a day the story's month has not reached by the report is
     * of the month before. A day that may look back, or only as far as it lies nearer ({@code mayLookBackNear}), is the
     * story month's when that lies nearer than the next month's ("on the twenty-ninth," after 30 April). Before the story
     * has reached a day or month it stands at {@code standsAt}; none when that is null too, or no such day lies on or
     * before the report.
     */
    private static DateMention dayOfStoryMonth(TemporalContext ctx, LocalDate standsAt, int day, boolean mayLookBack,
            boolean mayLookBackNear) {
        LocalDate anchor = ctx.anchor() != null ? ctx.anchor() : standsAt;
        if (anchor == null) {
            return null;
        }
        YearMonth storyMonth = YearMonth.from(anchor);
        YearMonth told = ctx.monthToldSinceAnchor();
        if (told != null && !told.equals(storyMonth) && told.isValidDay(day)
                && (ctx.today() == null || !told.atDay(day).isAfter(ctx.today()))) {
            // "What do you remember of April 2021? - On the 29th, ...": a month told last, though it looked back, is
            // the month a bare day of the month is read in
            return dayRange(told.getYear(), told.getMonthValue(), day, null, false);
        }
        // (a day the month read first has not reached by the day of writing is one of the month before: "yesterday
        // ... On the twenty-first they met", written on 4 October)
        List<YearMonth> months = day >= anchor.getDayOfMonth() ? List.of(storyMonth, storyMonth.minusMonths(1))
                : (mayLookBack || mayLookBackNear) && nearerBack(anchor, day) ? List.of(storyMonth, storyMonth.plusMonths(1))
                : mayLookBack ? List.of(storyMonth.plusMonths(1), storyMonth) : List.of(storyMonth.plusMonths(1));
        for (YearMonth month : months) {
            if (month.isValidDay(day) && (ctx.today() == null || !month.atDay(day).isAfter(ctx.today()))) {
                return dayRange(month.getYear(), month.getMonthValue(), day, null, false);
            }
        }
        return null;
    }

    /**
     * Whether a day of the month before the story's day lies nearer back in the story's month than forward in the next
     * ("on the twenty-ninth", told after 30 April, is the day before, not a month on).
     */
    private static boolean nearerBack(LocalDate anchor, int day) {
        YearMonth next = YearMonth.from(anchor).plusMonths(1);
        if (!next.isValidDay(day)) {
            return true;
        }
        long forward = java.time.temporal.ChronoUnit.DAYS.between(anchor, next.atDay(day));
        return anchor.getDayOfMonth() - day < forward;
    }

    /**
     * The day a weekday and a day of the month name: in the month the story has reached or the next, when one of them
     * has it, else in the month told last, when it has it, else the last such day before publication.
     */
    private static LocalDate weekdayOnDay(TemporalContext ctx, DayOfWeek weekday, int day) {
        // up to the page's day, not a dateline's: a diary's "Wed 27th" comes after the entry of the 25th above it
        LocalDate pub = ctx.published() != null ? ctx.published() : ctx.today();
        if (ctx.anchor() != null) {
            for (int k = 0; k <= 1; k++) {
                YearMonth month = YearMonth.from(ctx.anchor()).plusMonths(k);
                if (month.isValidDay(day) && month.atDay(day).getDayOfWeek() == weekday && !month.atDay(day).isAfter(pub)) {
                    return month.atDay(day);
                }
            }
        }
        // "You all remember April four years ago. On the Wednesday, the twenty-eighth, ...": a month told as a look
        // back, when its day falls on that weekday
        YearMonth told = ctx.monthToldSinceAnchor();
        if (told != null && told.isValidDay(day) && told.atDay(day).getDayOfWeek() == weekday && !told.atDay(day).isAfter(pub)) {
            return told.atDay(day);
        }
        return lastWeekdayOnDay(pub, weekday, day);
    }

    /** The weekday a full or short name names: "Wednesday", "Wed", "Thurs". */
    private static DayOfWeek weekdayNamed(String name) {
        String head = name.substring(0, 3).toUpperCase(Locale.ROOT);
        return java.util.Arrays.stream(DayOfWeek.values()).filter(d -> d.name().startsWith(head)).findFirst().orElseThrow();
    }

    /** The last day on or before {@code until}, within a year, that is a {@code weekday} and the {@code day}th of its month. */
    private static LocalDate lastWeekdayOnDay(LocalDate until, DayOfWeek weekday, int day) {
        for (LocalDate d = until; !d.isBefore(until.minusYears(1)); d = d.minusDays(1)) {
            if (d.getDayOfMonth() == day && d.getDayOfWeek() == weekday) {
                return d;
            }
        }
        return null;
    }

    private static DateMention dayRange(int year, int month, int day, Integer endDay, boolean relative) {
        LocalDate start = LocalDate.of(year, month, day);
        LocalDate end = endDay == null || endDay <= day ? null : LocalDate.of(year, month, endDay);
        return new DateMention(null, new DateSpan(start, end, DatePrecision.DAY), relative);
    }

    /** The rest of the week, month or year after the day of publication; none when that day ends it. */
    private static DateMention laterThis(LocalDate pub, String period) {
        LocalDate end = switch (period) {
            case "week" -> pub.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
            case "month" -> pub.with(TemporalAdjusters.lastDayOfMonth());
            default -> pub.with(TemporalAdjusters.lastDayOfYear());
        };
        DatePrecision precision = switch (period) {
            case "week" -> DatePrecision.WEEK;
            case "month" -> DatePrecision.MONTH;
            default -> DatePrecision.YEAR;
        };
        return pub.isBefore(end) ? new DateMention(null, new DateSpan(pub.plusDays(1), end, precision), false) : null;
    }

    private static DateMention monthOf(int year, int month) {
        return new DateMention(null, DateSpan.of(LocalDate.of(year, month, 1), DatePrecision.MONTH), false);
    }

    /** The month and year that open the sentence ("April 2021: ... from 29 April to 1 May"), or null. */
    private static YearMonth openingMonth(String s) {
        Matcher m = OPENING_MONTH.matcher(s);
        return m.find() ? YearMonth.of(Integer.parseInt(m.group(2)), month(m.group(1))) : null;
    }

    /**
     * The year of a day in {@code month} told after an opening month: the opening's year when the day falls in
     * that month or the next few (across a new year, the next one), else null. A sentence that opens on a month
     * tells what happened then, so "29 April" under "April 2021" is in 2021 whenever the report was written.
     */
    private static Integer yearUnder(YearMonth opening, int month) {
        if (opening == null) {
            return null;
        }
        for (int k = 0; k <= OPENING_MONTH_REACH; k++) {
            YearMonth m = opening.plusMonths(k);
            if (m.getMonthValue() == month) {
                return m.getYear();
            }
        }
        return null;
    }

    /** A day a sentence states with its year, and where its mention ends in the sentence. */
    private record StatedDay(int end, LocalDate day) {
    }

    /** The days the sentence states in words with their year ("12 December 2022", "December 12, 2022"). */
    private static List<StatedDay> daysWithYear(String s) {
        List<StatedDay> days = new ArrayList<>();
        for (Pattern p : List.of(DAY_MONTH, MONTH_DAY)) {
            Matcher m = p.matcher(s);
            while (m.find()) {
                // "under the accord of 12 February 1998": a document's day is no point the sentence tells from
                if (m.group(4) != null && !datesADocument(s, m.start())) {
                    boolean dayFirst = p == DAY_MONTH;
                    int month = month(m.group(dayFirst ? 3 : 1));
                    int day = Integer.parseInt(m.group(dayFirst ? 1 : 2));
                    int year = Integer.parseInt(m.group(4));
                    days.add(new StatedDay(m.end(), LocalDate.of(year, month, Math.min(day, YearMonth.of(year, month).lengthOfMonth()))));
                }
            }
        }
        return days;
    }

    /**
     * The year that puts a yearless day nearest a day its own sentence states with a year, when that is within
     * half a year: "On 12 December 2022 ... blocked the road, after ... closed it on 3 December" is 3 December
     * 2022, whatever the narrative had reached before the sentence.
     */
    private static Integer yearNear(List<LocalDate> stated, int month, int day) {
        Integer best = null;
        long nearest = SAME_SENTENCE_REACH_DAYS + 1;
        for (LocalDate d : stated) {
            for (int year = d.getYear() - 1; year <= d.getYear() + 1; year++) {
                LocalDate candidate = LocalDate.of(year, month, Math.min(day, YearMonth.of(year, month).lengthOfMonth()));
                long gap = Math.abs(java.time.temporal.ChronoUnit.DAYS.between(candidate, d));
                if (gap < nearest) {
                    nearest = gap;
                    best = year;
                }
            }
        }
        return best;
    }

    /**
     * The day the sentence told last before {@code at}: one it states with a year, or one it has already resolved
     * ("on 8 May 2019, ...; on 2 June, ...; on 11 February, ..." runs on from each day to the next).
     */
    private static LocalDate lastToldBefore(String s, List<StatedDay> stated, List<DateMention> found, int base, int at) {
        StatedDay last = stated.stream().filter(d -> d.end() < at).max(Comparator.comparingInt(StatedDay::end)).orElse(null);
        DateMention resolved = found.stream().filter(d -> d.span().end() - base < at && d.date().precision() == DatePrecision.DAY
                        && !datesADocument(s, d.span().start() - base))
                .max(Comparator.comparingInt(d -> d.span().end())).orElse(null);
        if (resolved != null && (last == null || resolved.span().end() - base > last.end())) {
            return resolved.date().lastDay();
        }
        return last == null ? null : last.day();
    }

    /**
     * The year of a yearless day told after {@code told} in one sentence. A chronology runs on, so the first such day
     * after it, unless the one before it is less than half as far ("on 14 September, two days after the fighting of 12
     * September" looks back) or the one after lies after publication. Years without such a day (29 February) are skipped.
     */
    private static Integer yearGoingOnFrom(LocalDate told, int month, int day, LocalDate published) {
        LocalDate after = null;
        LocalDate before = null;
        for (int y = told.getYear() - 1; y <= told.getYear() + 1; y++) {
            if (!YearMonth.of(y, month).isValidDay(day)) {
                continue;
            }
            LocalDate candidate = LocalDate.of(y, month, day);
            if (!candidate.isBefore(told) && after == null) {
                after = candidate;
            }
            if (!candidate.isAfter(told)) {
                before = candidate;
            }
        }
        boolean afterUsable = after != null && (published == null || !after.isAfter(published));
        if (!afterUsable) {
            return before == null ? null : before.getYear();
        }
        if (before == null) {
            return after.getYear();
        }
        long ahead = java.time.temporal.ChronoUnit.DAYS.between(told, after);
        long back = java.time.temporal.ChronoUnit.DAYS.between(before, told);
        return back * 2 < ahead ? before.getYear() : after.getYear();
    }

    /**
     * A date followed by "of that year" ("of the same year", "that year"): the year the sentence named before it, else
     * the year the text told last ("... began in 2021. On 28 April that year, ...").
     */
    private static Optional<Integer> yearOfThatYear(String s, int dateEnd, TemporalContext ctx) {
        if (!THAT_YEAR.matcher(s).region(dateEnd, s.length()).lookingAt()) {
            return Optional.empty();
        }
        return Optional.ofNullable(lastYearBefore(s, dateEnd)).or(() -> Optional.ofNullable(ctx.toldYear()));
    }

    /** The last year named in {@code s} before {@code at}, or null. */
    private static Integer lastYearBefore(String s, int at) {
        Matcher y = YEAR.matcher(s).region(0, at);
        Integer last = null;
        while (y.find()) {
            last = Integer.parseInt(y.group(1));
        }
        return last;
    }

    /**
     * How long before publication a day named with its weekday must lie for a bare weekday after it to go on from it:
     * within two weeks, news names the reader's week ("Monday, 19 December ... On Tuesday" in a paper of the 29th).
     */
    private static final int WEEKDAY_STORY_GAP_DAYS = 14;

    /** "By Thursday morning": the story reaching its next day. */
    private static final Pattern STORY_MOVES_ON = Pattern.compile("(?i)\\bby\\s+$");

    /** A weekday standing alone, as a diary's heading: "Wednesday", "Sunday:". */
    private static final Pattern WEEKDAY_ALONE = Pattern.compile("\\s*" + WEEKDAYS + "\\s*[.:]?\\s*");

    /** A weekday's name right before a day: "Wednesday, 28 April", "the afternoon of Thursday 29 April". */
    private static final Pattern WEEKDAY_BEFORE_A_DAY = Pattern.compile("\\b" + WEEKDAY_FORMS + "\\W{0,3}$");

    /** Whether the day at [{@code at}, {@code end}) of the sentence is named by its own weekday, before it or as it. */
    private static boolean namedWithItsWeekday(String s, int at, int end, LocalDate day) {
        Matcher w = WEEKDAY_BEFORE_A_DAY.matcher(s.substring(Math.max(0, at - 14), Math.max(0, at)));
        Matcher own = WEEKDAY_NAME.matcher(s.substring(Math.max(0, at), Math.min(s.length(), end))); // "by Thursday"
        return w.find() && weekdayNamed(w.group(1)) == day.getDayOfWeek()
                || own.find() && DayOfWeek.valueOf(own.group(1).toUpperCase(Locale.ROOT)) == day.getDayOfWeek();
    }

    /** The start of the last day or month the sentence stated so far, or null. */
    private static LocalDate toldInTheSentence(List<DateMention> found) {
        return found.stream()
                .filter(d -> d.date().precision() == DatePrecision.DAY || d.date().precision() == DatePrecision.MONTH)
                .max(Comparator.comparingInt(d -> d.span().start())).map(d -> d.date().start()).orElse(null);
    }

    /** "on the 3rd of this month": an ordinal day whose own words name its month. */
    private static final Pattern OF_AFTER = Pattern.compile("\\s+of\\b");

    /**
     * The month the sentence states with its year before {@code at} ("In April 2021, ..."), or null. (Read from the words:
     * the day is scanned before the sentence's months are.)
     */
    private static YearMonth monthToldBefore(String s, int at) {
        java.util.regex.Matcher m = MONTH_YEAR.matcher(s).region(0, at);
        YearMonth last = null;
        while (m.find()) {
            last = YearMonth.of(Integer.parseInt(m.group(2)), month(m.group(1)));
        }
        return last;
    }

    /** The last day stated before {@code at} in the sentence, else the narrative's day (may be null). */
    private static LocalDate dayBefore(List<DateMention> found, int at, TemporalContext ctx) {
        return found.stream().filter(d -> d.span().end() <= at && d.date().precision() == DatePrecision.DAY)
                .max(Comparator.comparingInt(d -> d.span().start()))
                .map(d -> d.date().lastDay()).orElse(ctx.storyDay());
    }

    /** The day {@code n} days from {@code from}, or the week {@code n} weeks from it, as a relative mention. */
    private static DateMention countedFrom(LocalDate from, int n, boolean weeks) {
        LocalDate d = from.plusDays(weeks ? 7L * n : n);
        return new DateMention(null, weeks ? DateSpan.of(d, DatePrecision.WEEK) : DateSpan.day(d), true);
    }

    /** " night into Saturday", " into Saturday morning": right after a weekday, the night that runs into the next day. */
    private static final Pattern INTO_THE_NEXT_DAY = Pattern.compile(
            "(?i)(?:\\s+(?:night|evening))?\\s+into\\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");

    /** The weekday's day, widened to the next when a night into that next day follows it. */
    private static DateMention intoTheNextDay(String s, int weekdayEnd, DateMention day) {
        Matcher into = INTO_THE_NEXT_DAY.matcher(s).region(weekdayEnd, s.length());
        if (day == null || day.date().end() != null || !into.lookingAt()) {
            return day;
        }
        LocalDate start = day.date().start();
        DayOfWeek next = DayOfWeek.valueOf(into.group(1).toUpperCase(Locale.ROOT));
        return next != start.getDayOfWeek().plus(1) ? day
                : new DateMention(day.span(), new DateSpan(start, start.plusDays(1), DatePrecision.DAY), day.relative());
    }

    private static DateMention relative(LocalDate day, int offset, int extraDays) {
        if (day == null) {
            return null;
        }
        LocalDate start = day.plusDays(offset);
        return new DateMention(null, new DateSpan(start, extraDays > 0 ? start.plusDays(extraDays) : null, DatePrecision.DAY), true);
    }

    /** Where a date starts right after {@code at}, past a comma, spaces or a bracket ("Wednesday, 14 September"), or -1. */
    private static int dateAfter(String s, int at) {
        int i = at;
        // "Saturday night, 17 October": a part of the day between the weekday and its date
        Matcher part = PART_OF_DAY_AFTER.matcher(s).region(at, s.length());
        if (part.lookingAt()) {
            i = part.end();
        }
        // "Thursday, 25 August", and a digest's "Thursday (25 Aug)"
        while (i < s.length() && (s.charAt(i) == ',' || s.charAt(i) == ' ' || s.charAt(i) == '(')) {
            i++;
        }
        if (i > at && s.regionMatches(true, i, "the ", 0, 4)) {
            i += 4; // "Wednesday the 28th of April"
        }
        return i > at && i < s.length() ? i : -1;
    }

    /**
     * What makes a weekday one of a month's: "(a Saturday) in January 2014", "(a Sunday morning) in May" (not "on
     * Saturday in May's deadliest attack").
     */
    private static final Pattern WEEKDAY_OF_A_MONTH = Pattern.compile("(?i)(?:\\s+(?:night|morning|evening|afternoon))?\\s+in\\s+(?:early\\s+|late\\s+|mid-)?"
            + MONTH + "(?!['\u2019]s)");
    private static final Pattern PART_OF_DAY_AFTER = Pattern.compile("(?i)\\s+(?:night|morning|evening|afternoon)(?=,)");

    /** "Sunday's ceasefire": a weekday owning a noun names that noun's day, not the day before it. */
    private static boolean possessive(String s, int end) {
        return end + 1 < s.length() && (s.charAt(end) == '\'' || s.charAt(end) == '\u2019') && s.charAt(end + 1) == 's';
    }

    /** Whether only a comma, spaces or an opening bracket stand between a day's end and the weekday after it. */
    private static boolean weekdayFollows(String s, int dayEnd, int weekday) {
        String between = s.substring(dayEnd, weekday);
        return !between.isEmpty() && between.chars().allMatch(c -> c == ',' || c == ' ' || c == '(');
    }

    private static int number(String word) {
        Integer n = NumberWords.ofWord(word.toLowerCase(Locale.ROOT));
        return n != null ? n : Integer.parseInt(word);
    }

    static int month(String name) {
        String k = name.toLowerCase(Locale.ROOT).replace(".", "");
        return switch (k.substring(0, 3)) {
            case "jan" -> 1;
            case "feb" -> 2;
            case "mar" -> 3;
            case "apr" -> 4;
            case "may" -> 5;
            case "jun" -> 6;
            case "jul" -> 7;
            case "aug" -> 8;
            case "sep" -> 9;
            case "oct" -> 10;
            case "nov" -> 11;
            case "dec" -> 12;
            default -> throw new IllegalArgumentException("not a month: " + name);
        };
    }
}
