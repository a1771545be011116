package org.borderwatch.clean;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Undoes hyphenation at line ends: "attac-" + "ked" becomes "attacked". When the second part
 * starts with a capital ("Nagorno-" + "Karabakh") the hyphen is real and stays, and only the line
 * break goes; so does it when the hyphenated form occurs elsewhere in the same text and the joined
 * form does not ("well-" + "known"). Dashes (– —) are never touched.
 */
public final class JoinHyphenatedWords implements CleaningStep {
    private static final Pattern BREAK = Pattern.compile("([\\p{L}]+)-\\n([\\p{L}]+)");
    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:-\\p{L}+)*");

    @Override
    public String name() {
        return "join-hyphenated-words";
    }

    @Override
    public void apply(TrackedText text) {
        TextEdits edits = text.edit();
        String s = text.text();
        Set<String> words = null;
        Matcher m = BREAK.matcher(s);
        while (m.find()) {
            int hyphen = m.end(1);
            String first = m.group(1);
            String second = m.group(2);
            boolean keepHyphen = Character.isUpperCase(second.charAt(0));
            if (!keepHyphen) {
                if (words == null) {
                    words = wordsOf(s); // only texts with hyphenated line ends pay for this
                }
                String hyphenated = (first + "-" + second).toLowerCase(Locale.ROOT);
                String joined = (first + second).toLowerCase(Locale.ROOT);
                keepHyphen = words.contains(hyphenated) && !words.contains(joined);
            }
            edits.delete(keepHyphen ? hyphen + 1 : hyphen, hyphen + 2);
        }
        edits.apply();
    }

    /** The words of the text in lower case, hyphenated compounds both whole and in parts. */
    private static Set<String> wordsOf(String s) {
        Set<String> words = new HashSet<>();
        Matcher m = WORD.matcher(s);
        while (m.find()) {
            String word = m.group().toLowerCase(Locale.ROOT);
            words.add(word);
            if (word.indexOf('-') >= 0) {
                words.addAll(List.of(word.split("-")));
            }
        }
        return words;
    }
}
