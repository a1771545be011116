package org.borderwatch.analysis.registers;

import org.borderwatch.store.jdbc.PostgresDatabase;

/** Every store-backed register test again, on PostgreSQL (skipped unless -Dbw.test.postgres names one). */
class PostgresRegistersFromStoreTest extends RegistersFromStoreTest {
    private String url;

    @Override
    String storeLocation() {
        if (url == null) {
            url = PostgresDatabase.freshUrl();
        }
        return url;
    }
}
