package org.borderwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class IngestCommandTest {
    private final IngestCommand.ByteSizeConverter sizes = new IngestCommand.ByteSizeConverter();

    @Test
    void sizesWithAndWithoutUnits() {
        assertThat(sizes.convert("20000000")).isEqualTo(20_000_000L);
        assertThat(sizes.convert("500k")).isEqualTo(512_000L);
        assertThat(sizes.convert("20M")).isEqualTo(20L * 1024 * 1024);
        assertThat(sizes.convert("1GB")).isEqualTo(1024L * 1024 * 1024);
    }

    @Test
    void nonsenseSizesAreRefused() {
        assertThatThrownBy(() -> sizes.convert("lots")).hasMessageContaining("'lots' is not a size");
        assertThatThrownBy(() -> sizes.convert("0")).hasMessageContaining("positive");
    }

    @Test
    void optionsParse() {
        BorderWatchCommand root = new BorderWatchCommand();
        CommandLine line = new CommandLine(root);
        CommandLine.ParseResult parsed = line.parseArgs("ingest", "--manifest", "m.json", "--max-size", "1M", "--no-extract", "a", "b");
        IngestCommand ingest = (IngestCommand) parsed.subcommand().commandSpec().userObject();
        assertThat(ingest.noExtract()).isTrue();
        assertThat(ingest.maxSize).isEqualTo(1024L * 1024);
        assertThat(ingest.manifest).isEqualTo(Path.of("m.json"));
        assertThat(ingest.paths).containsExactly(Path.of("a"), Path.of("b"));
    }

    @Test
    void theDefaultLimitIsTwentyMegabytes() {
        CommandLine.ParseResult parsed = new CommandLine(new BorderWatchCommand()).parseArgs("ingest", "a");
        IngestCommand ingest = (IngestCommand) parsed.subcommand().commandSpec().userObject();
        assertThat(ingest.maxSize).isEqualTo(20L * 1024 * 1024);
        assertThat(ingest.noExtract()).isFalse();
    }
}
