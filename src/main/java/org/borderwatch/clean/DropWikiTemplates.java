package org.borderwatch.clean;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.borderwatch.domain.Span;

/**
 * Removes what is left of wiki markup when a page is copied without rendering it: template and
 * file names such as "Template:Convert" or "File:Map.svg" (in any language the namespace lists
 * name). A file line goes whole (optionally with the caption under it). A line that starts with
 * template names goes whole unless a sentence follows them ("Template:Main article On 6 May…"),
 * in which case only the names go. Inside running text only the name goes, together with the rest
 * of the line when that is just a couple of words without punctuation (the template's multi-word
 * name, "Citation needed").
 */
public final class DropWikiTemplates implements CleaningStep {
    /** Template-like namespaces of MediaWiki in the languages its mirrors most often leave behind. */
    public static final List<String> DEFAULT_TEMPLATE_NAMESPACES = List.of(
            "Template", "Category", "Шаблон", "Категория", "Vorlage", "Kategorie", "Modèle", "Catégorie",
            "Plantilla", "Categoría", "Szablon", "Kategoria");
    /** Namespaces of media files, whose lines carry a caption under them. */
    public static final List<String> DEFAULT_FILE_NAMESPACES = List.of(
            "File", "Image", "Файл", "Изображение", "Datei", "Bild", "Fichier", "Archivo", "Imagen", "Plik");

    private final Pattern lineStart;
    private final Pattern fileLineStart;
    private final Pattern token;
    private final boolean dropCaptions;

    public DropWikiTemplates() {
        this(DEFAULT_TEMPLATE_NAMESPACES, DEFAULT_FILE_NAMESPACES, false);
    }

    /**
     * @param dropCaptions whether the line under a file line (its caption) goes too; captions can
     *                     report events ("X and Y met on 30 August"), so by default they stay
     */
    public DropWikiTemplates(List<String> templateNamespaces, List<String> fileNamespaces, boolean dropCaptions) {
        this.dropCaptions = dropCaptions;
        String files = alternatives(fileNamespaces);
        String all = alternatives(templateNamespaces) + "|" + files;
        this.lineStart = Pattern.compile("^(?:" + all + "):\\S");
        this.fileLineStart = Pattern.compile("^(?:" + files + "):\\S");
        this.token = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + all + "):[^\\s\\[\\]]+");
    }

    private static String alternatives(List<String> names) {
        return String.join("|", names.stream().map(Pattern::quote).toList());
    }

    @Override
    public String name() {
        return "drop-wiki-templates";
    }

    @Override
    public void apply(TrackedText text) {
        TextEdits edits = text.edit();
        List<Span> lines = text.lines();
        for (int i = 0; i < lines.size(); i++) {
            Span line = lines.get(i);
            String content = text.substring(line);
            if (fileLineStart.matcher(content).find()) {
                edits.deleteLine(line); // a file name runs to its extension, spaces and all
                if (dropCaptions && i + 1 < lines.size() && !text.substring(lines.get(i + 1)).isBlank()) {
                    edits.deleteLine(lines.get(i + 1));
                    i++;
                }
                continue;
            }
            int from = 0;
            if (lineStart.matcher(content).find()) {
                from = endOfLeadingTemplates(content);
                String rest = content.substring(from);
                if (!holdsASentence(rest)) {
                    edits.deleteLine(line); // an infobox or navigation box line
                    continue;
                }
                edits.delete(line.start(), line.start() + from); // "Template:Main article" before a paragraph
            }
            dropInlineNames(text, line, content, from, edits);
        }
        edits.apply();
    }

    /**
     * Where the text after a line's leading template names begins: each name is the namespaced
     * word and the lower-case words after it ("Template:Use dmy dates"); a capitalised word starts the text.
     */
    private int endOfLeadingTemplates(String content) {
        Matcher m = token.matcher(content);
        int at = 0;
        while (m.region(at, content.length()).lookingAt()) {
            at = m.end();
            while (true) {
                int word = skipSpaces(content, at);
                if (word < content.length() && Character.isLowerCase(content.charAt(word))) {
                    at = content.indexOf(' ', word) < 0 ? content.length() : content.indexOf(' ', word);
                } else {
                    at = word;
                    break;
                }
            }
        }
        return at;
    }

    private static int skipSpaces(String content, int at) {
        while (at < content.length() && content.charAt(at) == ' ') {
            at++;
        }
        return at;
    }

    private static boolean holdsASentence(String rest) {
        return LineShape.wordCount(rest) >= 4 && (rest.contains(". ") || LineShape.endsSentence(rest));
    }

    private void dropInlineNames(TrackedText text, Span line, String content, int from, TextEdits edits) {
        Matcher m = token.matcher(content);
        m.region(from, content.length());
        while (m.find()) {
            int start = m.start();
            if (start > from && content.charAt(start - 1) == ' ') {
                start--; // take the space before, so no double space remains
            }
            int end = m.end();
            String rest = content.substring(end);
            if (LineShape.wordCount(rest) <= 3 && !LineShape.endsWithPunctuation(rest) && !rest.contains(":")) {
                end = content.length();
            }
            edits.delete(line.start() + start, line.start() + end);
        }
    }
}
