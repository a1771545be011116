package org.borderwatch.extract.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.borderwatch.domain.Span;
import org.borderwatch.extract.pipeline.Annotation;
import org.borderwatch.extract.pipeline.Layer;
import org.borderwatch.extract.pipeline.Stage;
import org.borderwatch.extract.config.WordLists;

/**
 * Splits clean text into paragraphs (blank-line separated), marks headings, and splits paragraphs into
 * sentences and tokens. A sentence ends at . ! ? followed by a space and a capital, a digit or a quote,
 * unless the dot ends a known abbreviation or an initial.
 */
public final class LayoutStage implements Stage {
    private static final WordLists WORDS = WordLists.english();

    /** The document's paragraphs, headings marked. */
    public static final Layer<List<Paragraph>> PARAGRAPHS = Layer.named("PARAGRAPHS");
    /** Its sentences with their tokens, in text order; a sentence's index is its position here. */
    public static final Layer<List<Sentence>> SENTENCES = Layer.named("SENTENCES");

    private static final Set<String> MONTH_ABBREVIATIONS = WORDS.words("month-abbreviations");
    private static final Set<String> ABBREVIATIONS = java.util.stream.Stream.concat(
            WORDS.words("abbreviations").stream(), MONTH_ABBREVIATIONS.stream()).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private final Tokenizer tokenizer = new Tokenizer();

    @Override
    public String name() {
        return "layout";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of();
    }

    @Override
    public Set<Layer<?>> adds() {
        return Set.of(PARAGRAPHS, SENTENCES);
    }

    @Override
    public void process(Annotation a) {
        String text = a.text();
        List<Paragraph> paragraphs = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int end = text.indexOf("\n\n", i);
            if (end < 0) {
                end = n;
            }
            int s = i;
            int e = end;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                boolean title = paragraphs.isEmpty() ? isTitle(text, s, e, a.document().title())
                        : titleAfterPageLabels(text, s, e, a.document().title(), paragraphs);
                Paragraph p = new Paragraph(paragraphs.size(), new Span(s, e), isHeading(text, s, e), title);
                paragraphs.add(p);
                splitSentences(text, p, sentences);
            }
            i = end + 2;
        }
        a.put(PARAGRAPHS, List.copyOf(paragraphs));
        a.put(SENTENCES, List.copyOf(sentences));
    }

    /**
     * A page's section label or menu line may stand above its headline ("Analysis | Programme", then the title):
     * the document's own title, after nothing but such lines, is still the headline.
     */
    private static boolean titleAfterPageLabels(String text, int s, int e, String documentTitle, List<Paragraph> before) {
        return namesTheDocumentTitle(text.substring(s, e), documentTitle)
                && before.stream().allMatch(p -> p.span().end() - p.span().start() <= PAGE_LABEL_MAX
                && text.substring(p.span().start(), p.span().end()).indexOf('\n') < 0
                && !".!?".contains(text.substring(p.span().end() - 1, p.span().end())));
    }

    /** The longest line above a headline still read as a page label. */
    private static final int PAGE_LABEL_MAX = 80;

    private static boolean namesTheDocumentTitle(String block, String documentTitle) {
        return documentTitle != null && block.strip().equalsIgnoreCase(documentTitle.strip());
    }

    static boolean isHeading(String text, int s, int e) {
        if (e - s > 80 || text.substring(s, e).contains(":") || text.substring(s, e).split("\\s+").length > 9) {
            return false; // "Template:Main", long lines: not section titles
        }
        char last = text.charAt(e - 1);
        if (last == '.' || last == '!' || last == '?' || last == ',' || last == ';' || last == ':') {
            return false;
        }
        return text.substring(s, e).indexOf('\n') < 0 && Character.isUpperCase(text.charAt(s))
                || Character.isDigit(text.charAt(s));
    }

    /**
     * A headline: one line without closing punctuation ("Two soldiers killed in border clash, ministry says"), or
     * the document's own title. It restates the story the body tells; it is not a report of its own.
     */
    static boolean isTitle(String text, int s, int e, String documentTitle) {
        String block = text.substring(s, e);
        if (namesTheDocumentTitle(block, documentTitle)) {
            return true;
        }
        char last = text.charAt(e - 1);
        return block.indexOf('\n') < 0 && last != '.' && last != ':' && last != ';' && last != ',';
    }

    private void splitSentences(String text, Paragraph p, List<Sentence> out) {
        List<Token> tokens = tokenizer.tokenize(text, p.span().start(), p.span().end());
        int from = 0;
        for (int k = 0; k < tokens.size(); k++) {
            if (endsSentence(tokens, k, from)) {
                add(out, p, tokens.subList(from, k + 1));
                from = k + 1;
            }
        }
        if (from < tokens.size()) {
            add(out, p, tokens.subList(from, tokens.size()));
        }
    }

    private static boolean endsSentence(List<Token> tokens, int k, int sentenceStart) {
        String t = tokens.get(k).text();
        if (footnoteMarker(tokens, k) || closesABracketedSentence(tokens, k)) {
            return true;
        }
        if (!tokens.get(k).isSentenceStop()) {
            return false;
        }
        if (k + 1 >= tokens.size()) {
            return true;
        }
        Token next = tokens.get(k + 1);
        // skip closing quotes and citation brackets: "... border.[12] Next"
        char c = next.text().charAt(0);
        if (next.start() == tokens.get(k).end() && c != '"' && c != '\u201D' && c != '[') {
            return false;
        }
        if (clockBeforeItsZone(tokens, k)) {
            return false;
        }
        if (k > 0 && t.equals(".")) {
            Token prev = tokens.get(k - 1);
            if (prev.end() == tokens.get(k).start() && !dayThenMonthAtEnd(tokens, k, next) && !answerWord(tokens, k, sentenceStart)
                    && (ABBREVIATIONS.contains(prev.key()) || prev.text().length() == 1 && prev.isCapitalised())) {
                return false;
            }
        }
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '\u201C' || c == '\u201D'
                || c == '[' || c == '(' || c == '\u2018' || c == '\'';
    }

    /**
     * "(Our office reopened on 16 May.) On 11 April ...": a bracket closed right after a sentence's full stop ends that
     * sentence when a capitalised word or a figure follows after a space.
     */
    private static boolean closesABracketedSentence(List<Token> tokens, int k) {
        if (k < 1 || k + 1 >= tokens.size() || !tokens.get(k).text().equals(")")) {
            return false;
        }
        Token stop = tokens.get(k - 1);
        Token next = tokens.get(k + 1);
        return stop.isSentenceStop() && stop.end() == tokens.get(k).start() && next.start() > tokens.get(k).end()
                && (next.isCapitalised() || Character.isDigit(next.text().charAt(0)));
    }

    /**
     * "... did not remove them.3 Gas supplies": a note number glued to a sentence's full stop, as PDF text gives
     * it, ends that sentence; the next one starts after it.
     */
    private static boolean footnoteMarker(List<Token> tokens, int k) {
        if (k + 1 >= tokens.size() || !noteAfterStop(tokens, k)) {
            return false;
        }
        Token marker = tokens.get(k);
        Token next = tokens.get(k + 1);
        boolean superscript = marker.text().chars().allMatch(LayoutStage::superscriptDigit);
        // "... wounded.\u00b9 28 April 2021 Residents ...": after a raised note number a day may open the next item
        return next.start() > marker.end() && (next.isCapitalised() || superscript && Character.isDigit(next.text().charAt(0))
                || dayAfterWordsNote(tokens, k));
    }

    private static final Set<String> MONTH_NAMES = Set.copyOf(WordLists.english().words("month-names"));

    /**
     * "... three people died.18 28 April 2021 - cameras ...": a plain note number after a word's full stop, then a day
     * and its month, as a PDF chronology flattened into one paragraph gives its next entry. After a figure
     * ("2.5 28 April") the figures are a decimal, not a note.
     */
    private static boolean dayAfterWordsNote(List<Token> tokens, int k) {
        if (k < 2 || k + 2 >= tokens.size() || tokens.get(k - 2).isNumber()) {
            return false;
        }
        Token day = tokens.get(k + 1);
        return day.isNumber() && day.text().length() <= 2 && Integer.parseInt(day.text()) <= 31
                && MONTH_NAMES.contains(tokens.get(k + 2).key());
    }

    /**
     * Whether token {@code k} is a note's number glued to the full stop before it ("border.3", "wounded.\u00b9"): one
     * or two figures, or raised figures as PDF text gives them.
     */
    public static boolean noteAfterStop(List<Token> tokens, int k) {
        if (k < 1) {
            return false;
        }
        Token marker = tokens.get(k);
        Token stop = tokens.get(k - 1);
        boolean number = marker.isNumber() && marker.text().length() <= 2
                || marker.text().chars().allMatch(LayoutStage::superscriptDigit);
        return number && stop.text().equals(".") && stop.end() == marker.start();
    }

    /** A raised figure: \u00b9 \u00b2 \u00b3, \u2070 and \u2074 to \u2079 (\u2071 is a raised letter). */
    private static boolean superscriptDigit(int c) {
        return c == '\u00b9' || c == '\u00b2' || c == '\u00b3' || c == '\u2070' || c >= '\u2074' && c <= '\u2079';
    }

    /**
     * "Is the border marked? No. Surveyors have ...": "No" alone before its full stop answers a question; "No. 5"
     * (a figure follows) and "Order No. 12" (words before it) are the abbreviation.
     */
    private static boolean answerWord(List<Token> tokens, int dot, int sentenceStart) {
        return dot == sentenceStart + 1 && tokens.get(sentenceStart).key().equals("no") && dot + 1 < tokens.size()
                && tokens.get(dot + 1).isCapitalised() && !tokens.get(dot + 1).isNumber();
    }

    /**
     * "... until 17 Sept. Officials said": a day and an abbreviated month end the sentence when a capitalised word
     * follows; "Sept. 17" (a number follows) and "Gen. Smith" (no day before) do not.
     */
    /**
     * "from 9 a.m. Moscow time": the dot that closes "a.m." or "p.m." ends no sentence when a time zone, or a word and
     * "time", follows; "at 9 p.m. Troops ..." does end one.
     */
    private static boolean clockBeforeItsZone(List<Token> tokens, int dot) {
        boolean closesAmPm = dot >= 3 && tokens.get(dot - 1).key().equals("m") && tokens.get(dot - 2).text().equals(".")
                && (tokens.get(dot - 3).key().equals("a") || tokens.get(dot - 3).key().equals("p"));
        return closesAmPm && dot + 1 < tokens.size() && (TIME_ZONES.contains(tokens.get(dot + 1).key())
                || dot + 2 < tokens.size() && tokens.get(dot + 2).key().equals("time"));
    }

    private static final Set<String> TIME_ZONES = WORDS.words("time-zones");

    private static boolean dayThenMonthAtEnd(List<Token> tokens, int dot, Token next) {
        return dot >= 2 && MONTH_ABBREVIATIONS.contains(tokens.get(dot - 1).key()) && tokens.get(dot - 2).isNumber()
                && next.isCapitalised();
    }

    private static void add(List<Sentence> out, Paragraph p, List<Token> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        Span span = new Span(tokens.get(0).start(), tokens.get(tokens.size() - 1).end());
        out.add(new Sentence(out.size(), p.index(), span, tokens));
    }
}
