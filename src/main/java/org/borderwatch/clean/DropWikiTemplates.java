package org.borderwatch.clean;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.borderwatch.domain.Span;

/**
 * Removes what is left of wiki markup when a page is copied without rendering it: template and
 * file names such as "Template:Convert" or "File:Map.svg" (in any language the namespace list
 * names). A line that starts with such a name is an infobox, image or navigation box and goes
 * whole; inside running text only the name goes, together with the rest of the line when that is
 * just a couple of words without punctuation (the template's multi-word name, "Citation needed").
 */
public final class DropWikiTemplates implements CleaningStep {
    /** Namespaces of MediaWiki in the languages its mirrors most often leave behind. */
    public static final List<String> DEFAULT_NAMESPACES = List.of(
            "Template", "File", "Image", "Category", "Шаблон", "Файл", "Изображение", "Категория",
            "Vorlage", "Datei", "Modèle", "Fichier", "Plantilla", "Archivo", "Szablon", "Plik");

    private final Pattern lineStart;
    private final Pattern token;

    public DropWikiTemplates() {
        this(DEFAULT_NAMESPACES);
    }

    public DropWikiTemplates(List<String> namespaces) {
        String alternatives = String.join("|", namespaces.stream().map(Pattern::quote).toList());
        this.lineStart = Pattern.compile("^(?:" + alternatives + "):\\S");
        this.token = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + "):[^\\s\\[\\]]+");
    }

    @Override
    public String name() {
        return "drop-wiki-templates";
    }

    @Override
    public void apply(TrackedText text) {
        TextEdits edits = text.edit();
        for (Span line : text.lines()) {
            String content = text.substring(line);
            if (lineStart.matcher(content).find()) {
                edits.deleteLine(line);
                continue;
            }
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
        edits.apply();
    }
}
