package org.borderwatch.ingest;

import java.util.List;
import org.borderwatch.clean.Cleaner;
import org.borderwatch.clean.CleaningStep;
import org.borderwatch.clean.TrackedText;

/** A cleaner that fails on the files whose text holds a word, to show that one file's failure stays its own. */
final class FailingCleaner {
    private FailingCleaner() {
    }

    /** Runs {@code failure} (which throws) on a text containing {@code word}; leaves every other text as it is. */
    static Cleaner onWord(String word, Runnable failure) {
        return new Cleaner(List.of(new CleaningStep() {
            @Override
            public String name() {
                return "fails-on-" + word;
            }

            @Override
            public void apply(TrackedText text) {
                if (text.text().contains(word)) {
                    failure.run();
                }
            }
        }));
    }
}
