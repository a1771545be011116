package org.borderwatch.store.memory;

import org.borderwatch.store.BackupContents;
import org.borderwatch.store.Compaction;
import org.borderwatch.store.DocumentRepository;
import org.borderwatch.store.EventRepository;
import org.borderwatch.store.GazetteerRepository;
import org.borderwatch.store.Store;
import org.borderwatch.store.TokenRepository;

/** A store whose events are read through an {@link IndexedEventRepository}; the rest is the wrapped store's. */
public final class IndexedStore implements Store {
    private final Store store;
    private final IndexedEventRepository events;

    public IndexedStore(Store store) {
        this.store = store;
        this.events = new IndexedEventRepository(store.events());
    }

    @Override
    public DocumentRepository documents() {
        return store.documents();
    }

    @Override
    public IndexedEventRepository events() {
        return events;
    }

    @Override
    public GazetteerRepository gazetteer() {
        return store.gazetteer();
    }

    @Override
    public TokenRepository tokens() {
        return store.tokens();
    }

    @Override
    public void sync() {
        store.sync();
    }

    @Override
    public Compaction compact() {
        return store.compact();
    }

    @Override
    public BackupContents backup(java.io.OutputStream out) {
        return store.backup(out);
    }

    @Override
    public BackupContents restore(java.io.InputStream in) {
        try {
            return store.restore(in);
        } finally {
            events.invalidate();
        }
    }

    /** Closes the wrapped store. */
    @Override
    public void close() {
        store.close();
    }

    @Override
    public String toString() {
        return "Indexed" + store;
    }
}
