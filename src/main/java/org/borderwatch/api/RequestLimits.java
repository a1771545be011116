package org.borderwatch.api;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The API's rate limits: per client and per kind of route. A client is one connection (address and port:
 * a browser tab, a script's HTTP client), so the people behind one address (an office, a proxy, this
 * machine) each have their own allowance; the address as a whole may make {@link #ADDRESS_FACTOR} times a
 * client's, so that a script opening connection after connection still meets a limit. Reads are allowed
 * the configured rate; exports (whole result sets) and writes a tenth of it, so that a burst of either
 * cannot crowd out the reads the page makes.
 */
public final class RequestLimits {
    /** How many clients' worth of requests one address may make. */
    public static final int ADDRESS_FACTOR = 100;

    /** The kinds of route, with the share of the configured rate each is allowed. */
    public enum Kind {
        READ(1.0), EXPORT(0.1), WRITE(0.1);

        private final double share;

        Kind(double share) {
            this.share = share;
        }
    }

    private final Map<Kind, RateLimiter> perClient = new EnumMap<>(Kind.class);
    private final Map<Kind, RateLimiter> perAddress = new EnumMap<>(Kind.class);

    /** @param perSecond the requests a second one client may read (bursts of twice that) */
    public RequestLimits(double perSecond) {
        this(perSecond, System::nanoTime);
    }

    RequestLimits(double perSecond, LongSupplier nanoClock) {
        for (Kind kind : Kind.values()) {
            perClient.put(kind, new RateLimiter(perSecond * kind.share, nanoClock));
            perAddress.put(kind, new RateLimiter(perSecond * kind.share * ADDRESS_FACTOR, nanoClock));
        }
    }

    /**
     * Takes one request of {@code kind} from the client at {@code address}:{@code port}.
     *
     * @return 0 when it may go ahead, else the whole seconds to wait before retrying
     */
    public long acquire(Kind kind, String address, int port) {
        long client = perClient.get(kind).acquire(address + " " + port);
        if (client > 0) {
            return client;
        }
        return perAddress.get(kind).acquire(address);
    }

    /** The kind of an API route. */
    public static Kind kindOf(String method, String path) {
        if (!method.toUpperCase(Locale.ROOT).equals("GET") && !method.equalsIgnoreCase("HEAD")) {
            return Kind.WRITE;
        }
        return path.startsWith("/api/export") ? Kind.EXPORT : Kind.READ;
    }
}
