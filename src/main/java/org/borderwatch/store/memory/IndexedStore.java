package org.borderwatch.store.memory;

import java.io.InputStream;
import org.borderwatch.store.BackupContents;
import org.borderwatch.store.ForwardingStore;
import org.borderwatch.store.Store;

/** A store whose events are read through an {@link IndexedEventRepository}; the rest is the wrapped store's. */
public final class IndexedStore implements ForwardingStore {
    private final Store store;
    private final IndexedEventRepository events;

    public IndexedStore(Store store) {
        this.store = store;
        this.events = new IndexedEventRepository(store.events());
    }

    @Override
    public Store delegate() {
        return store;
    }

    @Override
    public IndexedEventRepository events() {
        return events;
    }

    /** Restores into the wrapped store, then forgets the index copy. */
    @Override
    public BackupContents restore(InputStream in) {
        try {
            return store.restore(in);
        } finally {
            events.invalidate();
        }
    }

    @Override
    public String toString() {
        return "Indexed" + store;
    }
}
