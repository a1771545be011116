package org.borderwatch.extract.mention;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.borderwatch.domain.DatePrecision;
import org.borderwatch.extract.config.WordLists;
import org.borderwatch.extract.layout.Sentence;
import org.borderwatch.extract.layout.Token;

/**
 * A notebook's or a diary's day line: marks and a weekday at most, the day in figures, then a comma and a few words of
 * where it was written ("--- Thu 29.04, on the road / Kesta", "Sat 01.05, Lorva, 21:10"). The entries under it tell "today"
 * and "yesterday" from that day.
 */
public final class NotebookDayLine {
    private static final Set<String> WEEKDAY_WORDS = WordLists.english().words("weekday-words");
    /** How many words the line may set after its day to say where it was written. */
    private static final int WHERE_WORDS = 6;

    private NotebookDayLine() {
    }

    /** The line's day when the sentence is such a line. */
    public static Optional<DateMention> dayOf(Sentence s, List<DateMention> dates) {
        List<Token> tokens = s.tokens();
        DateMention day = dates.stream().filter(d -> !d.relative() && d.date().precision() == DatePrecision.DAY)
                .findFirst().orElse(null);
        if (day == null || tokens.isEmpty()) {
            return Optional.empty();
        }
        int i = 0;
        while (i < tokens.size() && tokens.get(i).end() <= day.span().start()) {
            Token t = tokens.get(i++);
            if (Character.isLetterOrDigit(t.text().charAt(0)) && !WEEKDAY_WORDS.contains(t.key())) {
                return Optional.empty();
            }
        }
        boolean inFigures = false; // "Sat 01.05", not a weekday alone ("TUESDAY, MORNING.")
        while (i < tokens.size() && tokens.get(i).end() <= day.span().end()) {
            inFigures |= tokens.get(i++).text().chars().anyMatch(Character::isDigit);
        }
        if (!inFigures) {
            return Optional.empty();
        }
        if (i >= tokens.size() || !tokens.get(i).key().equals(",")) {
            return Optional.empty();
        }
        long words = tokens.subList(i + 1, tokens.size()).stream().filter(t -> Character.isLetter(t.text().charAt(0))).count();
        return words > 0 && words <= WHERE_WORDS ? Optional.of(day) : Optional.empty();
    }
}
