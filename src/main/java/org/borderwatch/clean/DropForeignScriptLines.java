package org.borderwatch.clean;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.borderwatch.domain.Span;

/**
 * Drops short lines written largely in a script other than the document's own, which in a copied
 * page are the wrapper of the site that republished it (a Cyrillic mirror around an English article).
 * The document's script is the one most of its letters are in, so this works whatever the
 * language of the article.
 */
public final class DropForeignScriptLines implements CleaningStep {
    /** A line goes when at least this share of its letters are foreign. */
    private static final double FOREIGN_SHARE = 1.0 / 3;
    /** Wrapper lines are short; a long paragraph in another script is content (a quotation), and stays. */
    private static final int MAX_WORDS = 20;

    @Override
    public String name() {
        return "drop-foreign-script-lines";
    }

    @Override
    public void apply(TrackedText text) {
        UnicodeScript main = dominantScript(text.text());
        if (main == null) {
            return;
        }
        TextEdits edits = text.edit();
        List<Span> lines = text.lines();
        for (Span line : lines) {
            String content = text.substring(line);
            if (LineShape.wordCount(content) > MAX_WORDS) {
                continue;
            }
            Map<UnicodeScript, Integer> counts = letterScripts(content);
            int letters = counts.values().stream().mapToInt(Integer::intValue).sum();
            int foreign = letters - counts.getOrDefault(main, 0);
            if (letters >= 2 && foreign >= letters * FOREIGN_SHARE) {
                edits.deleteLine(line);
            }
        }
        edits.apply();
    }

    static UnicodeScript dominantScript(String text) {
        return letterScripts(text).entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(null);
    }

    private static Map<UnicodeScript, Integer> letterScripts(String text) {
        Map<UnicodeScript, Integer> counts = new EnumMap<>(UnicodeScript.class);
        text.codePoints().filter(Character::isLetter).forEach(cp -> {
            UnicodeScript script = UnicodeScript.of(cp);
            if (script != UnicodeScript.COMMON && script != UnicodeScript.INHERITED) {
                counts.merge(script, 1, Integer::sum);
            }
        });
        return counts;
    }
}
