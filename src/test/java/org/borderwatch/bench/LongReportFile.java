package org.borderwatch.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.borderwatch.ingest.SampleCorpus;

/**
 * Writes a long plain-text report for the big-file benchmark: the bundled sample reports' paragraphs over
 * and over, each copy with its numbers and years shifted so that no two parts of the file are the same.
 * Usage: LongReportFile FILE MEGABYTES
 */
public final class LongReportFile {
    private LongReportFile() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        long bytes = Long.parseLong(args[1]) * 1024 * 1024;
        List<String> paragraphs = new ArrayList<>();
        for (String name : SampleCorpus.fileNames()) {
            if (!name.endsWith(".txt")) {
                continue;
            }
            try (InputStream in = LongReportFile.class.getResourceAsStream("/sample/" + name)) {
                for (String p : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n\\s*\n")) {
                    if (!p.isBlank()) {
                        paragraphs.add(p.strip());
                    }
                }
            }
        }
        Random random = new Random(7);
        long written = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int copy = 0; written < bytes; copy++) {
                String p = paragraphs.get(random.nextInt(paragraphs.size()))
                        .replace("2022", Integer.toString(1990 + copy % 34))
                        .replace(" 2", " " + (2 + copy % 8));
                String text = p + " (Bulletin " + copy + ".)\n\n";
                out.write(text);
                written += text.getBytes(StandardCharsets.UTF_8).length;
            }
        }
        System.out.println(file + ": " + written + " bytes");
    }
}
