package org.borderwatch.clean;

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

    @Override
    public String name() {
        return "join-hyphenated-words";
    }

    @Override
    public void apply(TrackedText text) {
        TextEdits edits = text.edit();
        String s = text.text();
        Matcher m = BREAK.matcher(s);
        while (m.find()) {
            int hyphen = m.end(1);
            String first = m.group(1);
            String second = m.group(2);
            boolean keepHyphen = Character.isUpperCase(second.charAt(0)) || hyphenatedElsewhere(s, first, second);
            if (keepHyphen) {
                edits.delete(hyphen + 1, hyphen + 2);
            } else {
                edits.delete(hyphen, hyphen + 2);
            }
        }
        edits.apply();
    }

    private static boolean hyphenatedElsewhere(String s, String first, String second) {
        String lower = s.toLowerCase();
        String hyphenated = (first + "-" + second).toLowerCase();
        String joined = (first + second).toLowerCase();
        return lower.contains(hyphenated) && !containsWord(lower, joined);
    }

    private static boolean containsWord(String text, String word) {
        return Pattern.compile("(?<!\\p{L})" + Pattern.quote(word) + "(?!\\p{L})").matcher(text).find();
    }
}
