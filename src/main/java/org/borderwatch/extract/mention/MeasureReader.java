package org.borderwatch.extract.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.borderwatch.domain.Document;
import org.borderwatch.domain.Measure;
import org.borderwatch.domain.Span;

/** Reads areas (km²) and distances (km) a sentence states, and what they measure. */
public final class MeasureReader {
    private static final String NUMBER = "(\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty)";
    private static final Pattern AREA = Pattern.compile("(?i)\\b" + NUMBER
            + "\\s*(?:square\\s+(?:kilometers|kilometres|km)|sq\\.?\\s*km|km2|km\u00B2)(?![a-z])");
    private static final Pattern DISTANCE = Pattern.compile("(?i)\\b" + NUMBER
            + "[\\s\u00A0-]*(?:kilometers|kilometres|km)(?![a-z\u00B22])");
    private static final Pattern ADVANCE = Pattern.compile(
            "(?i)\\b(advanc|within|into|deep|inside|cross|penetrat|incursion|seiz|occup|captur|took|taken)");
    private static final Pattern SEIZED = Pattern.compile("(?i)\\b(seiz|occup|captur|took|taken|control|lost|annex)");

    public List<Measure> read(Document document, Span sentence) {
        String s = document.cleanText().substring(sentence.start(), sentence.end());
        List<Measure> found = new ArrayList<>();
        List<Span> areaSpans = new ArrayList<>();
        Matcher m = AREA.matcher(s);
        while (m.find()) {
            Double v = NumberWords.decimal(m.group(1));
            if (v != null) {
                Span span = new Span(sentence.start() + m.start(), sentence.start() + m.end());
                areaSpans.add(span);
                Measure.Kind kind = SEIZED.matcher(s).find() ? Measure.Kind.AREA_SEIZED : Measure.Kind.OTHER;
                found.add(new Measure(kind, v, Measure.Unit.KM2, document.evidence(span)));
            }
        }
        m = DISTANCE.matcher(s);
        while (m.find()) {
            Span span = new Span(sentence.start() + m.start(), sentence.start() + m.end());
            if (areaSpans.stream().anyMatch(a -> a.overlaps(span))) {
                continue;
            }
            Double v = NumberWords.decimal(m.group(1));
            if (v != null) {
                Measure.Kind kind = ADVANCE.matcher(s).find() ? Measure.Kind.DEPTH_OF_ADVANCE : Measure.Kind.DISTANCE;
                found.add(new Measure(kind, v, Measure.Unit.KM, document.evidence(span)));
            }
        }
        return found;
    }
}
