package org.borderwatch.api;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per client: each client may make {@code perSecond} requests a second on average and
 * a burst of twice that. Idle buckets are dropped now and then so the map does not grow without end.
 */
public final class RateLimiter {
    private final double perSecond;
    private final double capacity;
    private final LongSupplier nanoClock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private volatile long lastSweep;

    public RateLimiter(double perSecond) {
        this(perSecond, System::nanoTime);
    }

    RateLimiter(double perSecond, LongSupplier nanoClock) {
        if (perSecond <= 0) {
            throw new IllegalArgumentException("rate must be positive: " + perSecond);
        }
        this.perSecond = perSecond;
        this.capacity = perSecond * 2;
        this.nanoClock = nanoClock;
        this.lastSweep = nanoClock.getAsLong();
    }

    /**
     * Takes one token for the client.
     *
     * @return 0 when the request may go ahead, else the whole seconds to wait before retrying (at least 1)
     */
    public long acquire(String client) {
        long now = nanoClock.getAsLong();
        sweep(now);
        Bucket bucket = buckets.computeIfAbsent(client, k -> new Bucket(capacity, now));
        synchronized (bucket) {
            bucket.tokens = Math.min(capacity, bucket.tokens + (now - bucket.updated) / 1e9 * perSecond);
            bucket.updated = now;
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - bucket.tokens) / perSecond));
        }
    }

    private void sweep(long now) {
        if (now - lastSweep < 60_000_000_000L) {
            return;
        }
        lastSweep = now;
        // A bucket idle long enough to be full again holds no state worth keeping.
        long fullAfter = (long) (capacity / perSecond * 1e9);
        buckets.entrySet().removeIf(e -> now - e.getValue().updated > fullAfter);
    }

    private static final class Bucket {
        double tokens;
        long updated;

        Bucket(double tokens, long updated) {
            this.tokens = tokens;
            this.updated = updated;
        }
    }
}
