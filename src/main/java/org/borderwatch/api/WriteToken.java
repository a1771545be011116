package org.borderwatch.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.borderwatch.store.TokenRepository;

/**
 * The bearer token the API's write endpoints need. It is made once, shown once, and kept in the store as a
 * SHA-256 digest only (a random 192-bit token needs no slow hash: there is nothing to guess). Setting
 * {@value #VARIABLE} chooses one instead, which is then neither kept nor shown.
 */
public final class WriteToken {
    public static final String VARIABLE = "BORDERWATCH_TOKEN";
    private static final SecureRandom RANDOM = new SecureRandom();

    private WriteToken() {
    }

    /** A new random token: 24 bytes, URL-safe Base64. */
    public static String newToken() {
        byte[] random = new byte[24];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    public static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** {@value #VARIABLE} when set. */
    public static Optional<String> fromEnvironment() {
        String value = System.getenv(VARIABLE);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    /** Makes a token and keeps its digest when the store has none; returns the new token to show once, or empty. */
    public static Optional<String> ensure(TokenRepository tokens) {
        if (tokens.writeTokenSha256().isPresent()) {
            return Optional.empty();
        }
        String token = newToken();
        return tokens.keepWriteTokenIfNone(sha256(token)) ? Optional.of(token) : Optional.empty();
    }

    /** Replaces the kept token by a new one and returns it, to show once. */
    public static String rotate(TokenRepository tokens) {
        String token = newToken();
        tokens.replaceWriteToken(sha256(token));
        return token;
    }
}
