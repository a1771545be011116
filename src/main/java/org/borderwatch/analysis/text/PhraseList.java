package org.borderwatch.analysis.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A named list of phrases that a register's rules look for in evidence text: each is found as whole words,
 * ignoring case, with any run of spaces or dashes between its words ("pull back" finds "pull-back"). A word
 * ending in {@code *} also finds its longer forms ("blockad*" finds "blockade" and "blockaded").
 */
public final class PhraseList {
    /** Where a phrase was found. */
    public record Match(int start, int end, String text) {
    }

    private final String name;
    private final Pattern pattern;

    private PhraseList(String name, Pattern pattern) {
        this.name = name;
        this.pattern = pattern;
    }

    public static PhraseList of(String name, String... phrases) {
        return of(name, List.of(phrases));
    }

    public static PhraseList of(String name, List<String> phrases) {
        List<String> alternatives = new ArrayList<>();
        // longer phrases first, so "pull back troops" wins over "pull back"
        phrases.stream().filter(p -> !p.isBlank()).sorted(Comparator.comparingInt(String::length).reversed())
                .forEach(p -> alternatives.add(regex(p)));
        Pattern pattern = alternatives.isEmpty() ? Pattern.compile("(?!)")
                : Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", alternatives) + ")(?![\\p{L}\\p{N}])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return new PhraseList(name, pattern);
    }

    private static String regex(String phrase) {
        List<String> words = new ArrayList<>();
        for (String word : phrase.trim().split("[\\s\\-\u2010-\u2015]+")) {
            boolean open = word.endsWith("*");
            String stem = open ? word.substring(0, word.length() - 1) : word;
            words.add(Pattern.quote(stem) + (open ? "[\\p{L}\\p{N}]*" : ""));
        }
        return String.join("[\\s\\-\u2010-\u2015]+", words);
    }

    public String name() {
        return name;
    }

    public boolean foundIn(String text) {
        return text != null && pattern.matcher(text).find();
    }

    public Optional<Match> firstIn(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = pattern.matcher(text);
        return m.find() ? Optional.of(new Match(m.start(), m.end(), m.group())) : Optional.empty();
    }

    public List<Match> allIn(String text) {
        List<Match> out = new ArrayList<>();
        if (text != null) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                out.add(new Match(m.start(), m.end(), m.group()));
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return name;
    }
}
