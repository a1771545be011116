package org.borderwatch.cli;

/** Counts for people to read: "1 event", "2 events", "1 boundary", "3 boundaries". */
final class Noun {
    private Noun() {
    }

    /** {@code n} and the noun, with an "s" unless n is one. */
    static String count(long n, String noun) {
        return count(n, noun, noun + "s");
    }

    /** {@code n} and the noun in the singular or, unless n is one, the given plural. */
    static String count(long n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }
}
