package org.borderwatch.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.borderwatch.store.Store;
import org.borderwatch.store.StoreException;
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
    void aStoreHeldByAnotherProcessIsRefused() throws Exception {
        Path file = dir.resolve("held");
        JdbcStore.open(file.toString()).close();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                StoreHolder.class.getName(), file.toString())
                .redirectErrorStream(true).start();
        try {
            // the holder prints a line once it has the store open
            String line = new java.io.BufferedReader(new java.io.InputStreamReader(holder.getInputStream())).readLine();
            assertThat(line).isEqualTo("open");
            assertThatThrownBy(() -> JdbcStore.open(file.toString()))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("in use by another process");
        } finally {
            holder.destroy();
            holder.waitFor();
        }
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
