package org.borderwatch.extract.frame;

import java.util.List;
import java.util.Set;
import org.borderwatch.domain.DatePrecision;
import org.borderwatch.domain.DateSpan;
import org.borderwatch.extract.config.WordLists;
import org.borderwatch.extract.layout.Sentence;
import org.borderwatch.extract.layout.Token;
import org.borderwatch.extract.mention.DateMention;
import org.borderwatch.extract.trigger.Trigger;
import org.borderwatch.extract.trigger.TriggerClass;

/**
 * Background paragraphs name the accord that ended a war the text dated a sentence or two before: "A war broke
 * out in 2020. It ended with a brokered ceasefire", "despite the ceasefire agreement". Such an accord is the
 * event of the war's year, not of the story's day. One reader per document: it remembers the year of the last
 * war the text dated.
 */
final class AccordOfTheWar {
    private static final WordLists WORDS = WordLists.english();
    private static final Set<String> WAR_NOUNS = WORDS.words("war-nouns");
    private static final Set<String> ACCORD_NOUNS = WORDS.words("war-accord-nouns");
    /** Words before an accord that take it as known and in force: "despite the ceasefire", "under the truce". */
    private static final Set<String> IN_FORCE_CUES = WORDS.words("accord-in-force-cues");
    private static final int REACH = WORDS.window("whole-war-reach");

    private DateSpan warYear;

    /** Remembers the year of a war the sentence dates ("the 2020 war", "a war in autumn 2020"). */
    void observe(Sentence s, List<DateMention> dates) {
        List<Token> tokens = s.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (!WAR_NOUNS.contains(tokens.get(i).key())) {
                continue;
            }
            for (DateMention d : dates) {
                int[] range = s.tokenRange(d.span());
                // "the war last year" dates it too; "the next day" dates a narrative, not a war
                boolean datesIt = !d.relative() || d.date().precision() == DatePrecision.YEAR;
                if (datesIt && range != null && Math.abs(range[0] - i) <= REACH) {
                    warYear = DateSpan.of(d.date().start().withDayOfYear(1), DatePrecision.YEAR);
                    return;
                }
            }
        }
    }

    /** The year of the last war the text dated, or null. */
    DateSpan warYear() {
        return warYear;
    }

    /**
     * The accords the sentence tells as in force ("despite the ceasefire") or, when the sentence dates nothing
     * itself, as what ended that war; none before a war was dated.
     */
    List<Trigger> accords(Sentence s, List<Trigger> triggers, boolean sentenceDated) {
        if (warYear == null) {
            return List.of();
        }
        return triggers.stream().filter(t -> t.triggerClass() == TriggerClass.AGREEMENT && accordNoun(s, t)
                && (inForce(s.tokens(), t) || !sentenceDated && endsSomething(s.tokens(), t))).toList();
    }

    private static boolean accordNoun(Sentence s, Trigger t) {
        return ACCORD_NOUNS.contains(s.tokens().get(t.to() - 1).key());
    }

    /** "It ended with a ceasefire", "at the end of that war ... an accord", "the truce ending the fighting". */
    private static boolean endsSomething(List<Token> tokens, Trigger t) {
        for (int i = Math.max(0, t.from() - REACH); i < Math.min(tokens.size(), t.to() + REACH); i++) {
            String k = tokens.get(i).key();
            if (k.equals("end") || k.equals("ended") || k.equals("ending")) {
                return true;
            }
        }
        return false;
    }

    private static boolean inForce(List<Token> tokens, Trigger t) {
        for (int i = Math.max(0, t.from() - 3); i < t.from(); i++) {
            if (IN_FORCE_CUES.contains(tokens.get(i).key())) {
                return true;
            }
        }
        return false;
    }
}
