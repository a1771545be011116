package org.borderwatch.store;

import java.util.Optional;

/** The API's write token, as a SHA-256 digest (hex): the token itself is never stored. */
public interface TokenRepository {
    /** The digest of the current write token, if one was made. */
    Optional<String> writeTokenSha256();

    /** Replaces the write token by the one with this digest; the old one stops working. */
    void replaceWriteToken(String sha256);

    /**
     * Keeps this digest as the write token unless one is kept already (two servers starting at once
     * agree on one).
     *
     * @return true when this one was kept
     */
    boolean keepWriteTokenIfNone(String sha256);
}
