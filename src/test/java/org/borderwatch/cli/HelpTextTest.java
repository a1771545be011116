package org.borderwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.borderwatch.ingest.Manifest;
import org.borderwatch.ingest.SampleCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/** The help every command prints: whole sentences, examples that work, a manifest example that is a manifest. */
class HelpTextTest {
    @TempDir
    Path dir;

    /** Every command, the root included, with its qualified name. */
    private static List<CommandLine> allCommands() {
        List<CommandLine> out = new ArrayList<>();
        List<CommandLine> todo = new ArrayList<>(List.of(BorderWatchCommand.commandLine()));
        while (!todo.isEmpty()) {
            CommandLine c = todo.remove(0);
            out.add(c);
            todo.addAll(c.getSubcommands().values());
        }
        return out;
    }

    @Test
    void everyCommandHasHelpAndItsDescriptionsEndTheirSentences() {
        List<String> broken = new ArrayList<>();
        for (CommandLine c : allCommands()) {
            CommandSpec spec = c.getCommandSpec();
            if (spec.userObject() instanceof CommandLine.HelpCommand) {
                continue;
            }
            assertThat(spec.mixinStandardHelpOptions()).as(spec.qualifiedName() + " --help").isTrue();
            List<String> lines = new ArrayList<>(Arrays.asList(spec.usageMessage().description()));
            for (ArgSpec arg : spec.args()) {
                lines.addAll(Arrays.asList(arg.description()));
            }
            for (String line : lines) {
                String text = line.strip();
                // an example command ends where the command ends; everything else is a sentence
                if (!text.isEmpty() && !text.contains("borderwatch ") && !text.matches(".*[.:)!?]")) {
                    broken.add(spec.qualifiedName() + ": \"" + text + "\"");
                }
            }
        }
        assertThat(broken).as("description lines broken off mid-sentence").isEmpty();
    }

    @Test
    void theManifestExampleInIngestHelpIsAManifest() throws Exception {
        String help = BorderWatchCommand.commandLine().getSubcommands().get("ingest").getUsageMessage();
        List<String> lines = help.lines().toList();
        int start = lines.indexOf(lines.stream().filter(l -> l.strip().startsWith("{\"documents\"")).findFirst().orElseThrow());
        int end = start;
        while (!lines.get(end).strip().endsWith("]}")) {
            end++;
        }
        Path manifest = dir.resolve("manifest.json");
        Files.writeString(manifest, String.join("\n", lines.subList(start, end + 1)));
        Manifest parsed = Manifest.load(manifest);
        assertThat(parsed.forFile("clashes.html")).hasValueSatisfying(m -> {
            assertThat(m.title()).isEqualTo("Clashes on the border");
            assertThat(m.published().start()).hasToString("2022-09-13");
        });
        assertThat(lines).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(80));
    }

    /** `borderwatch events ...` examples in any help text find events in the bundled sample. */
    @Test
    void theEventsExamplesFindEventsInTheBundledSample() throws Exception {
        String db = dir.resolve("store").toString();
        Path sample = SampleCorpus.extractTo(dir.resolve("sample"));
        assertThat(CliRun.of(db, "ingest", sample.toString()).exit()).isZero();
        List<String> examples = new ArrayList<>();
        for (CommandLine c : allCommands()) {
            c.getUsageMessage().lines()
                    .filter(l -> l.contains("borderwatch events ") && !l.contains("Usage:"))
                    .map(l -> l.substring(l.indexOf("borderwatch events ") + "borderwatch ".length()).strip())
                    .forEach(examples::add);
        }
        assertThat(examples).isNotEmpty();
        for (String example : examples) {
            CliRun run = CliRun.of(db, example.split(" +"));
            assertThat(run.exit()).as(example + "\n" + run.err()).isZero();
            assertThat(run.out()).as(example).doesNotContain("no events match").containsPattern("\\d+ of \\d+ events?");
        }
    }
}
