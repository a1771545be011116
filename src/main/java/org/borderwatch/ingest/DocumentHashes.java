package org.borderwatch.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Content hash and id of a document: SHA-256 of its raw text; the id is the hash's first 16 hex digits. */
public final class DocumentHashes {
    private static final int ID_LENGTH = 16;

    private DocumentHashes() {
    }

    public static String contentHash(String rawText) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(rawText.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    public static String idOf(String contentHash) {
        return contentHash.substring(0, ID_LENGTH);
    }
}
