package org.borderwatch.api;

import io.javalin.http.Handler;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Guards write endpoints: they need {@code Authorization: Bearer <token>} with the server's token. */
final class BearerAuth {
    private final byte[] token;

    BearerAuth(String token) {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("the API token must not be empty");
        }
        this.token = token.getBytes(StandardCharsets.UTF_8);
    }

    Handler guard(Handler handler) {
        return ctx -> {
            String header = ctx.header("Authorization");
            String prefix = "Bearer ";
            boolean ok = header != null && header.regionMatches(true, 0, prefix, 0, prefix.length())
                    // Constant-time comparison, so response timing does not leak the token.
                    && MessageDigest.isEqual(token, header.substring(prefix.length()).trim().getBytes(StandardCharsets.UTF_8));
            if (!ok) {
                ctx.header("WWW-Authenticate", "Bearer");
                throw new ApiException(401, "this endpoint needs 'Authorization: Bearer <token>' with the server's token", null);
            }
            handler.handle(ctx);
        };
    }
}
