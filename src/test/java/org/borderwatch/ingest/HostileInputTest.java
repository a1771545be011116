package org.borderwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.borderwatch.clean.Cleaner;
import org.borderwatch.domain.Document;
import org.borderwatch.store.DocumentLimits;
import org.borderwatch.store.DocumentSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Odd and hostile input: long files, unreadable folders, links out of the tree, twin file names, long metadata. */
class HostileInputTest {
    @TempDir
    Path dir;

    private final InMemoryDocumentRepository repository = new InMemoryDocumentRepository();
    private final IngestService service = new IngestService(repository, null);

    /** About {@code chars} characters of numbered paragraphs, each different. */
    private static String paragraphs(int chars) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < chars; i++) {
            text.append("Paragraph ").append(i).append(": artillery fire was reported near the border post, and ")
                    .append(i % 7).append(" soldiers were wounded according to the ministry.\n\n");
        }
        return text.toString();
    }

    private List<Document> stored() {
        return repository.list().stream().map(s -> repository.findById(s.id()).orElseThrow()).toList();
    }

    @Test
    void aLongTextFileIsStoredAsPartsThatMakeUpTheWholeText() throws Exception {
        String text = paragraphs(5_500_000);
        Path file = TestFiles.text(dir, "long.txt", text);

        IngestReport report = service.withMaxBytes(50_000_000).ingest(List.of(file));

        FileResult result = report.results().get(0);
        assertThat(result.outcome()).as(result.reason()).isEqualTo(FileOutcome.STORED);
        assertThat(result.parts()).isBetween(3, 6);
        List<Document> parts = stored().stream()
                .sorted(java.util.Comparator.comparingInt(d -> Integer.parseInt(d.sourceUrl().replaceAll(".*#part-", ""))))
                .toList();
        assertThat(parts).hasSize(result.parts());
        assertThat(parts).allSatisfy(d -> {
            assertThat(d.rawText().length()).isLessThanOrEqualTo(TextParts.MAX_CHARS);
            assertThat(d.rawText()).endsWith("\n\n").startsWith("Paragraph ");
            assertThat(d.title()).matches("long \\(part \\d+\\)");
            assertThat(d.sourceUrl()).matches("file:long\\.txt#part-\\d+");
        });
        assertThat(parts.stream().map(Document::rawText).collect(Collectors.joining())).isEqualTo(text);

        IngestReport again = service.withMaxBytes(50_000_000).ingest(List.of(file));
        assertThat(again.results().get(0).outcome()).isEqualTo(FileOutcome.DUPLICATE);
        assertThat(repository.list()).hasSize(parts.size());
    }

    @Test
    void aBadByteLateInALongFileStoresNoPartOfIt() throws Exception {
        byte[] good = paragraphs(5_000_000).getBytes(StandardCharsets.UTF_8);
        byte[] content = java.util.Arrays.copyOf(good, good.length + 2);
        content[good.length] = (byte) 0xC3;
        content[good.length + 1] = '!';
        Path file = TestFiles.bytes(dir, "late.txt", content);

        FileResult result = service.withMaxBytes(50_000_000).ingest(List.of(file)).results().get(0);

        assertThat(result.reason()).isEqualTo("not valid UTF-8 at byte " + good.length);
        assertThat(repository.list()).isEmpty();
    }

    @Test
    void runningOutOfMemoryOnOneFileFailsOnlyThatFile() throws Exception {
        Cleaner greedy = FailingCleaner.onWord("huge", () -> {
            throw new OutOfMemoryError("Java heap space");
        });
        IngestReport report = service.withCleaner(greedy).ingest(List.of(
                TestFiles.text(dir, "a-huge.txt", "A huge report."), TestFiles.text(dir, "b.txt", "A small report.")));
        assertThat(report.failures()).singleElement().satisfies(f -> {
            assertThat(f.path()).endsWith("a-huge.txt");
            assertThat(f.reason()).startsWith("too large to read in the memory given to Java");
        });
        assertThat(report.stored()).isEqualTo(1);
    }

    @Test
    void anUnreadableSubFolderIsReportedAndTheRestIsIngested() throws Exception {
        Path root = Files.createDirectories(dir.resolve("reports"));
        TestFiles.text(Files.createDirectories(root.resolve("open")), "a.txt", "Report in a folder we may read.");
        TestFiles.text(Files.createDirectories(root.resolve("closed")), "b.txt", "Report in a folder we may not read.");
        TestFiles.text(root, "c.txt", "Report at the top.");
        // as root every folder is readable, so the file system's refusal is put in where the folder is opened
        SourceFiles files = new SourceFiles(java.util.Set.of("txt"), false, folder -> {
            if (folder.endsWith("closed")) {
                throw new AccessDeniedException(folder.toString());
            }
            return Files.newDirectoryStream(folder);
        });

        IngestReport report = service.ingest(List.of(root), Manifest.EMPTY, files);

        assertThat(report.failures()).singleElement().satisfies(f -> {
            assertThat(f.path()).endsWith("closed");
            assertThat(f.reason()).isEqualTo("cannot read the folder: permission denied");
        });
        assertThat(report.stored()).isEqualTo(2);
    }

    @Test
    void aLinkOutOfTheFolderIsNotFollowedUnlessAsked() throws Exception {
        Path outside = TestFiles.text(Files.createDirectories(dir.resolve("elsewhere")), "secret.txt", "Not a report at all.");
        Path root = Files.createDirectories(dir.resolve("reports"));
        TestFiles.text(root, "report.txt", "A report about a ceasefire.");
        Files.createSymbolicLink(root.resolve("passwd.txt"), outside);
        Files.createSymbolicLink(root.resolve("same.txt"), root.resolve("report.txt"));

        IngestReport report = service.ingest(List.of(root));

        assertThat(report.failures()).singleElement().satisfies(f -> {
            assertThat(f.path()).endsWith("passwd.txt");
            assertThat(f.reason()).contains("not followed").contains(outside.toRealPath().toString()).contains("--follow-links");
        });
        assertThat(stored()).extracting(Document::rawText).containsExactly("A report about a ceasefire.");
        assertThat(report.duplicates()).as("the link inside the folder is read, and is the same report").isEqualTo(1);

        IngestReport followed = service.followingLinks(true).ingest(List.of(root));
        assertThat(followed.failures()).isEmpty();
        assertThat(stored()).extracting(Document::rawText).contains("Not a report at all.");
    }

    @Test
    void filesOfTheSameNameInDifferentFoldersAreDifferentDocuments() throws Exception {
        Path root = twinReports();

        IngestReport report = service.ingest(List.of(root));

        assertThat(report.stored()).isEqualTo(2);
        assertThat(report.newVersions()).isZero();
        assertThat(repository.list()).extracting(DocumentSummary::sourceUrl)
                .containsExactlyInAnyOrder("file:2021/report.txt", "file:2022/report.txt");
        assertThat(repository.list()).extracting(DocumentSummary::version).containsOnly(1);
    }

    @Test
    void aManifestEntryNamingOneOfTwinFilesByItsPathIsThatFilesAlone() throws Exception {
        Path root = twinReports();
        TestFiles.text(root, "manifest.json", "{\"documents\":[{\"file\":\"2021/report.txt\",\"title\":\"Of 2021\"}]}");

        service.ingest(List.of(root));

        assertThat(repository.list()).filteredOn(d -> d.title() != null && d.title().equals("Of 2021"))
                .extracting(DocumentSummary::sourceUrl).containsExactly("file:2021/report.txt");
        assertThat(repository.list()).hasSize(2);
    }

    /** A folder with a report.txt in each of its sub-folders 2021 and 2022. */
    private Path twinReports() throws Exception {
        Path root = Files.createDirectories(dir.resolve("reports"));
        TestFiles.text(Files.createDirectories(root.resolve("2021")), "report.txt", "The report of 2021.");
        TestFiles.text(Files.createDirectories(root.resolve("2022")), "report.txt", "The report of 2022.");
        return root;
    }

    @Test
    void overLongMetadataIsCutWithANoteAndAnOverLongUrlFailsTheFile() throws Exception {
        Path root = Files.createDirectories(dir.resolve("reports"));
        TestFiles.text(root, "long-title.txt", "A report with a very long title.");
        TestFiles.text(root, "long-url.txt", "A report with a very long address.");
        TestFiles.text(root, "manifest.json", "{\"documents\":[{\"file\":\"long-title.txt\",\"title\":\"" + "T".repeat(3000)
                + "\",\"publisher\":\"" + "P".repeat(600) + "\"},{\"file\":\"long-url.txt\",\"url\":\"https://example.org/"
                + "u".repeat(2100) + "\"}]}");
        TestFiles.text(root, "page.html", "<html><head><title>" + "H".repeat(2500) + "</title></head><body><p>A page.</p></body></html>");

        IngestReport report = service.ingest(List.of(root));

        assertThat(report.failures()).singleElement().satisfies(f -> {
            assertThat(f.path()).endsWith("long-url.txt");
            assertThat(f.reason()).isEqualTo("its source URL is 2,120 characters long; at most 2,000 fit");
        });
        FileResult titled = report.results().stream().filter(r -> r.path().endsWith("long-title.txt")).findFirst().orElseThrow();
        assertThat(titled.notes()).containsExactly("the title was cut to 2,000 characters (it had 3,000)",
                "the publisher was cut to 500 characters (it had 600)");
        Document stored = repository.findById(titled.documentId()).orElseThrow();
        assertThat(stored.title()).hasSize(DocumentLimits.TITLE).endsWith("T…");
        assertThat(DocumentLimits.problems(stored)).isEmpty();
        FileResult page = report.results().stream().filter(r -> r.path().endsWith("page.html")).findFirst().orElseThrow();
        assertThat(page.outcome()).isEqualTo(FileOutcome.STORED);
        assertThat(page.notes()).singleElement().asString().startsWith("the title was cut");
    }

    @Test
    void unknownAndRepeatedManifestEntriesAreWarnedAbout() throws Exception {
        Path root = Files.createDirectories(dir.resolve("reports"));
        TestFiles.text(root, "a.txt", "A report.");
        TestFiles.text(root, "manifest.json", "{\"documents\":[{\"file\":\"a.txt\",\"title\":\"First\"},"
                + "{\"file\":\"a.txt\",\"titel\":\"Second\"},{\"file\":\"missing.txt\",\"title\":\"Nowhere\"}]}");

        IngestReport report = service.ingest(List.of(root));

        assertThat(report.failures()).isEmpty();
        assertThat(report.warnings()).hasSize(3);
        assertThat(report.warnings()).anySatisfy(w -> assertThat(w).contains("\"a.txt\" is listed more than once"));
        assertThat(report.warnings()).anySatisfy(w -> assertThat(w).contains("unknown field \"titel\""));
        assertThat(report.warnings()).anySatisfy(w -> assertThat(w).contains("1 entry names no file").contains("missing.txt"));
    }
}
