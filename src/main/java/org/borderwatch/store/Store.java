package org.borderwatch.store;

/** An open store: its repositories, sharing one database. Closing it releases the database. */
public interface Store extends AutoCloseable {
    DocumentRepository documents();

    EventRepository events();

    GazetteerRepository gazetteer();

    /** The API's write token (its digest). */
    TokenRepository tokens();

    /**
     * Makes every write committed so far durable: written to disk and synced, so that it survives a crash
     * of this process or of the machine. Call it before acknowledging writes (an HTTP 201, a "stored" line).
     * Each write is atomic either way; this is only about how recent the writes a crash may lose are.
     */
    void sync();

    /**
     * Gives the space of replaced data back: rewrites the embedded store's file with only its live data, or
     * has PostgreSQL vacuum its tables. The embedded store needs to be to itself for that, and is closed
     * afterwards, compacted or not.
     *
     * @throws StoreException when another process uses the embedded store
     */
    Compaction compact();

    /**
     * Writes everything the store holds (documents and their versions, events, claims, merges, gazetteer)
     * to {@code out} as one consistent state, in a form any BorderWatch store can {@link #restore} from.
     */
    BackupContents backup(java.io.OutputStream out);

    /**
     * Fills this store, which must be empty, from a backup: all of it or, when the backup is damaged or from a
     * newer BorderWatch, nothing.
     *
     * @throws StoreException with the reason when it cannot
     */
    BackupContents restore(java.io.InputStream in);

    @Override
    void close();
}
