package org.borderwatch.store.jdbc;

/** Escapes text for a LIKE pattern whose escape character is a backslash. */
final class SqlLike {
    private SqlLike() {
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
