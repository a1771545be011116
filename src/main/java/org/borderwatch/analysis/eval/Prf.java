package org.borderwatch.analysis.eval;

/** Precision, recall and F1, each rounded to three decimals as the reference scorer reports them. */
public record Prf(double precision, double recall, double f1) {
    static Prf of(long truePositives, long predicted, long gold) {
        double p = predicted != 0 ? (double) truePositives / predicted : 0.0;
        double r = gold != 0 ? (double) truePositives / gold : 0.0;
        double f = p + r != 0 ? 2 * p * r / (p + r) : 0.0;
        return new Prf(PyRound.round3(p), PyRound.round3(r), PyRound.round3(f));
    }
}
