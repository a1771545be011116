package org.borderwatch.store;

import java.io.InputStream;
import java.io.OutputStream;

/**
 * A store that passes every call on to another: what a wrapper that changes one part of a store (its
 * documents, its events) implements, overriding only that part.
 */
public interface ForwardingStore extends Store {
    /** The store the calls go to. */
    Store delegate();

    @Override
    default DocumentRepository documents() {
        return delegate().documents();
    }

    @Override
    default EventRepository events() {
        return delegate().events();
    }

    @Override
    default GazetteerRepository gazetteer() {
        return delegate().gazetteer();
    }

    @Override
    default TokenRepository tokens() {
        return delegate().tokens();
    }

    @Override
    default void sync() {
        delegate().sync();
    }

    @Override
    default Compaction compact() {
        return delegate().compact();
    }

    @Override
    default BackupContents backup(OutputStream out) {
        return delegate().backup(out);
    }

    @Override
    default BackupContents restore(InputStream in) {
        return delegate().restore(in);
    }

    @Override
    default void close() {
        delegate().close();
    }
}
