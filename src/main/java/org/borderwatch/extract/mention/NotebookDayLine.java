package org.borderwatch.extract.mention;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.borderwatch.extract.config.WordLists;
import org.borderwatch.extract.layout.Sentence;
import org.borderwatch.extract.layout.Token;

/**
 * A notebook's or a diary's day line: a weekday or marks before the day in figures (nothing else), then a comma and a
 * few words of where it was written or the time of day, and no full stop ("--- Thu 29.04, on the road / Kesta", "Sat
 * 01.05, Lorva, 21:10", "Wednesday 14.09, 18:40"), or the day alone on its line ("Wed 27th"). The entries
 * under it tell "today" and "yesterday" from that day.
 */
public final class NotebookDayLine {
    private static final Set<String> WEEKDAY_WORDS = WordLists.english().words("weekday-words");
    /** How many words the line may set after its day to say where it was written. */
    private static final int WHERE_WORDS = 6;
    /** "18:40" as one token or as three. */
    private static final int CLOCK_TOKENS = 3;

    private NotebookDayLine() {
    }

    /** The line's day when the sentence is such a line. */
    public static Optional<DateMention> dayOf(Sentence s, List<DateMention> dates) {
        List<Token> tokens = s.tokens();
        DateMention day = dates.stream().filter(DateMention::statesDay)
                .findFirst().orElse(null);
        if (day == null || tokens.isEmpty()) {
            return Optional.empty();
        }
        if (tokens.get(tokens.size() - 1).isSentenceStop()) {
            return Optional.empty(); // "6 May, troops shell Kesta.": a chronology's sentence, not a heading
        }
        int i = 0;
        boolean marked = false; // a weekday or a mark before the day: "Sat 01.05", "--- 01.05"
        while (i < tokens.size() && tokens.get(i).end() <= day.span().start()) {
            Token t = tokens.get(i++);
            if (Character.isLetterOrDigit(t.text().charAt(0)) && !WEEKDAY_WORDS.contains(t.key())) {
                return Optional.empty();
            }
            marked = true;
        }
        boolean weekdayInTheDay = tokens.stream().filter(t -> t.start() >= day.span().start() && t.end() <= day.span().end())
                .anyMatch(t -> WEEKDAY_WORDS.contains(t.key()));
        if (!marked && !weekdayInTheDay) {
            return Optional.empty();
        }
        boolean inFigures = false; // "Sat 01.05", not a weekday alone ("TUESDAY, MORNING.")
        while (i < tokens.size() && tokens.get(i).end() <= day.span().end()) {
            inFigures |= tokens.get(i++).text().chars().anyMatch(Character::isDigit);
        }
        if (i >= tokens.size() && inFigures) {
            return Optional.of(day); // "Tue 19 Sept", "Wed 27th": the whole line is the day (not "THURSDAY" alone, a section)
        }
        if (!inFigures) {
            return Optional.empty();
        }
        if (i >= tokens.size() || !tokens.get(i).key().equals(",")) {
            return Optional.empty();
        }
        List<Token> tail = tokens.subList(i + 1, tokens.size());
        long words = tail.stream().filter(t -> Character.isLetter(t.text().charAt(0))).count();
        return words > 0 && words <= WHERE_WORDS || clockOnly(tail) ? Optional.of(day) : Optional.empty();
    }

    /** "Wednesday 14.09, 18:40": a post's time of day alone after the day. */
    private static boolean clockOnly(List<Token> tail) {
        return !tail.isEmpty() && tail.size() <= CLOCK_TOKENS && tail.stream().allMatch(t -> t.text().matches("[0-9:.]+"))
                && tail.stream().anyMatch(t -> t.text().contains(":"));
    }
}
