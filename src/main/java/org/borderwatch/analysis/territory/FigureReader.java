package org.borderwatch.analysis.territory;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.borderwatch.domain.Measure;

/**
 * Reads the words that qualify a measure from the sentence it stands in: the extractor keeps the number and its
 * unit ("10 square km") but not the "about" or "up to" before it, which decide the range a source gives.
 */
final class FigureReader {
    private static final Pattern QUALIFIER = Pattern.compile(
            "(?i)\\b(about|around|approximately|roughly|some|an estimated|almost|nearly|up to|as much as|as many as|as far as"
                    + "|at least|no less than|not less than|more than|over|over a|in excess of)\\s*[~≈]?\\s*$");

    private FigureReader() {
    }

    /** The measure as its sentence states it; {@code sentence} is the report's evidence holding the measure's words. */
    static StatedFigure read(Measure m, String sentence) {
        String unit = m.unit() == Measure.Unit.KM2 ? "km²" : "km";
        StatedFigure.Qualifier q = StatedFigure.Qualifier.EXACT;
        String words = m.evidence() == null ? null : m.evidence().text();
        if (sentence != null && words != null) {
            int at = sentence.indexOf(words);
            if (at >= 0) {
                Matcher qm = QUALIFIER.matcher(sentence.substring(Math.max(0, at - 30), at));
                if (qm.find()) {
                    q = qualifier(qm.group(1).toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
        return new StatedFigure(m.value(), q, unit);
    }

    private static StatedFigure.Qualifier qualifier(String w) {
        return switch (w) {
            case "up to", "as much as", "as many as", "as far as" -> StatedFigure.Qualifier.UP_TO;
            case "almost", "nearly" -> StatedFigure.Qualifier.NEARLY;
            case "at least", "no less than", "not less than" -> StatedFigure.Qualifier.AT_LEAST;
            case "more than", "over", "over a", "in excess of" -> StatedFigure.Qualifier.MORE_THAN;
            default -> StatedFigure.Qualifier.ABOUT;
        };
    }
}
