package org.borderwatch.store.jdbc;

/** The actor and text filter tests again, on PostgreSQL (skipped unless -Dbw.test.postgres names one). */
class PostgresActorAndTextFilterTest extends ActorAndTextFilterTest {
    private String url;

    @Override
    String storeLocation() {
        if (url == null) {
            url = PostgresDatabase.freshUrl();
        }
        return url;
    }
}
