package org.borderwatch.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import java.util.List;
import org.borderwatch.store.Store;
import org.borderwatch.store.StoreException;
import org.borderwatch.testing.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcStoreTest {
    @TempDir
    Path dir;

    @Test
    void dataSurvivesClosingAndReopening() {
        String path = dir.resolve("nested/folder/store").toString();
        try (Store store = JdbcStore.open(path)) {
            store.documents().save(StoreSamples.document("doc-a"));
            store.events().replaceForDocument("doc-a", List.of(StoreSamples.fullEvent("ev-1", "doc-a")), "x1");
        }
        assertThat(dir.resolve("nested/folder/store.mv.db")).exists();
        try (Store store = JdbcStore.open(path + ".mv.db")) {
            assertThat(store.documents().findById("doc-a")).isPresent();
            assertThat(store.events().findById("ev-1")).contains(StoreSamples.fullEvent("ev-1", "doc-a"));
        }
    }

    @Test
    void aMigrationNumberedBelowOneTheStoreHasIsStillApplied() throws Exception {
        Path file = dir.resolve("older");
        JdbcStore.open(file.toString()).close();
        // a store made by a build that had V10 but not yet V6 and V7
        try (Connection c = DriverManager.getConnection(JdbcStore.h2FileUrl(file.toString()), "sa", "");
             Statement s = c.createStatement()) {
            s.execute("DROP TABLE store_state");
            s.execute("DROP TABLE api_tokens");
            s.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" IN ('6', '7')");
        }
        try (Store store = JdbcStore.open(file.toString())) {
            assertThat(store.events().mergesStale()).isFalse();
            assertThat(store.tokens().writeTokenSha256()).isEmpty();
        }
    }

    @Test
    void aDatabaseOfAnotherApplicationIsRefused() throws Exception {
        Path file = dir.resolve("foreign");
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + file, "sa", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE customers (id INT PRIMARY KEY)");
        }
        assertThatThrownBy(() -> JdbcStore.open(file.toString()))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("not a BorderWatch store");
    }

    @Test
    void aStoreFromAnIncompatibleBuildIsRefused() throws Exception {
        Path file = dir.resolve("old");
        JdbcStore.open(file.toString()).close();
        try (Connection c = DriverManager.getConnection(JdbcStore.h2FileUrl(file.toString()), "sa", "");
             Statement s = c.createStatement()) {
            s.execute("UPDATE \"flyway_schema_history\" SET \"checksum\" = 12345 WHERE \"version\" = '2'");
        }
        assertThatThrownBy(() -> JdbcStore.open(file.toString()))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("incompatible development build");
    }

    @Test
    void aFileThatIsNoDatabaseIsRefused() throws Exception {
        Path file = dir.resolve("notes.mv.db");
        Files.writeString(file, "these are my notes, not a database\n".repeat(500));
        assertThatThrownBy(() -> JdbcStore.open(file.toString()))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("not a BorderWatch store");
    }

    @Test
    void aFolderIsRefusedWithAHint() {
        assertThatThrownBy(() -> JdbcStore.open(dir.toString()))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("is a folder");
    }

    @Test
    void aStoreHeldByAnotherProcessIsOpenedThroughIt() throws Exception {
        Path file = dir.resolve("held");
        JdbcStore.open(file.toString()).close();
        try (ChildJvm holder = ChildJvm.start(Map.of(), StoreHolder.class, file.toString())) {
            holder.awaitLine("open"::equals, Duration.ofMinutes(1));
            try (Store store = JdbcStore.open(file.toString())) {
                store.documents().save(StoreSamples.document("doc-shared"));
                store.sync();
            }
            holder.kill();
        }
        try (Store store = JdbcStore.open(file.toString())) {
            assertThat(store.documents().findById("doc-shared")).isPresent();
        }
    }

    @Test
    void aNewStoreFolderIsPrivateToItsOwner() throws Exception {
        Path file = dir.resolve("private/store");
        JdbcStore.open(file.toString()).close();
        assertThat(Files.getPosixFilePermissions(file.getParent())).isEqualTo(PosixFilePermissions.fromString("rwx------"));
    }

    /** Opens a store and keeps it open until killed, standing in for another borderwatch process. */
    public static final class StoreHolder {
        public static void main(String[] args) throws Exception {
            try (Store store = JdbcStore.open(args[0])) {
                store.documents().count();
                System.out.println("open");
                System.out.flush();
                Thread.sleep(60_000);
            }
        }
    }
}
