package org.borderwatch.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.borderwatch.domain.Document;
import org.borderwatch.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** `borderwatch show-document`: prints a stored document's clean (or raw) text. */
@Command(name = "show-document", mixinStandardHelpOptions = true,
        description = "Prints a stored document's clean text (paragraphs separated by blank lines), or its raw text.")
final class ShowDocumentCommand implements Callable<Integer> {
    @ParentCommand
    BorderWatchCommand root;

    @Parameters(index = "0", paramLabel = "ID|FILENAME",
            description = "Document id, a unique prefix of it, or the file name it was ingested from.")
    String idOrFileName;

    @Option(names = "--raw", description = "Print the text as it was read from the file, before cleaning.")
    boolean raw;

    @Override
    public Integer call() {
        Optional<Document> document;
        try (Store store = root.openStore()) {
            document = store.documents().find(idOrFileName);
        } catch (RuntimeException e) {
            System.err.println("borderwatch: cannot use the store at " + root.db() + ": " + e.getMessage());
            return 1;
        }
        if (document.isEmpty()) {
            System.err.println("borderwatch: " + idOrFileName + ": no such document (list them with: borderwatch documents)");
            return 1;
        }
        String text = raw ? document.get().rawText() : document.get().cleanText();
        text = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        text.lines().map(TerminalText::safe).forEach(System.out::println); // a report must not drive the terminal
        return 0;
    }
}
