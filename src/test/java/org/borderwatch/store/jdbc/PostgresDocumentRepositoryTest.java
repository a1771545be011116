package org.borderwatch.store.jdbc;

/** Every document repository test again, on PostgreSQL (skipped unless -Dbw.test.postgres names one). */
class PostgresDocumentRepositoryTest extends JdbcDocumentRepositoryTest {
    private String url;

    @Override
    String storeLocation() {
        if (url == null) {
            url = PostgresDatabase.freshUrl();
        }
        return url;
    }

    @Override
    String emptyStoreLocation() {
        return PostgresDatabase.freshUrl();
    }
}
