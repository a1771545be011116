package org.borderwatch.store;

/** An open store: its repositories, sharing one database. Closing it releases the database. */
public interface Store extends AutoCloseable {
    DocumentRepository documents();

    EventRepository events();

    GazetteerRepository gazetteer();

    @Override
    void close();
}
