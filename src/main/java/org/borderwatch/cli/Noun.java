package org.borderwatch.cli;

/** Counts for people to read: "1 event", "2 events". */
final class Noun {
    private Noun() {
    }

    /** {@code n} and the noun, with an "s" unless n is one (every noun the commands count takes an "s"). */
    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
