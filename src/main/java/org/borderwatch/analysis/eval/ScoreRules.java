package org.borderwatch.analysis.eval;

import static org.borderwatch.analysis.eval.PyValues.pyInt;
import static org.borderwatch.analysis.eval.PyValues.pyLower;
import static org.borderwatch.analysis.eval.PyValues.pyStrip;
import static org.borderwatch.analysis.eval.PyValues.textOrEmpty;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reference scorer's rules (score.py), one method each, with its names: when dates are compatible,
 * how far evidence overlaps a quote, when two locations are the same place, when a type or field is right.
 * A record is a JSON object as read by Jackson (field name to String, Number, Boolean, List or null).
 */
final class ScoreRules {
    /** Latin letters and digits, Latin-1 and Latin Extended-A/B letters, and Cyrillic. */
    private static final Pattern WORD = Pattern.compile("[0-9A-Za-z\\u00C0-\\u024F\\u0400-\\u04FF]+");

    private ScoreRules() {
    }

    static List<String> words(Object text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(textOrEmpty(text));
        while (m.find()) {
            out.add(pyLower(m.group()));
        }
        return out;
    }

    static boolean datesCompatible(Map<String, Object> gold, Map<String, Object> pred) {
        LocalDate p = PyIsoDate.parse(pred.get("date"));
        LocalDate g = PyIsoDate.parse(gold.get("date"));
        if (p == null || g == null) {
            return false;
        }
        Object precisionValue = gold.get("date_precision");
        Object precision = PyValues.truthy(precisionValue) ? precisionValue : "day";
        if ("year".equals(precision)) {
            return p.getYear() == g.getYear();
        }
        LocalDate parsedEnd = PyIsoDate.parse(gold.get("date_end"));
        LocalDate end = parsedEnd == null ? g : parsedEnd;
        if ("month".equals(precision)) {
            return (p.getYear() == g.getYear() && p.getMonthValue() == g.getMonthValue())
                    || (!g.isAfter(p) && !p.isAfter(end));
        }
        return !g.minusDays(1).isAfter(p) && !p.isAfter(end.plusDays(1));
    }

    static double overlap(Object goldQuote, Object evidence) {
        List<String> q = words(goldQuote);
        List<String> e = words(evidence);
        if (q.isEmpty() || e.isEmpty()) {
            return 0.0;
        }
        Set<String> qs = new HashSet<>(q);
        Set<String> es = new HashSet<>(e);
        Set<String> common = new HashSet<>(qs);
        common.retainAll(es);
        return Math.max((double) common.size() / qs.size(), (double) common.size() / es.size());
    }

    static Set<String> places(Object value) {
        Set<String> out = new LinkedHashSet<>();
        for (String part : textOrEmpty(value).split(";", -1)) {
            String p = pyStrip(part);
            if (!p.isEmpty()) {
                out.add(pyLower(p));
            }
        }
        return out;
    }

    static boolean samePlace(Map<String, Object> gold, Map<String, Object> pred) {
        Set<String> g = places(gold.get("location"));
        Set<String> p = places(pred.get("location"));
        if (g.isEmpty() || p.isEmpty()) {
            return false;
        }
        for (String a : g) {
            for (String b : p) {
                if (a.equals(b) || b.contains(a) || a.contains(b)) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean typeRight(Map<String, Object> gold, Map<String, Object> pred) {
        Object t = PyValues.truthy(pred.get("event_type")) ? pred.get("event_type") : "";
        if (PyValues.pyEquals(t, gold.get("event_type"))) {
            return true;
        }
        Object alts = gold.get("alt_types");
        if (!PyValues.truthy(alts) || !(alts instanceof List<?> list)) {
            return false;
        }
        String type = String.valueOf(t);
        for (Object alt : list) {
            String a = String.valueOf(alt);
            if (a.split("/", -1)[0].equals(type) || a.startsWith(type + "/")) {
                return true;
            }
        }
        return false;
    }

    static boolean fieldRight(String name, Map<String, Object> gold, Map<String, Object> pred) {
        Object g = gold.get(name);
        Object p = pred.get(name);
        switch (name) {
            case "fatalities" -> {
                boolean predNoneOrZero = p == null || PyValues.pyEquals(p, 0);
                return (g == null && predNoneOrZero) || (g != null && p != null && pyInt(g) == pyInt(p));
            }
            case "location" -> {
                return samePlace(gold, pred) || (places(g).isEmpty() && places(p).isEmpty());
            }
            case "country", "admin1" -> {
                return places(g).equals(places(p));
            }
            default -> {
                Object gv = PyValues.truthy(g) ? g : "";
                Object pv = PyValues.truthy(p) ? p : "";
                return PyValues.pyEquals(gv, pv);
            }
        }
    }

    static boolean sameDoc(Map<String, Object> gold, Map<String, Object> pred) {
        return PyValues.pyEquals(pred.get("doc"), gold.get("doc"));
    }
}
