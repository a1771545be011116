package org.borderwatch.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
    private final AtomicLong now = new AtomicLong(0);
    private final RateLimiter limiter = new RateLimiter(5, now::get);

    @Test
    void allowsABurstOfTwiceTheRateThenAsksToWait() {
        for (int i = 0; i < 10; i++) {
            assertThat(limiter.acquire("a")).as("request " + i).isZero();
        }
        assertThat(limiter.acquire("a")).isEqualTo(1);
    }

    @Test
    void refillsOverTimeAndKeepsClientsApart() {
        for (int i = 0; i < 10; i++) {
            limiter.acquire("a");
        }
        assertThat(limiter.acquire("b")).isZero();
        now.addAndGet(200_000_000L); // 0.2 s at 5/s buys one request
        assertThat(limiter.acquire("a")).isZero();
        assertThat(limiter.acquire("a")).isPositive();
    }
}
