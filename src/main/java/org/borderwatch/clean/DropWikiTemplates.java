package org.borderwatch.clean;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.borderwatch.domain.Span;

/**
 * Removes what is left of wiki markup when a page is copied without rendering it: template and
 * file names such as "Template:Convert" or "File:Map.svg" (in any language the namespace lists
 * name). A line that starts with such a name is an infobox, image or navigation box and goes
 * whole, and so does the caption right under a file line; inside running text only the name goes,
 * together with the rest of the line when that is just a couple of words without punctuation (the
 * template's multi-word name, "Citation needed").
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

    public DropWikiTemplates() {
        this(DEFAULT_TEMPLATE_NAMESPACES, DEFAULT_FILE_NAMESPACES);
    }

    public DropWikiTemplates(List<String> templateNamespaces, List<String> fileNamespaces) {
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
            if (lineStart.matcher(content).find()) {
                edits.deleteLine(line);
                if (fileLineStart.matcher(content).find() && i + 1 < lines.size()
                        && !text.substring(lines.get(i + 1)).isBlank()) {
                    edits.deleteLine(lines.get(i + 1)); // the caption printed under the image
                    i++;
                }
                continue;
            }
            dropInlineNames(text, line, content, edits);
        }
        edits.apply();
    }

    private void dropInlineNames(TrackedText text, Span line, String content, TextEdits edits) {
        Matcher m = token.matcher(content);
        while (m.find()) {
            int start = m.start();
            if (start > 0 && content.charAt(start - 1) == ' ') {
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
