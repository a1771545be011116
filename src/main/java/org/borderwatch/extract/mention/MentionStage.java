package org.borderwatch.extract.mention;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.borderwatch.domain.Document;
import org.borderwatch.domain.PlaceNameSpotter;
import org.borderwatch.domain.Span;
import org.borderwatch.extract.layout.LayoutStage;
import org.borderwatch.extract.layout.Paragraph;
import org.borderwatch.extract.layout.Sentence;
import org.borderwatch.extract.layout.Token;
import org.borderwatch.extract.pipeline.Annotation;
import org.borderwatch.extract.pipeline.Layer;
import org.borderwatch.extract.pipeline.Stage;

/**
 * Finds what sentences mention: dates (resolved in reading order, so headings and the narrative date
 * carry), places (from the place-name spotter, and settlements the text names that it does not know), actors, casualty figures, measures and territorial cues.
 */
public final class MentionStage implements Stage {
    /** What each sentence mentions; the mentions of sentence i are at index i. */
    public static final Layer<List<SentenceMentions>> MENTIONS = Layer.named("MENTIONS");
    /**
     * The last day the page tells of as past: its publication day, or the later day of its "Last updated" line. Days
     * after it are plans; a day without a year up to it is of the year it falls in then.
     */
    public static final Layer<java.util.Optional<LocalDate>> LAST_TOLD_DAY = Layer.named("LAST_TOLD_DAY");
    /**
     * For each sentence, the day the post stamp or item dateline above it set as its "today" ("Tuesday, 14 July 2020 at
     * 16:30 · Public"), or empty under none: posts and items under different days are reports of their own.
     */
    public static final Layer<List<java.util.Optional<LocalDate>>> STAMPED_DAYS = Layer.named("STAMPED_DAYS");

    private final TemporalTagger tagger = new TemporalTagger();
    private final PlaceNameSpotter spotter;
    private final ActorLexicon actors;
    private final TerritoryCues cues;
    private final CasualtyReader casualties;
    private final MeasureReader measures = new MeasureReader();
    private final UnlistedSettlements unlisted;
    private final PersonNames personNames;

    /** @param surnameSuffixes endings of the region's surnames, so that "Bako Sahakyan" names no place */
    public MentionStage(PlaceNameSpotter spotter, ActorLexicon actors, TerritoryCues cues, List<String> surnameSuffixes) {
        this.personNames = new PersonNames(surnameSuffixes, actors.countryByWord().keySet());
        this.spotter = spotter;
        this.actors = actors;
        this.cues = cues;
        this.casualties = new CasualtyReader(actors.countryByWord());
        this.unlisted = new UnlistedSettlements(actors.countryByWord().keySet());
    }

    @Override
    public String name() {
        return "mentions";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(LayoutStage.PARAGRAPHS, LayoutStage.SENTENCES);
    }

    @Override
    public Set<Layer<?>> adds() {
        return Set.of(MENTIONS, LAST_TOLD_DAY, STAMPED_DAYS);
    }

    /** How many paragraphs open a document as its masthead: the publisher's line, the report's name, its chapter. */
    private static final int MASTHEAD_PARAGRAPHS = 3;

    @Override
    public void process(Annotation a) {
        Document doc = a.document();
        LocalDate published = doc.published() == null ? null : doc.published().lastDay();
        LocalDate lastTold = PageUpdate.lastDay(a.text(), published, tagger);
        TemporalContext ctx = new TemporalContext(published,
                doc.published() != null && doc.published().precision() == org.borderwatch.domain.DatePrecision.DAY, lastTold);
        if (doc.published() != null && doc.published().precision() != org.borderwatch.domain.DatePrecision.DAY) {
            ctx.setNoReadersWeek(); // a book or a yearly report: its weekdays are its story's
        }
        List<Span> placeSpans = spotter.spot(a.text());
        List<SentenceMentions> out = new ArrayList<>();
        List<java.util.Optional<LocalDate>> stamped = new ArrayList<>();
        int paragraph = -1;
        int placeCursor = 0;
        ActorMention lastPerson = null;
        java.time.MonthDay calendarDay = null; // an almanac's heading day without its year: "=== 19 SEPTEMBER ==="
        boolean readingAnEntry = false; // an almanac's entry set the day its words count from
        // questions that end two or more paragraphs: an interview's or a FAQ's, whose answers follow them
        boolean interview = a.get(LayoutStage.PARAGRAPHS).stream().filter(p -> endsWithAQuestion(a.text(), p.span())).count() >= 2;
        for (Sentence s : a.get(LayoutStage.SENTENCES)) {
            if (s.paragraph() != paragraph) {
                // (an interview's answer goes on from the question that ended the paragraph before it; a headline's
                // question, "Will the truce of March 2023 hold?", asks no one)
                ctx.startParagraph(paragraph >= 0 && interview && !a.get(LayoutStage.PARAGRAPHS).get(paragraph).title()
                        && endsWithAQuestion(a.text(), a.get(LayoutStage.PARAGRAPHS).get(paragraph).span()));
                paragraph = s.paragraph();
                lastPerson = null; // "he" does not reach back over a paragraph break
                Paragraph p = a.get(LayoutStage.PARAGRAPHS).get(paragraph);
                ctx.setReadingAHeading(p.heading() || p.title());
                // (a report's masthead over its first lines, "ANNUAL REPORT 2022", names its year as a title would)
                boolean masthead = p.title() || paragraph < MASTHEAD_PARAGRAPHS;
                Integer articleYear = masthead ? tagger.yearArticle(a.text().substring(p.span().start(), p.span().end())) : null;
                boolean yearOfTheDocument = articleYear != null && (published == null || articleYear <= published.getYear());
                if (yearOfTheDocument) {
                    ctx.setDocumentYear(articleYear);
                }
                if (p.heading()) {
                    if (readingAnEntry && published != null) {
                        // a new section ("=== TODAY ===", "NEWS") counts from the page's own day again
                        ctx.setDateline(published);
                        ctx.setNarrativeDay(published);
                        readingAnEntry = false;
                    }
                    String heading = a.text().substring(p.span().start(), p.span().end());
                    calendarDay = AlmanacEntries.calendarDay(heading, tagger.tag(a.text(), p.span(), ctx, placeSpans)).orElse(null);
                    if (!yearOfTheDocument) {
                        YearMonth month = tagger.headingMonth(heading);
                        Integer year = month == null ? tagger.headingYear(heading) : null;
                        // "March" under "2022": a timeline's month section within the year above it
                        Integer monthOfYear = month == null && year == null && ctx.headingYear() != null
                                ? tagger.bareMonthHeading(heading) : null;
                        if (year != null) {
                            ctx.setYearHeading(year);
                        } else if (monthOfYear != null) {
                            ctx.setHeading(YearMonth.of(ctx.headingYear(), monthOfYear));
                        } else {
                            ctx.setHeading(month); // a month, or none: "Background" ends the section above it
                        }
                    }
                }
            }
            boolean opensParagraph = s.span().start() == a.get(LayoutStage.PARAGRAPHS).get(s.paragraph()).span().start();
            java.util.Optional<LocalDate> entryDay = opensParagraph ? AlmanacEntries.entryDay(
                    a.text().substring(s.span().start(), s.span().end()), calendarDay, published) : java.util.Optional.empty();
            // "2023 - Troops attacked ... Houses came under fire that afternoon": the entry's day is its "today"
            if (entryDay.isPresent()) {
                ctx.setDateline(entryDay.get());
                ctx.setNarrativeDay(entryDay.get());
                readingAnEntry = true;
            }
            List<DateMention> dates = tagger.tag(a.text(), s.span(), ctx, placeSpans);
            if (entryDay.isPresent()) {
                dates = AlmanacEntries.withEntryDay(dates, s.span().start(), entryDay.get());
            }
            DateMention dateline = s.index() < DATELINE_SENTENCES ? datelineDay(s, dates).orElse(null)
                    : opensParagraph ? datelineDay(s, dates).filter(d -> closesItsLine(s, d)).orElse(null) : null;
            if (dateline != null && !dateline.date().start().equals(ctx.today())) {
                // "GORIS, 2 Dec - ... on Tuesday": the item's weekdays count from its own dateline, as a digest's do
                ctx.setDateline(dateline.date().start());
                dates = tagger.tag(a.text(), s.span(), ctx, placeSpans);
                dateline = datelineDay(s, dates).orElse(null);
            }
            // a post's time stamp is the "today" of the post under it, and of its own words when they follow it on its line
            // ("13:58, 12 December 2022 ... since this morning"); "Yesterday at 18:40" counts from the day the page was
            // read, not from the post above it
            LocalDate readOn = ctx.published();
            LocalDate today = ctx.today();
            java.util.Optional<DateMention> stampMention = stampDay(s, dates, opensParagraph);
            java.util.Optional<LocalDate> stamp = stampMention.map(d -> d.relative() && readOn != null
                    && today != null ? readOn.plusDays(d.date().start().toEpochDay() - today.toEpochDay()) : d.date().start());
            if (stamp.isPresent() && !stamp.get().equals(today) && dates.stream().anyMatch(DateMention::relative)) {
                ctx.setDateline(stamp.get());
                dates = tagger.tag(a.text(), s.span(), ctx, placeSpans);
            }
            stamp.ifPresent(ctx::setDateline);
            Span stampSpan = stampMention.map(DateMention::span).orElse(null);
            if (stampSpan != null && dates.stream().anyMatch(d -> d.span() != null && d.span().start() > stampSpan.end() + STAMP_CLOCK_CHARS)) {
                // "curprev 10:05, 23 September 2022 ... signed a protocol on 19 September": a day the entry's words
                // tell dates its act; the stamp only says when it was written (a weekday beside the stamp is its own)
                dates = dates.stream().filter(d -> !stampSpan.equals(d.span())).toList();
            }
            // (a dateline's figures are no count: "KESTA, 4 October 2024 - Two soldiers died" lost two, not 2,026)
            List<Span> dateSpans = dates.stream().map(DateMention::span).filter(java.util.Objects::nonNull).toList();
            if (dateline != null && !dayLine(s, dateline)) {
                // (a live page's day line, "Wednesday, 14 September", keeps its day: it heads the posts under it; it
                // still sets the day the posts' own "this morning" counts from)
                DateMention line = dateline;
                List<DateMention> others = dates.stream().filter(d -> d != line).toList();
                // "BISHKEK, April 30 - the two sides agreed late on Thursday": the dateline dates the report, not the act;
                // further down, an item's dateline is the only day it has when it names no other
                if (s.index() < DATELINE_SENTENCES || !others.isEmpty()) {
                    dates = others;
                }
            }
            if (opensParagraph) {
                // a notebook's day line ("Sat 01.05, Lorva") is the "today" of the entries under it
                NotebookDayLine.dayOf(s, dates).map(d -> d.date().start()).ifPresent(ctx::setDateline);
            }
            while (placeCursor < placeSpans.size() && placeSpans.get(placeCursor).end() <= s.span().start()) {
                placeCursor++;
            }
            List<PlaceMention> places = new ArrayList<>();
            List<Span> known = new ArrayList<>();
            for (int k = placeCursor; k < placeSpans.size() && placeSpans.get(k).start() < s.span().end(); k++) {
                known.add(placeSpans.get(k));
            }
            for (Span span : withUnlisted(known, s.tokens())) {
                if (!personNames.partOfAName(s.tokens(), span) && !StreetNames.partOfAStreet(s.tokens(), span)) {
                    places.add(placeMention(a.text(), s, span));
                }
            }
            PersonPronouns.Resolved named = PersonPronouns.resolve(s.tokens(), actors.find(s.tokens()), lastPerson);
            lastPerson = named.lastPerson();
            out.add(new SentenceMentions(dates, places, named.mentions(),
                    casualties.read(s.tokens(), dateSpans), measures.read(doc, s.span()), cues.countries(s.tokens()),
                    ctx.heading()));
            stamped.add(ctx.dateline());
        }
        a.put(MENTIONS, List.copyOf(out));
        a.put(STAMPED_DAYS, List.copyOf(stamped));
        a.put(LAST_TOLD_DAY, java.util.Optional.ofNullable(lastTold));
    }

    /** Whether the last mark of the span, spaces aside, is a question mark. */
    private static boolean endsWithAQuestion(String text, Span span) {
        int i = span.end() - 1;
        while (i >= span.start() && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i >= span.start() && text.charAt(i) == '?';
    }

    /** How far into a report its dateline may stand (after a title and a category line). */
    private static final int DATELINE_SENTENCES = 4;
    private static final int DATELINE_PLACE_WORDS = 3;
    private static final Set<String> WEEKDAY_WORDS = org.borderwatch.extract.config.WordLists.english().words("weekday-words");

    /** A line that is only a weekday and its day ("Wednesday, 14 September"): a live page's day line, not a dateline. */
    private static boolean dayLine(Sentence s, DateMention day) {
        return WEEKDAY_WORDS.contains(s.tokens().get(0).key()) && s.tokens().stream()
                .noneMatch(t -> t.start() >= day.span().end() && Character.isLetterOrDigit(t.text().charAt(0)));
    }

    /**
     * The day of a dateline that opens the sentence: a capitalised place of up to three words (two capitals may share
     * it across a slash), a comma, then a day the text states ("Baku, 3 August.", "MOSCOW, September 21.").
     */
    static java.util.Optional<DateMention> datelineDay(Sentence s, List<DateMention> dates) {
        List<Token> t = s.tokens();
        int comma = -1;
        boolean bracketed = false;
        int words = 0;
        for (int i = 0; i < t.size() && words <= DATELINE_PLACE_WORDS; i++) {
            if (t.get(i).text().equals(",") || t.get(i).text().equals("(")) { // "YEREVAN (17 November) -"
                comma = i;
                bracketed = t.get(i).text().equals("(");
                break;
            }
            if (t.get(i).text().equals("/") && i > 0) {
                continue; // "BISHKEK/DUSHANBE, March 20": a report filed from two capitals
            }
            if (!t.get(i).isCapitalised()) {
                return java.util.Optional.empty();
            }
            words++;
        }
        if (comma < 1 || comma + 1 >= t.size()) {
            return java.util.Optional.empty();
        }
        int commaAt = t.get(comma).start();
        if (dates.stream().anyMatch(d -> d.span() != null && d.span().start() < commaAt)) {
            return java.util.Optional.empty(); // "Yesterday, 28 October, ...": a day in apposition to a day, no place
        }
        int after = t.get(comma + 1).start();
        boolean closedBracket = bracketed; // "Kesta Accord (9 November 2020) on ..." names an accord, no dateline
        return dates.stream().filter(d -> d.span() != null && d.span().start() == after && !d.relative()
                        && d.date().precision() == org.borderwatch.domain.DatePrecision.DAY)
                .filter(d -> !closedBracket || closesItsLine(s, d))
                .findFirst();
    }

    private static final Set<String> DATELINE_CLOSERS = Set.of("—", "–", "-", ":", ".", ")");

    /**
     * Whether a dash, colon or stop follows the dateline's day ("GORIS, 2 Dec -", "Baku, 16.11.2021:"), as it does in a
     * digest's items: "On Saturday, January 11, troops ..." opens a paragraph with a day but is no dateline.
     */
    static boolean closesItsLine(Sentence s, DateMention day) {
        List<Token> after = s.tokens().stream().filter(t -> t.start() >= day.span().end()).toList();
        if (after.isEmpty()) {
            return true;
        }
        // "BISHKEK, Sept 20 (Wire) -": a wire's name in brackets between the day and the dash
        int next = 0;
        if (after.get(0).text().equals("(")) {
            int close = 1;
            while (close < after.size() && close <= AGENCY_TOKENS && !after.get(close).text().equals(")")) {
                close++;
            }
            next = close < after.size() && after.get(close).text().equals(")") && close + 1 < after.size() ? close + 1 : 0;
        }
        return DATELINE_CLOSERS.contains(after.get(next).text());
    }

    /** How many tokens a wire's name in brackets may take: "(Reuters)", "(AP)", "(Steppe Wire)". */
    private static final int AGENCY_TOKENS = 4;

    /**
     * The date mention of a time stamp opening a sentence ("24.09.2023 20:47 A first group of families left ..."), as feeds
     * and live pages head each post: a day in figures, then a clock time or nothing; or, after a short numbered
     * label and a separator, a day and its clock time ("PIN #0413 · 27 Jan 2022 16:40"). The words of the post count
     * "today" from it. A weekday heading ("THURSDAY.") is no stamp: it counts from the day. A post's header line
     * that opens its paragraph stamps the post under it with the day and clock time closing it ("#3 Post by X » Sat May
     * 29, 2021 8:02 pm").
     */
    static java.util.Optional<DateMention> stampDay(Sentence s, List<DateMention> dates, boolean opensItsParagraph) {
        List<Token> t = s.tokens();
        if (t.isEmpty()) {
            return java.util.Optional.empty();
        }
        for (DateMention d : dates) {
            if (d.span() == null || d.date().precision() != org.borderwatch.domain.DatePrecision.DAY) {
                continue;
            }
            int first = 0;
            while (first < t.size() && t.get(first).end() <= d.span().start()) {
                first++;
            }
            // "PIN #0413 · 27 Jan 2022 16:40 · ...": a map's or a log's entry labelled before its stamp, which then needs
            // its clock time; the label numbers the entry ("Archive photo · 12 Mar 2021" captions an old picture)
            boolean labelled = first > 0 && first <= STAMP_LABEL_TOKENS && STAMP_SEPARATORS.contains(t.get(first - 1).text())
                    && t.subList(0, first - 1).stream().anyMatch(Token::isNumber);
            // "Friday 19 April 2024 at 22:48 · Public": a social page's post stamp names the weekday first
            boolean weekdayFirst = first > 0 && first <= 2 && WEEKDAY_WORDS.contains(t.get(0).key())
                    && (first == 1 || t.get(1).text().equals(","));
            // "[13.09.2022 04:40] OUTAGE - KAPAN": a feed's stamp in brackets, which then needs its clock time
            boolean bracketed = first == 1 && t.get(0).opensBracket();
            // "A. Petrosyan ✓ · Sunday, 12 July 2020 at 19:48 · Public": a post signed before its stamp, which
            // then needs its clock time and the mark after it
            boolean signed = first > 0 && signedBefore(t, first);
            // "#3 Post by X » Sat May 29, 2021 8:02 pm": a forum's or a blog's post header, its words before its stamp
            boolean headed = opensItsParagraph && first >= POST_HEADER_TOKENS && !labelled && !weekdayFirst && !bracketed
                    && !signed;
            // "Update #4 · 12 May 2023", "UPDATE of 16 September 2022, 20:30": an entry's head on a line of its own
            // (one day: "UPDATE 1 - 11 April" reads as a run of days from the label's number)
            boolean entryHead = opensItsParagraph && first > 0 && first <= STAMP_LABEL_TOKENS
                    && ENTRY_LABEL_WORDS.contains(t.get(0).key()) && d.date().end() == null;
            if (first < t.size() && t.get(first).start() == d.span().start() && !d.relative() && clockFirst(t, first)) {
                return java.util.Optional.of(d);
            }
            if (first >= t.size() || t.get(first).start() != d.span().start()
                    || first > 0 && !labelled && !weekdayFirst && !bracketed && !signed && !headed && !entryHead) {
                continue;
            }
            int after = first;
            while (after < t.size() && t.get(after).end() <= d.span().end()) {
                after++;
            }
            boolean separated = after < t.size() && STAMP_SEPARATORS.contains(t.get(after).text());
            if (separated) {
                after++; // "17.03.2022 | 14:20"
            }
            while (after < t.size() && (WEEKDAY_WORDS.contains(t.get(after).key()) || WEEKDAY_MARKS.contains(t.get(after).text()))) {
                after++; // "28 April 2021, Wednesday", a diary's entry; "14.09.2022 (Wednesday) 09:10"
            }
            if (after < t.size() && t.get(after).key().equals("at")) {
                after++; // "... 2024 at 22:48", "19 September at 20:05 ·"
            }
            boolean clock = clockAt(t, after);
            if (first == 0 && opensItsParagraph && separated && !d.relative() && d.date().end() == null
                    && Character.isDigit(t.get(0).text().charAt(0))
                    && t.subList(after, t.size()).stream().noneMatch(x -> STAMP_SEPARATORS.contains(x.text()))
                    && dates.stream().filter(x -> x != d).allMatch(DateMention::relative)) {
                // "18.11.2021 | Club statement": a news page's entry headed by its day in figures and its section (a
                // table's row, "12 May 2021 | Sev Lake | ...", separates more cells; a chronology's, "12.12.2022 | road
                // blocked; open again in Sept. 2023", tells another day)
                return java.util.Optional.of(d);
            }
            if (entryHead && !d.relative() && closesAnEntryHead(t, after)) {
                return java.util.Optional.of(d);
            }
            if (headed) {
                // (a header's stamp closes its line: the clock time, "am" or "pm" at most after it)
                int end = after + 3 < t.size() && MERIDIEMS.contains(t.get(after + 3).key()) ? after + 4 : after + 3;
                while (end < t.size() && t.get(end).text().chars().noneMatch(Character::isLetterOrDigit)) {
                    end++; // "--- UPDATE 20 Sep 2023, 22:05 ---": rules around a stamp set as its own line
                }
                if (d.statesDay() && clock && end == t.size()) {
                    return java.util.Optional.of(d);
                }
                continue;
            }
            // a day in figures opens a stamp alone; one spelt with its month's name ("Wed Apr 17, 2024 14:22", a forum
            // post's) only with its clock time ("April 17, 2024: ..." opens a chronology's item)
            if (!d.relative() && !t.get(first).text().chars().anyMatch(Character::isDigit) && !clock) {
                continue;
            }
            // "Yesterday at 18:42 ·", "Friday at 11:15 ·": a social page's stamp counted from the day it was read, which
            // then needs its clock time and the mark after it; any other relative day at a sentence's head is its own act's
            boolean pageStamp = clock && after + 3 < t.size() && STAMP_SEPARATORS.contains(t.get(after + 3).text());
            if (d.relative() && !(first == 0 && pageStamp) || signed && !pageStamp) {
                continue;
            }
            if (after == t.size() && !labelled && !bracketed && !d.relative() || clock) {
                return java.util.Optional.of(d);
            }
        }
        return java.util.Optional.empty();
    }

    /** How far after a stamp's day its clock time may reach, in characters: "14.09.2022, 23:55". */
    private static final int STAMP_CLOCK_CHARS = 12;

    /** How many tokens a bracketed label may take before a clock-first stamp: "(cur | prev) 13:58, 12 December 2022". */
    private static final int CLOCK_LABEL_TOKENS = 6;

    /**
     * Whether the day at token {@code first} follows a clock time that opens the sentence, a comma between them allowed:
     * "14:34, 14 September", as a live page or a page's revision history stamps each entry (after a bracketed or a
     * one-word label: "(cur | prev) 13:58, 12 December 2022", "curprev 17:05, 25 September 2022").
     */
    private static boolean clockFirst(List<Token> t, int first) {
        int clock = 0;
        if (!t.isEmpty() && t.get(0).opensBracket()) {
            int close = 1;
            while (close < t.size() && close <= CLOCK_LABEL_TOKENS && !t.get(close).text().equals(")")) {
                close++;
            }
            clock = close + 1;
        } else if (!t.isEmpty() && !clockAt(t, 0) && t.get(0).text().chars().allMatch(Character::isLetter)) {
            clock = 1; // "curprev 17:05, 25 September 2022": a one-word label
        }
        if (!clockAt(t, clock)) {
            return false;
        }
        int after = clock + 3;
        return first == after || first == after + 1 && t.get(after).text().equals(",");
    }

    /**
     * Whether a short signature and a separator stand before the day at {@code first}, a weekday and a comma between
     * them allowed: "A. Petrosyan ✓ · Sunday, 12 July 2020".
     */
    private static boolean signedBefore(List<Token> t, int first) {
        int separator = first - 1;
        if (separator >= 2 && t.get(separator).text().equals(",") && WEEKDAY_WORDS.contains(t.get(separator - 1).key())) {
            separator -= 2;
        } else if (separator >= 1 && WEEKDAY_WORDS.contains(t.get(separator).key())) {
            separator -= 1;
        }
        // a name is capitalised word by word (a verified mark may follow it; "Posted by Dane"): "Archive photo" and
        // "Photo by Dane" caption a picture
        boolean aName = separator > 0 && t.subList(0, separator).stream()
                .allMatch(x -> !Character.isLetter(x.text().charAt(0)) || Character.isUpperCase(x.text().charAt(0))
                        || SIGNATURE_WORDS.contains(x.key()))
                && t.subList(0, separator).stream().noneMatch(x -> CAPTION_WORDS.contains(x.key()));
        return aName && separator <= STAMP_LABEL_TOKENS && STAMP_SEPARATORS.contains(t.get(separator).text());
    }

    private static final Set<String> SIGNATURE_WORDS = Set.of("posted", "by");
    private static final Set<String> CAPTION_WORDS = Set.of("photo", "photos", "archive", "image", "picture", "video");
    private static final Set<String> STAMP_SEPARATORS = Set.of("|", "\u00b7", "\u2022");
    /** How many tokens may label a stamp before its separator: "PIN #0413 ·", "Entry 12 |". */
    private static final int STAMP_LABEL_TOKENS = 4;
    private static final Set<String> ENTRY_LABEL_WORDS = org.borderwatch.extract.config.WordLists.english().words("entry-label-words");
    /** The words a post's header sets before its stamp: "#3 Post by X »". */
    private static final int POST_HEADER_TOKENS = 3;

    /**
     * Whether an entry head's day closes its line, a clock time after a comma at most ("..., 20:30"): an entry's head
     * needs no clock time, unlike a post's stamp.
     */
    private static boolean closesAnEntryHead(List<Token> t, int after) {
        int k = after < t.size() && t.get(after).text().equals(",") ? after + 1 : after;
        if (clockAt(t, k)) {
            k += 3;
        }
        return k == t.size() || k + 1 == t.size() && !Character.isLetterOrDigit(t.get(k).text().charAt(0));
    }

    /** Whether a clock time, hours, a colon and minutes ("20:30" as three tokens), starts at token {@code i}. */
    private static boolean clockAt(List<Token> t, int i) {
        return i + 2 < t.size() && HOURS.matcher(t.get(i).text()).matches() && t.get(i + 1).text().equals(":")
                && HOURS.matcher(t.get(i + 2).text()).matches();
    }
    private static final Set<String> MERIDIEMS = Set.of("am", "pm");
    /** The marks that set a stamp's weekday off its day: "28 April 2021, Wednesday", "14.09.2022 (Wed)". */
    private static final Set<String> WEEKDAY_MARKS = Set.of(",", "(", ")");

    /** The hours or the minutes of a clock time, which the tokenizer splits at its colon. */
    private static final java.util.regex.Pattern HOURS = java.util.regex.Pattern.compile("\\d{1,2}");

    /** The places the spotter knows, and the settlements the sentence names that it does not know at all. */
    private List<Span> withUnlisted(List<Span> known, List<Token> tokens) {
        List<Span> all = new ArrayList<>(known);
        for (Span name : unlisted.find(tokens)) {
            if (known.stream().noneMatch(name::overlaps)) {
                all.add(name);
            }
        }
        if (all.size() > known.size()) {
            all.sort(java.util.Comparator.comparingInt(Span::start));
        }
        return all;
    }

    private static PlaceMention placeMention(String text, Sentence s, Span span) {
        int from = 0;
        int to = s.tokens().size();
        for (int i = 0; i < s.tokens().size(); i++) {
            Token t = s.tokens().get(i);
            if (t.start() <= span.start()) {
                from = i;
            }
            if (t.end() >= span.end()) {
                to = i + 1;
                break;
            }
        }
        return new PlaceMention(span, from, to, text.substring(span.start(), span.end()));
    }
}
