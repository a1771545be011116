package org.borderwatch.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.borderwatch.domain.DateSpan;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads a page's own metadata: the common meta tags news and think-tank sites publish. */
final class HtmlMetadata {
    private HtmlMetadata() {
    }

    static SourceMetadata of(Document page) {
        String title = first(meta(page, "property", "og:title"), meta(page, "name", "twitter:title"), page.title(),
                text(page.selectFirst("h1")));
        String author = first(meta(page, "name", "author"), notUrl(meta(page, "property", "article:author")),
                text(page.selectFirst("[rel=author], .author, [itemprop=author]")));
        String publisher = first(meta(page, "property", "og:site_name"), meta(page, "name", "publisher"));
        String published = first(meta(page, "property", "article:published_time"), meta(page, "name", "date"),
                meta(page, "name", "pubdate"), meta(page, "itemprop", "datePublished"),
                attr(page.selectFirst("time[datetime]"), "datetime"));
        Element html = page.selectFirst("html");
        String lang = html == null ? null : html.attr("lang");
        String url = first(attr(page.selectFirst("link[rel=canonical]"), "href"), meta(page, "property", "og:url"));
        return new SourceMetadata(title, publisher, author, day(published), primaryLanguage(lang), url);
    }

    private static String meta(Document page, String attribute, String value) {
        Element meta = page.selectFirst("meta[" + attribute + "=" + value + "]");
        return meta == null ? null : meta.attr("content");
    }

    private static String attr(Element element, String attribute) {
        return element == null ? null : element.attr(attribute);
    }

    private static String text(Element element) {
        return element == null ? null : element.text();
    }

    private static String notUrl(String value) {
        return value != null && value.startsWith("http") ? null : value;
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }

    /** The date part of an ISO date or date-time ("2023-09-19T14:05:00+02:00"). */
    static DateSpan day(String value) {
        if (value == null || value.length() < 10) {
            return null;
        }
        try {
            return DateSpan.day(LocalDate.parse(value.substring(0, 10)));
        } catch (DateTimeParseException e) {
            return null; // a date the page got wrong is no reason to refuse its text
        }
    }

    /** "en-GB" → "en". */
    static String primaryLanguage(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        return tag.strip().split("[-_]")[0].toLowerCase();
    }
}
