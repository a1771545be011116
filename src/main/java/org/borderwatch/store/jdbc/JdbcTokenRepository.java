package org.borderwatch.store.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.borderwatch.store.TokenRepository;

/** The write token's digest in table api_tokens (migration V7). */
final class JdbcTokenRepository implements TokenRepository {
    private static final String WRITE = "write";

    private final Database db;

    JdbcTokenRepository(Database db) {
        this.db = db;
    }

    @Override
    public Optional<String> writeTokenSha256() {
        return db.read("read the write token", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT token_sha256 FROM api_tokens WHERE name = ?")) {
                ps.setString(1, WRITE);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1).trim()) : Optional.<String>empty();
                }
            }
        });
    }

    @Override
    public void replaceWriteToken(String sha256) {
        db.inTransaction("replace the write token", c -> {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM api_tokens WHERE name = ?")) {
                del.setString(1, WRITE);
                del.executeUpdate();
            }
            insert(c, sha256);
            return null;
        });
    }

    @Override
    public boolean keepWriteTokenIfNone(String sha256) {
        return db.inTransaction("keep the write token", c -> {
            StoreState.lock(c, StoreState.DOCUMENTS_LOCK); // two servers starting at once: one makes the token
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM api_tokens WHERE name = ?")) {
                ps.setString(1, WRITE);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        return false;
                    }
                }
            }
            insert(c, sha256);
            return true;
        });
    }

    private static void insert(java.sql.Connection c, String sha256) throws java.sql.SQLException {
        try (PreparedStatement ins = c.prepareStatement(
                "INSERT INTO api_tokens (name, token_sha256, created_at) VALUES (?, ?, ?)")) {
            ins.setString(1, WRITE);
            ins.setString(2, sha256);
            ins.setObject(3, OffsetDateTime.now(ZoneOffset.UTC));
            ins.executeUpdate();
        }
    }
}
