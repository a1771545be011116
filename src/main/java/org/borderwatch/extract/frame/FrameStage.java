package org.borderwatch.extract.frame;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.borderwatch.domain.DatePrecision;
import org.borderwatch.domain.Decision;
import org.borderwatch.domain.DateSpan;
import org.borderwatch.domain.EventType;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.config.ConflictConfig;
import org.borderwatch.extract.layout.LayoutStage;
import org.borderwatch.extract.layout.Paragraph;
import org.borderwatch.extract.layout.Sentence;
import org.borderwatch.extract.layout.Token;
import org.borderwatch.extract.mention.ActorMention;
import org.borderwatch.extract.mention.CasualtyCount;
import org.borderwatch.extract.mention.ChronologyItems;
import org.borderwatch.extract.mention.CasualtyReader;
import org.borderwatch.extract.mention.DateMention;
import org.borderwatch.extract.mention.MentionStage;
import org.borderwatch.extract.mention.PlaceMention;
import org.borderwatch.extract.mention.SentenceMentions;
import org.borderwatch.extract.mention.TemporalTagger;
import org.borderwatch.extract.mention.TerritoryCues;
import org.borderwatch.extract.pipeline.Annotation;
import org.borderwatch.extract.pipeline.Layer;
import org.borderwatch.extract.pipeline.Stage;
import org.borderwatch.extract.trigger.Cues;
import org.borderwatch.extract.trigger.Trigger;
import org.borderwatch.extract.trigger.DatedReference;
import org.borderwatch.extract.trigger.TriggerCandidate;
import org.borderwatch.extract.trigger.DisplacementTriggers;
import org.borderwatch.extract.trigger.TriggerClass;
import org.borderwatch.extract.trigger.TriggerRule;
import org.borderwatch.extract.trigger.TriggerStage;
import org.borderwatch.extract.config.WordLists;

/**
 * Turns each sentence that asserts an event into a frame: its type, its date (stated, relative to the
 * narrative, or carried from earlier in the paragraph), who acted against whom, where, and its cost.
 * A sentence with no resolvable date, or dated after publication, yields no frame.
 */
public final class FrameStage implements Stage {
    private static final WordLists WORDS = WordLists.english();

    /** One frame per event a sentence (or clause) states, in text order. */
    public static final Layer<List<EventFrame>> FRAMES = Layer.named("FRAMES");
    /** Why a sentence with kept triggers gave no frame, by sentence index; for the trace. */
    public static final Layer<java.util.Map<Integer, Decision>> DROPPED = Layer.named("DROPPED_SENTENCES");

    private static final Set<String> CIVILIAN_WORDS = WORDS.words("civilian-words");
    private static final Set<String> SHIELDING_WORDS = WORDS.words("shielding-words");
    private static final Set<String> ACCORD_THEN_VIOLENCE_JOINS = WORDS.words("accord-then-violence-joins");
    private static final Set<String> TOLL_PART_WORDS = WORDS.words("toll-part-words");
    private static final Set<String> TOLL_WHOLE_WORDS = WORDS.words("toll-whole-words");
    private static final Set<String> ENDING_VERBS = WORDS.words("ending-verbs");
    private static final Set<String> STATEMENT_SOURCES = WORDS.words("statement-sources");
    private static final Set<String> ACCORD_PRESENT_VERBS = WORDS.words("accord-present-verbs");
    private static final Set<String> SPEECH_VERBS = WORDS.words("speech-verbs");
    private static final int SHIELD_REACH = WORDS.window("shield-reach");
    private static final Set<String> MILITARY_TARGET_WORDS = WORDS.words("military-target-words");
    /** How near a word of speech a relative day must stand to be the day of the telling ("said today"). */
    private static final int TELLING_DAY_REACH = WORDS.window("telling-day-reach");
    private static final int LIST_REACH = WORDS.window("victim-list-reach");
    /** Syntax, not vocabulary: what may stand before a new clause's subject. */
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    private static final Set<TriggerClass> ACCORDS_AND_TALKS = EnumSet.of(TriggerClass.AGREEMENT, TriggerClass.DIPLOMACY);
    /** Acts that last as states: a closure or blockade, a post, ground held. */
    private static final Set<TriggerClass> STATES = EnumSet.of(TriggerClass.MEASURE, TriggerClass.BASE, TriggerClass.TERRITORY);
    /** A sentence of this many tokens or fewer, full stop included, with no verb is a heading: "The blockade." */
    private static final int SHORT_HEADING_TOKENS = 4;

    private static final int YEAR_REACH = WORDS.window("year-reach");
    /** How many tokens around a dated reference ("the 2023 offensive in X") its own places may stand. */
    private static final int REFERENCE_PLACE_REACH = WORDS.window("reference-place-reach");
    /** How far before publication a news report's story day may lie and still carry to its undated paragraphs. */
    private static final int STORY_REACH_DAYS = WORDS.window("story-reach-days");
    private static final int LEAD_SENTENCES = WORDS.window("lead-sentences");
    private static final Set<String> IMAGE_EXTENSIONS = Set.of("jpg", "jpeg", "png", "svg", "gif", "webp", "tif");
    private static final Set<String> CLAUSE_SPLITS = Set.of(";", "meanwhile", "whereas");

    private final ConflictConfig config;
    private final TerritoryCues territoryCues;
    private final CasualtyReader casualtyReader;
    private final EventTyper typer = new EventTyper();
    private final EventPlaces eventPlaces;
    private final EventActors eventActors;

    public FrameStage(ConflictConfig config, TerritoryCues territoryCues, CasualtyReader casualtyReader) {
        this.config = config;
        this.territoryCues = territoryCues;
        this.casualtyReader = casualtyReader;
        this.eventPlaces = new EventPlaces(config);
        this.eventActors = new EventActors(config);
    }

    @Override
    public String name() {
        return "frames";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(LayoutStage.PARAGRAPHS, LayoutStage.SENTENCES, MentionStage.MENTIONS, MentionStage.LAST_TOLD_DAY,
                TriggerStage.TRIGGERS, TriggerStage.CANDIDATES, TriggerStage.CUES);
    }

    @Override
    public Set<Layer<?>> adds() {
        return Set.of(FRAMES, DROPPED);
    }

    @Override
    public void process(Annotation a) {
        LocalDate published = a.document().published() == null ? null : a.document().published().lastDay();
        // days after this are plans: publication, or the day of a later "Last updated" line whose updates tell them
        LocalDate lastTold = a.get(MentionStage.LAST_TOLD_DAY).orElse(published);
        List<EventFrame> frames = new ArrayList<>();
        java.util.Map<Integer, Decision> dropped = new java.util.TreeMap<>();
        DateSpan window = newsWindow(a);
        DateSpan carried = window;
        FrameRule carriedBy = FrameRule.NEWS_WINDOW;
        DateSpan lastStated = null;
        DateSpan lastFight = null; // the day of the last fight or bombardment told, which "during the fighting" means
        int lastFightSentence = -1; // the sentence that told it
        DateSpan monthTold = null; // the month the last sentence that stated one told its act in
        int monthToldSentence = -1;
        boolean newsOfTheDay = published != null && a.document().published().precision() == DatePrecision.DAY;
        int paragraph = -1;
        java.time.YearMonth section = null;
        DateSpan headingDay = null;
        DateSpan datedLead = null; // the day a list's lead line opens with, which its bullets below go on telling
        Set<Integer> dayLines = DayLines.sections(a);
        Set<Integer> forecast = ForecastSections.sentences(a);
        Set<Integer> ordinaryCrime = ordinaryCrimeParagraphs(a);
        // a live page stamps its posts with bare clock lines; one such line alone may be a video's length
        long bareClocks = a.get(LayoutStage.SENTENCES).stream()
                .filter(x -> BARE_CLOCK.matcher(a.text().substring(x.span().start(), x.span().end())).matches()).count();
        AccordOfTheWar accordOfTheWar = new AccordOfTheWar();
        for (Sentence s : a.get(LayoutStage.SENTENCES)) {
            SentenceMentions all = a.get(MentionStage.MENTIONS).get(s.index());
            List<Trigger> references = a.get(TriggerStage.CANDIDATES).get(s.index()).stream()
                    .filter(c -> c.keptBy(TriggerRule.DATED_REFERENCE)).map(TriggerCandidate::trigger).toList();
            List<DateMention> referenceDates = references.stream()
                    .map(r -> DatedReference.dateOf(s.tokens(), r, all.dates())).toList();
            // "At the meeting of 6 April the leaders agreed ...": a dated meeting that opens the sentence is when its acts
            // happened, so its day dates them too
            List<DateMention> namingDates = java.util.stream.IntStream.range(0, references.size())
                    .filter(k -> !setsTheScene(s, references.get(k), a.get(TriggerStage.TRIGGERS).get(s.index())))
                    .mapToObj(referenceDates::get).toList();
            // the days and months that name referenced events ("the clashes of 7 May") do not date the sentence's own
            // acts; a year still sets them in time ("which signed the 2020 ceasefire and has deployed a mission")
            // "broke the terms of the ceasefire of November 2020": a standard's own date does not date the act either
            List<DateMention> standardDates = a.get(TriggerStage.CANDIDATES).get(s.index()).stream()
                    .filter(c -> c.decidedBy(TriggerRule.REFERENCE))
                    .map(c -> DatedReference.dateOf(s.tokens(), c.trigger(), all.dates())).filter(java.util.Objects::nonNull).toList();
            // "after the fighting of 14-17 September was the protocol signed on 19 September": the day that names a
            // setting does not date the act, when the act has a day of its own
            List<DateMention> settingDates = a.get(TriggerStage.CANDIDATES).get(s.index()).stream()
                    .filter(c -> c.decidedBy(TriggerRule.BACKGROUND))
                    .map(c -> dateOfTheSetting(s, c.trigger(), all.dates())).filter(java.util.Objects::nonNull).toList();
            boolean ownDay = all.dates().stream().anyMatch(d -> !settingDates.contains(d) && !namingDates.contains(d)
                    && !standardDates.contains(d) && d.date().precision() == DatePrecision.DAY);
            DateSpan storyPoint = lastStated != null ? lastStated : newsOfTheDay ? DateSpan.day(published) : null;
            SentenceMentions m = all.withDates(all.dates().stream().filter(d -> !namingDates.contains(d)
                    && !standardDates.contains(d) && !(ownDay && settingDates.contains(d))
                    || d.date().precision() == DatePrecision.YEAR && !olderThanStory(d, storyPoint))
                    .filter(d -> !comparedSince(s, d, a.get(TriggerStage.TRIGGERS).get(s.index()))).toList());
            Paragraph inParagraph = a.get(LayoutStage.PARAGRAPHS).get(s.paragraph());
            boolean subheading = inParagraph.heading() && !inParagraph.title();
            if (s.paragraph() != paragraph) {
                paragraph = s.paragraph();
                // under a dated heading the narrative runs on across paragraphs; elsewhere it starts afresh
                if (m.section() == null || !m.section().equals(section)) {
                    carried = window;
                    carriedBy = FrameRule.NEWS_WINDOW;
                }
                section = m.section();
                if (subheading) {
                    headingDay = null;
                } else if (headingDay != null) {
                    carried = headingDay;
                    carriedBy = FrameRule.HEADING_DAY;
                }
                if (!BulletItems.opensWithBullet(a.text(), inParagraph)) {
                    datedLead = null;
                } else if (datedLead != null) {
                    carried = datedLead;
                    carriedBy = FrameRule.DATED_LEAD;
                }
            }
            int setting = FightSetting.nounIn(s.tokens()); // the fight's noun in "during the fighting", or -1
            String stampText = a.text().substring(s.span().start(), s.span().end());
            // "At 09:00. Other news." or a live page's "09:15" line: a time stamp alone (a lone clock only among others
            // or under a day line, as one may be a video's length)
            boolean bareStamp = newsOfTheDay && BARE_TIME_STAMP.matcher(stampText).matches()
                    && (headingDay != null || bareClocks >= 2 || !BARE_CLOCK.matcher(stampText).matches());
            // "10:25 - Shells fell on ...": a live page's post, stamped with a clock time
            boolean postStamp = newsOfTheDay && s.span().start() == inParagraph.span().start()
                    && (POST_TIME_STAMP.matcher(stampText).lookingAt()
                    || CRAWL_TIME_STAMP.matcher(stampText).lookingAt() && headingDay != null || crawlLine(stampText));
            if (bareStamp || postStamp) {
                // either brings the story back to the day it is read, or to the day line it stands under, whatever
                // day the post above looked back to
                lastStated = headingDay != null ? headingDay : DateSpan.day(published);
                carried = lastStated;
                carriedBy = FrameRule.TIME_STAMP;
                if (bareStamp) {
                    continue;
                }
            }
            List<Trigger> triggers = a.get(TriggerStage.TRIGGERS).get(s.index()).stream()
                    .filter(t -> !references.contains(t)).toList();
            DateSpan stated = bestDate(actsDates(a.text(), narrativeDates(s, m.dates()), triggers), lastTold, s, triggers);
            if (stated != null && stated.precision() == DatePrecision.DAY
                    && (dayLines.contains(s.index()) || subheading && statesOneDay(m.dates())
                    && !documentsDay(a.text(), m.dates(), stated) && (published == null || stated.start().isBefore(published)))) {
                // a run of day lines, or one subheading that names a day before the report's own ("What happened on
                // 27 January"; not a document's, "Statement of 3 June"), dates the paragraphs under it
                headingDay = stated;
            }
            if (s.span().start() == inParagraph.span().start() && !BulletItems.opensWithBullet(a.text(), inParagraph)
                    && stated != null && stated.precision() == DatePrecision.DAY && BulletItems.datedLeadLine(s, m.dates())) {
                datedLead = stated;
            }
            accordOfTheWar.observe(s, all.dates());
            List<Trigger> warAccords = accordOfTheWar.accords(s, triggers, stated != null);
            triggers = triggers.stream().filter(t -> !warAccords.contains(t)).toList();
            if (stated != null && (stated.precision() == DatePrecision.DAY || stated.precision() == DatePrecision.WEEK)
                    && !documentsDay(a.text(), m.dates(), stated)) {
                // "The fighting that began on Wednesday resumed at dawn today": the sentence ends on the day it is read,
                // and the story goes on from there, whichever day dates its act
                carried = endsOnTheDayOfReading(s, m.dates(), a.get(TriggerStage.CUES).get(s.index()), published)
                        ? DateSpan.day(published) : stated;
                carriedBy = FrameRule.CARRIED_DATE;
                lastStated = carried;
            } else if (stated != null && stated.precision() == DatePrecision.MONTH && triggers.isEmpty() && references.isEmpty()
                    && opensWithDate(s, m.dates()) && !a.get(LayoutStage.PARAGRAPHS).get(s.paragraph()).heading()) {
                // (a heading's month is its section's, which dates what stands under it: HEADING_MONTH)
                // "September 2022 was far worse. Troops crossed into X ...": a month that sets the scene holds for the paragraph
                carried = stated;
                carriedBy = FrameRule.CARRIED_DATE;
            } else if (stated == null && carried == window && lastStated != null && continuesNarrative(s)) {
                carried = lastStated; // "In response, the army ...": the story goes on from the last day it told
                carriedBy = FrameRule.NARRATIVE_CONTINUES;
            } else if (stated == null && carried == window && lastFight != null && setting >= 0) {
                carried = lastFight;
                carriedBy = FrameRule.DURING_THE_FIGHT;
            }
            if (triggers.isEmpty() && references.isEmpty() && warAccords.isEmpty()) {
                continue;
            }
            List<Cues.Cue> sentenceCues = a.get(TriggerStage.CUES).get(s.index());
            FrameRule drop = forecast.contains(s.index()) ? FrameRule.FORECAST_SECTION
                    : sentenceDrop(a, s, all, a.get(TriggerStage.TRIGGERS).get(s.index()), sentenceCues, ordinaryCrime);
            if (drop != null) {
                dropped.put(s.index(), drop.decide(Decision.Verdict.DROP, ""));
                continue;
            }
            for (int k = 0; k < references.size(); k++) {
                frames.addAll(referenceFrame(s, all, references.get(k), referenceDates.get(k).date(), lastTold,
                        FrameRule.DATED_REFERENCE));
            }
            for (Trigger accord : warAccords) {
                frames.addAll(referenceFrame(s, all, accord, accordOfTheWar.warYear(), lastTold, FrameRule.ACCORD_OF_THE_WAR));
            }
            if (triggers.isEmpty()) {
                continue;
            }
            int instances = Cues.instancesStart(sentenceCues);
            if (instances >= 0) {
                // a habitual statement with dated instances: only the instances are events, each on its own date
                frames.addAll(decided(instanceFrames(s, m, triggers, lastTold, instances), FrameRule.DATED_INSTANCES));
                continue;
            }
            // "In April 2021 fighting killed 36. Thousands fled before a truce took hold.": the next sentence of the
            // paragraph, dated by nothing of its own, goes on in the month just told ("Since then, ..." counts from it)
            boolean inThatMonth = stated == null && justBefore(a, monthToldSentence, s) && !countsFromThen(s);
            if (stated != null) {
                monthTold = stated.precision() == DatePrecision.MONTH ? stated : null;
                monthToldSentence = monthTold == null ? -1 : s.index();
            }
            boolean tollOfTheFight = stated == null && justBefore(a, lastFightSentence, s) && tollOnly(triggers, m);
            FrameRule dateRule = tollOfTheFight ? FrameRule.TOLL_OF_THE_FIGHT : inThatMonth ? FrameRule.CARRIED_DATE
                    : stated != null ? (saidOn(s, m, stated, sentenceCues) ? FrameRule.STATEMENT_DAY : FrameRule.STATED_DATE)
                    : carried != null ? carriedBy : FrameRule.HEADING_MONTH;
            DateSpan date = tollOfTheFight ? lastFight : inThatMonth ? monthTold : stated != null ? stated : carried != null ? carried
                    : section != null ? DateSpan.of(section.atDay(1), DatePrecision.MONTH) : null;
            // (a year that only names a document, "invoked its 1997 treaty", leaves the sentence undated too)
            if (date == null && newsOfTheDay && onlyDocumentsDated(a.text(), m.dates()) && referencesFollowActs(references, triggers)
                    && storyOfTheDay(lastStated, published)) {
                // a news report's short paragraphs go on telling the story's day: the last day it stated, else its own day
                dateRule = FrameRule.STORY_DAY;
                date = lastStated != null ? lastStated : DateSpan.day(published);
            }
            if (date == null) {
                dropped.put(s.index(), FrameRule.UNDATED.decide(Decision.Verdict.DROP, ""));
                continue;
            }
            List<Trigger> acts = triggers.stream().filter(t -> t.from() != setting).toList();
            if (setting >= 0 && !acts.isEmpty() && acts.stream().noneMatch(t -> t.triggerClass().violent())) {
                // "During the fighting peacekeepers evacuated ...": the fight sets the scene of the act told (harm
                // "during the clashes" stays the clashes' toll)
                triggers = acts;
            }
            // "a drone struck the mosque on 16 September; Southia denies targeting civilians": the denial answers the act
            AnsweringDenials denials = AnsweringDenials.of(s.tokens(), triggers);
            List<EventFrame> typed = clauseFrames(a.text(), s, denials.withoutTheirPlaces(m), denials.acts(), date, storyPoint,
                    lastTold);
            boolean namesNoOne = namesNoOne(s, m);
            List<EventFrame> made = typed.stream().filter(f -> !meetingOfAYear(f) && !(namesNoOne && meetingOfNoOne(f))).toList();
            if (made.isEmpty()) {
                FrameRule why = typed.isEmpty() ? FrameRule.UNTYPED
                        : namesNoOne && typed.stream().allMatch(FrameStage::meetingOfNoOne) ? FrameRule.MEETING_WITHOUT_PARTIES
                        : FrameRule.MEETING_WITHOUT_MONTH;
                dropped.put(s.index(), why.decide(Decision.Verdict.DROP, ""));
            }
            for (EventFrame f : made) {
                FrameRule how = f.date().equals(date) ? dateRule : FrameRule.STATED_DATE;
                frames.add(withFirst(f, how.decide(Decision.Verdict.DATE, describe(f.date()))));
                if (f.type().type() == EventType.BATTLES || f.type().type() == EventType.EXPLOSIONS_REMOTE_VIOLENCE) {
                    lastFight = f.date();
                    lastFightSentence = s.index();
                }
            }
        }
        // "Evacuated, 29-30 April:" over "• Kesta: 4,100" lines: one event per listed place
        frames = ListedPlaces.expand(frames, a.get(LayoutStage.SENTENCES), a.get(MentionStage.MENTIONS));
        a.put(FRAMES, List.copyOf(frames));
        a.put(DROPPED, java.util.Collections.unmodifiableMap(dropped));
    }

    private static final Set<String> DEMAND_WORDS = WORDS.words("demand-words");

    /**
     * "gathered on Republic Square demanding that the government act on X": a place named after what a crowd demands
     * is what the protest is about, not where it gathered (a place also named before the demand stays).
     */
    private static List<String> withoutWhatIsDemanded(Sentence s, SentenceMentions m, List<String> places) {
        List<Token> t = s.tokens();
        int at = 0;
        while (at < t.size() && !DEMAND_WORDS.contains(t.get(at).key())) {
            at++;
        }
        if (at == t.size()) {
            return places;
        }
        int demand = at;
        int end = demand;
        while (end < t.size() && !t.get(end).key().equals(",") && !t.get(end).key().equals(";")) {
            end++; // "Demanding an end to the shelling, hundreds rallied in X": the demand's clause ends at its comma
        }
        int clauseEnd = end;
        Set<String> demanded = m.places().stream().filter(p -> p.fromToken() > demand && p.toToken() <= clauseEnd)
                .map(PlaceMention::name).collect(java.util.stream.Collectors.toSet());
        Set<String> before = m.places().stream().filter(p -> p.toToken() <= demand).map(PlaceMention::name)
                .collect(java.util.stream.Collectors.toSet());
        return places.stream().filter(p -> !demanded.contains(p) || before.contains(p)).toList();
    }

    /** The people a crowd is made of, whose home a place after "of" or "from" names ("residents of X"). */
    private static final Set<String> CROWD_PEOPLE = WORDS.words("crowd-party-words");

    /**
     * "residents of A and B gathered in front of the administration in C": the places the protesters come from, when
     * the sentence names another where they gathered. With no other place, their home is all the text tells.
     */
    private static List<String> withoutProtestersHomes(Sentence s, SentenceMentions m, List<String> places) {
        List<Token> t = s.tokens();
        Set<String> homes = new java.util.HashSet<>();
        Set<String> namedElsewhere = new java.util.HashSet<>();
        for (PlaceMention p : m.places()) {
            int back = p.fromToken() - 1;
            // back over the places listed before it: "residents of A, B and C"
            while (back > 0 && (t.get(back).key().equals(",") || t.get(back).key().equals("and") || insidePlace(m, back))) {
                back--;
            }
            if (back > 0 && (t.get(back).key().equals("of") || t.get(back).key().equals("from"))
                    && CROWD_PEOPLE.contains(t.get(back - 1).key())) {
                homes.add(p.name());
            } else {
                namedElsewhere.add(p.name()); // "inhabitants of X staged a sit-in on the road between X and Y"
            }
        }
        homes.removeAll(namedElsewhere);
        List<String> rest = places.stream().filter(p -> !homes.contains(p)).toList();
        return rest.isEmpty() ? places : rest;
    }

    private static boolean insidePlace(SentenceMentions m, int token) {
        return m.places().stream().anyMatch(q -> q.fromToken() <= token && token < q.toToken());
    }

    /** Talks, visits and calls dated only to a year: the annotation rules need at least their month. */
    private static boolean meetingOfAYear(EventFrame f) {
        return f.type() == SubEventType.OTHER && f.date().precision() == DatePrecision.YEAR
                && f.triggers().stream().allMatch(t -> t.triggerClass() == TriggerClass.DIPLOMACY);
    }

    private static final Set<String> MEETING_PARTY_WORDS = WORDS.words("meeting-party-words");
    private static final Set<String> CALENDAR_NAMES = java.util.stream.Stream.of("month-names", "weekday-words")
            .flatMap(list -> WORDS.words(list).stream()).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * Whether the sentence names no actor, no place, no one by a capitalised name and no party by a word for it ("the
     * two ministers", "the sides"): "The meeting began at 3:05 p.m. and ended at 5:20 p.m."
     */
    private static boolean namesNoOne(Sentence s, SentenceMentions m) {
        List<Token> t = s.tokens();
        return m.actors().isEmpty() && m.places().isEmpty()
                && t.stream().noneMatch(x -> MEETING_PARTY_WORDS.contains(x.key()))
                && t.stream().skip(1).noneMatch(x -> x.isCapitalised() && !CALENDAR_NAMES.contains(x.key()));
    }

    /**
     * Talks, visits and calls coded with no party, no place and no country ("The meeting began at 3 p.m.", "the talks
     * produced nothing"): in a sentence that names no one, nothing says whose meeting it was, and the annotation rules
     * code a meeting by who met.
     */
    private static boolean meetingOfNoOne(EventFrame f) {
        return f.type() == SubEventType.OTHER && f.actor1() == null && f.actor2() == null && f.places().isEmpty()
                && f.cueCountries().isEmpty() && f.triggers().stream().allMatch(t -> t.triggerClass() == TriggerClass.DIPLOMACY);
    }

    /**
     * The frame of an event the sentence names with a date of its own ("the 2020 ceasefire agreement"): dated by
     * that date, with the places and actors written right around the name (the sentence's own subject and toll
     * belong to its own act), none when the date lies after publication.
     */
    private List<EventFrame> referenceFrame(Sentence s, SentenceMentions m, Trigger reference, DateSpan date,
                                            LocalDate published, FrameRule rule) {
        if (published != null && date.start().isAfter(published)) {
            return List.of();
        }
        int from = reference.from() - REFERENCE_PLACE_REACH;
        int to = reference.to() + REFERENCE_PLACE_REACH;
        SentenceMentions near = new SentenceMentions(m.dates(),
                m.places().stream().filter(p -> p.fromToken() >= from && p.toToken() <= to).toList(),
                m.actors().stream().filter(x -> x.from() >= from && x.to() <= to).toList(),
                CasualtyCount.NONE, List.of(), List.of(), m.section());
        EventFrame f = frame(s, s.span(), near, List.of(reference), date);
        if (f == null) {
            return List.of();
        }
        return List.of(withFirst(f, rule.decide(Decision.Verdict.DATE, describe(date))));
    }

    /**
     * An accord told as reached: a verb ("agreed", "signed") or a noun right after a verb in the past ("praised
     * the agreement"); not one still to come ("an agreement is within reach").
     */
    private static boolean toldAsReached(Sentence s, Trigger t) {
        String first = s.tokens().get(t.from()).key();
        if (first.endsWith("ed") || t.text().toLowerCase(java.util.Locale.ROOT).contains("reached")) {
            return true;
        }
        // a timeline's present tense: "meet in X and agree to ..."
        if (s.tokens().subList(t.from(), t.to()).stream().anyMatch(x -> ACCORD_PRESENT_VERBS.contains(x.key()))) {
            return true;
        }
        int before = t.from() - 1;
        if (before >= 0 && Set.of("the", "an", "a").contains(s.tokens().get(before).key())) {
            before--;
        }
        return before >= 0 && s.tokens().get(before).key().endsWith("ed") || passiveAfter(s, t);
    }

    /** How far after an accord's noun its passive verb may stand: "a ceasefire from 20:00 on 3 May was agreed". */
    private static final int PASSIVE_ACCORD_REACH = WORDS.window("passive-accord-reach");

    /** "a truce ... was agreed by the ministers during a call": the accord told as reached, in the passive. */
    private static boolean passiveAfter(Sentence s, Trigger t) {
        List<Token> tokens = s.tokens();
        for (int i = t.to(); i + 1 < tokens.size() && i < t.to() + PASSIVE_ACCORD_REACH; i++) {
            String k = tokens.get(i).key();
            if (k.equals(";") || k.equals(",")) {
                return false;
            }
            if ((k.equals("was") || k.equals("were") || k.equals("been")) && tokens.get(i + 1).key().endsWith("ed")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether every dated reference of the sentence comes after its acts ("phoned X and asked for help under the 1997
     * treaty"): the acts are news, not the referenced era's ("The 1997 accord was followed by talks").
     */
    private static boolean referencesFollowActs(List<Trigger> references, List<Trigger> acts) {
        int lastAct = acts.stream().mapToInt(Trigger::from).max().orElse(-1);
        return references.stream().allMatch(r -> r.from() > lastAct);
    }

    /**
     * Whether the last day the sentence names is the day it is read, told relatively ("resumed at dawn today"), and
     * is not the day of its telling ("shelled X on Sunday, the ministry said today": the story stays on Sunday).
     */
    private static boolean endsOnTheDayOfReading(Sentence s, List<DateMention> dates, List<Cues.Cue> cues,
                                                 LocalDate published) {
        DateMention last = dates.stream().filter(d -> d.date().precision() == DatePrecision.DAY)
                .max(Comparator.comparingInt(d -> d.span().start())).orElse(null);
        if (published == null || last == null || !last.relative() || !last.date().equals(DateSpan.day(published))) {
            return false;
        }
        int[] range = Sentence.tokenRange(s.tokens(), last.span());
        return range == null || cues.stream()
                .filter(c -> c.kind() == Cues.Kind.ASSERT || c.kind() == Cues.Kind.SPEECH)
                .noneMatch(c -> c.to() <= range[0] && range[0] - c.to() <= TELLING_DAY_REACH
                        || c.from() >= range[1] && c.from() - range[1] <= TELLING_DAY_REACH);
    }

    /** Whether the story told so far is of the days around publication (its last stated day within a week of it). */
    private static boolean storyOfTheDay(DateSpan lastStated, LocalDate published) {
        return lastStated == null || Math.abs(lastStated.start().toEpochDay() - published.toEpochDay()) <= STORY_REACH_DAYS;
    }

    /**
     * Whether the sentence states {@code date} only as the day something was said ("officials said on Wednesday",
     * "the ministry reported Tuesday"): the event happened then or shortly before, so the date is weak.
     */
    private static boolean saidOn(Sentence s, SentenceMentions m, DateSpan date, List<Cues.Cue> cues) {
        List<DateMention> same = m.dates().stream().filter(d -> d.date().equals(date)).toList();
        if (same.isEmpty()) {
            return false;
        }
        for (DateMention d : same) {
            int at = tokenAt(s, d.span().start());
            boolean afterSaying = cues.stream().anyMatch(c -> c.kind() == Cues.Kind.ASSERT && c.to() <= at && at - c.to() <= 1);
            if (!afterSaying) {
                return false;
            }
        }
        return true;
    }

    private static int tokenAt(Sentence s, int offset) {
        int at = 0;
        for (int i = 0; i < s.tokens().size(); i++) {
            if (s.tokens().get(i).start() <= offset) {
                at = i;
            }
        }
        return at;
    }

    private static final Pattern LABEL_SEPARATOR = Pattern.compile("\\s[\u2013\u2014-]\\s|:");

    /**
     * A heading set as a label: in capitals throughout ("CIVILIANS KILLED AND HOMES BURNED"), or opening with a label in
     * capitals before a dash or colon ("KESTA - Shepherds detained"). A numbered item or a live post's one line of news
     * ("Two soldiers wounded near Lorva") is no label: it reports.
     */
    static boolean capitalisedLabel(String heading) {
        Matcher separator = LABEL_SEPARATOR.matcher(heading);
        String label = separator.find() ? heading.substring(0, separator.start()) : heading;
        long letters = label.chars().filter(Character::isLetter).count();
        return letters >= 2 && label.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    /** How far into a sentence a dateline's dash may stand: "BAKU, 13 December 2022 (Agency) -". */
    private static final int DATELINE_DASH_REACH = 10;
    /** What "No" may count in a wire item's report of an act: "No casualties were reported after ...". */
    private static final Set<String> HARM_COUNTED = WORDS.words("harm-counted-by-no");
    /** A dateline's dash, or a glossary's: "Official: the border services have agreed ..." is a post's speaker, not a term. */
    private static final Set<String> DASHES = Set.of("-", "\u2013", "\u2014");

    /**
     * Where the sentence's own words begin: after a dateline that opens it (a capitalised place, a comma, a day in
     * figures, a dash), else at its start.
     */
    private static int afterDateline(Sentence s) {
        List<Token> tokens = s.tokens();
        if (tokens.size() < 4 || !tokens.get(0).isCapitalised() || !tokens.get(1).key().equals(",")) {
            return 0;
        }
        for (int i = 2; i < Math.min(tokens.size(), DATELINE_DASH_REACH); i++) {
            if (DASHES.contains(tokens.get(i).text())) {
                return tokens.subList(2, i).stream().anyMatch(Token::isNumber) ? i + 1 : 0;
            }
        }
        return 0;
    }

    /** The rule that drops every trigger of the sentence at once, or null. */
    private static FrameRule sentenceDrop(Annotation a, Sentence s, SentenceMentions m, List<Trigger> triggers,
                                          List<Cues.Cue> sentenceCues, Set<Integer> ordinaryCrimeParagraphs) {
        if (caption(s)) {
            return FrameRule.CAPTION;
        }
        if (glossaryEntry(s, m)) {
            return FrameRule.GLOSSARY; // "Ceasefire - when the sides agree to stop shooting."
        }
        int opening = afterDateline(s);
        if (opening + 1 < s.tokens().size() && s.tokens().get(opening).key().equals("no")
                && !(opening > 0 && HARM_COUNTED.contains(s.tokens().get(opening + 1).key()))) {
            // "No officials have provided evidence of ...", "Baku, 13.12 (CPS) - No new date ..."; but a wire item that
            // opens "No casualties were reported after shells hit X" counts the harm of the act it reports (a sentence of
            // its own that opens so, "No one was hurt.", gives the toll of the act told before it)
            return FrameRule.NEGATIVE_OPENING;
        }
        // ("10 Nov 2020 - Russian peacekeepers begin deploying": a chronology's entry has no full stop, but it is no title)
        // (a news crawl's line in capitals, stamped with its clock time, is a post, though written as a headline: "15:05
        // PREMIER CONVENES THE SECURITY COUNCIL"; a programme's "11:30 Panel: the shelling of Kesta" is a title)
        if (verblessTitle(s, triggers) && !dayInTableRow(s, m) && !crawlLine(a.text().substring(s.span().start(), s.span().end()))
                && !ChronologyItems.opensWithItsLabel(s, m.dates()) && !ChronologyItems.opensWithMessageStamp(s, m.dates())) {
            return FrameRule.TITLE;
        }
        Paragraph paragraph = a.get(LayoutStage.PARAGRAPHS).get(s.paragraph());
        if (paragraph.heading() && !paragraph.title() && m.dates().stream().noneMatch(DateMention::statesDayOrMonth)
                && capitalisedLabel(a.text().substring(s.span().start(), s.span().end()))) {
            return FrameRule.SECTION_HEADING;
        }
        if (aboutTheDocument(s) || authorsOwnVisit(s, triggers)) {
            return FrameRule.DOCUMENT_ITSELF;
        }
        if (endsWithAQuestion(s)) {
            return FrameRule.QUESTION;
        }
        if (ordinaryCrimeParagraphs.contains(s.paragraph())) {
            return FrameRule.ORDINARY_CRIME;
        }
        if (answerOptions(s.tokens()) && s.index() > 0
                && endsWithAQuestion(a.get(LayoutStage.SENTENCES).get(s.index() - 1))) {
            return FrameRule.ANSWER_OPTIONS;
        }
        if (adviceToTheReader(s)) {
            return FrameRule.ADVICE;
        }
        if (quoted(a.text(), a.get(LayoutStage.PARAGRAPHS).get(s.paragraph()), s, triggers) && !hasStatedDay(m)
                && !CLOCK_TIME.matcher(a.text().substring(s.span().start(), s.span().end())).find()
                && !quotesAStatement(a.text(), a.get(LayoutStage.PARAGRAPHS).get(s.paragraph()), s.tokens().get(triggers.get(0).from()).start())) {
            return FrameRule.QUOTED_OPINION; // words quoted from someone, with no date of their own
        }
        if (calledFalseBesideAnAct(s, triggers, sentenceCues) && !Cues.any(sentenceCues, Cues.Kind.DENY)
                && !Cues.any(sentenceCues, Cues.Kind.SOURCED)) {
            return FrameRule.CALLED_FALSE; // a claim, not an event
        }
        return null;
    }

    private static final Set<String> ORDINARY_CRIME_WORDS = WORDS.words("ordinary-crime-words");

    /**
     * The paragraphs that are a police log's numbered items of ordinary crime, found once per document: each names a
     * theft, a drug seizure or a road accident, tells no strike, mine or fight, and none of its sentences names an actor
     * ("2. Sumgait. A car hit a pedestrian. The pedestrian died at the scene."); an item that names a side's forces, or
     * villagers of both sides, is the conflict's. A capital named as a place ("1. Baku, Nasimi district.") says where,
     * not who.
     */
    private static Set<Integer> ordinaryCrimeParagraphs(Annotation a) {
        java.util.Map<Integer, List<Sentence>> byParagraph = a.get(LayoutStage.SENTENCES).stream()
                .collect(java.util.stream.Collectors.groupingBy(Sentence::paragraph));
        Set<Integer> out = new java.util.HashSet<>();
        for (Paragraph p : a.get(LayoutStage.PARAGRAPHS)) {
            if (ordinaryCrime(a, p, byParagraph.getOrDefault(p.index(), List.of()))) {
                out.add(p.index());
            }
        }
        return out;
    }

    private static boolean ordinaryCrime(Annotation a, Paragraph paragraph, List<Sentence> sentences) {
        List<SentenceMentions> mentions = a.get(MentionStage.MENTIONS);
        List<List<Trigger>> triggers = a.get(TriggerStage.TRIGGERS);
        // (a log's numbered item only: "Looters stole generators after the shelling" in a report is the war's; and an
        // item that tells a strike, a mine or a fight is the conflict's, whatever else it names)
        return BulletItems.itemNumber(a.text(), paragraph) >= 0
                && sentences.stream().flatMap(x -> triggers.get(x.index()).stream()).map(Trigger::triggerClass)
                        .noneMatch(c -> c == TriggerClass.REMOTE || c == TriggerClass.MINE || c == TriggerClass.CLASH
                                || c == TriggerClass.ASSAULT)
                && sentences.stream().anyMatch(x -> x.tokens().stream().anyMatch(t -> ORDINARY_CRIME_WORDS.contains(t.key())))
                && sentences.stream().allMatch(x -> mentions.get(x.index()).cueCountries().isEmpty()
                        && mentions.get(x.index()).actors().stream().allMatch(actor -> namedAsAPlace(actor, mentions.get(x.index()))));
    }

    private static boolean namedAsAPlace(ActorMention actor, SentenceMentions m) {
        return m.places().stream().anyMatch(p -> p.fromToken() == actor.from() && p.toToken() == actor.to());
    }

    private static final Set<String> ADVICE_VERBS = WORDS.words("advice-verbs");
    private static final Set<String> REQUEST_VERBS = WORDS.words("request-verbs");
    private static final Set<String> QUOTE_MARKS = Set.of("\"", "\u201c", "\u201d", "'", "\u2018", "\u2019", "\u00ab");
    private static final Set<String> FINITE_AUXILIARIES = WORDS.words("finite-auxiliaries");

    /**
     * "Travel only in the convoy.", "Do not pick up passengers ...": a sentence that opens with a bare verb telling the
     * reader what to do (after a list's bullet), with no finite auxiliary of a report in it ("Travel across the border
     * was suspended" reports).
     */
    private static boolean adviceToTheReader(Sentence s) {
        List<Token> t = s.tokens();
        int first = 0;
        while (first < t.size() && !Character.isLetter(t.get(first).text().charAt(0))) {
            first++; // "- Avoid ...", "• Review ..."
        }
        if (first + 1 < t.size() && t.get(first).key().equals("do") && t.get(first + 1).key().equals("not")) {
            return true; // "Do not pick up passengers who say they are from ...": a prohibition, whatever follows
        }
        boolean quoted = t.subList(0, first).stream().anyMatch(x -> QUOTE_MARKS.contains(x.text()));
        if (!quoted && first + 1 < t.size() && t.get(first).key().equals("please")
                && REQUEST_VERBS.contains(t.get(first + 1).key())) {
            // "Please forward this email to someone who has not heard of the blockade": a request, too (not "Please
            // note: troops shelled ...", nor a plea someone is quoted making)
            return true;
        }
        return first < t.size() && t.get(first).isCapitalised() && ADVICE_VERBS.contains(t.get(first).key())
                && t.stream().noneMatch(x -> FINITE_AUXILIARIES.contains(x.key()));
    }

    /**
     * Whether a word calling something false stands in the clause of an act: "the envoy meets X in A; B calls his
     * remarks unfounded" calls remarks false in a clause of its own, and the meeting stands.
     */
    private static boolean calledFalseBesideAnAct(Sentence s, List<Trigger> triggers, List<Cues.Cue> cues) {
        return cues.stream().filter(c -> c.kind() == Cues.Kind.FALSE).anyMatch(c -> triggers.stream().anyMatch(t ->
                s.tokens().subList(Math.min(t.from(), c.from()), Math.max(t.to(), c.to())).stream().noneMatch(x -> x.key().equals(";"))));
    }

    /** The frames, each with one more decision: the rule that made several frames of one sentence. */
    private static List<EventFrame> decided(List<EventFrame> frames, FrameRule split) {
        return frames.stream().map(f -> f.with(split.decide(Decision.Verdict.SPLIT, describe(f.date()) + " " + f.places()))).toList();
    }

    /** The frame with {@code first} recorded before the decisions it already carries. */
    private static EventFrame withFirst(EventFrame f, Decision first) {
        List<Decision> all = new ArrayList<>();
        all.add(first);
        all.addAll(f.decisions());
        EventFrame bare = new EventFrame(f.sentence(), f.span(), f.type(), f.date(), f.actor1(), f.actor2(), f.places(),
                f.cueCountries(), f.spansCountries(), f.casualties(), f.measures(), f.triggers(), List.of());
        for (Decision d : all) {
            bare = bare.with(d);
        }
        return bare;
    }

    static String describe(DateSpan d) {
        return d.start() + (d.end() != null && !d.end().equals(d.start()) ? ".." + d.end() : "")
                + " (" + d.precision().name().toLowerCase(java.util.Locale.ROOT) + ")";
    }

    /**
     * The window a news report covers, when its opening sentences state one relative to publication ("this
     * week"): undated reports further down belong to it.
     */
    private static DateSpan newsWindow(Annotation a) {
        for (Sentence s : a.get(LayoutStage.SENTENCES)) {
            if (s.index() >= LEAD_SENTENCES) {
                break;
            }
            for (DateMention d : a.get(MentionStage.MENTIONS).get(s.index()).dates()) {
                if (d.date().precision() == DatePrecision.WEEK && !d.relative()) {
                    return storyStart(a, d.date());
                }
            }
        }
        return null;
    }

    /**
     * The week's story starts with the first day the report states inside the week ("this week" when
     * the text dates the advance "on May 12" is 12 May to publication): undated reactions came after it.
     */
    private static DateSpan storyStart(Annotation a, DateSpan week) {
        LocalDate first = null;
        for (SentenceMentions m : a.get(MentionStage.MENTIONS)) {
            for (DateMention d : m.dates()) {
                LocalDate day = d.date().start();
                if (d.statesDay() && week.contains(day)
                        && (first == null || day.isBefore(first))) {
                    first = day;
                }
            }
        }
        return first == null || week.end() == null ? week : new DateSpan(first, week.end(), DatePrecision.WEEK);
    }

    /**
     * A sentence joining two reports ("X stated that ...; meanwhile Y said that ...", "A died in P, while B
     * was killed in Q") gives one frame per clause that has its own trigger; any other sentence one frame.
     */
    private List<EventFrame> clauseFrames(String text, Sentence s, SentenceMentions m, List<Trigger> triggers, DateSpan date,
                                          DateSpan storyPoint, LocalDate published) {
        List<int[]> clauses = new ArrayList<>();
        int from = 0;
        List<Token> tokens = s.tokens();
        List<IntervalClause> intervals = intervalClauses(m, tokens, triggers);
        for (int i = 1; i < tokens.size() - 1; i++) {
            String k = tokens.get(i).key();
            int at = i;
            int clauseStart = from;
            boolean split = CLAUSE_SPLITS.contains(k) && !listInACell(tokens, triggers, from, i)
                    || k.equals("while") && tokens.get(i - 1).key().equals(",")
                    // "X, which signed the truce and which has deployed a mission": two relative clauses, two acts
                    || (k.equals("which") || k.equals("who")) && tokens.get(i - 1).key().equals("and")
                    // "..., and Aliyev apologised to Y in a call": a new subject starts a new act
                    || k.equals("and") && tokens.get(i - 1).key().equals(",")
                    && (actorStartsAt(m, tokens, i + 1) || sideAdjectiveAt(tokens, i + 1) && triggerAfter(triggers, i))
                    && !replyAfter(tokens, triggers, i)
                    // "..., and last month the ministry said troops had moved ...": a clause opened by a date of its own
                    || k.equals("and") && tokens.get(i - 1).key().equals(",") && dateStartsAt(m, tokens, i + 1)
                    && !listedDateBefore(m, tokens, i - 1) && triggerAfter(triggers, i)
                    // "Shells hit X at dawn, and by morning most families had fled": harm, then people leaving
                    || k.equals("and") && tokens.get(i - 1).key().equals(",") && violenceThenDisplacement(triggers, i)
                    // "Northia sought Westland's help, and a truce held from dusk": a new subject that is itself an
                    // act of another kind
                    || k.equals("and") && tokens.get(i - 1).key().equals(",") && otherKindOfActOpens(tokens, triggers, from, i)
                    // "fighting killed 4 people and about 900 residents were evacuated": the same, without the comma
                    || k.equals("and") && violenceThenDisplacement(triggers, i) && displacedAsNewSubject(tokens, triggers, i)
                    // "houses in X were set on fire, and houses in Y were hit by mortars": two kinds of act, each at
                    // places of its own
                    || k.equals("and") && tokens.get(i - 1).key().equals(",") && otherActElsewhere(m, tokens, triggers, i)
                    // "attacked the outposts A and B and shelled the town of C": a second verb of another kind, at its own place
                    || k.equals("and") && verbTriggerAt(tokens, triggers, i + 1) && otherActElsewhere(m, tokens, triggers, i)
                    // "held their first meeting on 24 May, on the border, and met again in X on 30 August": the same kind
                    // of act again, on a day of its own
                    || k.equals("and") && tokens.get(i - 1).key().equals(",") && verbTriggerAt(tokens, triggers, i + 1)
                    && daysOnBothSides(m, tokens, from, i)
                    // "Ten soldiers were returned on 4 December, and ten more on 19 December": the act again, its verb
                    // left out, on a day of its own
                    || ellipticRepeatAt(m, tokens, triggers, i)
                    // "a ceasefire was agreed on 16 September, and a protocol followed on 19 September": acts on both
                    // sides, each on a day of its own
                    || k.equals("and") && tokens.get(i - 1).key().equals(",") && triggerAfter(triggers, i)
                    && triggers.stream().anyMatch(t -> t.from() >= clauseStart && t.to() <= at) && daysOnBothSides(m, tokens, from, i)
                    && !listedDateBefore(m, tokens, i - 1) && oneDayEachSide(s, m, from, i)
                    // ("..., and one soldier died of his wounds on 6 May": harm told later is the act's toll)
                    && !Trigger.onlyCasualties(triggers.stream().filter(t -> t.from() > at).toList())
                    // "..., after the leaders met in X on 6 October", "... killed 80 before a ceasefire took hold":
                    // the act before or after which another happened is an act of its own
                    // ("took effect on Wednesday, less than 24 hours after X launched ...": the same, the interval first)
                    || opensASequel(tokens, i) && triggerAfter(triggers, i)
                    // "the missile was fired less than a day after a truce, agreed in X on 10 October, ...": the accord
                    // an interval counts from is an act of its own day, even with no comma before the interval
                    || intervalOpens(tokens, i) && nextTriggerIs(triggers, i, TriggerClass.AGREEMENT)
                    // "met on Tuesday, a day after a shootout near X, and ...": the act the interval leads to has a day
                    // of its own, and what follows its clause goes back to the sentence's day
                    || intervals.stream().anyMatch(c -> c.from() == at || c.to() == at && triggerAfter(triggers, at))
                    // "the fighting lasted until a ceasefire was agreed on 14 May": the accord that ended it is an act
                    || k.equals("until") && nextTriggerIs(triggers, i, TriggerClass.AGREEMENT)
                    // "the fighting ... ended with a ceasefire on Friday evening": the same, told by its end
                    || (k.equals("with") || k.equals("in")) && ENDING_VERBS.contains(tokens.get(i - 1).key())
                        && nextTriggerIs(triggers, i, TriggerClass.AGREEMENT)
                    // "Amid shooting near X, the ministers agreed a truce": the violence is the setting of a talk
                    // or an accord, which is an act of its own
                    || k.equals(",") && settingThenTalks(tokens, triggers, i)
                    // "a truce had been agreed from noon, but the shooting resumed within hours" (also ", though
                    // firing was reported the next day", "agreed a truce on 16 May, when seven soldiers were killed"):
                    // the accord, and the fight that broke it or came before it, are two acts
                    || ACCORD_THEN_VIOLENCE_JOINS.contains(k) && tokens.get(i - 1).key().equals(",")
                        && accordThenViolence(triggers, from, i);
            if (split) {
                clauses.add(new int[] {from, i});
                from = i;
            }
        }
        clauses.add(new int[] {from, tokens.size()});
        List<int[]> withTriggers = clauses.stream()
                .filter(c -> triggers.stream().anyMatch(t -> t.from() >= c[0] && t.to() <= c[1])).toList();
        // a clause repeating the act before it keeps its place among the clauses, with that act's triggers
        SentenceMentions mentions = m;
        List<int[]> repeats = clauses.stream().filter(c -> c[0] > 0 && !withTriggers.contains(c)
                && !withTriggers.isEmpty() && withTriggers.get(0)[0] < c[0] && ellipticRepeatAt(mentions, tokens, triggers, c[0])).toList();
        if (withTriggers.size() == 1 && opensASequel(tokens, withTriggers.get(0)[0])) {
            // "talks will be held later in X, after troops shelled Y on 3 May": the one act told is the sequel's, at its places
            int[] c = withTriggers.get(0);
            List<PlaceMention> own = m.places().stream().filter(p -> p.fromToken() >= c[0] && p.toToken() <= c[1]).toList();
            if (!own.isEmpty()) {
                m = new SentenceMentions(m.dates(), own, m.actors(), m.casualties(), m.measures(), m.cueCountries(), m.section());
            }
        }
        if (withTriggers.size() < 2 && repeats.isEmpty()) {
            // "calm held on Tuesday, a day after a shootout near X": every act lies past the interval, so its day is the
            // interval's
            DateSpan actsDate = withTriggers.size() != 1 ? date : intervals.stream()
                    .filter(c -> c.from() == withTriggers.get(0)[0]).map(IntervalClause::date).findFirst().orElse(date);
            List<EventFrame> listed = listedDateFrames(s, m, triggers, published);
            if (!listed.isEmpty()) {
                return decided(listed, FrameRule.LISTED_DATES);
            }
            EarlierHappening earlier = EarlierHappening.find(s, m.dates());
            if (earlier != null) {
                return withEarlierHappening(s, m, triggers, actsDate, earlier, published);
            }
            return localFrames(s, m, triggers, actsDate);
        }
        List<EventFrame> out = new ArrayList<>();
        List<PlaceMention> lineHead = listLineHead(tokens, m.places());
        List<PlaceMention> placesBefore = List.of();
        int lastCell = tollCell(tokens, triggers);
        // a toll cell that names its own place ("| 2 killed near X") counts the harm there, not the row's first fight's
        int cell = lastCell >= 0 && m.places().stream().anyMatch(p -> p.fromToken() >= lastCell) ? -1 : lastCell;
        // the clause of the row's first act of violence, to which a toll cell belongs
        int[] fight = withTriggers.stream().filter(c -> triggers.stream()
                .anyMatch(t -> t.from() >= c[0] && t.to() <= c[1] && t.from() < cell && t.triggerClass().violent()))
                .findFirst().orElse(null);
        int tollCell = fight == null ? -1 : cell;
        List<Trigger> actBefore = List.of();
        int[] clauseBefore = null;
        for (int[] c : clauses.stream().filter(c -> withTriggers.contains(c) || repeats.contains(c)).toList()) {
            boolean ofTheFight = c == fight;
            boolean repeat = repeats.contains(c);
            // a table row's last cell that only counts the dead is the toll of the row's first fight, not of the clause it
            // ends ("shooting on the road; a ceasefire is agreed that evening | 2 killed")
            List<Trigger> own = repeat ? actBefore : triggers.stream().filter(t -> t.from() >= c[0] && t.to() <= c[1])
                    .filter(t -> tollCell < 0 || t.from() < tollCell || ofTheFight).toList();
            // a repeated act's actors are those of the act it repeats
            int[] actorsFrom = repeat && clauseBefore != null ? clauseBefore : c;
            actBefore = own;
            clauseBefore = c;
            List<Token> part = tokens.subList(c[0], !ofTheFight && tollCell > c[0] && tollCell < c[1] ? tollCell - 1 : c[1]);
            if (repeat) {
                // "and two soldiers on 5 May" counts what the verb left out counted: read with that verb after the count
                // (a bare "two more" names no people, and the casualty reader counts none)
                part = repeatedWithItsVerb(tokens, c, own);
            }
            if (ofTheFight && tollCell > c[1]) {
                own = java.util.stream.Stream.concat(own.stream(), triggers.stream().filter(t -> t.from() >= tollCell)).toList();
                part = java.util.stream.Stream.concat(part.stream(), tokens.subList(tollCell - 1, tokens.size()).stream()).toList();
            }
            if (own.isEmpty() || part.isEmpty()) {
                continue; // its only triggers were the toll cell's
            }
            List<PlaceMention> clausePlaces = m.places().stream().filter(p -> p.fromToken() >= c[0] && p.toToken() <= c[1]).toList();
            if (clausePlaces.isEmpty() && !SupplyCut.cutTriggers(tokens, own).isEmpty()) {
                clausePlaces = placesBefore; // "shells hit the line near X; the whole village has had no electricity since"
            }
            placesBefore = clausePlaces;
            SentenceMentions clause = new SentenceMentions(m.dates(), clausePlaces.isEmpty() ? lineHead : clausePlaces,
                    m.actors().stream().filter(x -> x.from() >= actorsFrom[0] && x.to() <= actorsFrom[1]).toList(),
                    casualtyReader.read(part, m.dates().stream().map(DateMention::span).toList()),
                    m.measures(), territoryCues.countries(part), m.section());
            List<DateMention> clauseDates = actsDates(text, m.dates().stream().filter(d -> inside(tokens, d, c)).toList(), own);
            EarlierHappening earlier = c[0] == 0 ? EarlierHappening.find(s, clauseDates) : null;
            if (earlier != null && earlier.end() < c[1]) {
                // "After an exchange of fire on 14 Sept, forces clashed on 16 Sept; shooting went on until 17 Sept"
                out.addAll(withEarlierHappening(s, clause.withDates(clauseDates), own, date, earlier, published));
                continue;
            }
            // "The summit came less than three weeks after X signed ... on 13 March": the day belongs to the sequel; the
            // act it follows goes on in the story's day
            boolean sequelAfter = c[1] < tokens.size() && (opensASequel(tokens, c[1]) || intervalOpens(tokens, c[1]));
            DateSpan undated = storyPoint != null && sequelAfter ? storyPoint : date;
            DateSpan clauseDate = clauseDates.isEmpty() ? undated
                    : java.util.Optional.ofNullable(bestDate(clauseDates, published, s, own)).orElse(date);
            out.addAll(localFrames(s, s.span(c[0], c[1]), clause, own, clauseDate));
        }
        return decided(out, FrameRule.CLAUSES);
    }

    /**
     * Where the last cell of a table row starts when it holds triggers and every one of them counts harm ("| 2 killed on
     * one side"), in a row of three cells or more; else -1.
     */
    private static int tollCell(List<Token> tokens, List<Trigger> triggers) {
        int lastBar = -1;
        int bars = 0;
        int end = tokens.size();
        while (end > 0 && (tokens.get(end - 1).isCellBar() || !tokens.get(end - 1).key().chars().anyMatch(Character::isLetterOrDigit))) {
            end--; // a row closed by a bar ("... | 4 killed |"): its last cell is the one before that bar
        }
        for (int i = 0; i < end; i++) {
            if (tokens.get(i).isCellBar()) {
                lastBar = i;
                bars++;
            }
        }
        int cell = lastBar + 1;
        List<Trigger> inCell = triggers.stream().filter(t -> t.from() >= cell).toList();
        return bars >= 2 && Trigger.onlyCasualties(inCell)
                ? cell : -1;
    }

    /** "fired less than a day after ...": an interval and a sequence word open a clause at {@code at}, no comma before. */
    private static boolean intervalOpens(List<Token> tokens, int at) {
        return at > 0 && at < tokens.size() && INTERVAL_WORDS.contains(tokens.get(at).key())
                && !INTERVAL_WORDS.contains(tokens.get(at - 1).key()) && sequenceAfterInterval(tokens, at - 1);
    }

    /** Whether the clause at {@code from} opens with ", after" or ", before", or with an interval before them. */
    private static boolean opensASequel(List<Token> tokens, int from) {
        return from > 0 && (SEQUENCE_WORDS.contains(tokens.get(from).key()) && tokens.get(from - 1).key().equals(",")
                || tokens.get(from).key().equals(",") && sequenceAfterInterval(tokens, from));
    }

    /**
     * A referenced accord's year that lies years before the point the story has reached ("asked for help under
     * the 1997 treaty" in a report of 2021) cannot be when the sentence's own act happened.
     */
    private static boolean olderThanStory(DateMention d, DateSpan storyPoint) {
        return storyPoint != null && storyPoint.start().getYear() - d.date().start().getYear() > 1;
    }

    private static final Set<String> SUPERLATIVES = WORDS.words("comparison-superlatives");

    /**
     * "the deadliest incident on the border since April": the date after "since" that a superlative measures
     * the act against is the day of another event, not of this one.
     */
    private static boolean comparedSince(Sentence s, DateMention d, List<Trigger> acts) {
        List<Token> t = s.tokens();
        int since = -1;
        for (int i = 0; i < t.size() && t.get(i).start() <= d.span().start(); i++) {
            since = i; // the word before the date, or the date's own first word ("since April" is one mention)
        }
        if (since >= 0 && t.get(since).start() == d.span().start() && !t.get(since).key().equals("since")) {
            since--;
        }
        if (since < 0 || !t.get(since).key().equals("since") || toldInAWhenClause(t, d, acts)) {
            return false;
        }
        for (int i = since - 1; i >= 0; i--) {
            if (SUPERLATIVES.contains(t.get(i).key())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "The clash was the most serious since 12 May, when troops crossed ...": the clause after the date tells that
     * day's act, unless an act before the date is told by a verb of its own ("were wounded in the heaviest shelling
     * since 12 May, when the truce was agreed" keeps the wounding off 12 May); a noun there names the act compared.
     */
    private static boolean toldInAWhenClause(List<Token> t, DateMention d, List<Trigger> acts) {
        boolean toldBefore = acts.stream().anyMatch(x -> x.from() < t.size() && t.get(x.from()).start() < d.span().start()
                && verbTriggerAt(t, acts, x.from()));
        if (toldBefore) {
            return false;
        }
        for (int i = 0; i + 1 < t.size(); i++) {
            if (t.get(i).start() >= d.span().end()) {
                return commaWhenAt(t, pastYearWords(t, i));
            }
        }
        return false;
    }

    /** Whether ", when" starts at token {@code i}: the clause after it tells the act of the day before it. */
    private static boolean commaWhenAt(List<Token> t, int i) {
        return i + 1 < t.size() && t.get(i).key().equals(",") && t.get(i + 1).key().equals("when");
    }

    /** "since April last year, when ...": words that only give the date before them its year. */
    private static final Set<String> YEAR_WORDS = Set.of("of", "last", "this", "the", "previous", "year");

    /** The token after "(of) last year" or "the previous year" if one starts at {@code i}, else {@code i}. */
    private static int pastYearWords(List<Token> t, int i) {
        int end = i;
        for (int j = i; j < t.size() && YEAR_WORDS.contains(t.get(j).key()); j++) {
            if (t.get(j).key().equals("year")) {
                end = j + 1;
            }
        }
        return end;
    }

    /**
     * Whether {@code day} is stated only as the day a document bears ("violate the statement signed on 10 November
     * 2020"): it dates the accord, but the story has not gone back to it, so later sentences do not carry it.
     */
    private static boolean documentsDay(String text, List<DateMention> dates, DateSpan day) {
        List<DateMention> stating = dates.stream().filter(d -> d.span() != null && d.date().equals(day)).toList();
        return !stating.isEmpty() && onlyDocumentsDated(text, stating);
    }

    /** Whether every one of the dates is the date a document bears ("its 1997 treaty"); true of none. */
    private static boolean onlyDocumentsDated(String text, List<DateMention> dates) {
        return dates.stream().allMatch(d -> d.span() != null && TemporalTagger.datesADocument(text, d.span().start()));
    }

    /**
     * "appealed to Russia under the Treaty ... of 29 August 1997": the day a document bears names the document. It is
     * kept when the sentence tells an accord (the document's own signing may be what it reports); otherwise its acts
     * take their day from the story.
     */
    private static List<DateMention> actsDates(String text, List<DateMention> dates, List<Trigger> triggers) {
        if (triggers.isEmpty() || triggers.stream().anyMatch(t -> t.triggerClass() == TriggerClass.AGREEMENT)) {
            return dates;
        }
        boolean violent = triggers.stream().anyMatch(t -> t.triggerClass().violent());
        List<DateMention> acts = dates.stream().filter(d -> !TemporalTagger.datesADocument(text, d.span().start())
                || !violent && sinceTheDocument(text, d.span().start())).toList();
        // "Our 14 April issue covered the clash near X on 11 April": an issue's day dates what it reported only when
        // the sentence gives no other day ("The 14 April statement said troops had shelled X": by then)
        List<DateMention> notIssues = acts.stream().filter(d -> !TemporalTagger.datesAnIssue(text, d.span().start())).toList();
        return notIssues.isEmpty() ? acts : notIssues;
    }

    /** A sentence opened by "Since" and a document, up to the day it bears: "Since the statement of 10 November 2020". */
    private static final java.util.regex.Pattern SINCE_OPENING =
            java.util.regex.Pattern.compile("(?:^|[.!?]\\s+|\\n)Since\\s[^,.;\\n]*$");

    /**
     * "Since the ceasefire of 10 November 2020, peacekeepers have been deployed ...": the day of a document that the
     * sentence opens with after "since" is when its acts began.
     */
    private static boolean sinceTheDocument(String text, int dateStart) {
        return SINCE_OPENING.matcher(text.substring(Math.max(0, dateStart - 120), dateStart)).find();
    }

    /** The words that open a clause inside a subject ("the war of May, which killed"): its toll is not the sentence's. */
    private static final Set<String> CLAUSE_OPENERS = Set.of(",", ";", ":", "which", "that", "who", "\u2014", "\u2013");

    /**
     * Whether every other trigger of the sentence counts harm and the first follows the reference with no clause
     * opened between them: "The fighting of 28 April near X left two dead".
     */
    private static boolean tollOfTheSubject(List<Token> t, Trigger reference, List<Trigger> triggers) {
        List<Trigger> others = triggers.stream().filter(x -> x != reference).toList();
        if (!Trigger.onlyCasualties(others)) {
            return false;
        }
        int toll = others.stream().mapToInt(Trigger::from).min().orElseThrow();
        return toll > reference.from() && t.subList(reference.to(), toll).stream().noneMatch(k -> CLAUSE_OPENERS.contains(k.key()));
    }

    /**
     * A meeting named as the sentence's opening setting ("At the meeting of 6 April ...", "During the talks of 3 May
     * ..."), or any act the sentence opens counting from ("Since the ceasefire of 10 November 2020, ...").
     */
    private static boolean setsTheScene(Sentence s, Trigger reference, List<Trigger> triggers) {
        List<Token> t = s.tokens();
        int at = reference.from() - 1;
        if (at >= 0 && t.get(at).key().equals("the")) {
            at--;
        }
        // "Since the ceasefire of 10 November 2020, monitors have patrolled ...": what followed it began on its day (a
        // deployment or a closure; fights and deaths counted since then happened on days of their own)
        // "The clashes of 14 September killed 71 soldiers near X": a dated fight that opens the sentence as its subject,
        // whose toll the sentence then tells, happened on the day that names it
        return at == 0 && (t.get(0).key().equals("since") && triggers.stream().noneMatch(x -> x.triggerClass().violent())
                || reference.triggerClass() == TriggerClass.DIPLOMACY
                && (t.get(0).key().equals("at") || t.get(0).key().equals("during")))
                || at < 0 && reference.triggerClass().violent() && tollOfTheSubject(t, reference, triggers);
    }

    /**
     * The dates that say where the sentence's story stands: without those of an opening "After an exchange of fire
     * on 14 Sept," when the rest of the sentence dates its own act.
     */
    private static List<DateMention> narrativeDates(Sentence s, List<DateMention> all) {
        List<DateMention> dates = withoutTheDeathsDay(s, all.stream().filter(d -> !statusDate(s, d)).toList());
        EarlierHappening earlier = EarlierHappening.find(s, dates);
        if (earlier == null || earlier.dates().isEmpty() || earlier.dates().size() == dates.size()) {
            return dates;
        }
        return earlier.outside(dates);
    }

    private static final Set<String> LATER_DEATH = WORDS.words("later-death-words");
    private static final Set<String> WOUND_NOUNS = WORDS.words("wound-nouns");

    /**
     * "died on 1 May of wounds he received when his unit came under fire on 29 April": the wounding is the act, so the
     * days told before the wounds (the death's) give way to a day told after them; the death is the act's later toll.
     */
    static List<DateMention> withoutTheDeathsDay(Sentence s, List<DateMention> dates) {
        List<Token> t = s.tokens();
        int wound = -1;
        for (int i = 2; i < t.size() && wound < 0; i++) {
            if (WOUND_NOUNS.contains(t.get(i).key()) && (t.get(i - 1).key().equals("of") || t.get(i - 2).key().equals("of"))) {
                int at = i;
                boolean died = java.util.stream.IntStream.range(0, at).anyMatch(k -> LATER_DEATH.contains(t.get(k).key()));
                wound = died ? at : -1;
            }
        }
        if (wound < 0) {
            return dates;
        }
        // the wound phrase runs to the next comma, "and" or speech verb, and tells how they were received
        int end = wound + 1;
        boolean received = false;
        while (end < t.size() && !WOUND_PHRASE_ENDS.contains(t.get(end).key()) && !SPEECH_VERBS.contains(t.get(end).key())) {
            received |= WOUND_RECEIVING_WORDS.contains(t.get(end).key());
            end++;
        }
        int from = t.get(wound).start();
        int to = end < t.size() ? t.get(end).start() : Integer.MAX_VALUE;
        if (!received || dates.stream().noneMatch(d -> d.span().start() > from && d.span().start() < to
                && d.date().precision() == DatePrecision.DAY)) {
            return dates;
        }
        return dates.stream().filter(d -> d.span().start() > from || d.date().precision() != DatePrecision.DAY).toList();
    }

    private static final Set<String> WOUND_PHRASE_ENDS = Set.of(",", ";", "and");
    /** "wounds he received when ...", "injuries sustained in ...": the words that tell how the wounds came. */
    private static final Set<String> WOUND_RECEIVING_WORDS = Set.of("received", "sustained", "suffered", "when");

    /** Words that may stand between "as of" and its date: "as of 08:00 on 28 January". */
    private static final Set<String> STATUS_DATE_FILLERS = Set.of("on", "the", "at", ":", "hours", "hrs");

    /**
     * "As of 08:00 on 28 January, two soldiers had been killed": the day a count stood, not the day of the harm it
     * counts, which the text told before or leaves to its story's day.
     */
    static boolean statusDate(Sentence s, DateMention d) {
        List<Token> t = s.tokens();
        int i = 0;
        while (i < t.size() && t.get(i).end() <= d.span().start()) {
            i++;
        }
        for (int back = i - 1, seen = 0; back >= 1 && seen < 6; back--, seen++) {
            String k = t.get(back).key();
            if (k.equals("of") && t.get(back - 1).key().equals("as")) {
                return true;
            }
            if (!STATUS_DATE_FILLERS.contains(k) && !t.get(back).isNumber()) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> SEQUENCE_WORDS = WORDS.words("sequence-words");
    private static final Set<String> INTERVAL_WORDS = WORDS.words("interval-words");
    private static final int INTERVAL_REACH = WORDS.window("interval-reach");

    /** Whether the comma at {@code comma} opens "less than 24 hours after", "only days before": an interval, then a sequence word. */
    private static boolean sequenceAfterInterval(List<Token> tokens, int comma) {
        for (int i = comma + 1; i < tokens.size() && i <= comma + 1 + INTERVAL_REACH; i++) {
            Token t = tokens.get(i);
            if (SEQUENCE_WORDS.contains(t.key())) {
                return i > comma + 1;
            }
            if (!INTERVAL_WORDS.contains(t.key()) && !t.isNumber()) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> HOME_TALK_WORDS = WORDS.words("home-talk-words");

    /**
     * Whether a diplomatic act with no venue named takes place at its first party's home: an appeal or a call
     * is made from there, and so is a meeting of one side's officials; a meeting that brings both sides together
     * could be anywhere, so the text leaves its country unknown (the rulebook's empty country for unplaced talks).
     * {@code fromHome}: the act is a request, a call or a session ({@link #madeFromHome}).
     */
    private boolean happensAtHome(boolean fromHome, String counterpart, List<ActorMention> named) {
        if (fromHome || counterpart == null) {
            return true;
        }
        Set<String> sidesNamed = new java.util.HashSet<>();
        for (ActorMention a : named) {
            String country = a.country() != null ? a.country() : countryOfActor(a.actor()).orElse(null);
            if (country != null && config.sides().contains(country)) {
                sidesNamed.add(country);
            }
        }
        return sidesNamed.size() < 2;
    }

    /**
     * Whether the act is a request, a call or a body's own session (home-talk-words), which its first party holds at
     * home wherever the other one is.
     */
    private static boolean madeFromHome(List<Trigger> triggers) {
        return triggers.stream().anyMatch(t -> t.triggerClass() == TriggerClass.APPEAL
                || java.util.Arrays.stream(t.text().toLowerCase(java.util.Locale.ROOT).split("\\s+"))
                        .anyMatch(HOME_TALK_WORDS::contains));
    }

    private java.util.Optional<String> countryOfActor(String actor) {
        return config.actorNamed(actor).map(ConflictConfig.ActorEntry::country);
    }

    /**
     * Whether every trigger before token {@code at} reports violence and the next one after it is a measure
     * (people fleeing, evacuated): two acts of different kinds, each with its own line.
     */
    private static boolean violenceThenDisplacement(List<Trigger> triggers, int at) {
        List<Trigger> before = triggers.stream().filter(t -> t.to() <= at).toList();
        java.util.Optional<Trigger> next = nextTrigger(triggers, at);
        return !before.isEmpty() && before.stream().allMatch(t -> t.triggerClass().violent())
                && next.map(t -> t.triggerClass() == TriggerClass.MEASURE).orElse(false);
    }

    /**
     * Whether the clause [from, at) tells an accord (perhaps with the talk that reached it) and no violence, and the
     * words after {@code at} tell violence.
     */
    private static boolean accordThenViolence(List<Trigger> triggers, int from, int at) {
        List<Trigger> before = triggers.stream().filter(t -> t.from() >= from && t.to() <= at).toList();
        // the talk that reached the accord may be told with it ("spoke by phone and agreed a ceasefire, though ...")
        return before.stream().anyMatch(t -> t.triggerClass() == TriggerClass.AGREEMENT)
                && before.stream().noneMatch(t -> t.triggerClass().violent())
                && nextTrigger(triggers, at).map(t -> t.triggerClass().violent()).orElse(false);
    }

    private static final Set<String> DISPLACEMENT_VERBS = WORDS.words("displacement-verbs");

    /**
     * Whether the "and" at {@code at} opens a clause of its own whose subject are people moved away: a displacement
     * word follows with words between (the displaced, "about 900 residents were") and no further "and" (which
     * would make the "and" a list: "killed 6 Northian and 4 Southian citizens and displaced thousands").
     */
    private static boolean displacedAsNewSubject(List<Token> tokens, List<Trigger> triggers, int at) {
        java.util.Optional<Trigger> next = nextTrigger(triggers, at);
        if (next.isEmpty() || next.get().from() == at + 1
                || !DISPLACEMENT_VERBS.contains(tokens.get(next.get().from()).key())) {
            return false;
        }
        return tokens.subList(at + 1, next.get().from()).stream().noneMatch(t -> t.key().equals("and"));
    }

    private static final Set<String> IRREGULAR_PAST = WORDS.words("irregular-past-verbs");

    /** A trigger told by a verb in the past right at {@code at} ("and shelled"), not a noun of a list ("and mortars"). */
    private static boolean verbTriggerAt(List<Token> tokens, List<Trigger> triggers, int at) {
        if (at >= tokens.size() || triggers.stream().noneMatch(t -> t.from() == at)) {
            return false;
        }
        String k = tokens.get(at).key();
        return k.endsWith("ed") || IRREGULAR_PAST.contains(k);
    }

    /**
     * Whether the semicolon at {@code at} only separates items of a table cell ("27 January 2022 | Tort-Kocho (A);
     * Khoja-Alo (B) | Shootout ..."): the row has cells, and nothing since the clause began tells an act.
     */
    private static boolean listInACell(List<Token> tokens, List<Trigger> triggers, int from, int at) {
        return tokens.get(at).key().equals(";") && tokens.stream().anyMatch(Token::isCellBar)
                && triggers.stream().noneMatch(t -> t.from() >= from && t.from() < at);
    }

    /** Words that may follow the count of a clause repeating the act before it: "and ten more on 19 December". */
    private static final Set<String> REPEAT_AFTER_COUNT = Set.of("more", "others", "other");

    /**
     * Whether "and" or a comma at {@code at} opens a clause that repeats the act before it with its verb left out: a
     * count ("ten more", "another 17", "seventeen", "ten soldiers") and a day or month of its own, no trigger after it.
     */
    private static boolean ellipticRepeatAt(SentenceMentions m, List<Token> tokens, List<Trigger> triggers, int at) {
        String k = tokens.get(at).key();
        if (!k.equals("and") && !k.equals(",") || triggerAfter(triggers, at)) {
            return false;
        }
        int i = at + 1;
        if (k.equals(",") && i < tokens.size() && tokens.get(i).key().equals("and")) {
            return false; // the split falls on the "and" after the comma
        }
        if (i < tokens.size() && tokens.get(i).key().equals("another")) {
            i++;
        }
        if (i >= tokens.size() || org.borderwatch.extract.mention.NumberWords.value(tokens.get(i), false) == null) {
            return false;
        }
        i++;
        if (i < tokens.size() && REPEAT_AFTER_COUNT.contains(tokens.get(i).key())) {
            i++;
        }
        if (i < tokens.size() && !dateStartsAt(m, tokens, i) && tokens.get(i).key().chars().allMatch(Character::isLetter)) {
            i++; // "ten soldiers on 4 December": what was counted
        }
        int start = tokens.get(at).start();
        boolean dayBefore = m.dates().stream().anyMatch(d -> d.span() != null && d.span().end() <= start && d.statesDayOrMonth());
        return dayBefore && dateStartsAt(m, tokens, i) && nothingDoneAfterTheDay(m, tokens, i);
    }

    /** Words that may follow a repeated act's day: where or after what it came ("ten more on 19 December, after the talks"). */
    private static final Set<String> AFTER_A_REPEATED_DAY = Set.of(",", ".", ";", ":", "after", "following", "in", "at", "near",
            "with", "under", "during", "before", "amid", "as", "when", "and", "(", ")");

    /**
     * Whether the clause repeating an act ends with its day or goes on only to say where or after what: "and 300 mourners
     * on 5 May attended their funeral" tells another act with a verb of its own.
     */
    private static boolean nothingDoneAfterTheDay(SentenceMentions m, List<Token> tokens, int dayFrom) {
        java.util.Optional<DateMention> day = m.dates().stream()
                .filter(d -> d.span() != null && d.span().end() > tokens.get(dayFrom).start()).findFirst();
        if (day.isEmpty()) {
            return false;
        }
        int[] range = Sentence.tokenRange(tokens, day.get().span());
        int next = range == null ? tokens.size() : range[1];
        return next >= tokens.size() || AFTER_A_REPEATED_DAY.contains(tokens.get(next).key());
    }

    /**
     * The tokens of a clause repeating an act, its left-out verb put back after the count: "and two [killed] on 5 May"
     * for "and two more on 5 May", so the count is read as what that verb counts.
     */
    private static List<Token> repeatedWithItsVerb(List<Token> tokens, int[] clause, List<Trigger> verbs) {
        int count = clause[0] + 1;
        while (count < clause[1] && org.borderwatch.extract.mention.NumberWords.value(tokens.get(count), false) == null) {
            count++;
        }
        int afterCount = Math.min(clause[1], count + 1);
        if (afterCount < clause[1] && REPEAT_AFTER_COUNT.contains(tokens.get(afterCount).key())) {
            afterCount++;
        }
        List<Token> out = new ArrayList<>(tokens.subList(clause[0], Math.min(clause[1], count + 1))); // "more" left out
        verbs.forEach(v -> out.addAll(tokens.subList(v.from(), v.to())));
        out.addAll(tokens.subList(afterCount, clause[1]));
        return out;
    }

    /**
     * Words that make a day the end of what the clause before it told: "went on until Wednesday evening", "and by 14
     * September at least 50 had been killed".
     */
    private static final Set<String> SPAN_END_WORDS = Set.of("until", "till", "through", "to", "into", "by");

    /**
     * Whether the words from {@code from} to {@code at} state exactly one day, and the first day after {@code at} is not
     * where that act ended ("shelled X on Tuesday, and the bombardment went on until Wednesday" is one act).
     */
    private static boolean oneDayEachSide(Sentence s, SentenceMentions m, int from, int at) {
        List<Token> tokens = s.tokens();
        int split = tokens.get(at).start();
        int start = tokens.get(from).start();
        long before = m.dates().stream().filter(d -> d.span() != null && d.span().start() >= start && d.span().end() <= split)
                .map(DateMention::date).distinct().count();
        java.util.Optional<DateMention> after = m.dates().stream().filter(d -> d.span() != null && d.span().start() > split).findFirst();
        if (before != 1 || after.isEmpty()) {
            return false;
        }
        int first = tokenAt(s, after.get().span().start());
        return first < 1 || !SPAN_END_WORDS.contains(tokens.get(first - 1).key());
    }

    /**
     * Whether the words from {@code from} to {@code at} state a day or a month, and those after {@code at} another that
     * does not overlap it: "In May an exchange of fire killed a soldier, and on 1 September four were killed" (not "in
     * May ..., and on 12 May ...", where the day may be the month's act told closer).
     */
    private static boolean daysOnBothSides(SentenceMentions m, List<Token> tokens, int from, int at) {
        int split = tokens.get(at).start();
        int start = tokens.get(from).start();
        List<DateMention> days = m.dates().stream().filter(d -> d.span() != null && !d.relative()
                && (d.date().precision() == DatePrecision.DAY || d.date().precision() == DatePrecision.MONTH
                && monthOfTheAct(tokens, from, d))).toList();
        java.util.Optional<DateMention> before = days.stream().filter(d -> d.span().start() >= start && d.span().end() <= split).findFirst();
        java.util.Optional<DateMention> after = days.stream().filter(d -> d.span().start() > split).findFirst();
        return before.isPresent() && after.isPresent() && apart(before.get().date(), after.get().date());
    }

    /**
     * Whether a month in the clause from {@code from} dates its act: not a span's edge ("since April", "from May") nor
     * the month of a relative clause ("troops, who arrived in April, shelled X").
     */
    private static boolean monthOfTheAct(List<Token> tokens, int from, DateMention month) {
        int[] range = Sentence.tokenRange(tokens, month.span());
        if (range == null) {
            return false;
        }
        int at = range[0];
        if (MONTH_SPAN_EDGES.contains(tokens.get(at).key()) || at > 0 && MONTH_SPAN_EDGES.contains(tokens.get(at - 1).key())) {
            return false;
        }
        return tokens.subList(Math.min(from, at), at).stream().noneMatch(t -> RELATIVE_PRONOUNS.contains(t.key()));
    }

    private static final Set<String> MONTH_SPAN_EDGES = Set.of("since", "from", "until", "till", "by", "before", "after");
    /** ("that" is left out: "reminded deputies that in September ..." opens a report, not a relative clause) */
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "which", "whose", "whom");

    /** Whether two dates share no day. */
    private static boolean apart(DateSpan a, DateSpan b) {
        return a.lastDay().isBefore(b.start()) || b.lastDay().isBefore(a.start());
    }

    /**
     * Acts of harm on both sides of {@code at} (violence or destruction, tolls aside), every act before it of another
     * class than every one after it, and each side naming places, the second some the first does not.
     */
    private static boolean otherActElsewhere(SentenceMentions m, List<Token> tokens, List<Trigger> triggers, int at) {
        // the two sides reach no further than the semicolons around them: "...; Y said Z, while W spoke of ..."
        int lo = at;
        while (lo > 0 && !tokens.get(lo - 1).key().equals(";")) {
            lo--;
        }
        int hi = at;
        while (hi < tokens.size() && !tokens.get(hi).key().equals(";")) {
            hi++;
        }
        int from = lo;
        int to = hi;
        Set<TriggerClass> before = EnumSet.noneOf(TriggerClass.class);
        Set<TriggerClass> after = EnumSet.noneOf(TriggerClass.class);
        // (a toll is the harm of an act, not an act of its own kind)
        triggers.stream().filter(t -> t.triggerClass() != TriggerClass.CASUALTY && t.from() >= from && t.to() <= to)
                .forEach(t -> (t.to() <= at ? before : after).add(t.triggerClass()));
        java.util.function.Predicate<TriggerClass> harm = c -> c.violent() || c == TriggerClass.DESTRUCTION;
        if (!before.stream().allMatch(harm) || !after.stream().allMatch(harm)) {
            return false;
        }
        Set<String> placesBefore = new java.util.HashSet<>();
        Set<String> placesAfter = new java.util.HashSet<>();
        m.places().stream().filter(p -> p.fromToken() >= from && p.toToken() <= to)
                .forEach(p -> (p.toToken() <= at ? placesBefore : placesAfter).add(p.name()));
        return !before.isEmpty() && !after.isEmpty() && java.util.Collections.disjoint(before, after)
                && !placesBefore.isEmpty() && !placesBefore.containsAll(placesAfter);
    }

    /**
     * The places in the order the sentence names them ("the Dashkasan, Kalbajar and Lachin districts"), so that one
     * event per place comes out in the reader's order, whichever pass found each name.
     */
    static List<String> inTextOrder(Sentence s, List<String> places) {
        List<String> text = s.tokens().stream().map(Token::text).toList();
        java.util.function.ToIntFunction<String> at = name -> {
            String first = name.split("\\s+")[0];
            int i = text.indexOf(first);
            return i < 0 ? Integer.MAX_VALUE : i;
        };
        return places.stream().sorted(Comparator.comparingInt(at)).toList();
    }

    /**
     * Whether the phrase after the "and" at {@code and} opens with an accord or a talk named as a noun (after an article
     * at most) of a class that no trigger of the clause before it, which starts at {@code clauseStart}, has. Violence
     * that follows ("tried to advance, and clashes erupted") stays with what led to it.
     */
    private static boolean otherKindOfActOpens(List<Token> tokens, List<Trigger> triggers, int clauseStart, int and) {
        int at = and + 1 < tokens.size() && ARTICLES.contains(tokens.get(and + 1).key()) ? and + 2 : and + 1;
        java.util.Optional<Trigger> opening = triggers.stream().filter(t -> t.from() == at).findFirst();
        List<Trigger> before = triggers.stream().filter(t -> t.from() >= clauseStart && t.to() <= and).toList();
        return opening.isPresent() && !before.isEmpty() && ACCORDS_AND_TALKS.contains(opening.get().triggerClass())
                && !verbTriggerAt(tokens, triggers, at) // "met in X, and agreed to ...": the same subject's next step
                && !failsRightAfter(tokens, opening.get().to())
                && before.stream().noneMatch(t -> t.triggerClass() == opening.get().triggerClass());
    }

    private static final Set<String> ACCORD_FAILURES = WORDS.words("accord-failures");
    /** How many words after an accord's noun may tell that it failed ("the ceasefire soon broke down"). */
    private static final int FAILURE_REACH = WORDS.window("accord-failure-reach");

    /** Whether a word of failure follows within {@link #FAILURE_REACH} tokens of {@code from}. */
    private static boolean failsRightAfter(List<Token> tokens, int from) {
        return tokens.subList(from, Math.min(tokens.size(), from + FAILURE_REACH)).stream()
                .anyMatch(t -> ACCORD_FAILURES.contains(t.key()));
    }

    /** Whether a trigger lies after token {@code at}. */
    private static boolean triggerAfter(List<Trigger> triggers, int at) {
        return triggers.stream().anyMatch(t -> t.from() > at);
    }

    /**
     * Whether the comma at {@code comma} closes an opening clause of setting ("As the shooting went on", "Amid clashes")
     * that holds an act of violence, and talks or an accord follow it.
     */
    private static boolean settingThenTalks(List<Token> tokens, List<Trigger> triggers, int comma) {
        boolean firstComma = tokens.subList(1, comma).stream().noneMatch(t -> t.key().equals(","));
        return firstComma && SETTING_OPENERS.contains(tokens.get(0).key())
                && triggers.stream().anyMatch(t -> t.to() <= comma && t.triggerClass().violent())
                && (nextTriggerIs(triggers, comma, TriggerClass.AGREEMENT) || nextTriggerIs(triggers, comma, TriggerClass.DIPLOMACY));
    }

    private static final Set<String> SETTING_OPENERS = WORDS.words("setting-openers");

    private static boolean nextTriggerIs(List<Trigger> triggers, int at, TriggerClass kind) {
        return nextTrigger(triggers, at).map(t -> t.triggerClass() == kind).orElse(false);
    }

    /** The first trigger after token {@code at}. */
    private static java.util.Optional<Trigger> nextTrigger(List<Trigger> triggers, int at) {
        return triggers.stream().filter(t -> t.from() > at).findFirst();
    }

    private static final Set<String> DATE_PREPOSITIONS = Set.of("on", "in", "since");

    /** A clause an interval opens, tokens [from, to), and the day the interval counts to. */
    private record IntervalClause(int from, int to, DateSpan date) {
    }

    /**
     * The clauses an interval set off by a comma opens, up to the next comma ("..., a day after a shootout near X left
     * two dead"), when an act of the sentence lies inside and is told as done: that act happened on the interval's day.
     */
    private static List<IntervalClause> intervalClauses(SentenceMentions m, List<Token> tokens, List<Trigger> triggers) {
        List<IntervalClause> out = new ArrayList<>();
        for (int i = 1; i < tokens.size() - 1; i++) {
            DateSpan date = tokens.get(i - 1).key().equals(",") ? intervalDateAt(m, tokens, i) : null;
            if (date == null) {
                continue;
            }
            int from = i;
            int to = Sentence.clauseEnd(tokens, i + 1);
            // "two weeks after the ceasefire is signed": an act still to come has no day to count back to
            if (triggers.stream().anyMatch(t -> t.from() >= from && t.to() <= to) && !Cues.notYetHappened(tokens, from, to)) {
                out.add(new IntervalClause(from, to, date));
            }
        }
        return out;
    }

    /** The date of the interval ("a day after", "two weeks before") starting at the token, or null. */
    private static DateSpan intervalDateAt(SentenceMentions m, List<Token> tokens, int at) {
        return m.dates().stream().filter(d -> d.relative() && d.span() != null && d.span().start() == tokens.get(at).start()
                && tokens.stream().anyMatch(t -> t.end() == d.span().end() && SEQUENCE_WORDS.contains(t.key())))
                .map(DateMention::date).findFirst().orElse(null);
    }

    /**
     * Whether a date the sentence states opens the clause starting at {@code clauseStart}, over a reported "that" and a
     * preposition ("and on 4 May", "and last month", "and that on Monday, 19 September").
     */
    private static boolean dateStartsAt(SentenceMentions m, List<Token> tokens, int clauseStart) {
        int afterThat = clauseStart < tokens.size() && tokens.get(clauseStart).key().equals("that") ? clauseStart + 1 : clauseStart;
        int from = afterThat < tokens.size() && DATE_PREPOSITIONS.contains(tokens.get(afterThat).key()) ? afterThat + 1 : afterThat;
        return from < tokens.size() && m.dates().stream()
                .anyMatch(d -> d.span() != null && d.span().start() <= tokens.get(from).start() && tokens.get(from).start() < d.span().end()
                        && d.span().start() >= tokens.get(afterThat).start());
    }

    /**
     * Whether the comma at {@code comma} follows a date that itself follows a date and a comma: "on 3 May, 4 May, and
     * 5 May" lists the days of one act, where "on 2 March, and last month ..." opens a second one.
     */
    private static boolean listedDateBefore(SentenceMentions m, List<Token> tokens, int comma) {
        DateMention last = dateEndingAt(m, tokens, comma - 1);
        if (last == null) {
            return false;
        }
        int[] range = Sentence.tokenRange(tokens, last.span());
        return range != null && range[0] >= 2 && tokens.get(range[0] - 1).key().equals(",")
                && dateEndingAt(m, tokens, range[0] - 2) != null;
    }

    private static DateMention dateEndingAt(SentenceMentions m, List<Token> tokens, int at) {
        return at < 0 ? null : m.dates().stream().filter(d -> d.span() != null && d.span().end() == tokens.get(at).end())
                .findFirst().orElse(null);
    }

    /** Whether an actor's name (or "the" and an actor's name) starts at token {@code at}. */
    private static boolean actorStartsAt(SentenceMentions m, List<Token> tokens, int at) {
        // "..., and the ministry said", "..., and a mission of the alliance arrived"
        int from = at < tokens.size() && ARTICLES.contains(tokens.get(at).key()) ? at + 1 : at;
        return m.actors().stream().anyMatch(a -> a.from() == from);
    }

    /**
     * "..., and Southian drones struck ...": a side's adjective opening the clause after ", and" names its new
     * subject, whatever noun follows it.
     */
    private boolean sideAdjectiveAt(List<Token> tokens, int at) {
        if (at >= tokens.size() || !tokens.get(at).isCapitalised()) {
            return false;
        }
        String word = tokens.get(at).text();
        return config.countries().stream().anyMatch(c -> c.adjectives().stream().anyMatch(word::equalsIgnoreCase));
    }

    private static final Set<String> REPLY_STEMS = WORDS.words("reply-stems");

    /** "..., and Northian guards returned fire": the other side's reply is the same fight, fire both ways. */
    private static boolean replyAfter(List<Token> tokens, List<Trigger> triggers, int at) {
        return nextTrigger(triggers, at).map(t -> REPLY_STEMS.stream().anyMatch(tokens.get(t.from()).key()::startsWith)).orElse(false);
    }

    /** Whether a date mention lies within the clause's tokens [c[0], c[1]). */
    private static boolean inside(List<Token> tokens, DateMention d, int[] c) {
        return d.span().start() >= tokens.get(c[0]).start() && d.span().end() <= tokens.get(c[1] - 1).end();
    }

    /**
     * "After an incident on 6 July in X, forces clashed again ... from 7 to 20 July": the main clause's event,
     * dated by the main clause, and the opening clause's happening as an event of its own at its own date and
     * places (of its own kind when it has a trigger, else of the main clause's kind, which "again" repeats).
     */
    private List<EventFrame> withEarlierHappening(Sentence s, SentenceMentions m, List<Trigger> triggers, DateSpan date,
                                                  EarlierHappening earlier, LocalDate published) {
        int split = earlier.end();
        List<Trigger> mainTriggers = triggers.stream().filter(t -> t.from() > split).toList();
        List<Trigger> openingTriggers = triggers.stream().filter(t -> t.to() <= split).toList();
        if (mainTriggers.isEmpty()) {
            return localFrames(s, m, triggers, date);
        }
        List<DateMention> mainDates = earlier.outside(m.dates());
        DateSpan mainDate = mainDates.isEmpty() ? date : java.util.Optional.ofNullable(bestDate(mainDates, published, s, mainTriggers)).orElse(date);
        if (earlier.dates().isEmpty() || !earlier.namesHappening(s, !openingTriggers.isEmpty())) {
            // the opening only sets the scene; its own day is not the main clause's
            return localFrames(s, m, mainTriggers, earlier.dates().isEmpty() ? date : mainDate);
        }
        List<EventFrame> out = new ArrayList<>();
        EventFrame main = frame(s, s.span(), m, mainTriggers, mainDate);
        if (main == null) {
            return out;
        }
        out.addAll(eventPlaces.perLocality(main, s, m.places()));
        DateSpan openingDate = earlier.dates().get(0).date();
        if (openingDate.equals(mainDate) || published != null && openingDate.start().isAfter(published)) {
            return out;
        }
        SentenceMentions opening = new SentenceMentions(earlier.dates(),
                m.places().stream().filter(p -> p.toToken() <= split).toList(), m.actors(), CasualtyCount.NONE,
                List.of(), territoryCues.countries(s.tokens().subList(0, split)), m.section());
        EventFrame first = frame(s, s.span(0, split), opening, openingTriggers.isEmpty() ? mainTriggers : openingTriggers, openingDate);
        if (first != null) { // the parties of "clashed again" are the parties of the first clash
            out.add(0, first.withActors(main.actor1(), main.actor2())
                    .with(FrameRule.EARLIER_HAPPENING.decide(Decision.Verdict.SPLIT, describe(first.date()))));
        }
        return out;
    }

    /**
     * The events a habitual sentence gives as instances ("incidents occur regularly, including at X in May
     * 2021 or at Y in March 2022"): one per month or day date stated after the example cue.
     */
    private List<EventFrame> instanceFrames(Sentence s, SentenceMentions m, List<Trigger> triggers, LocalDate published,
                                            int instancesStart) {
        int from = instancesStart < s.tokens().size() ? s.tokens().get(instancesStart).start() : s.span().end();
        List<DateMention> dates = m.dates().stream().filter(d -> d.span().start() >= from && d.statesDayOrMonth()).toList();
        SentenceMentions instances = new SentenceMentions(dates, m.places().stream().filter(p -> p.fromToken() >= instancesStart).toList(),
                m.actors(), m.casualties(), m.measures(), m.cueCountries(), m.section());
        List<EventFrame> listed = listedDateFrames(s, instances, triggers, published);
        if (!listed.isEmpty() || dates.size() != 1 || published != null && dates.get(0).date().start().isAfter(published)) {
            return listed;
        }
        return localFrames(s, instances, triggers, dates.get(0).date());
    }

    /**
     * One frame per date of a list the sentence's trigger governs ("incursions in May 2021 and September
     * 2022"), each at its own place when the list gives one; none when the sentence lists no dates.
     * Listed dates after publication are plans and are left out.
     */
    private List<EventFrame> listedDateFrames(Sentence s, SentenceMentions m, List<Trigger> triggers, LocalDate published) {
        List<DateEnumeration.Item> items = DateEnumeration.find(s, m.dates(), m.places()).stream()
                .filter(i -> published == null || !i.date().start().isAfter(published)).toList();
        if (items.size() < 2) {
            return List.of();
        }
        List<EventFrame> out = new ArrayList<>();
        for (DateEnumeration.Item item : items) {
            SentenceMentions own = item.places().isEmpty() ? m : new SentenceMentions(m.dates(), item.places(),
                    m.actors(), m.casualties(), m.measures(), m.cueCountries(), m.section());
            out.addAll(localFrames(s, own, triggers, item.date()));
        }
        return out;
    }

    /** Whether the trigger is the object of a verb of ending: "ending talks", "concluded the negotiations". */
    private static boolean endedProcess(List<Token> tokens, Trigger t) {
        int before = t.from() - 1;
        if (before > 0 && tokens.get(before).key().equals("the")) {
            before--;
        }
        return before >= 0 && ENDING_VERBS.contains(tokens.get(before).key());
    }

    /**
     * "- Kesta (Varos district): women evacuated on 16 May; the school was hit by shellfire": a list line's opening
     * place, with its bracketed unit, before a colon, is where each of the line's clauses happened; none otherwise.
     */
    private static List<PlaceMention> listLineHead(List<Token> tokens, List<PlaceMention> places) {
        int start = ListedPlaces.lineStart(tokens);
        PlaceMention head = places.stream().filter(p -> p.fromToken() == start).findFirst().orElse(null);
        if (head == null) {
            return List.of();
        }
        int colon = ListedPlaces.afterBracketedUnit(tokens, head.toToken());
        return colon < tokens.size() && tokens.get(colon).key().equals(":")
                ? places.stream().filter(p -> p.toToken() <= colon).toList() : List.of();
    }

    /** The whole sentence's frame, split per locality where ACLED codes one event per place; none if untyped. */
    private List<EventFrame> localFrames(Sentence s, SentenceMentions m, List<Trigger> triggers, DateSpan date) {
        return localFrames(s, s.span(), m, triggers, date);
    }

    /** The frame of the sentence's part {@code span}, split per locality and into a meeting and its accord. */
    private List<EventFrame> localFrames(Sentence s, org.borderwatch.domain.Span span, SentenceMentions m,
                                         List<Trigger> triggers, DateSpan date) {
        EventFrame f = frame(s, span, m, triggers, date);
        if (f == null) {
            return List.of();
        }
        List<EventFrame> out = new ArrayList<>(eventPlaces.perLocality(f, s, m.places()));
        // "signed the treaty, ending talks that had dragged on for years": the talks are the process the accord ends
        List<Trigger> meeting = triggers.stream().filter(t -> t.triggerClass() == TriggerClass.DIPLOMACY
                && !endedProcess(s.tokens(), t)).toList();
        List<Trigger> accord = triggers.stream().filter(t -> t.triggerClass() == TriggerClass.AGREEMENT).toList();
        List<Trigger> appeal = triggers.stream().filter(t -> t.triggerClass() == TriggerClass.APPEAL).toList();
        // "the ministers met in X and agreed on a ceasefire": the meeting and the accord are two acts
        if (f.type() == SubEventType.AGREEMENT && !meeting.isEmpty()) {
            EventFrame talks = frame(s, span, m, meeting, date);
            if (talks != null && talks.type() == SubEventType.OTHER) {
                out.add(0, talks.with(FrameRule.MEETING_AND_ACCORD.decide(Decision.Verdict.SPLIT, "meeting")));
            }
        } else if (f.type() == SubEventType.OTHER && !meeting.isEmpty() && !appeal.isEmpty()
                && requestJoinedAfter(s.tokens(), meeting, appeal)) {
            // "the council met in emergency session, and the same day the country applied to the alliance": a formal
            // request is an act of its own beside the meeting that may have decided it (a request made "in a call"
            // is one act, the call its means)
            EventFrame talks = frame(s, span, m, meeting, date);
            EventFrame request = frame(s, span, m, appeal, date);
            if (talks != null && request != null && talks.type() == SubEventType.OTHER && request.type() == SubEventType.OTHER) {
                out.clear();
                out.addAll(eventPlaces.perLocality(talks.with(FrameRule.MEETING_AND_APPEAL.decide(Decision.Verdict.SPLIT, "meeting")),
                        s, m.places()));
                out.addAll(eventPlaces.perLocality(request.with(FrameRule.MEETING_AND_APPEAL.decide(Decision.Verdict.SPLIT, "request")),
                        s, m.places()));
            }
        } else if (f.type().type() == EventType.EXPLOSIONS_REMOTE_VIOLENCE || f.type().type() == EventType.BATTLES) {
            // "power to X was cut after shelling damaged a line": the strike, and the supply it cut off
            List<Trigger> cut = SupplyCut.cutTriggers(s.tokens(), triggers);
            EventFrame supply = cut.isEmpty() ? null : frame(s, span, m, cut, date);
            if (supply != null && supply.type() == SubEventType.OTHER) {
                out.addAll(eventPlaces.perLocality(supply.with(FrameRule.SUPPLY_CUT.decide(Decision.Verdict.SPLIT, "supply cut")),
                        s, m.places()));
            }
            // "a truce agreed yesterday was broken overnight": the fight, and the accord it broke, reached that day
            EventFrame agreed = AccordInBreach.accord(s.tokens(), triggers).map(t -> frame(s, span, m, List.of(t), date)).orElse(null);
            if (agreed != null && agreed.type() == SubEventType.AGREEMENT) {
                out.add(agreed.with(FrameRule.ACCORD_IN_BREACH.decide(Decision.Verdict.SPLIT, "accord")));
            }
            // "the clashes killed 55 people and forced thousands from their homes": the fight, and the people it drove out
            List<Trigger> homeless = triggers.stream().filter(t -> DisplacementTriggers.drivesPeopleOut(s.tokens(), t)).toList();
            EventFrame driven = homeless.isEmpty() ? null : frame(s, span, m, homeless, date);
            if (driven != null && driven.type() == SubEventType.OTHER) {
                out.addAll(eventPlaces.perLocality(driven.withoutCasualties()
                                .with(FrameRule.DRIVEN_FROM_HOME.decide(Decision.Verdict.SPLIT, "displaced")),
                        s, m.places()));
            }
        } else if (f.type() == SubEventType.OTHER && !meeting.isEmpty() && accord.stream().anyMatch(t -> toldAsReached(s, t))) {
            EventFrame agreed = frame(s, span, m, accord, date);
            if (agreed != null && agreed.type() == SubEventType.AGREEMENT) {
                out.add(agreed.with(FrameRule.MEETING_AND_ACCORD.decide(Decision.Verdict.SPLIT, "accord")));
            }
        }
        return out;
    }

    /** Whether a request follows a meeting as a second act joined by "and": "met ..., and applied to ...". */
    private static boolean requestJoinedAfter(List<Token> tokens, List<Trigger> meeting, List<Trigger> appeal) {
        int meetingEnd = meeting.get(0).to();
        int requestStart = appeal.get(0).from();
        return meetingEnd <= requestStart && tokens.subList(meetingEnd, requestStart).stream().anyMatch(t -> t.key().equals("and"));
    }

    private EventFrame frame(Sentence s, org.borderwatch.domain.Span span, SentenceMentions m, List<Trigger> triggers,
                             DateSpan date) {
        int firstTrigger = triggers.get(0).from();
        m = m.withPlaces(EventPlaces.whereClauseOnly(s.tokens(), m.places(), firstTrigger));
        List<String> places = eventPlaces.places(s, m.places(), null, m.actors());
        boolean inRegion = eventPlaces.insideHeldRegion(places);
        // the civilians a clause of its own names ("troops clashed near X; 27 were killed, two of them civilians")
        int[] clause = s.tokenRange(span);
        boolean civilianTarget = civilianTarget(s.tokens(), clause == null ? new int[] {0, s.tokens().size()} : clause,
                m.actors(), firstTrigger, Trigger.onlyCasualties(triggers));
        EventTyper.Typed typed = typer.typed(triggers, s.tokens(), civilianTarget, inRegion);
        if (typed == null) {
            return null;
        }
        SubEventType type = typed.type();
        boolean diplomatic = type == SubEventType.AGREEMENT || type == SubEventType.OTHER && triggers.stream()
                .anyMatch(t -> t.triggerClass() == TriggerClass.DIPLOMACY || t.triggerClass() == TriggerClass.APPEAL);
        if (diplomatic) {
            places = eventPlaces.places(s, m.places(), type, m.actors()); // meetings and accords: only where they were held
        }
        List<String> cueCountries = new ArrayList<>(m.cueCountries());
        if (type == SubEventType.AGREEMENT) {
            // "soldiers held in X were handed back to Y": an accord's country cues say where its parties or captives
            // were, not where it was reached; the rulebook leaves an accord without a venue unplaced
            cueCountries.clear();
        }
        String[] actors = eventActors.actors(s, m, triggers, type, inRegion, civilianTarget, places, cueCountries);
        if (type == SubEventType.PEACEFUL_PROTEST || type == SubEventType.PROTEST_WITH_INTERVENTION) {
            // a protest has a counterpart only in the police that met it; an army or a government named in the
            // sentence is what the protest was about, not a party to it (ACLED leaves a peaceful protest's actor2 empty)
            boolean police = actors[1] != null && config.actorNamed(actors[1]).map(ConflictConfig.ActorEntry::role)
                    .map("police"::equals).orElse(false);
            if (!police) {
                actors[1] = null;
            }
            List<String> withHomes = withoutWhatIsDemanded(s, m, places);
            places = withoutProtestersHomes(s, m, withHomes);
            // the protesters' home still tells whose protesters they are
            String country = eventPlaces.protestCountry(withHomes, cueCountries, m.actors());
            if (country != null) {
                actors[0] = config.actorFor(country, "protesters").map(ConflictConfig.ActorEntry::name).orElse(actors[0]);
                if (type == SubEventType.PROTEST_WITH_INTERVENTION && actors[1] == null) {
                    // "police detained dozens of protesters": the country's police, named or not
                    actors[1] = config.actorFor(country, "police").map(ConflictConfig.ActorEntry::name).orElse(null);
                }
                cueCountries = new ArrayList<>(List.of(country));
                places = places.stream().filter(p -> config.place(p).map(e -> country.equals(e.country())).orElse(true)).toList();
            }
        }
        Decision atHome = null;
        boolean fromHome = madeFromHome(triggers);
        if (places.isEmpty() && diplomatic && type == SubEventType.OTHER && actors[0] != null
                && happensAtHome(fromHome, actors[1], m.actors())) {
            // a call, an appeal or a body's own session with no venue named happens where its first party is
            java.util.Optional<String> home = countryOfActor(actors[0]);
            if (home.isPresent()) {
                cueCountries.clear();
                cueCountries.add(home.get());
                if (fromHome) {
                    atHome = FrameRule.FROM_HOME.decide(Decision.Verdict.PLACE, home.get());
                }
            } else if (fromHome) {
                // "the alliance's secretary held calls with the Republic of X and of Y": the country names are the
                // parties called, and a caller without a country of its own places the call nowhere
                cueCountries.clear();
            }
        }
        List<String> spanned = diplomatic ? List.of() : eventPlaces.spannedCountries(s, m.places());
        if (!spanned.isEmpty()) {
            cueCountries = new ArrayList<>(spanned);
        } else if (cueCountries.size() > 1) {
            cueCountries.subList(1, cueCountries.size()).clear(); // the first cue names where it happened
        }
        places = inTextOrder(s, places);
        return new EventFrame(s.index(), span, type, date, actors[0], actors[1], places, cueCountries,
                !spanned.isEmpty(), m.casualties(), m.measures(), triggers,
                java.util.stream.Stream.of(typed.rule().decide(Decision.Verdict.TYPE, type.type().label() + "/" + type.label()),
                        atHome).filter(Objects::nonNull).toList());
    }

    /**
     * The most precise date a sentence states, the first of equals; dates after publication are plans.
     * A bare year far from every trigger dates something else ("a continuation of the war in 2020").
     */
    static DateSpan bestDate(List<DateMention> dates, LocalDate published, Sentence s, List<Trigger> triggers) {
        return dates.stream()
                .filter(d -> d.date().precision() != DatePrecision.YEAR || triggers.isEmpty()
                        || triggers.stream().anyMatch(t -> tokenDistance(s, d.span(), t) <= YEAR_REACH))
                .filter(d -> triggers.isEmpty() || triggers.stream().anyMatch(t -> !contrastBetween(s, d, t)))
                .filter(d -> published == null || !d.date().start().isAfter(published))
                .min(Comparator.comparingInt((DateMention d) -> d.date().precision().ordinal())
                        .thenComparing(d -> endOfAState(s, d, triggers)))
                .map(DateMention::date)
                .orElse(null);
    }

    private static final Set<String> STATE_END_WORDS = Set.of("until", "till");

    /**
     * "the region's leader until 1 September, was arrested on 3 October": a day that ends a state the sentence names
     * in passing is not when its act happened, when another day as precise is stated.
     */
    private static boolean endOfAState(Sentence s, DateMention d, List<Trigger> triggers) {
        int[] range = d.span() == null ? null : Sentence.tokenRange(s.tokens(), d.span());
        if (range == null || !(STATE_END_WORDS.contains(s.tokens().get(range[0]).key())
                || range[0] > 0 && STATE_END_WORDS.contains(s.tokens().get(range[0] - 1).key()))) {
            return false;
        }
        // "shelling continued until 4 May" ends the act itself; "held the post until 4 May, when troops attacked it"
        // dates the act of the "when" clause
        boolean beforeTheActs = triggers.stream().allMatch(t -> t.from() >= range[1]);
        return beforeTheActs && !commaWhenAt(s.tokens(), range[1]);
    }

    /** A figure caption of wiki markup: a namespace such as "File:" opening a line that names an image file. */
    private static boolean caption(Sentence s) {
        List<Token> t = s.tokens();
        boolean wikiFile = t.size() > 2 && t.get(1).text().equals(":") && t.get(1).start() == t.get(0).end()
                && t.stream().anyMatch(x -> IMAGE_EXTENSIONS.contains(x.key()));
        // a caption run into the next paragraph's sentence ("Photo: X / Credit Officials said ...") has its verb
        boolean verbless = t.stream().noneMatch(x -> FINITE_VERBS.contains(x.key()));
        return wikiFile || verbless && labelledCaption(t) || referenceNote(t);
    }

    /** Words that label a picture's caption on a web page: "Photo caption:", "Photo:", "Caption:". */
    private static final Set<String> CAPTION_LABELS = WORDS.words("caption-labels");

    /** A caption a page labels as one, perhaps in brackets: "Photo caption: Burned houses in X, 21 September 2022". */
    private static boolean labelledCaption(List<Token> t) {
        int first = !t.isEmpty() && t.get(0).opensBracket() ? 1 : 0; // "[Photo: ...]"
        for (int i = first; i < Math.min(first + 3, t.size() - 1); i++) {
            if (!CAPTION_LABELS.contains(t.get(i).key())) {
                return false;
            }
            if (t.get(i + 1).text().equals(":")) {
                return true;
            }
        }
        return false;
    }

    /** A wiki reference note: "3. ^ Casualty figures of both governments, May 2021." */
    private static boolean referenceNote(List<Token> t) {
        for (int i = 0; i < Math.min(4, t.size()); i++) {
            if (t.get(i).text().equals("^")) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> FINITE_VERBS = WORDS.words("finite-verbs");

    /**
     * A title or caption: no closing punctuation and either no finite verb ("Azerbaijani strikes on Armenian
     * territory") or the opening of a picture's caption ("Map showing the areas occupied in 2023").
     */
    private static boolean verblessTitle(Sentence s, List<Trigger> triggers) {
        List<Token> t = s.tokens();
        String last = t.get(t.size() - 1).text();
        if (LayoutStage.noteAfterStop(t, t.size() - 1)) {
            last = "."; // "... near the outpost.\u00b2": a note number after the full stop
        }
        boolean verbless = t.stream().noneMatch(x -> FINITE_VERBS.contains(x.key()) || x.key().length() > 4 && x.key().endsWith("ed"));
        if (last.equals(".") && t.size() <= SHORT_HEADING_TOKENS && verbless) {
            return true; // a run-in heading with a full stop: "The blockade."
        }
        if (last.equals(".") || last.equals("!") || last.equals("?") || last.equals("\"") || last.equals("\u201D")) {
            return false;
        }
        if (t.size() > 1 && PICTURES.contains(t.get(0).key()) && CAPTION_LINKS.contains(t.get(1).key())) {
            return true;
        }
        return verbless;
    }

    private static final Set<String> DOCUMENT_NOUNS = WORDS.words("document-nouns");

    /** Cells a line must have, split by bars, to be read as a table's row rather than a headline. */
    private static final int TABLE_ROW_CELLS = WORDS.window("table-row-cells");

    /**
     * "6 | 3 May 2023 | Kesta | artillery fire on the village": a table's row with a day in a cell of its own, or
     * with a day anywhere in a row keyed by its number or its place, is an entry, though it has no verb and no full
     * stop, as headlines do not. An infobox's label and value ("Date | 24 March 2022 Location | ...") are neither: the
     * value runs on into the next label.
     */
    private static boolean dayInTableRow(Sentence s, SentenceMentions m) {
        List<Token> t = s.tokens();
        if (t.stream().filter(Token::isCellBar).count() < TABLE_ROW_CELLS - 1) {
            return false;
        }
        int firstBar = java.util.stream.IntStream.range(0, t.size()).filter(i -> t.get(i).isCellBar()).findFirst().orElseThrow();
        // "Kesta | Highlands | shelling (3 May) | ...": a row keyed by its number or its place dates its entry anywhere
        boolean keyedRow = firstBar == 1 && t.get(0).isNumber()
                || m.places().stream().anyMatch(p -> p.fromToken() == 0 && p.toToken() <= firstBar);
        return m.dates().stream().filter(DateMention::statesDay).anyMatch(d -> {
            int[] range = Sentence.tokenRange(t, d.span());
            return range != null && (keyedRow || (range[0] == 0 || t.get(range[0] - 1).isCellBar())
                    && range[1] < t.size() && t.get(range[1]).isCellBar());
        });
    }

    /**
     * Whether the sentence opens with a date, as its subject or its first phrase ("September 2022 was far worse."), in a
     * transcript after the turn's time code and speaker ("[00:19:20] INTERVIEWER: And September 2022.").
     */
    private static boolean opensWithDate(Sentence s, List<DateMention> dates) {
        int turn = SpokenTurns.start(s.tokens());
        int start = s.tokens().size() > turn ? s.tokens().get(turn).start() : -1;
        int second = s.tokens().size() > turn + 1 ? s.tokens().get(turn + 1).start() : start;
        return dates.stream().anyMatch(d -> d.span() != null && (d.span().start() == start || d.span().start() == second));
    }

    /** "Our researchers visited X", "We met officials in Y": the authors' own field work, not a meeting of the conflict. */
    private static boolean authorsOwnVisit(Sentence s, List<Trigger> triggers) {
        List<Token> t = s.tokens();
        // ("Our President met ...": a post's "our" before an office is the country's, and its holder's meeting is one)
        boolean ourOfficial = t.size() > 2 && t.get(0).key().equals("our")
                && (OFFICES.contains(t.get(1).key()) || OFFICES.contains(t.get(2).key()));
        return !triggers.isEmpty() && triggers.stream().allMatch(x -> x.triggerClass() == TriggerClass.DIPLOMACY)
                && !t.isEmpty() && (t.get(0).key().equals("we") || t.get(0).key().equals("our")) && !ourOfficial;
    }

    private static final Set<String> OFFICES = WORDS.words("offices");

    /**
     * A glossary's entry: a term of one or two capitalised words, a dash, and a definition that opens with an
     * article or a "when"/"where" ("Treaty - a written agreement between countries."), with no date of its own.
     */
    private static boolean glossaryEntry(Sentence s, SentenceMentions m) {
        List<Token> t = s.tokens();
        int dash = 1;
        if (t.size() > 2 && Character.isUpperCase(t.get(1).text().charAt(0)) && Character.isLetter(t.get(1).text().charAt(0))) {
            dash = 2; // "Peace treaty -" is one word after the first; "Line of contact" is left as it is
        }
        // ("Kesta - the troops shelled the village": a chronology's place, then what befell it)
        boolean placeAsTerm = m.places().stream().anyMatch(p -> p.span().start() <= t.get(0).start() && p.span().end() > t.get(0).start());
        return t.size() > dash + 2 && Character.isUpperCase(t.get(0).text().charAt(0)) && DASHES.contains(t.get(dash).text())
                && DEFINITION_OPENERS.contains(t.get(dash + 1).text()) && m.dates().isEmpty() && !placeAsTerm;
    }

    /** Lower-case on purpose: "Ceasefire - when ...", not "Ceasefire - The two sides agreed ...". */
    private static final Set<String> DEFINITION_OPENERS = Set.of("a", "an", "the", "when", "where", "what", "someone", "something");

    /** "This paper traces ...", "In this brief we ...": the report speaks of itself. */
    private static boolean aboutTheDocument(Sentence s) {
        List<Token> t = s.tokens();
        int at = t.size() > 2 && t.get(0).key().equals("in") ? 1 : 0;
        return t.size() > at + 1 && t.get(at).key().equals("this") && DOCUMENT_NOUNS.contains(t.get(at + 1).key());
    }

    private static final Set<String> PICTURES = WORDS.words("pictures");
    private static final Set<String> CAPTION_LINKS = WORDS.words("caption-links");

    /** A time of day with a colon, as the stamps and times of the patterns below spell it: "09:05", "9:05". */
    private static final String CLOCK = "(?:[01]?\\d|2[0-3]):[0-5]\\d";

    /**
     * A clock time heading a post, then a dash or a colon: "10:25 - ", "14:05: ". Only with a colon: "14.09 -" is a
     * chronology's day.
     */
    private static final java.util.regex.Pattern POST_TIME_STAMP = java.util.regex.Pattern.compile(
            "\\W*" + CLOCK + "\\s*(?:[—–-]|:\\s)");
    /**
     * A crawl's line, its clock time before a capital ("09:03 SHELLS LANDED ..."): a post when the crawl is in capitals
     * or stands under a day line; else a page's title day may date it ("From the diary, 12 March. 06:40 Shells ...").
     */
    private static final java.util.regex.Pattern CRAWL_TIME_STAMP = java.util.regex.Pattern.compile("\\W*" + CLOCK + "\\s+\\p{Lu}");

    /** A news crawl's line: its clock time, then words in capitals only ("09:03 SHELLS LANDED NEAR THE AIRPORT"). */
    private static boolean crawlLine(String sentence) {
        return CRAWL_TIME_STAMP.matcher(sentence).lookingAt()
                && sentence.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    /** A clock time alone ("09:15"): a live post's stamp under a day line, but elsewhere perhaps a video's length. */
    private static final java.util.regex.Pattern BARE_CLOCK = java.util.regex.Pattern.compile("\\W*" + CLOCK + "\\W*");

    /**
     * A sentence that is only a time of day: "At 09:00.", "Update 14:35", "13.00 hrs". With a dot the time needs
     * "at" or "hrs" beside it, since "14.09" alone is a digest's day.
     */
    private static final java.util.regex.Pattern BARE_TIME_STAMP = java.util.regex.Pattern.compile(
            "(?i)\\W*(?:(?:at|update|updated)?\\s*" + CLOCK + "(?:\\s*(?:hrs|h))?"
                    + "|(?:at|update|updated)\\s+[0-2]?\\d\\.[0-5]\\d(?:\\s*(?:hrs|h))?|[0-2]?\\d\\.[0-5]\\d\\s*(?:hrs|h))\\W*");

    /** A time of day ("from 18:30") in a quotation reports what happened when: a statement's facts, not an opinion. */
    private static final java.util.regex.Pattern CLOCK_TIME = java.util.regex.Pattern.compile("\\b" + CLOCK + "\\b");

    private static boolean hasStatedDay(SentenceMentions m) {
        return m.dates().stream().anyMatch(DateMention::statesDay);
    }

    /** Whether every trigger of the sentence lies inside quotation marks opened in its paragraph. */
    private static boolean quoted(String text, Paragraph p, Sentence s, List<Trigger> triggers) {
        for (Trigger t : triggers) {
            int at = s.tokens().get(t.from()).start();
            int opened = quoteOpenedAt(text, p.span().start(), at);
            if (opened < 0 || termInQuotes(text, opened, p.span().end())) {
                return false;
            }
        }
        return true;
    }

    /** How far after a quotation's end its attribution is read ("...," the border service said). */
    private static final int ATTRIBUTION_REACH = 60;

    /**
     * Whether the quotation the sentence stands in is attributed to a statement or to the body that issued it
     * ("...," the bulletin says; "...," the border service noted): an official account quoted word for word reports
     * what happened, as the same account told in reported speech does. A person's words stay words. The quotation
     * is the one open at {@code quotedAt}.
     */
    private static boolean quotesAStatement(String text, Paragraph p, int quotedAt) {
        int close = quoteClosedAt(text, quotedAt, p.span().end());
        if (close < 0) {
            return false;
        }
        int end = Math.min(p.span().end(), close + ATTRIBUTION_REACH);
        String after = text.substring(close + 1, end).replaceFirst("^[\\s,]+", "");
        int stop = after.length();
        for (char c : new char[] {'.', ','}) {
            int at = after.indexOf(c);
            stop = at >= 0 ? Math.min(stop, at) : stop;
        }
        List<String> words = java.util.Arrays.stream(after.substring(0, stop).toLowerCase(java.util.Locale.ROOT)
                .split("[^\\p{L}]+")).filter(w -> !w.isEmpty()).toList();
        // the speaker is named before its verb ("the bulletin says"), or after it when the verb comes first ("said the
        // ministry"); what follows the speaker's verb ("Rahmon said at a press statement") is not the speaker
        int verb = words.isEmpty() || !SPEECH_VERBS.contains(words.get(0)) ? 0 : 1;
        int speakerEnd = verb;
        while (speakerEnd < words.size() && !SPEECH_VERBS.contains(words.get(speakerEnd))) {
            speakerEnd++;
        }
        // the body itself speaks: "the border service", not "a service member", "the head of the department" or "the
        // centre's director" (a person who works for it)
        List<String> speaker = words.subList(verb, speakerEnd);
        return !speaker.isEmpty() && STATEMENT_SOURCES.contains(speaker.get(speaker.size() - 1))
                && !speaker.contains("of") && !speaker.contains("s");
    }

    /** Where the quotation that is open at {@code at} began, or -1 when none is open there. */
    private static int quoteOpenedAt(String text, int from, int at) {
        int opened = -1;
        for (int i = from; i < at; i++) {
            char c = text.charAt(i);
            if (c == '\u201C') {
                opened = i;
            } else if (c == '\u201D') {
                opened = -1;
            } else if (c == '"') {
                opened = opened < 0 ? i : -1;
            }
        }
        return opened;
    }

    /** Longest quotation, in characters, that is a source's term for an act ("an “infiltration”"), not its words. */
    private static final int QUOTED_TERM_MAX = 32;

    /**
     * Whether the quotation opened at {@code opened} is a term the report borrows ("reported “intensive shelling”
     * of positions"): the sentence around it is the reporter's own, so what it tells is a report, not a quote.
     */
    private static boolean termInQuotes(String text, int opened, int paragraphEnd) {
        return quoteClosedAt(text, opened + 1, Math.min(paragraphEnd, opened + QUOTED_TERM_MAX + 2)) >= 0;
    }

    /** Where the first closing quotation mark stands in [{@code from}, {@code to}), or -1. */
    private static int quoteClosedAt(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\u201D' || c == '"') {
                return i;
            }
        }
        return -1;
    }

    /** Between a date and a trigger, these end the clause the date belongs to ("worst clashes since the war of 2020"). */
    private static final Set<String> CONTRASTS = Set.of("however", "but", "whereas", ";", "since");
    private static final Set<String> LATER_THAT_DAY = WORDS.words("later-that-day-openers");
    private static final int LATER_THAT_DAY_REACH = 6;
    private static final List<List<String>> CONTINUATIONS = List.of(List.of("in", "response"),
            List.of("in", "retaliation"), List.of("in", "reply"), List.of("in", "return"), List.of("subsequently"),
            List.of("afterwards"), List.of("shortly", "after"), List.of("shortly", "afterwards"), List.of("then"),
            List.of("meanwhile"), List.of("at", "the", "same", "time"));

    /** The date a setting is named by, right after its "of": "the fighting of 14-17 September 2022"; else null. */
    private static DateMention dateOfTheSetting(Sentence s, Trigger setting, List<DateMention> dates) {
        List<Token> t = s.tokens();
        if (setting.to() + 1 >= t.size() || !t.get(setting.to()).key().equals("of")) {
            return null;
        }
        int start = t.get(setting.to() + 1).start();
        return dates.stream().filter(d -> d.span() != null && d.span().start() == start).findFirst().orElse(null);
    }

    /**
     * Whether a sentence only counts the dead, naming no place: "About 40 were killed on both sides." Right after a
     * fight its paragraph tells, it counts that fight's dead, on that fight's date.
     */
    private static boolean tollOnly(List<Trigger> triggers, SentenceMentions m) {
        return m.places().isEmpty() && Trigger.onlyCasualties(triggers);
    }

    /** Whether the sentence numbered {@code earlier} (-1: none) is the one right before {@code s} in its paragraph. */
    private static boolean justBefore(Annotation a, int earlier, Sentence s) {
        return earlier >= 0 && earlier == s.index() - 1 && a.get(LayoutStage.SENTENCES).get(earlier).paragraph() == s.paragraph();
    }

    private static final Set<String> THEN_PERIOD_WORDS = WORDS.words("then-period-words");

    /** Whether the sentence counts a time from a past point ("since then", "until then"), not in it. */
    private static boolean countsFromThen(Sentence s) {
        List<Token> t = s.tokens();
        for (int i = 1; i < t.size(); i++) {
            if (t.get(i).key().equals("then") && THEN_PERIOD_WORDS.contains(t.get(i - 1).key())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the sentence opens with a connective that continues the narrative it follows. */
    private static boolean continuesNarrative(Sentence s) {
        List<Token> t = s.tokens();
        // "By nightfall the two governments had agreed ...": the close of the day just told, comma or none
        String opening = t.stream().limit(LATER_THAT_DAY_REACH).map(Token::key).collect(java.util.stream.Collectors.joining(" "));
        if (LATER_THAT_DAY.stream().anyMatch(w -> opening.equals(w) || opening.startsWith(w + " "))) {
            return true;
        }
        for (List<String> c : CONTINUATIONS) {
            if (t.size() > c.size() && t.get(c.size()).key().equals(",")
                    && java.util.stream.IntStream.range(0, c.size()).allMatch(i -> t.get(i).key().equals(c.get(i)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a contrasting clause boundary stands between a date and a trigger ("X organised protests, however
     * in the elections of June 2021 Y won"): the date belongs to the other clause.
     */
    private static boolean contrastBetween(Sentence s, DateMention date, Trigger t) {
        org.borderwatch.domain.Span span = date.span();
        if (ChronologyItems.labelsTheLine(s, span)) {
            return false; // "- Tue 02/05 - A says ...; B says ...": the item's date is every clause's
        }
        int at = 0;
        for (int i = 0; i < s.tokens().size(); i++) {
            if (s.tokens().get(i).start() <= span.start()) {
                at = i;
            }
        }
        int from = Math.min(at, t.to());
        int to = Math.max(at, t.from());
        // "On 3 May troops took the hill; two soldiers were killed": the toll after a semicolon is the dated act's
        boolean tollAfterDatedClause = t.triggerClass() == TriggerClass.CASUALTY && at < t.from();
        // "In the afternoon of 16 September he went back for them; his car was hit by a shell": a date that opens the
        // sentence sets the scene for every clause of it
        boolean sceneSet = at < t.from() && dateOpensTheSentence(s, at);
        for (int i = from; i < to; i++) {
            String key = s.tokens().get(i).key();
            // "the blockade it has kept since 12 December": a day right after "since" is when a state (a closure, a
            // post, ground held) began; a year after it is how long the state has lasted ("crossings shut since 2021"),
            // and a fight is no state ("fired on Kesta, a village empty since May")
            // ("Since December, ..." opening the sentence: the mention's own first word is "since")
            boolean sinceTheDay = key.equals("since") && (i == at - 1 || i == at) && date.date().precision() != DatePrecision.YEAR
                    && STATES.contains(t.triggerClass());
            // "since May, when troops crossed ...": the act of the "when" clause right after the date happened then
            boolean sinceWhen = key.equals("since") && (i == at || i == at - 1) && whenClauseAfter(s, span, t);
            boolean yardstickOfAnotherYear = key.equals("since") && i < at && yearBetween(s, i, at)
                    .filter(y -> y != date.date().start().getYear()).isPresent();
            if (CONTRASTS.contains(key) && !((tollAfterDatedClause || sceneSet) && key.equals(";")) && !sinceTheDay && !sinceWhen
                    && !yardstickOfAnotherYear) {
                return true;
            }
        }
        return false;
    }

    /** Words that may lead a date opening a sentence: "In the early hours of", "On the morning of". */
    private static final Set<String> DATE_LEAD_WORDS = WORDS.words("date-lead-words");

    /**
     * Whether the date at token {@code at} opens the sentence, after nothing but words that lead a date (and a turn's
     * label: "Disliked: In the early morning of 13 September ...").
     */
    private static boolean dateOpensTheSentence(Sentence s, int at) {
        int turn = Math.min(at, SpokenTurns.start(s.tokens()));
        return s.tokens().subList(turn, at).stream().allMatch(x -> DATE_LEAD_WORDS.contains(x.key()));
    }

    /**
     * The year a "since" yardstick names between tokens {@code from} and {@code to}: "the heaviest fighting since the 2020
     * war broke out on Wednesday (28.07)" measures against 2020, so a day of another year after it is the fighting's.
     */
    private static java.util.Optional<Integer> yearBetween(Sentence s, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            String w = s.tokens().get(i).text();
            if (w.length() == 4 && (w.startsWith("19") || w.startsWith("20")) && w.chars().allMatch(Character::isDigit)) {
                return java.util.Optional.of(Integer.parseInt(w));
            }
        }
        return java.util.Optional.empty();
    }

    /** Whether the trigger stands in a "when" clause that follows the date, after at most a comma. */
    private static boolean whenClauseAfter(Sentence s, org.borderwatch.domain.Span span, Trigger t) {
        int[] range = Sentence.tokenRange(s.tokens(), span);
        if (range == null || t.from() < range[1]) {
            return false;
        }
        int end = pastYearWords(s.tokens(), range[1]);
        int next = end < s.tokens().size() && s.tokens().get(end).key().equals(",") ? end + 1 : end;
        return next < t.from() && s.tokens().get(next).key().equals("when");
    }

    private static int tokenDistance(Sentence s, org.borderwatch.domain.Span span, Trigger t) {
        int at = 0;
        for (int i = 0; i < s.tokens().size(); i++) {
            if (s.tokens().get(i).start() <= span.start()) {
                at = i;
            }
        }
        return at < t.from() ? t.from() - at : Math.max(0, at - t.to());
    }

    /** Whether the words just before {@code at} protect what follows: "to protect the", "for the safety of". */
    private static boolean shielded(List<Token> tokens, int at) {
        for (int j = at - 1; j >= Math.max(0, at - SHIELD_REACH); j--) {
            if (SHIELDING_WORDS.contains(tokens.get(j).key())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the civilians at {@code at} are a share of a toll ("36 dead, among them civilians", "at least 27 killed,
     * two of them civilians", "200 dead, civilians among them"): the toll is a fight's, and the share does not make
     * civilians the target of the act.
     */
    private static boolean partOfAToll(List<Token> tokens, int at) {
        for (int j = at - 1; j >= Math.max(0, at - SHIELD_REACH); j--) {
            String key = tokens.get(j).key();
            if (TOLL_PART_WORDS.contains(key) || TOLL_WHOLE_WORDS.contains(key) && j > 0
                    && tokens.get(j - 1).key().equals("of")) {
                return true;
            }
        }
        return at + 2 < tokens.size() && TOLL_PART_WORDS.contains(tokens.get(at + 1).key())
                && TOLL_WHOLE_WORDS.contains(tokens.get(at + 2).key());
    }

    /**
     * Civilians are the target when the sentence names them and names no military target beside them. A sentence that
     * only counts harm ({@code tollOnly}) and names civilians as a share of its toll counts a fight's dead; where it also
     * tells an act ("an ambulance came under fire ... including among civilians"), the share decides nothing.
     */
    private static boolean civilianTarget(List<Token> tokens, int[] clause, List<ActorMention> actors, int firstTrigger,
                                          boolean tollOnly) {
        // "returned fire only to protect the civilian population": civilians shielded are not the ones attacked
        boolean civilians = actors.stream().anyMatch(a -> "civilians".equals(a.role()) && !shielded(tokens, a.from())
                && !(tollOnly && partOfAToll(tokens, a.from())));
        for (int i = clause[0]; i < clause[1] && !civilians; i++) {
            civilians = CIVILIAN_WORDS.contains(tokens.get(i).key()) && !shielded(tokens, i)
                    && !(tollOnly && partOfAToll(tokens, i));
        }
        boolean military = false;
        for (int i = firstTrigger; i < tokens.size() && !military; i++) {
            boolean agent = false;
            for (int j = i - 1; j >= Math.max(0, i - 3); j--) {
                // "killed by the Azerbaijani military" names the attacker, "shots fired from Azerbaijani positions"
                // where the fire came from
                agent |= tokens.get(j).key().equals("by") || tokens.get(j).key().equals("from");
            }
            military = MILITARY_TARGET_WORDS.contains(tokens.get(i).key()) && !agent;
        }
        return civilians && !military && !soldiersBesideCivilians(tokens);
    }

    /**
     * Whether soldiers and civilians stand in one list ("two servicemen and a resident were injured"): harm told
     * of both together is a fight's, even when the list comes before the trigger, where the loop above does not look.
     */
    private static boolean soldiersBesideCivilians(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).key().equals("and")) {
                continue;
            }
            boolean soldiers = false;
            boolean civilians = false;
            for (int j = Math.max(0, i - LIST_REACH); j < Math.min(tokens.size(), i + LIST_REACH + 1); j++) {
                soldiers |= MILITARY_TARGET_WORDS.contains(tokens.get(j).key());
                civilians |= CIVILIAN_WORDS.contains(tokens.get(j).key());
            }
            if (soldiers && civilians) {
                return true;
            }
        }
        return false;
    }

    /** Whether the sentence states one day and only that day in full ("What happened on 27 January"). */
    private static boolean statesOneDay(List<DateMention> dates) {
        return !dates.isEmpty() && dates.stream().allMatch(DateMention::statesDay)
                && dates.stream().map(d -> d.date().start()).distinct().count() == 1;
    }

    /** Whether the sentence ends with a question mark, as a quiz's question over its options does. */
    private static boolean endsWithAQuestion(Sentence s) {
        List<Token> t = s.tokens();
        if (t.isEmpty()) {
            return false;
        }
        int q = t.size() - 1;
        while (q >= 0 && t.size() - q <= SIGNATURE_TOKENS + 2 && !t.get(q).key().equals("?")) {
            q--;
        }
        if (q < 0 || !t.get(q).key().equals("?")) {
            return false;
        }
        // a reader's question signed after a dash ("Is the ceasefire holding? - J. Peters, Vienna"), as a Q&A column prints it
        List<Token> after = t.subList(q + 1, t.size());
        return after.isEmpty() || DASHES.contains(after.get(0).text()) && after.size() > 1 && after.stream().skip(1)
                .allMatch(x -> x.isCapitalised() || x.text().equals(",") || x.text().equals("."));
    }

    /** How many tokens a reader's signature after a question may take: "J. Peters, Vienna". */
    private static final int SIGNATURE_TOKENS = 6;

    /**
     * Whether the sentence opens with a lettered option, "a)" or "(a)", and letters another after it: a quiz's options
     * when a question stands right before them (an incident list in one sentence, "(a) On 6 May ...; (b) on 8 May ...",
     * follows no question).
     */
    private static boolean answerOptions(List<Token> tokens) {
        int first = optionLabelAt(tokens, 0);
        if (first < 0) {
            return false;
        }
        for (int i = first; i < tokens.size(); i++) {
            if (optionLabelAt(tokens, i) > 0) {
                return true;
            }
        }
        return false;
    }

    /** The index after a lettered option's label ("b)" or "(b)") starting at token i, or -1. */
    private static int optionLabelAt(List<Token> tokens, int i) {
        int letter = i < tokens.size() && tokens.get(i).text().equals("(") ? i + 1 : i;
        boolean label = letter + 1 < tokens.size() && tokens.get(letter).text().length() == 1
                && Character.isLetter(tokens.get(letter).text().charAt(0)) && tokens.get(letter + 1).text().equals(")")
                && tokens.get(letter).end() == tokens.get(letter + 1).start();
        return label ? letter + 2 : -1;
    }
}
