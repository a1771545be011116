package org.borderwatch.store.jdbc;

import org.borderwatch.store.Store;

/**
 * The store on a JDBC database: embedded H2 in file mode by default, PostgreSQL when given a
 * jdbc:postgresql: URL. (Placeholder: the store work fills it in.)
 */
public final class JdbcStore {
    private JdbcStore() {
    }

    /** Opens (creating and migrating when needed) the store named by a file path or a JDBC URL. */
    public static Store open(String pathOrUrl) {
        throw new UnsupportedOperationException("store not yet available");
    }
}
