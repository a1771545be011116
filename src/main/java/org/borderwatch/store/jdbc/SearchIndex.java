package org.borderwatch.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.borderwatch.domain.Event;

/**
 * The rows the actor and text filters find events by (tables of V4): each event's lower-cased actor names
 * and words, and the vocabularies of both. Written with the event in its transaction; rebuilt from the
 * stored events when the store's rows were made by another {@link #VERSION} (or before the tables existed).
 * Vocabulary entries are not removed with their events: a stale one only makes a query look at no events.
 */
final class SearchIndex {
    /** Raise when {@link EventRow} splits names or words differently, so existing stores are re-indexed. */
    static final int VERSION = 1;
    private static final int REBUILD_CHUNK = 1000;

    private SearchIndex() {
    }

    /** Adds events' index rows in batches on one connection; {@link #flush()} before commit. */
    static final class Writer implements AutoCloseable {
        private final PreparedStatement names;
        private final PreparedStatement actors;
        private final PreparedStatement vocabulary;
        private final PreparedStatement words;
        private final Set<String> namesSeen = new HashSet<>();
        private final Set<String> wordsSeen = new HashSet<>();

        Writer(Connection c) throws SQLException {
            names = c.prepareStatement("INSERT INTO actor_names (name_lc) VALUES (?) ON CONFLICT DO NOTHING");
            actors = c.prepareStatement("INSERT INTO event_actors (event_id, name_lc) VALUES (?, ?)");
            vocabulary = c.prepareStatement("INSERT INTO search_words (word) VALUES (?) ON CONFLICT DO NOTHING");
            words = c.prepareStatement("INSERT INTO event_words (event_id, word) VALUES (?, ?)");
        }

        void add(String eventId, EventRow row) throws SQLException {
            for (String name : row.actorNames()) {
                if (namesSeen.add(name)) {
                    names.setString(1, name);
                    names.addBatch();
                }
                actors.setString(1, eventId);
                actors.setString(2, name);
                actors.addBatch();
            }
            for (String word : row.words()) {
                if (wordsSeen.add(word)) {
                    vocabulary.setString(1, word);
                    vocabulary.addBatch();
                }
                words.setString(1, eventId);
                words.setString(2, word);
                words.addBatch();
            }
        }

        /** Writes what was added; vocabularies first, as postings name their entries. */
        void flush() throws SQLException {
            names.executeBatch();
            vocabulary.executeBatch();
            actors.executeBatch();
            words.executeBatch();
        }

        @Override
        public void close() throws SQLException {
            try (names; actors; vocabulary; words) {
                // closes all four, even when one fails
            }
        }
    }

    /** Rebuilds every index row from the stored events when they were not made by this version. */
    static void rebuildIfStale(Database db, EventCodec codec) {
        db.inTransaction("index the stored events for search", c -> {
            if (storedVersion(c) == VERSION) {
                return null;
            }
            try (Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM event_words");
                s.executeUpdate("DELETE FROM event_actors");
                s.executeUpdate("DELETE FROM search_words");
                s.executeUpdate("DELETE FROM actor_names");
            }
            try (Writer writer = new Writer(c);
                 PreparedStatement next = c.prepareStatement("SELECT event_id, body FROM event_bodies"
                         + " WHERE event_id > ? ORDER BY event_id FETCH FIRST " + REBUILD_CHUNK + " ROWS ONLY")) {
                String after = "";
                while (after != null) {
                    next.setString(1, after);
                    List<Event> chunk = new ArrayList<>();
                    try (ResultSet rs = next.executeQuery()) {
                        while (rs.next()) {
                            chunk.add(codec.read(rs.getString(2)));
                        }
                    }
                    for (Event e : chunk) {
                        writer.add(e.id(), EventRow.of(e));
                    }
                    writer.flush();
                    after = chunk.size() < REBUILD_CHUNK ? null : chunk.get(chunk.size() - 1).id();
                }
            }
            try (PreparedStatement mark = c.prepareStatement("UPDATE search_index_state SET version = ?")) {
                mark.setInt(1, VERSION);
                mark.executeUpdate();
            }
            return null;
        });
    }

    private static int storedVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT version FROM search_index_state")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }
}
