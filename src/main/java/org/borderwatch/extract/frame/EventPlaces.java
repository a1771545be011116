package org.borderwatch.extract.frame;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.config.ConflictConfig;
import org.borderwatch.extract.layout.Sentence;
import org.borderwatch.extract.layout.Token;
import org.borderwatch.extract.mention.ActorMention;
import org.borderwatch.extract.mention.PlaceMention;
import org.borderwatch.extract.mention.SentenceMentions;
import org.borderwatch.extract.config.WordLists;

/**
 * Chooses where a sentence's event happened among the places it names: venues rather than modifiers
 * ("the Karabakh war") or neighbours ("the border with X's Y"), the most specific first, one country
 * unless provinces of both are named, and per village for incursions and attacks.
 */
public final class EventPlaces {
    private static final WordLists WORDS = WordLists.english();

    private static final Set<String> MODIFIED_NOUNS = WORDS.words("modified-nouns");
    private static final Set<String> MEETING_NOUNS = WORDS.words("meeting-nouns");
    private static final Set<String> SETTLEMENT_NOUNS = WORDS.words("settlement-nouns");
    private static final Set<String> VENUE_WORDS = WORDS.words("venue-words");
    /** Nouns that a place name stands in apposition to: "the capital Yerevan", "the city of X". */
    private static final Set<String> APPOSITION_HEADS = WORDS.words("apposition-heads");
    /** Verbs of saying, and those by which a body in a capital speaks ("the ministry in X called it ..."). */
    private static final Set<String> SPEECH_VERBS = WORDS.words("speech-verbs");
    private static final Set<String> PASSIVE_AUXILIARIES = Set.of("is", "was", "been");
    private static final Set<String> SEAT_SPEECH_VERBS = WORDS.words("seat-speech-verbs");
    /** Bodies that speak from a seat ("officials", "ministry"), and how far before the place they may stand. */
    private static final Set<String> SPEAKER_NOUNS = WORDS.words("speaker-nouns");
    private static final int SPEAKER_REACH = WORDS.window("speaker-reach");
    /** Ranks and titles that stand right before a person's name. */
    private static final Set<String> PERSON_TITLES = WORDS.words("person-titles");

    /** How many capitalised words may stand between a city and the meeting noun ending a gathering's name. */
    private static final int NAME_WORDS_BEFORE_MEETING_NOUN = 3;
    /** The nouns that end a gathering's own name ("Security Conference"), not a process talked about ("Peace Process"). */
    private static final Set<String> GATHERING_NAME_HEADS = WORDS.words("gathering-name-heads");

    private final ConflictConfig config;

    public EventPlaces(ConflictConfig config) {
        this.config = config;
    }

    /**
     * The places where the event is, for meetings and accords ({@code venueOf} set) only where they were held:
     * introduced by a locative word, the most specific first, and only those
     * in the same country as the most specific one (a border "with Azerbaijan's Nakhchivan" is not a venue).
     */
    List<String> places(Sentence s, List<PlaceMention> mentions, SubEventType venueOf, List<ActorMention> actors) {
        List<Token> tokens = s.tokens();
        List<PlaceMention> located = new ArrayList<>();
        int mainClause = mainClauseStart(tokens, mentions);
        for (PlaceMention p : mentions) {
            if (p.toToken() <= mainClause) {
                continue; // "After an incident in X, forces clashed in Y": X is where the earlier incident was
            }
            if (isCountry(p.name())) {
                continue; // a country is where, not a place: territorial cues handle "in Armenia"
            }
            // "their second Brussels meeting": for a meeting, a city naming it is where it was held
            // (also as the first word of a gathering's own name, "on the sidelines of the Westholm Security Conference",
            // unless the sentence names where it met: "at the Westholm Peace Forum in Northport")
            int head = p.toToken();
            while (head < tokens.size() - 1 && head < p.toToken() + NAME_WORDS_BEFORE_MEETING_NOUN && tokens.get(head).isCapitalised()
                    && !MEETING_NOUNS.contains(tokens.get(head).key())) {
                head++;
            }
            boolean gatheringsName = head > p.toToken() && head < tokens.size() && GATHERING_NAME_HEADS.contains(tokens.get(head).key())
                    && mentions.stream().noneMatch(q -> q != p && venueWordBefore(tokens, appositionStart(tokens, q.fromToken())));
            boolean namesTheMeeting = venueOf != null && head < tokens.size()
                    && (head == p.toToken() && MEETING_NOUNS.contains(tokens.get(head).key()) || gatheringsName) && config.place(p.name())
                    .map(e -> e.cls() == org.borderwatch.domain.FeatureClass.LOCALITY).orElse(false);
            String next = p.toToken() < tokens.size() ? tokens.get(p.toToken()).key() : "";
            if (!namesTheMeeting && !namedSettlement(p, next)
                    && (MODIFIED_NOUNS.contains(next) || config.localWords().peopleNouns().contains(next))) {
                continue; // "the Karabakh war", "the Karabakh clan": a modifier, not a place of the event
            }
            if (mentions.stream().anyMatch(q -> q != p && (q.toToken() == p.fromToken() || p.toToken() == q.fromToken()))) {
                continue; // "Kesta Lorva": two known names written as one are a third place the gazetteer lacks, not either
            }
            if (subjectOfDispute(tokens, p)) {
                continue; // "tensions after last year's war over the disputed X region": what was fought over, not where
            }
            if (routeEnd(tokens, p)) {
                continue; // "the pipeline leading from X to Y": the ends of a line, not where it was cut
            }
            if (containerOfAnother(p, mentions, tokens)) {
                continue; // "Chartar village of Martuni district": the unit Chartar lies in, not a second place
            }
            boolean venue = namesTheMeeting || venueWordBefore(tokens, appositionStart(tokens, p.fromToken()))
                    || coordinatedWithVenue(tokens, p) || venueOf != null && inOpeningLabel(tokens, p)
                    // (a venue the sentence itself names outranks its label: "- 14 May, X: the ministers met in Y")
                    && mentions.stream().noneMatch(q -> q != p && venueWordBefore(tokens, appositionStart(tokens, q.fromToken())));
            int back = p.fromToken() - 1;
            while (back > 0 && (tokens.get(back).key().equals("'s") || tokens.get(back).isCapitalised())) {
                back--; // skip "Azerbaijan 's" in "border with Azerbaijan's Nakhchivan"
            }
            boolean borderWith = back > 0 && tokens.get(back).key().equals("with") && tokens.get(back - 1).key().equals("border");
            if (borderWith) {
                continue;
            }
            if (personName(tokens, p)) {
                continue; // "Major General Polad Hashimov", "a soldier, Kazimov Anar Rustam": a person, not a place
            }
            if (homeOfAPerson(tokens, p)) {
                continue; // "Sergeant Aram Vardanyan, 21, of Kesta": where a person comes from, not where it happened
            }
            if (speakerSeat(tokens, p)) {
                continue; // "officials in X said": where the speaker sits, not where the event happened
            }
            if (speakingBodyOf(tokens, p) && anotherPlaceTold(tokens, mentions, p)) {
                continue; // "the X regional administration says residents of A and B ...": the body's seat, not a place told
            }
            if (p.fromToken() > 1 && tokens.get(p.fromToken() - 1).key().equals("to")
                    && tokens.get(p.fromToken() - 2).key().equals("according")) {
                continue; // "According to X, troops fired on ...": the capital is the source, standing for its government
            }
            if (p.fromToken() > 0 && tokens.get(p.fromToken() - 1).key().equals("what") && p.toToken() < tokens.size()
                    && NAMING_VERBS.contains(tokens.get(p.toToken()).key())) {
                continue; // "in what Baku called operation Revenge": the capital names the act, standing for its government
            }
            if (dateline(tokens, p)) {
                continue; // "BATKEN — The border service said ...": where the reporter files from
            }
            boolean namesAnActor = actors.stream().anyMatch(a -> a.from() <= p.fromToken() && p.toToken() <= a.to());
            if (namesAnActor && p.toToken() < tokens.size() && SPEECH_VERBS.contains(tokens.get(p.toToken()).key())) {
                continue; // "in which X said": the capital speaks for its government, even after "in"
            }
            if (namesAnActor && !venue) {
                continue; // "Yerevan said": the capital stands for its government
            }
            if (venueOf != null) {
                boolean locality = config.place(p.name()).map(e -> e.cls() == org.borderwatch.domain.FeatureClass.LOCALITY
                        || e.cls() == org.borderwatch.domain.FeatureClass.DISTRICT).orElse(true);
                if (!venue || !locality) {
                    continue;
                }
            }
            located.add(p);
        }
        located = withoutDestinations(tokens, located);
        located = withoutPlacesCarriedTo(tokens, located);
        located = withoutLandmarks(tokens, located);
        located = withoutUnitsOfAnApposition(tokens, located);
        located = withoutFiringPositions(tokens, located, venueOf);
        located = withoutFacilityNames(tokens, located);
        located = withoutPlacesOfCare(tokens, located);
        if (venueOf != null) {
            located = withoutTopicsOfTheMeeting(tokens, located);
        }
        located = located.stream().filter(p -> !capitalReceiving(tokens, p)).toList();
        List<String> names = new ArrayList<>(located.stream().map(PlaceMention::name).distinct().toList());
        names.sort(Comparator.comparingInt(this::specificity));
        if (names.isEmpty() && venueOf != null) {
            visitedCapital(tokens, actors).ifPresent(names::add);
        }
        if (names.isEmpty()) {
            return names;
        }
        String primary = config.place(names.get(0)).map(ConflictConfig.PlaceEntry::country).orElse(null);
        long districtCountries = names.stream().map(config::place).flatMap(java.util.Optional::stream)
                .filter(e -> e.cls() == org.borderwatch.domain.FeatureClass.DISTRICT)
                .map(ConflictConfig.PlaceEntry::country).distinct().count();
        if (districtCountries > 1 && venueOf == null) {
            return names; // provinces of both countries named: the event spans the border
        }
        List<String> kept = new ArrayList<>();
        for (String n : names) {
            String c = config.place(n).map(ConflictConfig.PlaceEntry::country).orElse(null);
            if (primary == null || c == null || c.equals(primary) || venueOf == null && listedWith(tokens, located, n, names.get(0))) {
                kept.add(n);
            }
        }
        return kept;
    }

    /**
     * "Positions near X in district D and Y in district E": places the text gives each with a district of
     * its own are separate incidents, one frame each (with its district); none when the sentence does not
     * pair at least two places with different districts. Meetings and accords are one act wherever held.
     */
    private List<EventFrame> perLocalityInOwnUnit(EventFrame f, Sentence s, List<PlaceMention> mentions) {
        if (f.type() == SubEventType.OTHER || f.type() == SubEventType.AGREEMENT) {
            return List.of();
        }
        List<Token> t = s.tokens();
        java.util.Map<String, String> unitOf = new java.util.LinkedHashMap<>();
        for (PlaceMention p : mentions) {
            int in = p.toToken();
            if (!f.places().contains(p.name()) || in + 1 >= t.size() || !t.get(in).key().equals("in") || isDistrict(p.name())) {
                continue;
            }
            mentions.stream().filter(d -> d.fromToken() == in + 1 && isDistrict(d.name()) && f.places().contains(d.name()))
                    .findFirst().ifPresent(d -> unitOf.putIfAbsent(p.name(), d.name()));
        }
        if (unitOf.size() < 2 || new java.util.HashSet<>(unitOf.values()).size() < 2) {
            return List.of();
        }
        List<EventFrame> out = new ArrayList<>();
        for (java.util.Map.Entry<String, String> pair : unitOf.entrySet()) {
            out.add(f.withPlaces(List.of(pair.getKey(), pair.getValue()))
                    .with(FrameRule.PER_PLACE_IN_UNIT.decide(org.borderwatch.domain.Decision.Verdict.SPLIT, pair.getKey())));
        }
        return out;
    }

    /**
     * "the Kokhanabad settlement", "the Zabukh settlement of the Lachin district": a name no list knows, or a
     * listed village's, followed by a word for a settlement, is a village, though "the Karabakh settlement" (a
     * region's) is a peace deal.
     */
    private boolean namedSettlement(PlaceMention p, String next) {
        return SETTLEMENT_NOUNS.contains(next) && config.place(p.name())
                .map(e -> e.cls() == org.borderwatch.domain.FeatureClass.LOCALITY && config.sides().contains(e.country()))
                .orElse(true); // (a capital abroad names a peace process: "the Minsk settlement")
    }

    private boolean isDistrict(String name) {
        return config.place(name).map(e -> e.cls() == org.borderwatch.domain.FeatureClass.DISTRICT).orElse(false);
    }

    private static final Set<String> SPAN_PREPOSITIONS = WORDS.words("span-prepositions");

    /**
     * The countries an act explicitly straddles: "both within X and Y" where X and Y lie in (or are) different
     * countries, or "on both sides of the border" (the conflict's two sides); else an empty list.
     */
    List<String> spannedCountries(Sentence s, List<PlaceMention> mentions) {
        List<Token> t = s.tokens();
        for (int i = 0; i + 3 < t.size(); i++) {
            if (!t.get(i).key().equals("both")) {
                continue;
            }
            if (t.get(i + 1).key().equals("sides") && i + 4 < t.size() && t.get(i + 2).key().equals("of")
                    && t.get(i + 4).key().equals("border")) {
                return config.sides().size() == 2 ? List.copyOf(config.sides()) : List.of();
            }
            int at = SPAN_PREPOSITIONS.contains(t.get(i + 1).key()) ? i + 2 : i + 1;
            Item first = countryAt(t, at, mentions);
            if (first == null || first.end() >= t.size() || !t.get(first.end()).key().equals("and")) {
                continue;
            }
            int next = first.end() + 1;
            if (next < t.size() && SPAN_PREPOSITIONS.contains(t.get(next).key())) {
                next++;
            }
            Item second = countryAt(t, next, mentions);
            if (second != null && !second.country().equals(first.country())) {
                return List.of(first.country(), second.country());
            }
        }
        return List.of();
    }

    /** A place or country name starting at a token, and the country it lies in. */
    private record Item(String country, int end) {
    }

    private Item countryAt(List<Token> t, int at, List<PlaceMention> mentions) {
        if (at >= t.size()) {
            return null;
        }
        for (PlaceMention p : mentions) {
            if (p.fromToken() == at) {
                String c = countryNamed(p.name()).orElseGet(() -> config.place(p.name()).map(ConflictConfig.PlaceEntry::country).orElse(null));
                return c == null ? null : new Item(c, p.toToken());
            }
        }
        return countryNamed(t.get(at).text()).map(c -> new Item(c, at + 1)).orElse(null);
    }

    private java.util.Optional<String> countryNamed(String name) {
        return config.countries().stream().filter(c -> c.name().equalsIgnoreCase(name)
                || c.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(name))).map(ConflictConfig.Country::name).findFirst();
    }

    /**
     * Incursions and attacks on civilians reported at two or three villages are coded, as ACLED codes
     * events, once per village; the districts named stay with each.
     */
    List<EventFrame> perLocality(EventFrame f, Sentence s, List<PlaceMention> mentions) {
        List<EventFrame> byUnit = perLocalityInOwnUnit(f, s, mentions);
        if (!byUnit.isEmpty()) {
            return byUnit;
        }
        if (f.type() != SubEventType.ATTACK && f.type() != SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY) {
            return List.of(f);
        }
        List<String> localities = f.places().stream().filter(p -> config.place(p)
                .map(e -> e.cls() == org.borderwatch.domain.FeatureClass.LOCALITY).orElse(false)).toList();
        List<String> others = f.places().stream().filter(p -> !localities.contains(p)).toList();
        boolean onlyDistricts = others.stream().allMatch(this::isDistrict);
        if (localities.size() < 2 || localities.size() > 3 || !onlyDistricts) {
            return List.of(f);
        }
        List<EventFrame> out = new ArrayList<>();
        for (String village : localities) {
            List<String> places = new ArrayList<>();
            places.add(village);
            places.addAll(others);
            out.add(f.withPlaces(places).with(FrameRule.PER_PLACE.decide(org.borderwatch.domain.Decision.Verdict.SPLIT, village)));
        }
        return out;
    }

    /**
     * Where protesters protest: a named place; else where the government they face governs (the first
     * government or leader named: "protests against Prime Minister X", "came to power after protests"), which
     * a country named for another reason in the sentence ("concessions to Y") does not change; else a
     * territorial cue, else the country of the first actor named.
     */
    String protestCountry(List<String> places, List<String> cues, List<ActorMention> actors) {
        for (String p : places) {
            java.util.Optional<String> c = config.place(p).map(ConflictConfig.PlaceEntry::country);
            if (c.isPresent()) {
                return c.get();
            }
        }
        java.util.Optional<String> governed = actors.stream()
                .filter(a -> "government".equals(a.role()) && a.country() != null)
                .map(ActorMention::country).findFirst();
        if (governed.isPresent()) {
            return governed.get();
        }
        if (!cues.isEmpty()) {
            return cues.get(0);
        }
        return actors.stream().map(ActorMention::country).filter(Objects::nonNull).findFirst().orElse(null);
    }

    /**
     * The token where the main clause starts when the sentence opens with a clause about an earlier happening
     * ("After an incident on 6 July in X, ...") and the main clause names places of its own; else 0.
     */
    /**
     * "The people of X share the grief of Y, where a missile killed 13": an act told in a "where" clause happened at
     * the place the clause hangs on (with the places listed with it: "from A, B and C, where clashes took place") and
     * at places named inside it, not at those of the clause before.
     */
    static List<PlaceMention> whereClauseOnly(List<Token> tokens, List<PlaceMention> mentions, int firstTrigger) {
        for (int k = 0; k < mentions.size(); k++) {
            PlaceMention p = mentions.get(k);
            int where = p.toToken() < tokens.size() && tokens.get(p.toToken()).key().equals(",") ? p.toToken() + 1 : p.toToken();
            // (a comma after the clause ends it: "In X, a town near Y, where refugees settled, shells killed four")
            if (where < firstTrigger && tokens.get(where).key().equals("where")
                    && tokens.subList(where, firstTrigger).stream().noneMatch(t -> t.key().equals(","))) {
                int first = k;
                while (first > 0 && onlyListJoinersBetween(tokens, mentions.get(first - 1), mentions.get(first))) {
                    first--;
                }
                int listStart = mentions.get(first).fromToken();
                return mentions.stream().filter(q -> q.fromToken() >= listStart).toList();
            }
        }
        return mentions;
    }

    /** Whether only commas and "and" stand between two places: "A, B and C" lists them. */
    private static boolean onlyListJoinersBetween(List<Token> tokens, PlaceMention before, PlaceMention after) {
        return before.toToken() < after.fromToken() && tokens.subList(before.toToken(), after.fromToken()).stream()
                .allMatch(t -> t.key().equals(",") || t.key().equals("and"));
    }

    static int mainClauseStart(List<Token> tokens, List<PlaceMention> mentions) {
        int comma = EarlierHappening.openingEnd(tokens);
        return comma > 0 && mentions.stream().anyMatch(m -> m.fromToken() > comma) ? comma : 0;
    }

    /**
     * Whether the event lies in a region held by another country than the one it belongs to: some place is in
     * the region and none lies in the holder's own country. Fighting "in the X-Lachin and Syunik areas" spans the
     * holder's border, so it is between the two states' forces, not with the region's own.
     */
    boolean insideHeldRegion(List<String> places) {
        List<ConflictConfig.Region> regions = places.stream().map(config::regionOf).flatMap(java.util.Optional::stream).toList();
        if (regions.isEmpty()) {
            return false;
        }
        return places.stream().filter(p -> config.regionOf(p).isEmpty()).map(config::place).flatMap(java.util.Optional::stream)
                .noneMatch(e -> regions.stream().anyMatch(r -> r.heldBy() != null && r.heldBy().equals(e.country())));
    }

    /** Whether a locative word ("in", "visited") stands in the two tokens before {@code at}. */
    private static boolean venueWordBefore(List<Token> tokens, int at) {
        for (int i = at - 1; i >= Math.max(0, at - 2); i--) {
            if (VENUE_WORDS.contains(tokens.get(i).key())) {
                return true;
            }
        }
        return false;
    }

    /** How many tokens a chronology's opening label may hold before its colon ("- 14 May, X (EPC):"). */
    private static final int LABEL_TOKENS = 8;

    /**
     * "14 May, X: the leaders met", "X (summit): talks": a place in a label of names, numbers and marks closed by a
     * colon at the sentence's start is where the meeting the rest tells was held, as a chronology's entries put it. Not
     * a dateline ("X, 16.11.2021: the office said", the place first and a comma after it) nor a heading in capitals.
     */
    private static boolean inOpeningLabel(List<Token> tokens, PlaceMention p) {
        int first = 0;
        while (first < tokens.size() && !Character.isLetterOrDigit(tokens.get(first).key().charAt(0))) {
            first++; // a list's dash or bullet
        }
        if (p.fromToken() == first && p.toToken() < tokens.size() && tokens.get(p.toToken()).key().equals(",")) {
            return false;
        }
        boolean inBrackets = false;
        for (int i = 0; i < Math.min(tokens.size(), LABEL_TOKENS + 1); i++) {
            Token t = tokens.get(i);
            String k = t.key();
            if (k.equals(":")) {
                return p.toToken() <= i;
            }
            inBrackets = k.equals("(") || inBrackets && !k.equals(")");
            boolean inPlace = p.fromToken() <= i && i < p.toToken();
            boolean heading = !inBrackets && !inPlace && t.text().length() > 1 && t.text().chars().allMatch(Character::isUpperCase);
            if (heading || !inBrackets && !t.isCapitalised() && Character.isLetter(k.charAt(0))) {
                return false;
            }
        }
        return false;
    }

    /**
     * Where the noun phrase a place name closes begins: "visited [Armenia's capital Yerevan]", "in [the Armenian
     * capital Yerevan]", "in [the town of Kesta]". A locative word before the phrase places the event at the name it ends with.
     */
    private static int appositionStart(List<Token> tokens, int from) {
        int at = from;
        if (at > 1 && tokens.get(at - 1).key().equals("of") && APPOSITION_HEADS.contains(tokens.get(at - 2).key())) {
            at--; // "in the town of X" names the place as "in the town X" does
        }
        if (at == 0 || !APPOSITION_HEADS.contains(tokens.get(at - 1).key())) {
            return from;
        }
        at--;
        while (at > 0 && at > from - 5 && (tokens.get(at - 1).isCapitalised() || tokens.get(at - 1).key().equals("'s")
                || tokens.get(at - 1).key().equals("the"))) {
            at--;
        }
        return at;
    }

    /**
     * "visited X 5 May and 10 May Y": a place joined by "and" to a name that follows a locative word, with only a
     * date or an apposition between, is a venue too.
     */
    private static boolean coordinatedWithVenue(List<Token> tokens, PlaceMention p) {
        int at = appositionStart(tokens, p.fromToken());
        for (int i = at - 1; i > 0 && i >= at - 6; i--) {
            String k = tokens.get(i).key();
            if (k.equals("and")) {
                int name = i - 1;
                while (name > 0 && tokens.get(name - 1).isCapitalised()) {
                    name--;
                }
                return tokens.get(i - 1).isCapitalised() && venueWordBefore(tokens, appositionStart(tokens, name));
            }
            boolean dateWord = tokens.get(i).isCapitalised() || Character.isDigit(k.charAt(0)) || k.equals("-")
                    || k.equals("on") || k.equals(",");
            if (!dateWord) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> VISIT_WORDS = WORDS.words("visit-words");
    /** Roles of roles.yaml whose offices sit in the capital. */
    private static final Set<String> SEATS_OF_GOVERNMENT = WORDS.words("seats-of-government");

    /**
     * "His visit to the Foreign Ministry of X", "visited X's government": a visit to a country's government or
     * ministry, with no place named, was in that country's configured capital.
     */
    private java.util.Optional<String> visitedCapital(List<Token> tokens, List<ActorMention> actors) {
        for (ActorMention a : actors) {
            if (a.country() == null || a.role() == null || !SEATS_OF_GOVERNMENT.contains(a.role())) {
                continue;
            }
            for (int i = Math.max(0, a.from() - 3); i < a.from(); i++) {
                // "visited the Northian leader" is in his capital; "a visit by the Northian leader" is not
                if (VISIT_WORDS.contains(tokens.get(i).key()) && !Sentence.anyKeyIn(tokens, i + 1, a.from(), Set.of("by"))) {
                    return config.country(a.country()).map(ConflictConfig.Country::capital);
                }
            }
        }
        return java.util.Optional.empty();
    }

    /** Dashes and marks that end a dateline's place: "BATKEN —", "YEREVAN, Sept 15", "BISHKEK/DUSHANBE". */
    private static final Set<String> DATELINE_ENDS = Set.of("—", "–", "-", ",", "/", "(");

    /** Whether the place opens the sentence in capitals, as a dateline does: "BATKEN — The ministry said ...". */
    static boolean dateline(List<Token> tokens, PlaceMention p) {
        if (p.fromToken() > 2 || p.toToken() >= tokens.size() || !DATELINE_ENDS.contains(tokens.get(p.toToken()).text())) {
            return false;
        }
        for (int i = 0; i < p.toToken(); i++) {
            String text = tokens.get(i).text();
            if (!text.equals("/") && (text.length() < 3 || !text.equals(text.toUpperCase(java.util.Locale.ROOT)))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the place is the seat of a speaker: "the defence ministry in X said", "officials in X told reporters", "it
     * was stated in X", "in a statement distributed in X".
     * A report is often datelined and attributed from a capital that has nothing to do with where it happened.
     */
    static boolean speakerSeat(List<Token> tokens, PlaceMention p) {
        int in = p.fromToken() - 1;
        if (in < 1 || !tokens.get(in).key().equals("in")) {
            return false;
        }
        if (in >= 3 && tokens.get(in - 3).key().equals("it") && PASSIVE_AUXILIARIES.contains(tokens.get(in - 2).key())
                && SPEECH_VERBS.contains(tokens.get(in - 1).key())
                && (p.toToken() >= tokens.size() || !Character.isLetterOrDigit(tokens.get(p.toToken()).text().charAt(0)))) {
            // "..., it was stated in X.": a trailing attribution's seat ("shelling was reported in X" is not, nor is
            // "it was reported in X that ...", which tells what happened there)
            return true;
        }
        if (PAPER_ISSUING_VERBS.contains(tokens.get(in - 1).key()) && java.util.stream.IntStream
                .range(Math.max(0, in - PAPER_REACH), in - 1).anyMatch(i -> PAPER_NOUNS.contains(tokens.get(i).key()))) {
            return true; // "In a statement distributed in X, the ministry said ...": where the paper was put out
        }
        int reach = SPEAKER_REACH;
        boolean speaker = false;
        for (int i = in - 1; i >= Math.max(0, in - reach) && !speaker; i--) {
            speaker = SPEAKER_NOUNS.contains(tokens.get(i).key());
        }
        if (!speaker) {
            return false;
        }
        for (int i = p.toToken(); i < Math.min(tokens.size(), p.toToken() + reach); i++) {
            String k = tokens.get(i).key();
            if (SPEECH_VERBS.contains(k) || SEAT_SPEECH_VERBS.contains(k)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> PAPER_ISSUING_VERBS = WORDS.words("paper-issuing-verbs");
    private static final Set<String> PAPER_NOUNS = WORDS.words("paper-nouns");
    /** How far before "distributed in" the paper may be named: "a statement [of the ministry] distributed in". */
    private static final int PAPER_REACH = 4;
    private static final int BODY_MODIFIERS = 2;
    private static final Set<String> SEAT_BACK_REFERENCES = WORDS.words("seat-back-references");

    /**
     * Whether the sentence tells another place than the body's seat {@code seat}, not as where people went ("flee to
     * Y"), and does not point back to the seat ("struck the town").
     */
    private static boolean anotherPlaceTold(List<Token> tokens, List<PlaceMention> mentions, PlaceMention seat) {
        for (int i = 1; i < tokens.size(); i++) {
            if (tokens.get(i - 1).key().equals("the") && SEAT_BACK_REFERENCES.contains(tokens.get(i).key())) {
                return false;
            }
        }
        return mentions.stream().anyMatch(q -> q != seat && !(q.fromToken() > 0
                && DESTINATION_WORDS.contains(tokens.get(q.fromToken() - 1).key())));
    }

    /**
     * Whether the place names a body that speaks right after it: "The X regional administration says", "X city
     * officials said" (a lower-case word or two may stand between the place and the body).
     */
    static boolean speakingBodyOf(List<Token> tokens, PlaceMention p) {
        int i = p.toToken();
        while (i < tokens.size() && i < p.toToken() + BODY_MODIFIERS && !SPEAKER_NOUNS.contains(tokens.get(i).key())
                && !tokens.get(i).isCapitalised() && Character.isLetter(tokens.get(i).text().charAt(0))) {
            i++;
        }
        return i + 1 < tokens.size() && SPEAKER_NOUNS.contains(tokens.get(i).key())
                && (SPEECH_VERBS.contains(tokens.get(i + 1).key()) || SEAT_SPEECH_VERBS.contains(tokens.get(i + 1).key()));
    }

    private static final Set<String> DISPLACEMENT_VERBS = WORDS.words("displacement-verbs");
    private static final Set<String> DESTINATION_WORDS = WORDS.words("destination-words");
    private static final Set<String> PEOPLE_MOVING_VERBS = WORDS.words("people-moving-verbs");
    private static final Set<String> DISPLACED_PEOPLE = WORDS.words("displaced-people");

    /**
     * People evacuated from some places to others ("residents of A and B were bused towards C", "taken to schools
     * in C") were displaced where they lived: the places after the destination word are where they went, not where
     * the event is, even when they are the only places named (the place told before then carries over). The
     * wounded taken to a hospital in X, with nothing else named, are still placed at X: the nearest place told.
     */
    static List<PlaceMention> withoutDestinations(List<Token> tokens, List<PlaceMention> located) {
        int verb = -1;
        boolean civiliansNamed = false;
        for (int i = 0; i < tokens.size() && verb < 0; i++) {
            String key = tokens.get(i).key();
            civiliansNamed |= DISPLACED_PEOPLE.contains(key);
            if (DISPLACEMENT_VERBS.contains(key) || civiliansNamed && PEOPLE_MOVING_VERBS.contains(key)
                    || PEOPLE_CARRYING_VERBS.contains(key) && peopleFollow(tokens, i)) {
                verb = i;
            }
        }
        if (verb < 0) {
            return located;
        }
        // "families from X crossed the bridge at Y": who left a place named after "from" were displaced there
        List<PlaceMention> leftFrom = leftFrom(tokens, located);
        if (!leftFrom.isEmpty()) {
            return leftFrom;
        }
        int destination = -1;
        for (int i = verb + 1; i < tokens.size() && destination < 0; i++) {
            if (DESTINATION_WORDS.contains(tokens.get(i).key())) {
                destination = i;
            }
        }
        if (destination < 0) {
            return located;
        }
        int from = destination;
        List<PlaceMention> origins = located.stream().filter(p -> p.fromToken() < from).toList();
        boolean toCare = tokens.subList(from, tokens.size()).stream().anyMatch(t -> CARE_NOUNS.contains(t.key()));
        return origins.isEmpty() && toCare ? located : origins;
    }

    private static final Set<String> NAMING_VERBS = WORDS.words("naming-verbs");
    private static final Set<String> CARRYING_VERBS = WORDS.words("carried-to-verbs");
    /** How many words may stand between a carrying verb and the "to" of where it went ("flown with them to"). */
    private static final int CARRIED_TO_REACH = 3;

    /**
     * "detained in X and flown to Y", "whom the Red Cross was taking to Y": where someone was carried off to is no
     * place of the act, when another place is named (the act is placed at Y when Y is all the sentence names).
     */
    static List<PlaceMention> withoutPlacesCarriedTo(List<Token> tokens, List<PlaceMention> located) {
        List<PlaceMention> kept = located.stream().filter(p -> !carriedTo(tokens, p)).toList();
        return kept.isEmpty() ? located : kept;
    }

    private static boolean carriedTo(List<Token> tokens, PlaceMention p) {
        int to = p.fromToken() - 1;
        if (to < 1 || !tokens.get(to).key().equals("to")) {
            return false;
        }
        for (int i = to - 1; i >= Math.max(0, to - CARRIED_TO_REACH); i--) {
            if (CARRYING_VERBS.contains(tokens.get(i).key())) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> ORIGIN_LIST_FILLERS = WORDS.words("origin-list-fillers");
    private static final Set<String> PEOPLE_CARRYING_VERBS = WORDS.words("people-carrying-verbs");
    /** How many words after a carrying verb its people may be named ("took most of the women"). */
    private static final int CARRIED_PEOPLE_REACH = WORDS.window("carried-people-reach");

    /** "buses took the women and children of A to B": people carried off, named right after the verb. */
    private static boolean peopleFollow(List<Token> tokens, int verb) {
        return tokens.subList(verb + 1, Math.min(tokens.size(), verb + 1 + CARRIED_PEOPLE_REACH)).stream()
                .anyMatch(t -> DISPLACED_PEOPLE.contains(t.key()));
    }

    /** The places named after "from", with the list each opens ("from A, B and the village of C"). */
    private static List<PlaceMention> leftFrom(List<Token> tokens, List<PlaceMention> located) {
        List<PlaceMention> origins = new ArrayList<>();
        PlaceMention last = null;
        for (PlaceMention p : located.stream().sorted(Comparator.comparingInt(PlaceMention::fromToken)).toList()) {
            boolean listed = last != null && p.fromToken() >= last.toToken() && tokens.subList(last.toToken(), p.fromToken()).stream()
                    .allMatch(t -> LIST_LINKS.contains(t.key()) || ORIGIN_LIST_FILLERS.contains(t.key()));
            if (afterFrom(tokens, p.fromToken()) || listed) {
                origins.add(p);
                last = p;
            }
        }
        return origins;
    }

    /** Whether "from" stands right before the place, over an article and a settlement noun ("from the village of X"). */
    private static boolean afterFrom(List<Token> tokens, int at) {
        int i = backOver(tokens, at, -1, EventPlaces::filler);
        return i >= 0 && tokens.get(i).key().equals("from");
    }

    /**
     * Whether two places are named in one list ("a shootout near the villages of A and B"): the act happened at
     * both, even when they lie on either side of the border. Not for meetings: a minister who visited two capitals
     * met in each on a day of its own.
     */
    private static boolean listedWith(List<Token> tokens, List<PlaceMention> located, String name, String other) {
        for (PlaceMention a : located) {
            for (PlaceMention b : located) {
                if (a.name().equals(name) && b.name().equals(other) && a != b) {
                    PlaceMention first = a.fromToken() < b.fromToken() ? a : b;
                    PlaceMention second = first == a ? b : a;
                    List<Token> between = second.fromToken() > first.toToken() ? tokens.subList(first.toToken(), second.fromToken())
                            : List.of();
                    // "near Kesta and near Tarn", "in X and in Y": a place word repeated after "and" lists the places too
                    int last = between.size() - 1;
                    boolean repeated = last >= 1 && LISTED_PLACE_WORDS.contains(between.get(last).key());
                    boolean joined = !between.isEmpty() && between.subList(0, repeated ? last : between.size()).stream()
                            .allMatch(t -> t.key().equals("and") || t.key().equals(",") || t.key().equals("or"));
                    if (joined) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Words of place that may stand again before each listed place: "near X and near Y". */
    private static final Set<String> LISTED_PLACE_WORDS = WORDS.words("listed-place-words");
    private static final Set<String> LANDMARK_ENDS = WORDS.words("landmark-ends");
    private static final Set<String> FIRING_POSITION_WORDS = WORDS.words("firing-position-words");
    private static final int FIRING_POSITION_REACH = WORDS.window("firing-position-reach");
    private static final Set<String> FIRING_POSITION_FILLERS = WORDS.words("firing-position-fillers");
    private static final Set<String> STATIONING_WORDS = WORDS.words("stationing-words");
    private static final Set<String> SHOOTER_NOUNS = WORDS.words("shooter-nouns");

    /**
     * "fired at positions in district D from the direction of X", "from positions near X": where the fire came
     * from is not where the event is, which ACLED places at the target; a report naming only where the fire came
     * from leaves the place to the target's side (the rulebook keeps firing positions in notes).
     */
    private static List<PlaceMention> withoutFiringPositions(List<Token> tokens, List<PlaceMention> located, SubEventType venueOf) {
        if (venueOf != null) {
            return located;
        }
        List<PlaceMention> origins = located.stream().filter(p -> firedFrom(tokens, p.fromToken())).toList();
        // "from the direction of X, D province": the unit that follows the origin is the origin's unit
        return located.stream().filter(p -> !origins.contains(p) && origins.stream().noneMatch(o -> unitAfter(tokens, o, p)))
                .toList();
    }

    /** What joins a place to its unit after it: "X, D province", "X in D province" (syntax, not vocabulary). */
    private static final Set<String> UNIT_LINKS = Set.of(",", "in");
    private static final Set<String> FACILITY_NOUNS = WORDS.words("facility-nouns");
    private static final Set<String> FACILITY_PLACING = WORDS.words("facility-placing-words");

    /**
     * "the Lachin border checkpoint at the Hakari bridge": a place that names a facility is the facility's name,
     * not a second place of the event, when the sentence also says where the facility stands.
     */
    private static List<PlaceMention> withoutFacilityNames(List<Token> tokens, List<PlaceMention> located) {
        return located.stream().filter(p -> !facilityPlacedAfter(tokens, p, located)).toList();
    }

    private static final Set<String> TOPIC_OPENERS = WORDS.words("meeting-topic-openers");

    /**
     * "met the governor in X to discuss the patrols near X and Y": once a meeting has its venue, places named in what
     * it was to discuss are its subject, not further venues.
     */
    private static List<PlaceMention> withoutTopicsOfTheMeeting(List<Token> tokens, List<PlaceMention> located) {
        int topic = 0;
        while (topic < tokens.size() && !TOPIC_OPENERS.contains(tokens.get(topic).key())) {
            topic++;
        }
        int opener = topic;
        if (opener == tokens.size() || located.stream().noneMatch(p -> p.toToken() <= opener)) {
            return located;
        }
        return located.stream().filter(p -> p.fromToken() < opener).toList();
    }

    private static final Set<String> CARE_NOUNS = WORDS.words("care-nouns");
    /** "are being treated in A and B": the verbs of care before where it is given. */
    private static final Set<String> TREATMENT_VERBS = WORDS.words("care-verbs-before-places");
    private static final Set<String> LIST_LINKS = Set.of(",", "and");

    /**
     * "taken to hospitals in A and B", "are being treated in A and B": where the wounded are treated is not where they
     * were hurt, so the places of a hospital or of treatment ("hospital in", "treated in", and the list that goes on from
     * there) are left out.
     */
    static List<PlaceMention> withoutPlacesOfCare(List<Token> tokens, List<PlaceMention> located) {
        Set<PlaceMention> care = new java.util.HashSet<>();
        List<PlaceMention> inOrder = located.stream().sorted(Comparator.comparingInt(PlaceMention::fromToken)).toList();
        for (int i = 0; i + 2 < tokens.size(); i++) {
            String link = tokens.get(i + 1).key();
            String head = tokens.get(i).key();
            if (!CARE_NOUNS.contains(head) && !TREATMENT_VERBS.contains(head) || !link.equals("in") && !link.equals("at")) {
                continue;
            }
            int next = tokens.get(i + 2).key().equals("the") ? i + 3 : i + 2;
            for (PlaceMention p : inOrder) {
                if (p.fromToken() == next) {
                    care.add(p);
                    next = p.toToken() < tokens.size() && LIST_LINKS.contains(tokens.get(p.toToken()).key()) ? p.toToken() + 1 : -1;
                    if (next > 0 && next < tokens.size() && tokens.get(next).key().equals("and")) {
                        next++; // "A, and B"
                    }
                }
            }
        }
        located.stream().filter(p -> hospitalNamedAfter(tokens, p)).forEach(care::add);
        return care.isEmpty() ? located : located.stream().filter(p -> !care.contains(p)).toList();
    }

    private static final Set<String> INTO_CARE = Set.of("in", "to", "into");
    private static final Set<String> CARE_VERBS = WORDS.words("care-verbs");
    private static final int CARE_VERB_REACH = 3;
    private static final int CARE_ADJECTIVES = 2;

    /**
     * "died in a Westholm hospital", "taken to the Tarn regional hospital": a place that names the hospital someone was
     * brought to or treated in, told with the verb of care. (Shelling "of the Tarn hospital" hits it there.)
     */
    private static boolean hospitalNamedAfter(List<Token> tokens, PlaceMention p) {
        int before = p.fromToken() - 1;
        boolean article = before >= 1 && (tokens.get(before).key().equals("a") || tokens.get(before).key().equals("the"));
        if (!article || !INTO_CARE.contains(tokens.get(before - 1).key())
                || !Sentence.anyKeyIn(tokens, Math.max(0, before - 1 - CARE_VERB_REACH), before - 1, CARE_VERBS)) {
            return false; // ("shells landed in the Tarn hospital courtyard": the hospital was hit there)
        }
        for (int i = p.toToken(); i < tokens.size() && i <= p.toToken() + CARE_ADJECTIVES; i++) {
            Token t = tokens.get(i);
            if (CARE_NOUNS.contains(t.key())) {
                return true;
            }
            if (t.isCapitalised() || !Character.isLetter(t.text().charAt(0))) {
                return false;
            }
        }
        return false;
    }

    /** Whether {@code p} names a facility ("X border checkpoint") that the next words place: "at", "on" or "near" Y. */
    private static boolean facilityPlacedAfter(List<Token> tokens, PlaceMention p, List<PlaceMention> located) {
        int noun = p.toToken();
        while (noun < tokens.size() && noun < p.toToken() + 2 && FACILITY_NOUNS.contains(tokens.get(noun).key())) {
            noun++;
        }
        if (noun == p.toToken() || noun >= tokens.size() || !FACILITY_PLACING.contains(tokens.get(noun).key())) {
            return false;
        }
        int at = noun;
        return located.stream().anyMatch(o -> o != p && o.fromToken() > at && o.fromToken() <= at + 3);
    }

    /** Whether {@code p} follows {@code place} as its unit: "X, D province" or "X in D province". */
    private static boolean unitAfter(List<Token> tokens, PlaceMention place, PlaceMention p) {
        int gap = place.toToken();
        return p.fromToken() == gap + 1 && gap < tokens.size() && UNIT_LINKS.contains(tokens.get(gap).key());
    }

    /**
     * Whether "from the direction of" or "from positions near" (and the like) leads up to the token, or shooters
     * "stationed in the direction of" it.
     */
    private static boolean firedFrom(List<Token> tokens, int at) {
        boolean positionWord = false;
        for (int i = at - 1; i >= Math.max(0, at - FIRING_POSITION_REACH); i--) {
            String k = tokens.get(i).key();
            if (k.equals("from")) {
                return positionWord;
            }
            if (STATIONING_WORDS.contains(k)) {
                return stationedShooters(tokens, i); // "units stationed in the direction of X"
            }
            if (FIRING_POSITION_WORDS.contains(k)) {
                positionWord = true;
            } else if (!LANDMARK_FILLERS.contains(k) && !FIRING_POSITION_FILLERS.contains(k)
                    && !tokens.get(i).isCapitalised()) {
                return false;
            }
        }
        return false;
    }

    /** How far back from "stationed" the unit's noun may stand: "units of the armed forces of X stationed". */
    private static final int SHOOTER_NOUN_REACH = 6;

    /**
     * Whether the units "stationed" at token {@code at} are the shooters: a unit noun heads the phrase before it
     * ("units of the Northian armed forces stationed in ..."), and that phrase is not the target's ("the positions of
     * the Northian units stationed in ..." is where fire landed).
     */
    private static boolean stationedShooters(List<Token> tokens, int at) {
        for (int j = at - 1; j >= Math.max(0, at - SHOOTER_NOUN_REACH); j--) {
            String k = tokens.get(j).key();
            if (k.equals(",") || k.equals(";") || FIRING_POSITION_WORDS.contains(k)) {
                return false;
            }
            if (SHOOTER_NOUNS.contains(k)) {
                for (int b = j - 1; b >= Math.max(0, j - SHOOTER_NOUN_REACH) && !tokens.get(b).key().equals(","); b--) {
                    if (FIRING_POSITION_WORDS.contains(tokens.get(b).key())) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    /** Words between a distance phrase's "from" and the landmark's name ("not far from the village of Y"). */
    private static final Set<String> LANDMARK_FILLERS = Set.of("the", "village", "town", "city", "of");
    private static final Set<String> LANDMARK_LINKS = Set.of("from", "to");

    /**
     * "near Verin Shorzha, not far from the village of Kut", "at X, 5 km from Y": a place given after another to say
     * where that one lies is a landmark, not a second place of the act.
     */
    static List<PlaceMention> withoutLandmarks(List<Token> tokens, List<PlaceMention> located) {
        if (located.size() < 2) {
            return located;
        }
        List<PlaceMention> inOrder = located.stream().sorted(Comparator.comparingInt(PlaceMention::fromToken)).toList();
        Set<PlaceMention> landmarks = new java.util.HashSet<>();
        for (int i = 1; i < inOrder.size(); i++) {
            PlaceMention p = inOrder.get(i);
            if (afterLandmarkWords(tokens, p.fromToken()) || bearingFrom(tokens, inOrder.get(i - 1), p) || nearInBrackets(tokens, p)) {
                landmarks.add(p);
            } else if (locatesTheSite(tokens, inOrder.get(i - 1), p)) {
                landmarks.add(p);
                if (i + 1 < inOrder.size() && afterBetween(tokens, p) && pairedByAnd(tokens, p, inOrder.get(i + 1))) {
                    landmarks.add(inOrder.get(++i)); // "between A and B": both only say where the site lies
                }
            }
        }
        return landmarks.isEmpty() ? located : located.stream().filter(p -> !landmarks.contains(p)).toList();
    }

    /** How many words may describe the settlement in "X, a small border village in the Y region". */
    private static final int SETTLEMENT_ADJECTIVES = 2;

    /**
     * "near Parukh, a small village in the Askeran region": the unit named in an apposition that describes the place
     * before it is where that place lies, not a second place of the act.
     */
    private List<PlaceMention> withoutUnitsOfAnApposition(List<Token> tokens, List<PlaceMention> located) {
        if (located.size() < 2) {
            return located;
        }
        return located.stream().filter(p -> !unitOfAnApposition(tokens, located, p)).toList();
    }

    private boolean unitOfAnApposition(List<Token> tokens, List<PlaceMention> located, PlaceMention p) {
        boolean unitNamed = p.toToken() < tokens.size() && config.unitWord(tokens.get(p.toToken()).key())
                || p.toToken() - p.fromToken() > 1 && config.unitWord(tokens.get(p.toToken() - 1).key());
        int i = p.fromToken() - 1;
        if (!unitNamed || i < 0) {
            return false;
        }
        if (tokens.get(i).key().equals("the")) {
            i--;
        }
        if (i < 1 || !tokens.get(i).key().equals("in") || !SETTLEMENT_NOUNS.contains(tokens.get(i - 1).key())) {
            return false;
        }
        int article = i - 2;
        while (article > 0 && i - 2 - article < SETTLEMENT_ADJECTIVES && !ARTICLES.contains(tokens.get(article).key())) {
            article--;
        }
        int comma = article - 1;
        return article > 0 && ARTICLES.contains(tokens.get(article).key()) && comma >= 0 && tokens.get(comma).key().equals(",")
                && located.stream().anyMatch(o -> o.toToken() == comma);
    }

    private static final Set<String> ARTICLES = Set.of("a", "an");

    private static final Set<String> SITE_LOCATORS = WORDS.words("site-locators");
    private static final Set<String> SITE_WORDS = WORDS.words("site-words");
    private static final int SITE_GAP = WORDS.window("site-gap");

    /**
     * "at the X water intake near Y", "the X post on the outskirts of Y", "the X bridge between Y and Z", and with no
     * words between, "shelled X near Y": a place given right after another, with only the first one's description
     * between (its nouns, "on the R river", commas, quotation marks, capitalised words), tells where that one lies. The
     * facility rule ("the Y border checkpoint near X") keeps its own reading: a checkpoint named after a town is
     * placed by what follows it, so a site made of facility nouns is left to it.
     */
    private static boolean locatesTheSite(List<Token> tokens, PlaceMention site, PlaceMention p) {
        int i = backOver(tokens, p.fromToken(), site.toToken(), EventPlaces::fillerOrName); // "near the Tajik village of"
        if (i > site.toToken() && tokens.get(i).key().equals("outskirts")) {
            i = backOver(tokens, i, site.toToken(), EventPlaces::filler); // "on the outskirts of"
            if (!tokens.get(i).key().equals("on")) {
                return false;
            }
        } else if (i < site.toToken() || !SITE_LOCATORS.contains(tokens.get(i).key())) {
            return false;
        }
        int gapEnd = i;
        boolean facilityOnly = gapEnd > site.toToken();
        for (int g = site.toToken(); g < gapEnd; g++) {
            String k = tokens.get(g).key();
            if (!SITE_WORDS.contains(k) && !FACILITY_NOUNS.contains(k) && !tokens.get(g).isCapitalised()) {
                return false;
            }
            facilityOnly &= FACILITY_NOUNS.contains(k);
        }
        return gapEnd - site.toToken() <= SITE_GAP && !facilityOnly;
    }

    /** Whether "between" stands before the place, past fillers and capitalised words ("between the Tajik village of"). */
    private static boolean afterBetween(List<Token> tokens, PlaceMention p) {
        int i = backOver(tokens, p.fromToken(), 0, EventPlaces::fillerOrName);
        return i >= 0 && tokens.get(i).key().equals("between");
    }

    /** Whether {@code next} is joined to {@code p} by "and", with at most a bracketed country between: "A (K) and B". */
    private static boolean pairedByAnd(List<Token> tokens, PlaceMention p, PlaceMention next) {
        int i = ListedPlaces.afterBracketedUnit(tokens, p.toToken());
        if (i >= next.fromToken() || !tokens.get(i).key().equals("and")) {
            return false;
        }
        return backOver(tokens, next.fromToken(), i, EventPlaces::fillerOrName) == i;
    }

    private static final Set<String> BEARINGS = WORDS.words("bearing-words");

    /**
     * "near the village of Tegh, east of Goris": a place given by its bearing from another right after it (a comma, a
     * compass word, "of") only says where the first one lies.
     */
    private static boolean bearingFrom(List<Token> tokens, PlaceMention site, PlaceMention p) {
        int i = site.toToken();
        return i + 2 < tokens.size() && tokens.get(i).key().equals(",") && BEARINGS.contains(tokens.get(i + 1).key())
                && tokens.get(i + 2).key().equals("of") && backOver(tokens, p.fromToken(), i + 2, EventPlaces::filler) == i + 2;
    }

    private static final Set<String> BRACKETED_LANDMARK_WORDS = WORDS.words("bracketed-landmark-words");

    /**
     * "Verin Shorzha, Gegharkunik Province (near Kalbajar District)": a place a bracket names as what the place before
     * lies near or faces is where the site is, not a second place of the act.
     */
    private static boolean nearInBrackets(List<Token> tokens, PlaceMention p) {
        int i = backOver(tokens, p.fromToken(), 0, EventPlaces::filler);
        return i >= 1 && BRACKETED_LANDMARK_WORDS.contains(tokens.get(i).key()) && tokens.get(i - 1).key().equals("(");
    }

    /** Whether "from" or "to" ending a distance phrase ("not far from the village of", "5 km from") leads up to the token. */
    private static boolean afterLandmarkWords(List<Token> tokens, int at) {
        int i = backOver(tokens, at, 0, EventPlaces::filler);
        if (i < 1 || !LANDMARK_LINKS.contains(tokens.get(i).key())) {
            return false;
        }
        return LANDMARK_ENDS.contains(tokens.get(i - 1).key());
    }

    /**
     * The nearest token before {@code at} that {@code passed} does not pass over, looking back no further than
     * {@code floor} (which is returned when everything after it is passed over).
     */
    private static int backOver(List<Token> tokens, int at, int floor, java.util.function.Predicate<Token> passed) {
        int i = at - 1;
        while (i > floor && passed.test(tokens.get(i))) {
            i--;
        }
        return i;
    }

    /** "the", "village", "of": the words of "the village of" before a place's name. */
    private static boolean filler(Token t) {
        return LANDMARK_FILLERS.contains(t.key());
    }

    /** A filler, or a capitalised word such as a nationality ("the Tajik village of"). */
    private static boolean fillerOrName(Token t) {
        return filler(t) || t.isCapitalised();
    }

    private static final Set<String> HANDOVER_VERBS = WORDS.words("handover-verbs");

    /**
     * "handed over ten prisoners to Yerevan", "returned the soldiers to Baku": a capital people are handed to stands
     * for its government, the receiving party, not for where the handover took place.
     */
    private boolean capitalReceiving(List<Token> tokens, PlaceMention p) {
        if (p.fromToken() == 0 || !tokens.get(p.fromToken() - 1).key().equals("to")
                || config.countries().stream().noneMatch(c -> p.name().equalsIgnoreCase(c.capital()))) {
            return false;
        }
        for (int i = Math.max(0, p.fromToken() - 12); i < p.fromToken(); i++) {
            if (HANDOVER_VERBS.contains(tokens.get(i).key())) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> NAME_BREAKS = WORDS.words("name-breaks");

    /** How many capitalised words, commas and "and"s may stand between a title and a name it heads. */
    private static final int TITLED_LIST_REACH = WORDS.window("titled-list-reach");

    /**
     * Whether the place's words are part of a person's name: a rank or title stands right before the name, or heads
     * a list of names it is in ("the former leaders A B, C D and E F").
     */
    static boolean personName(List<Token> tokens, PlaceMention p) {
        int i = p.fromToken() - 1;
        for (int skipped = 0; i >= 0 && skipped < TITLED_LIST_REACH; skipped++, i--) {
            Token t = tokens.get(i);
            if (PERSON_TITLES.contains(t.key())) {
                return true;
            }
            if (!t.isCapitalised() && !t.key().equals(",") && !t.key().equals("and") || NAME_BREAKS.contains(t.key())) {
                return false; // ("Leaders Meet In Westholm": a title-case headline's preposition is no part of a name)
            }
        }
        return i >= 0 && PERSON_TITLES.contains(tokens.get(i).key());
    }

    private static final int OLDEST_AGE = 120;

    /** Words that lead from a person to where he comes from: "of", "from the town of", "a native of". */
    private static final Set<String> HOME_WORDS = WORDS.words("home-words");
    /** The first of those words after the comma: "from", "of", "a native of", "born in". */
    private static final Set<String> HOME_OPENERS = WORDS.words("home-openers");
    private static final Set<String> MILITARY_RANKS = WORDS.words("military-ranks");
    private static final Set<String> UNIT_NOUNS = WORDS.words("unit-nouns");

    /**
     * Whether the place is a soldier's home as news gives it: after his age ("Sergeant A, 21, of Kesta", "..., 20, from
     * the town of Kesta", "..., 23, a native of Kesta district") or right after a ranked name ("Lieutenant A B of Kesta").
     */
    static boolean homeOfAPerson(List<Token> tokens, PlaceMention p) {
        if (p.toToken() < tokens.size() && UNIT_NOUNS.contains(tokens.get(p.toToken()).key())) {
            return false; // "of the Kesta battalion", "of Lorva garrison": where his unit stands
        }
        int before = p.fromToken() - 1;
        if (before >= 0 && tokens.get(before).text().equals("of") && rankedNameBefore(tokens, before)) {
            return true;
        }
        int opener = p.fromToken();
        while (opener > 0 && p.fromToken() - opener < HOME_WORDS_REACH && HOME_WORDS.contains(tokens.get(opener - 1).key())) {
            opener--;
        }
        int comma = opener - 1;
        if (opener == p.fromToken() || !HOME_OPENERS.contains(tokens.get(opener).key())
                || comma < 2 || !tokens.get(comma).key().equals(",") || !tokens.get(comma - 2).key().equals(",")) {
            return false;
        }
        String age = tokens.get(comma - 1).text();
        if (!age.matches("\\d{1,3}") || Integer.parseInt(age) > OLDEST_AGE) {
            return false;
        }
        // a soldier's: "Sergeant Aram Tell, 21, of Kesta" (a civilian's home is often where the shell fell)
        int name = comma - 3;
        while (name > 0 && tokens.get(name).isCapitalised() && !PERSON_TITLES.contains(tokens.get(name).key())) {
            name--;
        }
        return name >= 0 && PERSON_TITLES.contains(tokens.get(name).key());
    }

    private static final int HOME_WORDS_REACH = 5;
    private static final int NAME_WORDS = 3;

    /** Whether a military rank and one to three capitalised names stand right before {@code of}: "Lieutenant A B of". */
    private static boolean rankedNameBefore(List<Token> tokens, int of) {
        int i = of - 1;
        while (i >= 0 && i >= of - NAME_WORDS && tokens.get(i).isCapitalised() && !MILITARY_RANKS.contains(tokens.get(i).key())) {
            if (PERSON_TITLES.contains(tokens.get(i).key())) {
                return false; // "the Lieutenant Governor of X": a title's office, not a name
            }
            i--;
        }
        return i >= 0 && i < of - 1 && MILITARY_RANKS.contains(tokens.get(i).key());
    }

    private static final Set<String> DISPUTE_NOUNS = WORDS.words("dispute-nouns");
    private static final int DISPUTE_REACH = WORDS.window("dispute-reach");

    /** Whether the place is what a war or dispute is "over": "the war over the disputed X region". */
    static boolean subjectOfDispute(List<Token> tokens, PlaceMention p) {
        for (int i = p.fromToken() - 1; i >= 1 && i >= p.fromToken() - DISPUTE_REACH; i--) {
            Token t = tokens.get(i);
            if (t.key().equals("over")) {
                return DISPUTE_NOUNS.contains(tokens.get(i - 1).key());
            }
            if (t.isCapitalised() || !Character.isLetter(t.text().charAt(0))) {
                return false; // only "the", "disputed", "breakaway" and the like stand between "over" and the name
            }
        }
        return false;
    }

    private static final Set<String> LINE_NOUNS = WORDS.words("line-nouns");
    private static final int ROUTE_REACH = WORDS.window("route-reach");

    /**
     * Whether the place is an end of a line the sentence names by its ends ("the gas pipeline leading from X
     * to Y", "the road from X to Y"): the line runs between them, so neither is where something happened on it.
     */
    static boolean routeEnd(List<Token> tokens, PlaceMention p) {
        if (hyphenatedRouteEnd(tokens, p) || lineLeadingTo(tokens, p.fromToken())) {
            return true;
        }
        int from = -1;
        for (int i = p.fromToken() - 1; i >= 0 && i >= p.fromToken() - 12; i--) {
            if (tokens.get(i).key().equals("from")) {
                from = i;
                break;
            }
        }
        if (from < 0) {
            return false;
        }
        boolean toBetween = false;
        for (int i = from + 1; i < p.fromToken(); i++) {
            toBetween |= tokens.get(i).key().equals("to");
        }
        boolean isStart = p.fromToken() == from + 1 || p.fromToken() == from + 2 && tokens.get(from + 1).key().equals("the");
        if (!toBetween && !(isStart && followedByTo(tokens, p.toToken()))) {
            return false;
        }
        for (int i = from - 1; i >= Math.max(0, from - ROUTE_REACH); i--) {
            if (LINE_NOUNS.contains(tokens.get(i).key())) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> LINE_DESTINATION_WORDS = WORDS.words("line-destination-words");
    private static final Set<String> LINE_COURSE_VERBS = WORDS.words("line-course-verbs");

    /** "along the road to X", "the highway leading to X": where a line goes, not where the event on it is. */
    private static boolean lineLeadingTo(List<Token> tokens, int at) {
        int to = at - 1;
        if (to > 0 && tokens.get(to).key().equals("the")) {
            to--;
        }
        if (to < 1 || !LINE_DESTINATION_WORDS.contains(tokens.get(to).key())) {
            return false;
        }
        int line = to - 1;
        if (line > 0 && LINE_COURSE_VERBS.contains(tokens.get(line).key())) {
            line--;
        }
        return LINE_NOUNS.contains(tokens.get(line).key());
    }

    /** "the X-Y road", "the X – Y highway": a place joined by a dash to another name, the pair naming a line. */
    private static boolean hyphenatedRouteEnd(List<Token> tokens, PlaceMention p) {
        int after = p.toToken();
        boolean joined = after > 0 && after < tokens.size() && tokens.get(after - 1).text().contains("-")
                && LINE_NOUNS.contains(tokens.get(after).key()); // one token: "X-Y road"
        if (joined) {
            return true;
        }
        if (dash(tokens, after) && after + 2 < tokens.size() && LINE_NOUNS.contains(tokens.get(after + 2).key())) {
            return true; // the first end: X - Y road
        }
        return dash(tokens, p.fromToken() - 1) && after < tokens.size() && LINE_NOUNS.contains(tokens.get(after).key());
    }

    private static boolean dash(List<Token> tokens, int at) {
        return at >= 0 && at < tokens.size() && tokens.get(at).key().equals("-");
    }

    private static boolean followedByTo(List<Token> tokens, int at) {
        return at < tokens.size() && tokens.get(at).key().equals("to");
    }


    /**
     * A place named as the unit another place of the sentence lies in: "X (village) of Y district",
     * "X in the Y region" right after X. It tells the other place's unit; the event is at the other place.
     */
    boolean containerOfAnother(PlaceMention p, List<PlaceMention> mentions, List<Token> tokens) {
        // the unit word follows the name ("of Kesta district") or ends the mention itself ("of the Kesta region")
        boolean unitAfter = p.toToken() < tokens.size() && config.unitWord(tokens.get(p.toToken()).key());
        boolean unitWithin = p.toToken() - p.fromToken() > 1 && config.unitWord(tokens.get(p.toToken() - 1).key());
        if (!unitAfter && !unitWithin) {
            return false;
        }
        int before = p.fromToken() - 1;
        if (before > 0 && tokens.get(before).key().equals("the")) {
            before--;
        }
        if (before < 1 || !Set.of("of", "in").contains(tokens.get(before).key())) {
            return false;
        }
        int gap = before; // the other place ends at most two words ("village", "town") before "of"
        return mentions.stream().anyMatch(o -> o != p && o.toToken() <= gap && gap - o.toToken() <= 2 && !isCountry(o.name())
                && !config.unitWord(tokens.get(Math.min(o.toToken(), tokens.size() - 1)).key()));
    }

    private boolean isCountry(String name) {
        return countryNamed(name).isPresent();
    }

    /** Smaller is more specific: localities before regions before districts; unknown places in between. */
    private int specificity(String name) {
        return config.place(name).map(p -> switch (p.cls()) {
            case LOCALITY, HEIGHT, LAKE, ROAD -> 0;
            case CORRIDOR, BORDER_LINE, OTHER -> 1;
            case REGION -> 3;
            case DISTRICT -> 4;
            case COUNTRY -> 5;
        }).orElse(2);
    }

}
