package org.borderwatch.extract.frame;

import org.borderwatch.extract.pipeline.NamedRule;

/**
 * The rules by which the frame stage drops a sentence's triggers, dates a frame, or splits a sentence into
 * several frames; examples are invented.
 */
public enum FrameRule implements NamedRule {
    CAPTION("a wiki figure caption names a picture, not an event: 'File:Pass.jpg|Troops at the pass'"),
    GLOSSARY("a glossary's entry defines a word, it tells no event: 'Ceasefire - when the sides agree to stop shooting.'"),
    SECTION_HEADING("a heading set as a capitalised label with no day or month of its own names what the paragraphs under it tell: 'KESTA - Shepherds detained'"),
    NEGATIVE_OPENING("a sentence opening with 'No' reports an absence: 'No officials confirmed the raid.'"),
    TITLE("a heading without a finite verb (also a run-in one of a few words with a full stop, 'The blockade.'), or a picture's caption: 'Map showing the heights taken in 2023'"),
    DOCUMENT_ITSELF("a sentence about the report itself tells what it covers, not an event: 'This brief traces how a sit-in became a post.'"),
    ADVICE("a sentence opening with a bare verb that tells the reader what to do advises, it reports nothing: 'Travel only in daylight convoys.'"),
    FORECAST_SECTION("items under a digest's heading of what is to come are plans: 'COMING UP' over '- Summit in Westholm, 23 November'"),
    QUESTION("a question asks and reports nothing, as in an explainer's headings: 'Were there talks before?'"),
    ANSWER_OPTIONS("a multiple-choice question's lettered options name possibilities, they report nothing: 'a) Kesta shelled b) Lorva shelled'"),
    QUOTED_OPINION("triggers only inside a quotation with no stated day are someone's words, not a report"),
    ORDINARY_CRIME("an item of a police log that tells a theft, a drug seizure or a road accident, naming no party to the"
            + " conflict, is ordinary crime: 'Three suspects were detained.' after 'thieves stole 23 phones'"),
    CALLED_FALSE("the text itself calls the report false: 'reports of shelling were debunked'"),
    UNDATED("no date stated, carried or given by a heading: not an event"),
    UNTYPED("the kept triggers make no ACLED type together"),
    MEETING_WITHOUT_PARTIES("talks, visits and calls whose clause names no party and no place are left out: 'The meeting began at 3 p.m.'"),
    MEETING_WITHOUT_MONTH("talks, visits and calls dated only to a year are left out: 'the 1997 accord was followed by talks'"),
    STATED_DATE("the most precise date the sentence states, not after publication: 'on 12 May'"),
    STATEMENT_DAY("a day given only for a statement ('officials said on Wednesday') dates the event weakly: then or just before"),
    CARRIED_DATE("a day told earlier in the paragraph (or under a dated heading) still holds: 'Later, troops withdrew.'"),
    NARRATIVE_CONTINUES("a connective goes on from the last day told, even in a new paragraph: 'In response, ...'"),
    TOLL_OF_THE_FIGHT("a sentence that only counts the dead, right after a fight its paragraph tells, is that fight's toll: 'Fighting raged at Kesta in May. About 40 died.'"),
    DURING_THE_FIGHT("an act told 'during the fighting' happened on the day of the last fight told, even in a new paragraph"),
    NEWS_WINDOW("a news report's lead window ('this week') dates undated reports below it"),
    STORY_DAY("in a report published on a known day, an undated paragraph tells the last day stated, else that day"),
    TIME_STAMP("in a report of a known day, a bare time stamp brings the story back to that day: 'At 09:00. Other news.'"),
    HEADING_MONTH("the month of the dated heading the sentence stands under: 'May 2021'"),
    DATED_LEAD("bullets under a line that opens with its day tell that day: '13 May 2023 - Highlands.' over '• Shelling: ...'"),
    HEADING_DAY("a heading that names a day dates the paragraphs under it, until the next heading: a press review's 'WED 3 MAY'"),
    FROM_HOME("a request, a call or a session with no venue named happens in its first party's country: 'Northia asked the bloc for help'"),
    MEETING_AND_APPEAL("a meeting and a formal request told together are two events, both Other: the session and the appeal"),
    DRIVEN_FROM_HOME("a fight or strike that drove people from their homes is two events: the violence, and the displacement (Other)"),
    ACCORD_IN_BREACH("a breach told with the accord it broke, reached ('a truce agreed yesterday was broken overnight'), is two events: the fight and the accord"),
    SUPPLY_CUT("a strike or fight that cuts a place's gas, power or water is two events: the violence, and the cut supply (Other)"),
    MEETING_AND_ACCORD("a meeting or call that reached an accord is two events: the meeting (Other) and the accord (Agreement)"),
    ACCORD_OF_THE_WAR("an accord told as what ended a war the text dated, or as in force, is an event of that war's year"),
    DATED_REFERENCE("an event the sentence names with its own date is dated by it: 'since the September 2022 escalation'"),
    CLAUSES("clauses joined by ';', 'meanwhile', ', while' or ', and <new subject>' are separate acts"),
    LISTED_DATES("one act listed on several dates is one event per date: 'raids in May and in June 2022'"),
    DATED_INSTANCES("a habit's dated instances are events: 'regular incidents, including at X on 3 May'"),
    EARLIER_HAPPENING("an opening 'After an incident on DATE in X, ...' is an event of its own"),
    PER_PLACE("ACLED codes one event per type, place and day: each place named for the act is its own event"),
    PER_PLACE_IN_UNIT("places each given with their own unit are separate incidents: 'near A in P and B in Q'"),
    LISTED_PLACES("a lead ending in a colon over lines of places, bare or with figures: the act at each place, told by its line");

    private final String reason;

    FrameRule(String reason) {
        this.reason = reason;
    }

    @Override
    public String ruleName() {
        return NamedRule.kebab(this);
    }

    @Override
    public String reason() {
        return reason;
    }

    @Override
    public String stage() {
        return "frames";
    }
}
