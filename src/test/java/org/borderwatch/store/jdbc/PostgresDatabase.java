package org.borderwatch.store.jdbc;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The PostgreSQL database the Postgres* tests run the repository tests on, named by the system property
 * {@code bw.test.postgres} (a jdbc:postgresql: URL with user and password parameters); without it they are skipped.
 */
public final class PostgresDatabase {
    static final String PROPERTY = "bw.test.postgres";

    private PostgresDatabase() {
    }

    /** The URL, after emptying the database so each test starts from a fresh schema. */
    public static String freshUrl() {
        String url = System.getProperty(PROPERTY);
        assumeTrue(url != null && !url.isBlank(), "no PostgreSQL given (-D" + PROPERTY + "=jdbc:postgresql://…); skipped");
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA public CASCADE");
            s.execute("CREATE SCHEMA public");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reset the PostgreSQL test database: " + e.getMessage(), e);
        }
        return url;
    }
}
