package org.borderwatch.bench.corenlp;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Reference figures for docs/extraction.md: load time and throughput of a bare CoreNLP pipeline
 * (tokenize, ssplit, pos, lemma, ner) over the .txt files of a folder, and the places it tags.
 * Usage: CoreNlpReference CORPUS_DIR
 */
public final class CoreNlpReference {
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        long t0 = System.nanoTime();
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.buildEntityMentions", "true");
        StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
        double load = (System.nanoTime() - t0) / 1e9;
        long tokens = 0;
        long words = 0;
        long places = 0;
        long t1 = System.nanoTime();
        for (Path f : files) {
            String text = Files.readString(f);
            words += text.split("\\s+").length;
            CoreDocument doc = new CoreDocument(text);
            pipeline.annotate(doc);
            tokens += doc.tokens().size();
            places += doc.entityMentions().stream().filter(m -> m.entityType().matches("LOCATION|CITY|COUNTRY|STATE_OR_PROVINCE")).count();
        }
        double run = (System.nanoTime() - t1) / 1e9;
        long sinceStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.printf(Locale.ROOT, "CoreNLP %s: model load %.1f s, %d files, %d words, %d tokens in %.1f s%n",
                "tokenize,ssplit,pos,lemma,ner", load, files.size(), words, tokens, run);
        System.out.printf(Locale.ROOT, "  %.0f tokens/s, %.0f words/s, %d place mentions; %.1f s from JVM start%n",
                tokens / run, words / run, places, sinceStart / 1000.0);
    }
}
