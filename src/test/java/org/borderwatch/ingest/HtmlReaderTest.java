package org.borderwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HtmlReaderTest {
    private final HtmlReader reader = new HtmlReader();

    private ExtractedText read(String html) throws IngestException {
        return reader.read(Path.of("page.html"), html.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void metadataFromMetaTagsAndLang() throws Exception {
        ExtractedText page = read("<html lang=\"ru-RU\"><head><title>Site | Page</title>"
                + "<meta property=\"og:title\" content=\"Clash at the River\">"
                + "<meta property=\"article:published_time\" content=\"2023-04-23T09:15:00+04:00\">"
                + "<meta name=\"author\" content=\"R. Writer\"><meta property=\"og:site_name\" content=\"River News\">"
                + "<link rel=\"canonical\" href=\"https://river.example/clash\"></head><body><p>x</p></body></html>");
        SourceMetadata m = page.metadata();
        assertThat(m.title()).isEqualTo("Clash at the River");
        assertThat(m.published().start()).isEqualTo(LocalDate.of(2023, 4, 23));
        assertThat(m.author()).isEqualTo("R. Writer");
        assertThat(m.publisher()).isEqualTo("River News");
        assertThat(m.language()).isEqualTo("ru");
        assertThat(m.url()).isEqualTo("https://river.example/clash");
    }

    @Test
    void titleFallsBackToTheTitleElement() throws Exception {
        assertThat(read("<title>Plain title</title><p>x</p>").metadata().title()).isEqualTo("Plain title");
    }

    @Test
    void blocksBecomeParagraphsAndNavigationAndScriptsGo() throws Exception {
        ExtractedText page = read("<body><nav><a>Home</a> <a>News</a></nav><script>var a=1;</script>"
                + "<h1>Clash</h1><p>Two posts were <b>shelled</b>\n   overnight.</p><ul><li>One</li><li>Two</li></ul>"
                + "<p>Line one<br>line two</p></body>");
        assertThat(page.text()).isEqualTo("Clash\n\nTwo posts were shelled overnight.\n\nOne\n\nTwo\n\nLine one\nline two");
    }
}
