package org.borderwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FeedReaderTest {
    private static final String RSS = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\""
            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n<channel>\n<title>Border &#038; Security</title>\n"
            + "<lastBuildDate>Sun, 14 May 2023 19:22:41 +0000</lastBuildDate>\n"
            + "<item><title>Envoys meet in Westholm</title><pubDate>Sun, 14 May 2023 19:05:12 +0000</pubDate>"
            + "<dc:creator><![CDATA[Desk]]></dc:creator><description>&lt;p&gt;The envoys of Northia and Southia met in"
            + " Westholm on Sunday.&lt;/p&gt;&lt;p&gt;Both sides&#8217; ministers spoke.&lt;/p&gt;</description></item>\n"
            + "<item><title>Shelling near Kesta</title><pubDate>Fri, 12 May 2023 06:40:03 +0000</pubDate>"
            + "<description>&lt;p&gt;Shells hit Kesta on Thursday.&lt;/p&gt;</description></item>\n</channel></rss>";

    @Test
    void eachItemIsASectionUnderItsOwnStampWithItsHtmlTurnedBackIntoText() throws Exception {
        ExtractedText feed = new FeedReader().read(Path.of("feed.rss"), RSS.getBytes(StandardCharsets.UTF_8));
        assertThat(feed.text()).startsWith("14.05.2023, 19:05\nEnvoys meet in Westholm\n\nThe envoys of Northia and"
                + " Southia met in Westholm on Sunday.\n\nBoth sides\u2019 ministers spoke.\n\n12.05.2023, 06:40\nShelling");
        assertThat(feed.text()).doesNotContain("<", "&lt;", "&#8217;");
        assertThat(feed.metadata().title()).isEqualTo("Border & Security");
        assertThat(feed.metadata().published().start()).isEqualTo(LocalDate.of(2023, 5, 14));
    }

    @Test
    void anAtomFeedIsReadByItsEntries() throws Exception {
        String atom = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Desk</title><updated>2023-05-14T19:22:41Z</updated>"
                + "<entry><title>Truce holds</title><published>2023-05-13T08:00:00+04:00</published>"
                + "<summary type=\"html\">&lt;p&gt;The truce held overnight.&lt;/p&gt;</summary></entry></feed>";
        assertThat(new FeedReader().read(Path.of("feed.atom"), atom.getBytes(StandardCharsets.UTF_8)).text())
                .isEqualTo("13.05.2023, 08:00\nTruce holds\n\nThe truce held overnight.");
    }

    @Test
    void aFeedSavedAsTextIsReadAsAFeedAndOtherXmlIsRefused() throws Exception {
        assertThat(new PlainTextReader().read(Path.of("feed.txt"), RSS.getBytes(StandardCharsets.UTF_8)).text())
                .startsWith("14.05.2023, 19:05\n");
        assertThatThrownBy(() -> new FeedReader().read(Path.of("data.xml"),
                "<?xml version=\"1.0\"?><catalog><book/></catalog>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IngestException.class).hasMessageContaining("not an RSS or Atom feed");
    }
}
