package org.borderwatch.api;

import io.javalin.http.Handler;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Guards write endpoints: they need {@code Authorization: Bearer <token>} with the server's token. The token
 * is known by its SHA-256 digest, asked for on each write, so that a token rotated while the server runs
 * takes effect at once.
 */
final class BearerAuth {
    private final Supplier<Optional<String>> sha256;

    BearerAuth(Supplier<Optional<String>> sha256) {
        this.sha256 = sha256;
    }

    Handler guard(Handler handler) {
        return ctx -> {
            Optional<String> expected = sha256.get();
            if (expected.isEmpty()) {
                throw new ApiException(401, "this server has no write token; make one with `borderwatch token rotate`", null);
            }
            String header = ctx.header("Authorization");
            String prefix = "Bearer ";
            boolean ok = header != null && header.regionMatches(true, 0, prefix, 0, prefix.length())
                    // Constant-time comparison of the digests, so response timing does not leak the token.
                    && MessageDigest.isEqual(expected.get().getBytes(StandardCharsets.US_ASCII),
                            WriteToken.sha256(header.substring(prefix.length()).trim()).getBytes(StandardCharsets.US_ASCII));
            if (!ok) {
                ctx.header("WWW-Authenticate", "Bearer");
                throw new ApiException(401, "this endpoint needs 'Authorization: Bearer <token>' with the server's token", null);
            }
            handler.handle(ctx);
        };
    }
}
