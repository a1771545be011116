package org.borderwatch.analysis.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Python's {@code round(x, 3)} and how Python prints the result. */
final class PyRound {
    private PyRound() {
    }

    /** Rounds the double's exact value half-to-even, as Python's round() does. */
    static double round3(double x) {
        return new BigDecimal(x).setScale(3, RoundingMode.HALF_EVEN).doubleValue();
    }

    /**
     * Python's repr of a value already rounded to three decimals: the shortest decimal that reads back
     * as the same double, which for such a value is its three-decimal form without trailing zeros.
     */
    static String repr(double rounded) {
        String plain = new BigDecimal(rounded).setScale(3, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
        return plain.contains(".") ? plain : plain + ".0";
    }

    /** Python's {@code f"{x:.3f}"} for a value already rounded to three decimals. */
    static String fixed3(double rounded) {
        return new BigDecimal(rounded).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
    }
}
