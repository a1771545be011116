package org.borderwatch.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.borderwatch.domain.Span;

/**
 * Drops a report's notes: a run of two or more lines that each open with a note's number ("[3] Interviews in person
 * and by phone, 13-21 June 2024.", "¹ Ministry statement of 12 June") or a wiki reference list's caret ("^ \"Title\".
 * Retrieved 2 June 2025."). A note names a source and the day it spoke or
 * was consulted, which is no event; once the citation markers are gone such a line would read as a dated report.
 */
public final class DropNoteLines implements CleaningStep {
    /** A bracketed number or a run of superscript digits, then a space, at the start of the line. */
    private static final String NOTE_NUMBER = "^\\s*(?:\\[\\d{1,3}\\]|[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]{1,3}|(?:\\d{1,3}\\.\\s+)?\\^)\\s+";
    private static final Pattern NOTE_OPENING = Pattern.compile(NOTE_NUMBER + "\\S");
    /** A numbered chronology's item opens with its day ("[1] 4 May: shelling hit ..."); a note names its source first. */
    private static final Pattern DATED_ITEM = Pattern.compile(NOTE_NUMBER
            + "(?:\\d|(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
            + "|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?"
            + "|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\\b)");
    /** A notes section has at least this many note lines in a row. */
    private static final int MIN_RUN = 2;

    @Override
    public String name() {
        return "drop-note-lines";
    }

    @Override
    public void apply(TrackedText text) {
        TextEdits edits = text.edit();
        List<Span> run = new ArrayList<>();
        for (Span line : text.lines()) {
            String content = text.substring(line);
            if (NOTE_OPENING.matcher(content).find() && !DATED_ITEM.matcher(content).find()) {
                run.add(line);
            } else if (!content.isBlank()) {
                deleteIfNotes(run, edits);
                run.clear();
            }
        }
        deleteIfNotes(run, edits);
        edits.apply();
    }

    private static void deleteIfNotes(List<Span> run, TextEdits edits) {
        if (run.size() >= MIN_RUN) {
            run.forEach(edits::deleteLine);
        }
    }
}
