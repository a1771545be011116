package org.borderwatch.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Web pages: the visible text of the body with its block structure kept as blank lines, without
 * scripts, styles, forms and elements marked as navigation; metadata from the title, Open Graph
 * and article meta tags and the html lang attribute.
 */
public final class HtmlReader implements SourceReader {
    private static final String HIDDEN = "script, style, noscript, template, svg, iframe, form, button, nav, "
            + "[role=navigation], [aria-hidden=true], [hidden]";

    @Override
    public Set<String> extensions() {
        return Set.of("html", "htm");
    }

    @Override
    public ExtractedText read(Path file, byte[] content) throws IngestException {
        if (ContentSniffer.looksBinary(content)) {
            throw new IngestException("looks like a binary file, not HTML");
        }
        Document page;
        try {
            page = Jsoup.parse(new ByteArrayInputStream(content), null, file.toUri().toString());
        } catch (IOException e) {
            throw new IngestException("cannot read HTML: " + e.getMessage(), e);
        }
        SourceMetadata metadata = HtmlMetadata.of(page);
        page.select(HIDDEN).remove();
        return new ExtractedText(blockText(page.body()), metadata);
    }

    /** The text as a browser would lay it out: blocks separated by blank lines, runs of spaces collapsed. */
    static String blockText(Element body) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    String words = text.text().replaceAll("\\s+", " ");
                    if (!words.isBlank() || (!out.isEmpty() && out.charAt(out.length() - 1) != ' '
                            && out.charAt(out.length() - 1) != '\n')) {
                        out.append(words);
                    }
                } else if (node instanceof Element element) {
                    if (element.normalName().equals("br")) {
                        out.append('\n');
                    } else if (element.isBlock()) {
                        out.append("\n\n");
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && element.isBlock()) {
                    out.append("\n\n");
                }
            }
        }, body);
        return tidy(out.toString());
    }

    private static String tidy(String text) {
        return text.replaceAll("[ \\t]*\\n[ \\t]*", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    }
}
