package org.borderwatch.store.jdbc;

import org.h2.jdbcx.JdbcConnectionPool;
import org.postgresql.ds.PGConnectionPoolDataSource;

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

    @Override
    JdbcConnectionPool separatePool() {
        PGConnectionPoolDataSource pg = new PGConnectionPoolDataSource();
        pg.setUrl(storeLocation());
        return JdbcConnectionPool.create(pg);
    }
}
