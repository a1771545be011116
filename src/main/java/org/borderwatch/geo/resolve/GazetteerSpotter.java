package org.borderwatch.geo.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.borderwatch.domain.FeatureClass;
import org.borderwatch.domain.GazetteerEntry;
import org.borderwatch.domain.PlaceNameSpotter;
import org.borderwatch.domain.Span;
import org.borderwatch.geo.names.GeoWords;
import org.borderwatch.geo.names.NameNormalizer;

/**
 * Finds gazetteer place names in running text with a trie of name words built once: each capitalised
 * word starts a walk down the trie, and the longest name found wins. Village names that are also
 * ordinary words or people's names are kept out: a name must be capitalised in the text, a one-word
 * name needs four letters (or to be a configured alias or listed as a short name to spot), and the configured stop words
 * never match alone. A name of several words is also found spelt another way ("Ashagi Askipara" for the
 * gazetteer's "Ashagy Askipara"), by a second trie keyed on the words' sound keys: otherwise only its last
 * word is spotted and resolves to a namesake elsewhere. A village of one word spelt another way ("Janyatag" for the
 * gazetteer's "Canyataq") is found by its sound key only where the text says it is a place: after a word such as
 * "near" or "village", in brackets after a place, or in a list or hyphenated chain beside a place spotted by its own spelling. Alone,
 * a sound key of one word meets too many common words and first names ("Agency", "Easter", "Gurgen").
 */
public final class GazetteerSpotter implements PlaceNameSpotter {
    private static final int MIN_SINGLE_WORD = 4;
    private static final int MIN_SOUND_WORD = 3;
    /** A one-word name matched by sound needs this many letters: shorter keys meet ordinary words. */
    private static final int MIN_SOUND_SINGLE = 6;
    /** Words right before a one-word name in another spelling that say it is a place ("near Janyatag"). */
    private static final Set<String> SPELLING_CUES = GeoWords.ENGLISH.words("spelling-cues");
    /** What may stand between the names of a list or chain of places ("Kheyrimli and Gizilhajili", "A–B road"). */
    private static final int MAX_LIST_GAP = 7;
    private static final Pattern LIST_GAP = Pattern.compile("\\s*(?:,|–|-|—|and|or)\\s*");
    /** Feature nouns that end a name in lower case as often as capitalised ("the Hakari bridge", "Sev lake"). */
    private static final Set<String> FEATURE_NOUNS = GeoWords.ENGLISH.words("feature-nouns");
    private static final int FEATURE_NOUN_MAX = FEATURE_NOUNS.stream().mapToInt(String::length).max().orElse(0);
    private static final int MIN_NAMES_OF_MINOR_PLACE = 4;

    private static final class Node {
        Map<String, Node> children;
        boolean terminal;

        Node child(String token) {
            return children == null ? null : children.get(token);
        }

        Node add(String token) {
            if (children == null) {
                children = new HashMap<>(4);
            }
            return children.computeIfAbsent(token, k -> new Node());
        }
    }

    private final Node root = new Node();
    /** Names of two or more words, keyed by each word's sound key (transliteration variants meet). */
    private final Node soundRoot = new Node();
    /** Sound keys of one-word settlement names, long enough to be told from ordinary words. */
    private final Set<String> singleWordSounds = new HashSet<>();
    private final Set<String> stopWords;
    private final NameNormalizer normalizer;
    private int names;

    public GazetteerSpotter(PlaceIndex index, Set<String> stopWords, Set<String> shortNames) {
        this.normalizer = index.names();
        this.stopWords = Set.copyOf(stopWords.stream().map(normalizer::foldToken).toList());
        Set<String> shortOk = Set.copyOf(shortNames.stream().map(normalizer::foldToken).toList());
        for (List<PlaceIndex.NameHit> hits : index.namesByPhoneticKey().values()) {
            for (PlaceIndex.NameHit hit : hits) {
                // a bulk gazetteer's unclassed features are mostly noise; a configured one (a water intake) is named on purpose
                boolean unclassedNoise = hit.place().featureClass() == FeatureClass.OTHER && !hit.entry().configuredFeature();
                if (unclassedNoise || !NameNormalizer.isLatin(hit.name())) {
                    continue;
                }
                List<String> tokens = tokens(hit.name());
                if (tokens.isEmpty()) {
                    continue;
                }
                if (tokens.size() == 1) {
                    String t = tokens.get(0);
                    if (weakName(hit)) {
                        continue;
                    }
                    boolean curated = hit.kind() == GazetteerEntry.NameKind.ALIAS;
                    if (this.stopWords.contains(t) || (t.length() < MIN_SINGLE_WORD && !shortOk.contains(t) && !curated)) {
                        continue;
                    }
                }
                Node n = root;
                for (String t : tokens) {
                    n = n.add(t);
                }
                if (!n.terminal) {
                    n.terminal = true;
                    names++;
                }
                // words of one or two letters are kept out: "In"/"Yn" would let "In Tajikistan" meet a Manx name
                if (tokens.size() > 1 && tokens.stream().allMatch(t -> t.length() >= MIN_SOUND_WORD)) {
                    Node sound = soundRoot;
                    for (String t : tokens) {
                        sound = sound.add(normalizer.phoneticOfFolded(t));
                    }
                    sound.terminal = true;
                }
                if (tokens.size() == 1 && tokens.get(0).length() >= MIN_SOUND_SINGLE && hit.place().featureClass() == FeatureClass.LOCALITY) {
                    singleWordSounds.add(normalizer.phoneticOfFolded(tokens.get(0)));
                }
            }
        }
    }

    /**
     * A one-word variant (or another language's name) of a minor place: such names are often people's
     * names or words elsewhere (Koch, Zhang, Cape), so they are spotted only for places with a population
     * or several names.
     */
    private static boolean weakName(PlaceIndex.NameHit hit) {
        boolean strongKind = hit.kind() == GazetteerEntry.NameKind.PRIMARY || hit.kind() == GazetteerEntry.NameKind.ALIAS
                || (hit.kind() == GazetteerEntry.NameKind.PREFERRED && "eng".equals(hit.lang()));
        if (strongKind) {
            return false;
        }
        return hit.place().population() <= 0 && hit.entry().names().size() < MIN_NAMES_OF_MINOR_PLACE;
    }

    /** Distinct names (as word sequences) the spotter knows. */
    public int size() {
        return names;
    }

    private List<String> tokens(String name) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < name.length()) {
            int start = nextWordStart(name, i);
            if (start < 0) {
                break;
            }
            int end = wordEnd(name, start);
            out.add(normalizer.foldToken(name.substring(start, end)));
            i = end;
        }
        return out;
    }

    /** The names spotted in a text, and the text they were spotted in (compared by identity). */
    private record Spotted(String text, List<Span> spans) {
    }

    /**
     * The last text spotted. Extraction spots a document, then geocoding reads the context of each of its
     * locations in the same text: remembering the last answer spots every document once.
     */
    private volatile Spotted last;

    @Override
    public List<Span> spot(String text) {
        Spotted s = last;
        if (s == null || s.text() != text) {
            s = new Spotted(text, List.copyOf(spotAll(text)));
            last = s;
        }
        return s.spans();
    }

    private List<Span> spotAll(String text) {
        List<int[]> words = new ArrayList<>();
        List<String> folded = new ArrayList<>();
        List<String> generic = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int start = nextWordStart(text, i);
            if (start < 0) {
                break;
            }
            int end = wordEnd(text, start);
            words.add(new int[] {start, end});
            boolean title = titleCase(text, start, end);
            String fold = title ? normalizer.foldToken(text.subSequence(start, end)) : null;
            folded.add(fold);
            generic.add(title ? null : featureNoun(text, start, end));
            i = end;
        }
        List<Span> spans = new ArrayList<>();
        String[] sounds = new String[words.size()];
        int w = 0;
        while (w < words.size()) {
            int matchedEnd = -1;
            Node n = root;
            for (int k = w; k < words.size(); k++) {
                // "the Hakari bridge": after the name proper, a feature noun may be written in lower case
                String token = folded.get(k) != null || k == w ? folded.get(k) : generic.get(k);
                if (token == null || (k > w && !onlySpaceBetween(text, words.get(k - 1)[1], words.get(k)[0]))) {
                    break;
                }
                n = n.child(token);
                if (n == null) {
                    break;
                }
                if (n.terminal) {
                    matchedEnd = k;
                }
            }
            matchedEnd = Math.max(matchedEnd, soundMatchEnd(text, words, folded, sounds, w));
            if (matchedEnd < 0 && spellingVariantAt(text, words, folded, sounds, w, spans)) {
                matchedEnd = w;
            }
            if (matchedEnd >= 0 && !(matchedEnd == w && stopWords.contains(folded.get(w)))) {
                spans.add(new Span(words.get(w)[0], words.get(matchedEnd)[1]));
                w = matchedEnd + 1;
            } else {
                w++;
            }
        }
        return spans;
    }

    /**
     * The last word of the longest name of several words starting at word w when compared by sound, or -1. Sound
     * keys are worked out only for capitalised words next to another (a name of several words needs two), once each.
     */
    private int soundMatchEnd(String text, List<int[]> words, List<String> folded, String[] sounds, int w) {
        if (w + 1 >= words.size() || folded.get(w) == null || folded.get(w + 1) == null) {
            return -1;
        }
        int matchedEnd = -1;
        Node n = soundRoot;
        for (int k = w; k < words.size() && folded.get(k) != null; k++) {
            if (k > w && !onlySpaceBetween(text, words.get(k - 1)[1], words.get(k)[0])) {
                break;
            }
            if (sounds[k] == null) {
                sounds[k] = normalizer.phoneticOfFolded(folded.get(k));
            }
            n = n.child(sounds[k]);
            if (n == null) {
                break;
            }
            if (n.terminal && k > w) {
                matchedEnd = k;
            }
        }
        return matchedEnd;
    }

    /**
     * True when word w, found by no spelling, is a one-word settlement name spelt another way and the words around it
     * say it is a place: a cue word before it, a bracket after a place, or a place of its list or chain spotted next to it. A
     * capitalised word after it would make it part of a person's or an organisation's name.
     */
    private boolean spellingVariantAt(String text, List<int[]> words, List<String> folded, String[] sounds, int w, List<Span> spans) {
        String word = folded.get(w);
        if (word == null || word.length() < MIN_SOUND_SINGLE || stopWords.contains(word)) {
            return false;
        }
        boolean hasNext = w + 1 < words.size() && folded.get(w + 1) != null;
        if (hasNext && text.substring(words.get(w)[1], words.get(w + 1)[0]).isBlank()) {
            return false;
        }
        if (sounds[w] == null) {
            sounds[w] = normalizer.phoneticOfFolded(word);
        }
        if (!singleWordSounds.contains(sounds[w])) {
            return false;
        }
        int start = words.get(w)[0];
        Span last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
        String before = last == null || start - last.end() > MAX_LIST_GAP ? "" : text.substring(last.end(), start);
        if (last != null && before.equals(" (")) {
            return true; // "Chankatagh (Janyatag)": the other name of the place before it
        }
        if (w > 0 && onlySpaceBetween(text, words.get(w - 1)[1], start)
                && SPELLING_CUES.contains(text.substring(words.get(w - 1)[0], words.get(w - 1)[1]))) {
            return true;
        }
        boolean afterPlace = !before.isEmpty() && LIST_GAP.matcher(before).matches();
        int next = w + 1 < words.size() && folded.get(w + 1) == null ? w + 2 : w + 1; // over a lower-case "and"
        boolean beforePlace = next < words.size() && folded.get(next) != null && isOneWordName(folded.get(next))
                && LIST_GAP.matcher(text.substring(words.get(w)[1], words.get(next)[0])).matches();
        return afterPlace || beforePlace;
    }

    private boolean isOneWordName(String foldedWord) {
        Node n = root.child(foldedWord);
        return n != null && n.terminal;
    }

    /** The lower-case feature noun the word is ("bridge"), or null; most words are rejected on length alone. */
    private static String featureNoun(String text, int start, int end) {
        if (end - start < 4 || end - start > FEATURE_NOUN_MAX) {
            return null;
        }
        String word = text.substring(start, end);
        return FEATURE_NOUNS.contains(word) ? word : null;
    }

    /** Capital first letter, no capitals after it: "Goris", not "goris", "GORIS" or "SuSE". */
    private static boolean titleCase(String text, int start, int end) {
        if (!Character.isUpperCase(text.charAt(start))) {
            return false;
        }
        for (int i = start + 1; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isUpperCase(c) && Character.isLetter(text.charAt(i - 1))) {
                return false;
            }
        }
        return true;
    }

    /** Words of one name are separated by a space or a hyphen or dash, not by a line break or punctuation. */
    private static boolean onlySpaceBetween(String text, int from, int to) {
        if (to - from > 2) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '-' && c != '–' && c != '\u00a0') {
                return false;
            }
        }
        return true;
    }

    private static int nextWordStart(CharSequence s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** A word runs over letters and digits, and over an apostrophe between letters (Kut'). */
    private static int wordEnd(CharSequence s, int start) {
        int i = start;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                i++;
            } else if ((c == '\'' || c == '’') && i + 1 < s.length() && Character.isLetter(s.charAt(i + 1))
                    && !(i + 2 <= s.length() && s.charAt(i + 1) == 's' && (i + 2 == s.length() || !Character.isLetter(s.charAt(i + 2))))) {
                i++; // an apostrophe inside a transliterated name, not an English possessive 's
            } else {
                break;
            }
        }
        return i;
    }
}
