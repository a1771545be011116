package org.borderwatch.ingest;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.borderwatch.domain.DateSpan;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * News feeds (RSS 2.0 and Atom): each item becomes a section of text headed by its own time stamp, then its title,
 * then its summary or content with the HTML the feed escaped turned back into paragraphs. Items stay in the feed's
 * order (newest first as a rule); the stamp over each lets "on Sunday" count from the item's own day. A feed saved
 * as plain text is read the same way ({@link #looksLikeFeed}).
 */
public final class FeedReader implements SourceReader {
    private static final Pattern FEED_START = Pattern.compile("^\\s*(?:<\\?xml[^>]*>\\s*)?(?:<!--.*?-->\\s*)*<(?:rss|feed)\\b",
            Pattern.DOTALL);
    /** How the stamp over each item is written: a day in figures and the clock time, as a live page stamps its posts. */
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("dd.MM.yyyy, HH:mm", Locale.ROOT);

    @Override
    public Set<String> extensions() {
        return Set.of("rss", "atom", "xml");
    }

    @Override
    public ExtractedText read(Path file, byte[] content) throws IngestException {
        if (ContentSniffer.looksBinary(content)) {
            throw new IngestException("looks like a binary file, not a feed");
        }
        String xml = StrictTextDecoder.decode(content);
        if (!looksLikeFeed(xml)) {
            throw new IngestException("an XML file that is not an RSS or Atom feed");
        }
        return fromXml(xml);
    }

    /** Whether the text is an RSS or Atom document: its first element is {@code <rss>} or {@code <feed>}. */
    static boolean looksLikeFeed(String text) {
        return FEED_START.matcher(text.length() > 4096 ? text.substring(0, 4096) : text).lookingAt();
    }

    /** The feed's items as sections of text, and its own title and last build day as metadata. */
    static ExtractedText fromXml(String xml) {
        Document feed = Jsoup.parse(xml, "", Parser.xmlParser());
        StringBuilder out = new StringBuilder();
        for (Element item : feed.select("item, entry")) {
            stamp(item).ifPresent(day -> out.append(day.format(STAMP)).append("\n"));
            String title = childText(item, "title");
            if (!title.isBlank()) {
                out.append(title.strip()).append("\n\n");
            }
            String body = longer(childText(item, "content\\:encoded"), longer(childText(item, "content"),
                    longer(childText(item, "description"), childText(item, "summary"))));
            if (!body.isBlank()) {
                out.append(HtmlReader.blockText(Jsoup.parseBodyFragment(body).body())).append("\n\n");
            }
        }
        Element channel = feed.selectFirst("channel, feed");
        String name = channel == null ? null : childText(channel, "title");
        DateSpan built = channel == null ? null : parse(childText(channel, "lastBuildDate"))
                .or(() -> parse(childText(channel, "updated"))).map(d -> DateSpan.day(d.toLocalDate())).orElse(null);
        return new ExtractedText(out.toString().strip(), new SourceMetadata(name, name, null, built, null, null));
    }

    /** When the item was published (RSS pubDate, Atom published or updated), at the clock time the feed gives. */
    private static Optional<ZonedDateTime> stamp(Element item) {
        return parse(childText(item, "pubDate")).or(() -> parse(childText(item, "published")))
                .or(() -> parse(childText(item, "updated"))).or(() -> parse(childText(item, "dc\\:date")));
    }

    /** A feed's date: RFC 822 as RSS writes it ("Sun, 14 May 2023 19:05:12 +0000") or ISO 8601 as Atom does. */
    private static Optional<ZonedDateTime> parse(String value) {
        String v = value.strip();
        if (v.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME));
        } catch (DateTimeParseException notRfc) {
            try {
                return Optional.of(OffsetDateTime.parse(v).toZonedDateTime());
            } catch (DateTimeParseException notIso) {
                return Optional.empty();
            }
        }
    }

    /** The text of the element's first direct child of that name; feeds nest no items in items. */
    private static String childText(Element parent, String name) {
        Element child = parent.selectFirst("> " + name);
        return child == null ? "" : child.text();
    }

    private static String longer(String a, String b) {
        return a.length() >= b.length() ? a : b;
    }
}
