package org.borderwatch.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import javax.sql.DataSource;
import org.borderwatch.domain.Document;
import org.borderwatch.domain.OffsetMap;
import org.borderwatch.domain.Span;
import org.borderwatch.store.DocumentSummary;
import org.borderwatch.store.SaveOutcome;
import org.borderwatch.store.Store;
import org.borderwatch.store.StoreException;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

class JdbcDocumentRepositoryTest {
    @TempDir
    Path dir;
    Store store;

    /** Where the store under test lives: an H2 file here; the Postgres subclass points it at PostgreSQL. */
    String storeLocation() {
        return dir.resolve("db").toString();
    }

    /** An empty database, for a test that builds its store from an older schema (after closing the first). */
    String emptyStoreLocation() {
        return dir.resolve("older-db").toString();
    }

    /** A plain data source on a store location, outside the store (to set up an older schema). */
    static DataSource dataSource(String location) {
        if (location.startsWith("jdbc:postgresql:")) {
            PGSimpleDataSource pg = new PGSimpleDataSource();
            pg.setUrl(location);
            return pg;
        }
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(JdbcStore.h2FileUrl(location));
        h2.setUser("sa");
        h2.setPassword("");
        return h2;
    }

    @BeforeEach
    void open() {
        store = JdbcStore.open(storeLocation());
    }

    @AfterEach
    void close() {
        if (store != null) { // null when the store was skipped
            store.close();
        }
    }

    @Test
    void documentRoundTripsWithAllFieldsAndItsOffsetMap() {
        Document d = StoreSamples.document("doc-one");
        assertThat(d.offsets().runCount()).isGreaterThan(1);

        assertThat(store.documents().save(d)).isEqualTo(SaveOutcome.NEW);
        Document back = store.documents().findById("doc-one").orElseThrow();

        assertThat(back).usingRecursiveComparison().ignoringFields("offsets").isEqualTo(d);
        assertThat(back.offsets().cleanRunStarts()).containsExactly(d.offsets().cleanRunStarts());
        assertThat(back.offsets().rawRunStarts()).containsExactly(d.offsets().rawRunStarts());
        assertThat(back.offsets().cleanLength()).isEqualTo(d.offsets().cleanLength());
        assertThat(back.offsets().rawLength()).isEqualTo(d.offsets().rawLength());
        assertThat(back.evidence(new Span(12, 20)).raw()).isEqualTo(d.evidence(new Span(12, 20)).raw());
    }

    @Test
    void sameContentIsADuplicateAndWritesNothing() {
        Document d = StoreSamples.document("doc-one");
        store.documents().save(d);
        Document again = new Document("doc-one", "https://elsewhere.example/x", "other.txt", "t", "p", "a", "en",
                null, d.contentHash(), d.rawText(), d.cleanText(), d.offsets(), 1, null);

        assertThat(store.documents().save(again)).isEqualTo(SaveOutcome.DUPLICATE);
        assertThat(store.documents().count()).isEqualTo(1);
        assertThat(store.documents().findById("doc-one").orElseThrow().fileName()).isEqualTo("doc-one.txt");
    }

    @Test
    void changedContentAtTheSameUrlBecomesTheNextVersion() {
        String url = "https://example.org/report";
        assertThat(store.documents().save(StoreSamples.document("v-aaaa1", url, "report.txt", "First text."))).isEqualTo(SaveOutcome.NEW);
        assertThat(store.documents().save(StoreSamples.document("v-bbbb2", url, "report.txt", "Second text."))).isEqualTo(SaveOutcome.NEW_VERSION);
        assertThat(store.documents().save(StoreSamples.document("v-cccc3", url, "report.txt", "Third text."))).isEqualTo(SaveOutcome.NEW_VERSION);

        assertThat(store.documents().findById("v-bbbb2").orElseThrow().version()).isEqualTo(2);
        assertThat(store.documents().findById("v-cccc3").orElseThrow().version()).isEqualTo(3);
        // by file name: the latest version
        assertThat(store.documents().find("report.txt").orElseThrow().id()).isEqualTo("v-cccc3");
    }

    @Test
    void findsByIdByUniquePrefixAndByFileName() {
        store.documents().save(StoreSamples.document("abcdef123"));
        store.documents().save(StoreSamples.document("abcxyz999"));

        assertThat(store.documents().find("abcdef123")).map(Document::id).contains("abcdef123");
        assertThat(store.documents().find("abcd")).map(Document::id).contains("abcdef123");
        assertThat(store.documents().find("abcx")).map(Document::id).contains("abcxyz999");
        assertThat(store.documents().find("abc")).isEmpty(); // too short and ambiguous
        assertThat(store.documents().find("abcxyz999.txt")).map(Document::id).contains("abcxyz999");
        assertThat(store.documents().find("nothing-like-it")).isEmpty();
        assertThat(store.documents().find("abcxyz")).map(Document::id).contains("abcxyz999");
        store.documents().save(StoreSamples.document("q1", "u1", "003_report.txt", "Some text."));
        assertThat(store.documents().find("003")).map(Document::id).contains("q1");
    }

    @Test
    void listsSummariesAndWhatIsNotYetExtracted() {
        store.documents().save(StoreSamples.document("doc-a"));
        store.documents().save(StoreSamples.document("doc-b"));
        store.events().replaceForDocument("doc-a", List.of(), "x1");

        List<DocumentSummary> list = store.documents().list();
        assertThat(list).extracting(DocumentSummary::id).containsExactly("doc-a", "doc-b");
        assertThat(list).extracting(DocumentSummary::extracted).containsExactly(true, false);
        assertThat(list.get(0).wordCount()).isEqualTo(6);
        assertThat(list.get(0).published()).isEqualTo(StoreSamples.document("doc-a").published());

        assertThat(store.documents().findNotExtracted("x1")).extracting(Document::id).containsExactly("doc-b");
        assertThat(store.documents().findNotExtracted("x2")).extracting(Document::id).containsExactly("doc-a", "doc-b");
    }

    @Test
    void aFailedSaveLeavesNothingOfThatDocumentAndEarlierOnesIntact() {
        store.documents().save(StoreSamples.document("doc-a"));
        // same id, different content: the insert violates the primary key
        Document other = StoreSamples.document("doc-a", "https://example.org/other", "other.txt", "Other words.");
        Document clash = new Document("doc-a", other.sourceUrl(), other.fileName(), other.title(), other.publisher(),
                other.author(), other.language(), other.published(), "hash-other", other.rawText(), other.cleanText(),
                other.offsets(), 1, other.ingestedAt());

        assertThatThrownBy(() -> store.documents().save(clash)).isInstanceOf(StoreException.class)
                .hasMessageContaining("doc-a");
        assertThat(store.documents().count()).isEqualTo(1);
        assertThat(store.documents().findById("doc-a").orElseThrow().fileName()).isEqualTo("doc-a.txt");
        assertThat(store.documents().find("other.txt")).isEmpty();
    }

    @Test
    void aDocumentKeepsTheConflictItWasStoredFor() {
        Document d = StoreSamples.document("doc-kg").withConflict("kyrgyzstan-tajikistan");
        store.documents().save(d);
        store.documents().save(StoreSamples.document("doc-default"));

        assertThat(store.documents().findById("doc-kg").orElseThrow().conflict()).isEqualTo("kyrgyzstan-tajikistan");
        assertThat(store.documents().find("doc-kg.txt").orElseThrow().conflict()).isEqualTo("kyrgyzstan-tajikistan");
        assertThat(store.documents().findNotExtracted("any-version"))
                .extracting(Document::id, Document::conflict)
                .containsExactlyInAnyOrder(tuple("doc-kg", "kyrgyzstan-tajikistan"), tuple("doc-default", null));
    }

    @Test
    void documentsStoredBeforeStoresKnewConflictsBelongToTheDefaultConflict() throws Exception {
        store.close();
        store = null;
        String location = emptyStoreLocation();
        DataSource older = dataSource(location);
        // the schema as it was before documents had a conflict, with one document in it
        Flyway.configure().dataSource(older).locations("classpath:db/migration").target("5")
                .loggers(SilentFlywayLog.class.getName()).load().migrate();
        String text = "Troops fired near the lake.";
        try (Connection c = older.getConnection(); PreparedStatement ps = c.prepareStatement("INSERT INTO documents"
                + " (id, file_name, content_hash, raw_text, clean_text, offset_runs, clean_length, raw_length, word_count,"
                + " version, ingested_at) VALUES ('old-doc', 'old.txt', 'old-hash', ?, ?, ?, ?, ?, 5, 1, CURRENT_TIMESTAMP)")) {
            ps.setString(1, text);
            ps.setString(2, text);
            ps.setBytes(3, OffsetMapCodec.encode(OffsetMap.identity(text.length())));
            ps.setInt(4, text.length());
            ps.setInt(5, text.length());
            ps.executeUpdate();
        }

        store = JdbcStore.open(location);

        assertThat(store.documents().findById("old-doc").orElseThrow().conflict()).isEqualTo("armenia-azerbaijan");
    }
}
