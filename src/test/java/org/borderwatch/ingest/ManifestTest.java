package org.borderwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.borderwatch.domain.DatePrecision;
import org.junit.jupiter.api.Test;

class ManifestTest {
    private static Manifest parse(String json) throws IngestException {
        return Manifest.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void entriesAreFoundByFileNameWhateverTheFolder() throws Exception {
        Manifest m = parse("{\"description\":\"x\",\"documents\":[{\"file\":\"sub/a.txt\",\"title\":\"A\",\"notes\":\"n\"}]}");
        assertThat(m.forFile("a.txt")).map(SourceMetadata::title).contains("A");
        assertThat(m.forFile("/elsewhere/a.txt")).isPresent();
        assertThat(m.forFile("b.txt")).isEmpty();
    }

    @Test
    void datesOfEachPrecision() throws Exception {
        Manifest m = parse("{\"documents\":[{\"file\":\"y\",\"published\":\"2021\"},"
                + "{\"file\":\"m\",\"published\":\"2021-05\"},{\"file\":\"d\",\"published\":\"2021-05-14\"},"
                + "{\"file\":\"r\",\"published\":\"2021-05-14\",\"published_precision\":\"YEAR\"}]}");
        assertThat(m.forFile("y").orElseThrow().published().precision()).isEqualTo(DatePrecision.YEAR);
        assertThat(m.forFile("m").orElseThrow().published().start()).isEqualTo(LocalDate.of(2021, 5, 1));
        assertThat(m.forFile("d").orElseThrow().published().precision()).isEqualTo(DatePrecision.DAY);
        assertThat(m.forFile("r").orElseThrow().published().start()).isEqualTo(LocalDate.of(2021, 1, 1));
    }

    @Test
    void badManifestsSayWhatIsWrong() {
        assertThatThrownBy(() -> parse("{\"documents\": [")).isInstanceOf(IngestException.class)
                .hasMessageStartingWith("not a valid manifest");
        assertThatThrownBy(() -> parse("{\"files\": []}")).hasMessageContaining("no \"documents\" list");
        assertThatThrownBy(() -> parse("{\"documents\":[{\"file\":\"a\",\"published\":\"14 May\"}]}"))
                .hasMessageContaining("entry \"a\"");
        assertThatThrownBy(() -> parse("{\"documents\":[{\"title\":\"no file\"}]}")).hasMessageContaining("no \"file\"");
    }

    @Test
    void anExplicitManifestWinsOverADiscoveredOne() throws Exception {
        Manifest explicit = parse("{\"documents\":[{\"file\":\"a\",\"title\":\"Explicit\"}]}");
        Manifest found = parse("{\"documents\":[{\"file\":\"a\",\"title\":\"Found\"},{\"file\":\"b\",\"title\":\"B\"}]}");
        Manifest both = explicit.and(found);
        assertThat(both.forFile("a").orElseThrow().title()).isEqualTo("Explicit");
        assertThat(both.forFile("b").orElseThrow().title()).isEqualTo("B");
    }
}
