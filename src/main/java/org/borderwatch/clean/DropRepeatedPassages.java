package org.borderwatch.clean;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.borderwatch.domain.Span;

/**
 * Drops copies of a passage that a layout repeats inside the same document, typically a pull
 * quote: a run of at least {@code minWords} words that occurs more than once. A copy is dropped
 * when it stands on lines of its own and either interrupts a sentence (the text before it does not
 * end a sentence and the text after it goes on in lower case) or, not being the first copy, forms
 * a block of its own. The interrupted sentence closes up over the gap. If every copy interrupts a
 * sentence, the first stays, so the passage is never lost. Copies inside running text stay.
 */
public final class DropRepeatedPassages implements CleaningStep {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final int DEFAULT_MIN_WORDS = 8;
    /** A run's index takes the low bits of its sort key, its hash the rest. */
    private static final int INDEX_BITS = 26;
    private static final long INDEX_MASK = (1L << INDEX_BITS) - 1;
    private static final long HASH_MASK = (1L << (63 - INDEX_BITS)) - 1;

    private final int minWords;

    public DropRepeatedPassages() {
        this(DEFAULT_MIN_WORDS);
    }

    public DropRepeatedPassages(int minWords) {
        if (minWords < 2) {
            throw new IllegalArgumentException("a repeated passage needs at least two words");
        }
        this.minWords = minWords;
    }

    @Override
    public String name() {
        return "drop-repeated-passages";
    }

    /** One copy of a repeated passage: the words it spans and the characters they cover. */
    private record Copy(int firstWord, int lastWord, int start, int end) {
    }

    @Override
    public void apply(TrackedText text) {
        String s = text.text();
        List<int[]> words = words(s);
        if (words.size() < minWords * 2 || words.size() > INDEX_MASK) {
            return; // too short to repeat anything, or beyond any report's length
        }
        List<List<Copy>> passages = repeatedPassages(s, words);
        TextEdits edits = text.edit();
        for (List<Copy> copies : passages) {
            dropLayoutCopies(s, copies, edits);
        }
        edits.apply();
    }

    private static List<int[]> words(String s) {
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(s);
        while (m.find()) {
            words.add(new int[] {m.start(), m.end()});
        }
        return words;
    }

    /**
     * Groups the copies of each repeated passage, found through shared runs of minWords words.
     * Runs are compared by hash in one sorted array rather than a map of strings, which keeps a
     * book-length text within a few bytes a word; equal hashes are confirmed word by word.
     */
    private List<List<Copy>> repeatedPassages(String s, List<int[]> words) {
        String[] normal = new String[words.size()];
        for (int i = 0; i < normal.length; i++) {
            normal[i] = s.substring(words.get(i)[0], words.get(i)[1]).toLowerCase(Locale.ROOT);
        }
        int runs = normal.length - minWords + 1;
        long[] keys = new long[runs];
        for (int i = 0; i < runs; i++) {
            long hash = 17;
            for (int k = 0; k < minWords; k++) {
                hash = hash * 31 + normal[i + k].hashCode();
            }
            keys[i] = ((hash & HASH_MASK) << INDEX_BITS) | i;
        }
        Arrays.sort(keys);
        List<int[]> sameRuns = new ArrayList<>(); // pairs of run starts with equal words
        boolean[] repeated = new boolean[normal.length];
        for (int i = 0; i < runs; ) {
            int j = i + 1;
            while (j < runs && (keys[j] >>> INDEX_BITS) == (keys[i] >>> INDEX_BITS)) {
                j++;
            }
            int first = (int) (keys[i] & INDEX_MASK);
            for (int other = i + 1; other < j; other++) { // compared with the first only: linear in the copies
                int second = (int) (keys[other] & INDEX_MASK);
                if (sameWords(normal, first, second)) {
                    sameRuns.add(new int[] {first, second});
                    Arrays.fill(repeated, first, first + minWords, true);
                    Arrays.fill(repeated, second, second + minWords, true);
                }
            }
            i = j;
        }
        // contiguous repeated words form copies; copies sharing a run are the same passage
        int[] copyOfWord = new int[normal.length];
        List<Copy> copies = new ArrayList<>();
        for (int i = 0; i < normal.length; i++) {
            if (!repeated[i]) {
                continue;
            }
            int j = i;
            while (j + 1 < normal.length && repeated[j + 1]) {
                j++;
            }
            for (int k = i; k <= j; k++) {
                copyOfWord[k] = copies.size();
            }
            copies.add(new Copy(i, j, words.get(i)[0], words.get(j)[1]));
            i = j;
        }
        int[] group = new int[copies.size()];
        for (int i = 0; i < group.length; i++) {
            group[i] = i;
        }
        for (int[] pair : sameRuns) {
            union(group, copyOfWord[pair[0]], copyOfWord[pair[1]]);
        }
        Map<Integer, List<Copy>> byGroup = new HashMap<>();
        for (int i = 0; i < copies.size(); i++) {
            byGroup.computeIfAbsent(find(group, i), g -> new ArrayList<>()).add(copies.get(i));
        }
        return byGroup.values().stream().filter(g -> g.size() > 1).toList();
    }

    private boolean sameWords(String[] normal, int first, int second) {
        for (int k = 0; k < minWords; k++) {
            if (!normal[first + k].equals(normal[second + k])) {
                return false;
            }
        }
        return true;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }

    private static void dropLayoutCopies(String s, List<Copy> copies, TextEdits edits) {
        List<Copy> sorted = copies.stream().sorted(Comparator.comparingInt(Copy::start)).toList();
        List<Copy> interrupting = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Copy copy = sorted.get(i);
            if (!onOwnLines(s, copy)) {
                continue;
            }
            if (interruptsSentence(s, copy)) {
                interrupting.add(copy);
            } else if (i > 0 && standsAsBlock(s, copy)) {
                edits.delete(blockWithLeadingSpace(s, copy));
            }
        }
        boolean anyInRunningText = interrupting.size() < sorted.size();
        for (int i = anyInRunningText ? 0 : 1; i < interrupting.size(); i++) {
            closeGap(s, interrupting.get(i), edits);
        }
    }

    private static int lineStart(String s, int at) {
        int i = at;
        while (i > 0 && s.charAt(i - 1) != '\n') {
            i--;
        }
        return i;
    }

    private static int lineEnd(String s, int at) {
        int i = at;
        while (i < s.length() && s.charAt(i) != '\n') {
            i++;
        }
        return i;
    }

    /** Nothing but punctuation and spaces shares the copy's first and last lines with it. */
    private static boolean onOwnLines(String s, Copy copy) {
        return noWords(s, lineStart(s, copy.start()), copy.start()) && noWords(s, copy.end(), lineEnd(s, copy.end()));
    }

    private static boolean noWords(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean interruptsSentence(String s, Copy copy) {
        int before = previousNonSpace(s, lineStart(s, copy.start()));
        int after = nextNonSpace(s, lineEnd(s, copy.end()));
        if (before < 0 || after >= s.length()) {
            return false;
        }
        char prev = s.charAt(before);
        boolean sentenceOpenBefore = Character.isLetterOrDigit(prev) || prev == ',' || prev == '-';
        return sentenceOpenBefore && Character.isLowerCase(s.charAt(after));
    }

    private static boolean standsAsBlock(String s, Copy copy) {
        int start = lineStart(s, copy.start());
        int end = lineEnd(s, copy.end());
        boolean blankBefore = start == 0 || (start >= 2 && s.charAt(start - 2) == '\n');
        boolean blankAfter = end >= s.length() - 1 || s.charAt(end + 1) == '\n';
        return blankBefore && blankAfter;
    }

    private static Span blockWithLeadingSpace(String s, Copy copy) {
        int start = lineStart(s, copy.start());
        int end = lineEnd(s, copy.end());
        return new Span(start, Math.min(s.length(), end + 1));
    }

    /** Removes the copy and the space around it but one break, so the interrupted sentence joins up. */
    private static void closeGap(String s, Copy copy, TextEdits edits) {
        int before = previousNonSpace(s, lineStart(s, copy.start()));
        int after = nextNonSpace(s, lineEnd(s, copy.end()));
        edits.delete(before + 2, after);
    }

    private static int previousNonSpace(String s, int from) {
        int i = from - 1;
        while (i >= 0 && Character.isWhitespace(s.charAt(i))) {
            i--;
        }
        return i;
    }

    private static int nextNonSpace(String s, int from) {
        int i = from;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
