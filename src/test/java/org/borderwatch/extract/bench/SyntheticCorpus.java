package org.borderwatch.extract.bench;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Generates report-like text for throughput benchmarks by filling sentence templates written for the
 * benchmark (no corpus prose) with dates, places, actors and numbers, under monthly headings.
 */
final class SyntheticCorpus {
    private static final String[] TEMPLATES = {
        "On {day} {month}, {adj} forces opened fire on positions near {place}, and {n} soldiers were wounded.",
        "The {adj} defence ministry said that {n} servicemen were killed in a clash near {place}.",
        "On {day} {month}, talks between the two foreign ministers took place in {city}.",
        "The following day, {adj} troops advanced about {n} kilometres towards {place}.",
        "Officials warned that further escalation could follow if the talks failed.",
        "Local residents of {place} reported shelling late in the evening, which the other side denied.",
        "Analysts argued that the balance of power in the region would keep shifting for years.",
        "On {day} {month}, hundreds of protesters rallied in {city} against the government.",
        "A ceasefire was agreed on {day} {month} after mediation by foreign envoys.",
        "Soldiers of both sides exchanged fire near {place} for several hours.",
        "The ministry reported that a checkpoint had been installed on the road to {place}.",
        "Observers noted that the situation along the border remained tense but calm.",
        "According to the {adj} side, {n} square kilometres of farmland were seized near {place}.",
        "The same day, the prime minister convened an emergency meeting of the security council.",
        "Humanitarian groups said that roads to {place} were blocked for most of the week.",
        "The government is set to discuss new border arrangements at a summit next year.",
    };
    /** Sentences that report no event, so event density is close to that of real reports (about one per 100 words). */
    private static final String[] BACKGROUND = {
        "The border between the two countries was never fully demarcated after the collapse of the union.",
        "Many families in the mountain villages depend on grazing land that lies close to the frontier.",
        "Both governments describe the disputed heights as essential to the security of their roads.",
        "Economists point to the transit routes as the main prize in any lasting settlement.",
        "The region's history of shifting administrative lines has left many enclaves and exclaves.",
        "Public opinion in both capitals remains sceptical of compromises offered by outside powers.",
        "Road construction and new fortifications have changed the landscape along much of the line.",
        "International organisations have repeatedly offered technical help with mapping the frontier.",
        "The winter months usually bring a lull as snow closes the high mountain passes.",
        "Commentators have compared the dispute with other unresolved conflicts in the wider region.",
        "Schools and clinics in frontier settlements have struggled to keep their staff.",
        "The opposition has questioned the strategy of the government in several parliamentary debates.",
    };
    private static final String[] ADJECTIVES = {"Azerbaijani", "Armenian", "Azeri"};
    private static final String[] PLACES = {"Sotk", "Jermuk", "Goris", "Kapan", "Yeraskh", "Vardenis", "Kut", "Tegh",
        "Norabak", "the Lachin corridor", "Verin Shorzha", "Sisian"};
    private static final String[] CITIES = {"Yerevan", "Baku", "Moscow", "Brussels", "Prague"};

    private SyntheticCorpus() {
    }

    /** Documents totalling about {@code words} words, each about {@code perDocument} words. */
    static List<String> documents(long words, int perDocument, long seed) {
        Random random = new Random(seed);
        List<String> docs = new ArrayList<>();
        long made = 0;
        while (made < words) {
            StringBuilder doc = new StringBuilder();
            int docWords = 0;
            int year = 2020 + random.nextInt(4);
            while (docWords < perDocument) {
                Month month = Month.of(1 + random.nextInt(12));
                String monthName = month.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
                doc.append(monthName).append(' ').append(year).append("\n\n");
                for (int p = 0; p < 3; p++) {
                    int sentences = 3 + random.nextInt(4);
                    for (int s = 0; s < sentences; s++) {
                        String[] pool = random.nextInt(10) < 7 ? BACKGROUND : TEMPLATES;
                        String t = pool[random.nextInt(pool.length)]
                                .replace("{day}", String.valueOf(1 + random.nextInt(28)))
                                .replace("{month}", monthName)
                                .replace("{adj}", ADJECTIVES[random.nextInt(ADJECTIVES.length)])
                                .replace("{place}", PLACES[random.nextInt(PLACES.length)])
                                .replace("{city}", CITIES[random.nextInt(CITIES.length)])
                                .replace("{n}", String.valueOf(1 + random.nextInt(40)));
                        doc.append(t).append(s + 1 < sentences ? " " : "\n\n");
                        docWords += t.split("\\s+").length;
                    }
                }
            }
            made += docWords;
            docs.add(doc.toString());
        }
        return docs;
    }
}
