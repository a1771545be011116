package org.borderwatch.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Limits are kept per client (one connection) and per kind of route, with a far higher ceiling per address. */
class RequestLimitsTest {
    private final AtomicLong now = new AtomicLong(0);
    private final RequestLimits limits = new RequestLimits(5, now::get);

    private int allowed(RequestLimits.Kind kind, String address, int port, int tries) {
        int ok = 0;
        for (int i = 0; i < tries; i++) {
            if (limits.acquire(kind, address, port) == 0) {
                ok++;
            }
        }
        return ok;
    }

    @Test
    void clientsBehindOneAddressEachHaveTheirOwnAllowance() {
        for (int port = 40000; port < 40050; port++) {
            assertThat(allowed(RequestLimits.Kind.READ, "127.0.0.1", port, 10)).as("client on port " + port).isEqualTo(10);
        }
        assertThat(limits.acquire(RequestLimits.Kind.READ, "127.0.0.1", 40000)).as("the first client, over its burst").isPositive();
    }

    @Test
    void aKindOfRouteDoesNotUseUpAnothers() {
        assertThat(allowed(RequestLimits.Kind.READ, "10.0.0.1", 1, 10)).isEqualTo(10);
        assertThat(allowed(RequestLimits.Kind.EXPORT, "10.0.0.1", 1, 1)).isEqualTo(1);
        assertThat(allowed(RequestLimits.Kind.WRITE, "10.0.0.1", 1, 1)).isEqualTo(1);
        assertThat(limits.acquire(RequestLimits.Kind.READ, "10.0.0.1", 1)).isPositive();
    }

    @Test
    void exportsAndWritesAreAllowedATenthOfReads() {
        assertThat(allowed(RequestLimits.Kind.EXPORT, "10.0.0.2", 1, 100)).isEqualTo(1);
        now.addAndGet(2_000_000_000L); // 2 s at 0.5/s buys one more
        assertThat(allowed(RequestLimits.Kind.EXPORT, "10.0.0.2", 1, 100)).isEqualTo(1);
    }

    @Test
    void oneAddressOpeningConnectionAfterConnectionMeetsItsCeiling() {
        int ok = 0;
        for (int port = 1; port <= 5000; port++) {
            ok += allowed(RequestLimits.Kind.READ, "10.0.0.3", port, 1);
        }
        assertThat(ok).isEqualTo(RequestLimits.ADDRESS_FACTOR * 5 * 2); // the address's burst: twice its rate
    }

    @Test
    void routesAreSortedIntoKinds() {
        assertThat(RequestLimits.kindOf("GET", "/api/events")).isEqualTo(RequestLimits.Kind.READ);
        assertThat(RequestLimits.kindOf("GET", "/api/export.csv")).isEqualTo(RequestLimits.Kind.EXPORT);
        assertThat(RequestLimits.kindOf("POST", "/api/documents")).isEqualTo(RequestLimits.Kind.WRITE);
    }
}
