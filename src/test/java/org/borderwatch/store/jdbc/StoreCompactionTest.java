package org.borderwatch.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.borderwatch.domain.Event;
import org.borderwatch.store.Compaction;
import org.borderwatch.store.Store;
import org.borderwatch.store.StoreException;
import org.borderwatch.testing.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded store gives back the space of replaced data: on close when its file has grown to more than
 * twice its live data, and when asked to compact; never under another process that uses it.
 */
class StoreCompactionTest {
    @TempDir
    Path dir;

    /** Re-extracts one document's 300 events 10 times, each time replacing every report: a file mostly of garbage. */
    private static void churn(Store store) {
        store.documents().save(StoreSamples.document("doc-a"));
        for (int round = 0; round < 10; round++) {
            List<Event> events = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                Event e = StoreSamples.fullEvent("ev-" + i, "doc-a");
                events.add(new Event(e.id(), e.documentId(), e.date(), e.subEventType(), e.actor1(), e.assocActors1(),
                        e.actor2(), e.assocActors2(), e.locations(), e.fatalities(), e.casualties(), e.measures(),
                        ("Round " + round + " of the notes. ").repeat(60), e.evidence(), e.claims(), e.border()));
            }
            store.events().replaceForDocument("doc-a", events, "x" + round);
        }
    }

    private long fileSize(Path store) throws Exception {
        return Files.size(store.resolveSibling(store.getFileName() + ".mv.db"));
    }

    private static final int MAX_CHURN_ROUNDS = 5;

    @Test
    void closingAStoreMostlyOfReplacedDataRewritesIt() throws Exception {
        Path file = dir.resolve("store");
        long grown;
        long live;
        try (Store store = JdbcStore.open(file.toString())) {
            // how far the file grows per round depends on when H2's writer reuses freed chunks: churn until it is
            // bloated (a few rounds at most), so the test always starts from the state it is about
            int rounds = 0;
            do {
                churn(store);
                store.sync();
                grown = fileSize(file);
                live = ((JdbcStore) store).liveBytes();
            } while (++rounds < MAX_CHURN_ROUNDS && (grown <= StoreCompaction.MIN_BLOATED_BYTES || grown <= 2 * live));
        }
        assertThat(grown).as("the file before closing").isGreaterThan(StoreCompaction.MIN_BLOATED_BYTES).isGreaterThan(2 * live);
        assertThat(fileSize(file)).as("the file after closing, of %d bytes before with %d live", grown, live)
                .isLessThan(grown / 2);
        try (Store reopened = JdbcStore.open(file.toString())) {
            assertThat(reopened.events().findByDocument("doc-a")).hasSize(300);
        }
    }

    @Test
    void compactingShrinksTheFileAndKeepsTheData() throws Exception {
        Path file = dir.resolve("store");
        Compaction done;
        try (Store store = JdbcStore.open(file.toString())) {
            churn(store);
            done = store.compact();
        }
        assertThat(done.bytesAfter()).isLessThan(done.bytesBefore() / 2);
        assertThat(fileSize(file)).isEqualTo(done.bytesAfter());
        try (Store reopened = JdbcStore.open(file.toString())) {
            assertThat(reopened.events().findByDocument("doc-a")).hasSize(300);
        }
    }

    @Test
    void compactingIsRefusedWhileAnotherProcessUsesTheStore() throws Exception {
        Path file = dir.resolve("held");
        JdbcStore.open(file.toString()).close();
        try (ChildJvm holder = ChildJvm.start(Map.of(), JdbcStoreTest.StoreHolder.class, file.toString())) {
            holder.awaitLine("open"::equals, Duration.ofMinutes(1));
            try (Store store = JdbcStore.open(file.toString())) {
                store.documents().save(StoreSamples.document("doc-a"));
                assertThatThrownBy(store::compact).isInstanceOf(StoreException.class).hasMessageContaining("in use");
            }
            try (Store store = JdbcStore.open(file.toString())) {
                assertThat(store.documents().findById("doc-a")).isPresent();
            }
        }
    }
}
