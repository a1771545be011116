package org.borderwatch.extract.trigger;

import java.util.List;
import java.util.Set;
import org.borderwatch.extract.layout.Sentence;
import org.borderwatch.extract.layout.Token;
import org.borderwatch.extract.config.WordLists;

/**
 * Whether a trigger tells a war as a whole rather than an event of it: the word "war" stands close to it with
 * nothing in between that sets the two apart ("erupted into full-scale war", "the war that claimed 6,000
 * lives"), or its clause places it "in" or "during" a war ("took the districts in the 2020 war"). Wars as
 * a whole, and what they achieved as a whole, are not events (the annotation rules' scope). "Prisoners of war"
 * are people, and a comparison "since the war" sets a later act apart from it.
 */
final class WholeWar {
    private static final WordLists WORDS = WordLists.english();

    private static final Set<String> WAR = WORDS.words("war");
    private static final Set<String> APART = Set.of("since", "after", "before", "until", "following", ";", "but",
            "however", "ended", "ending", "end", "which");
    private static final Set<String> CLAUSE_ENDS = Set.of(";", ".", "but", "however", "while", "whereas");
    private static final int REACH = WORDS.window("whole-war-reach");
    private static final Set<String> CONFLICT = WORDS.words("whole-war-conflict");
    private static final Set<String> FOLLOWING = WORDS.words("whole-war-following");
    private static final Set<String> FIGHTING = WORDS.words("whole-war-fighting");
    private static final Set<String> LONG_SPANS = WORDS.words("whole-war-long-spans");

    private WholeWar() {
    }

    static boolean scopes(List<Token> tokens, Trigger t) {
        for (int i = 0; i < tokens.size(); i++) {
            if (!warAt(tokens, i) || prisonersOf(tokens, i) || timeAfterTheWar(tokens, i, t) || protestedAgainst(tokens, i, t)) {
                continue;
            }
            int from = Math.min(i, t.to());
            int to = Math.max(i, t.from());
            if (commaAnd(tokens, from, to)) {
                continue; // "two days of fighting at X, and in 2022 the war ...": a clause of its own
            }
            if (to - from <= REACH && !between(tokens, from, to, APART)) {
                return true;
            }
            if (scopingPreposition(tokens, i) && !between(tokens, from, to, CLAUSE_ENDS) && !between(tokens, from, to, APART)) {
                return true;
            }
        }
        return false;
    }

    /** "rallied against the war": a war a protest opposes is what the crowd marched about, not what tells the march. */
    private static boolean protestedAgainst(List<Token> tokens, int war, Trigger t) {
        return t.triggerClass() == TriggerClass.PROTEST && Sentence.anyKeyIn(tokens, war - 3, war, AGAINST);
    }

    private static final Set<String> AGAINST = Set.of("against");

    /**
     * A war named as such, "the ensuing conflict", or fighting counted in weeks, months or years ("six weeks of
     * fighting"): days of fighting can be one event ("three days of fighting"), weeks of it are a war.
     */
    private static boolean warAt(List<Token> tokens, int i) {
        String k = tokens.get(i).key();
        if (WAR.contains(k)) {
            return true;
        }
        if (i >= 1 && CONFLICT.contains(k) && FOLLOWING.contains(tokens.get(i - 1).key())) {
            return true;
        }
        return i >= 2 && FIGHTING.contains(k) && tokens.get(i - 1).key().equals("of")
                && LONG_SPANS.contains(tokens.get(i - 2).key());
    }

    /** Units of time that count an interval from a war ("a few weeks after the war"). */
    private static final Set<String> INTERVAL_UNITS = Set.of("days", "weeks", "months", "years", "day", "week", "month", "year");

    /**
     * "In December 2020, a few weeks after the war, troops took up positions": a war a counted interval before an act
     * the sentence dates, in a phrase set off by commas ahead of it, is when the act happened, not its scope.
     */
    private static boolean timeAfterTheWar(List<Token> tokens, int war, Trigger t) {
        if (t.from() < war || !between(tokens, war, t.from(), Set.of(","))) {
            return false;
        }
        for (int i = war - 1; i >= Math.max(1, war - 4); i--) {
            if (tokens.get(i).key().equals("after") && INTERVAL_UNITS.contains(tokens.get(i - 1).key())) {
                return datedBefore(tokens, i - 1); // the act's own month or year opens the sentence: "In December 2020, ..."
            }
        }
        return false;
    }

    /** Whether a year ("2020") stands among the tokens before {@code end}. */
    private static boolean datedBefore(List<Token> tokens, int end) {
        return tokens.subList(0, end).stream().anyMatch(x -> x.isNumber() && x.text().matches("(?:19|20)\\d\\d"));
    }

    private static boolean prisonersOf(List<Token> tokens, int war) {
        return war >= 2 && tokens.get(war - 1).key().equals("of") && tokens.get(war - 2).key().startsWith("prisoner");
    }

    /** "in the 2020 war", "during the 44-day war": a preposition within four words before the noun. */
    private static boolean scopingPreposition(List<Token> tokens, int war) {
        for (int i = war - 1; i >= Math.max(0, war - 4); i--) {
            String k = tokens.get(i).key();
            if (k.equals("in") || k.equals("during")) {
                return true;
            }
        }
        return false;
    }

    /** Whether ", and" joins two clauses between the tokens. */
    private static boolean commaAnd(List<Token> tokens, int from, int to) {
        for (int i = Math.max(0, from); i + 1 < Math.min(tokens.size(), to); i++) {
            if (tokens.get(i).key().equals(",") && tokens.get(i + 1).key().equals("and")) {
                return true;
            }
        }
        return false;
    }

    private static boolean between(List<Token> tokens, int from, int to, Set<String> words) {
        return Sentence.anyKeyIn(tokens, from, to, words);
    }
}
