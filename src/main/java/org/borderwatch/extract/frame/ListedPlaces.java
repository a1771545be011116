package org.borderwatch.extract.frame;

import java.util.ArrayList;
import java.util.List;
import org.borderwatch.domain.Decision;
import org.borderwatch.extract.layout.Sentence;
import org.borderwatch.extract.layout.Token;
import org.borderwatch.extract.mention.CasualtyCount;
import org.borderwatch.extract.mention.PlaceMention;
import org.borderwatch.extract.mention.SentenceMentions;
import org.borderwatch.extract.trigger.Trigger;
import org.borderwatch.extract.trigger.TriggerStage;

/**
 * A lead that ends with a colon and the list of places under it, one a line, bare or with its figure, as humanitarian
 * updates print them ("Residents evacuated, 29-30 April:" then "• Kesta: 4,100", "• Pellin: 1,900") and defence bulletins
 * the directions fired on ("fire is registered in the following directions:" then "- Kesta (Highlands province);"): the lead's act happened
 * at each listed place, and each line is the evidence for its own event (ACLED's one event per place). A short
 * sub-lead after the act's sentence ("By district:") heads its list as well.
 */
final class ListedPlaces {
    /** How many tokens a listed place's name, with a bracketed unit after it, may take before its colon. */
    private static final int NAME_REACH = 8;
    /** How many tokens a sub-lead between an act and its list may take: "By district:", "In the villages of:". */
    private static final int SUB_LEAD_REACH = 5;

    private ListedPlaces() {
    }

    /**
     * The frames with every lead that heads a list of places (two or more lines) replaced by one frame per listed
     * place, told by its own line; other frames as they were.
     */
    static List<EventFrame> expand(List<EventFrame> frames, List<Sentence> sentences, List<SentenceMentions> mentions) {
        List<EventFrame> out = new ArrayList<>();
        java.util.Set<EventFrame> listed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (EventFrame f : frames) {
            Sentence lead = sentences.get(f.sentence());
            List<EventFrame> items = new ArrayList<>();
            int firstItem = TriggerStage.leadsAList(lead.tokens()) ? f.sentence() + 1
                    : listUnderASubLead(f.sentence(), frames, sentences, mentions);
            if (firstItem > 0) {
                boolean linesCountTheirOwn = itemsCountTheirOwn(sentences, mentions, firstItem);
                for (int k = firstItem; k < sentences.size(); k++) {
                    PlaceMention place = listedPlace(sentences.get(k), mentions.get(k));
                    if (place == null) {
                        break;
                    }
                    Sentence item = sentences.get(k);
                    // "- Kesta: 3 killed;": a line that counts its own harm gives its place's toll, not the lead's
                    CasualtyCount own = mentions.get(k).casualties();
                    CasualtyCount toll = !f.type().type().violent() ? f.casualties() : own.deaths() != null ? own
                            : linesCountTheirOwn ? CasualtyCount.NONE : f.casualties();
                    items.add(new EventFrame(k, item.span(), f.type(), f.date(), f.actor1(), f.actor2(),
                            List.of(place.name()), f.cueCountries(), false, toll, f.measures(), f.triggers(),
                            f.decisions()).with(FrameRule.LISTED_PLACES.decide(Decision.Verdict.SPLIT, place.name())));
                }
            }
            if (items.size() >= 2) {
                out.addAll(items);
                listed.addAll(items);
            } else {
                out.add(f);
            }
        }
        // a listed line's own harm ("- Lorva: 1 killed;") is the toll of the lead's act there, not a fight of its own
        java.util.Set<Integer> listedLines = listed.stream().map(EventFrame::sentence).collect(java.util.stream.Collectors.toSet());
        return out.stream().filter(f -> !listedLines.contains(f.sentence()) || listed.contains(f)
                || !Trigger.onlyCasualties(f.triggers())).toList();
    }

    /**
     * Whether some line of the list from {@code firstItem} counts its own dead: then the lead's toll is theirs, split
     * among them, and a line without its own count ("- Lorva: 2 wounded") has none of it.
     */
    private static boolean itemsCountTheirOwn(List<Sentence> sentences, List<SentenceMentions> mentions, int firstItem) {
        for (int k = firstItem; k < sentences.size() && listedPlace(sentences.get(k), mentions.get(k)) != null; k++) {
            if (mentions.get(k).casualties().deaths() != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * "136,858 people were evacuated between 16 and 18 September. By district:" then "- Batken district: 78,400":
     * a short placeless line ending with a colon right after the act's sentence, in its paragraph, heads the act's
     * list; the first list line's index, or -1.
     */
    private static int listUnderASubLead(int act, List<EventFrame> frames, List<Sentence> sentences,
                                         List<SentenceMentions> mentions) {
        int k = act + 1;
        if (k >= sentences.size() || sentences.get(k).paragraph() != sentences.get(act).paragraph()
                || frames.stream().anyMatch(o -> o.sentence() == k)) {
            return -1; // a sub-lead with an act of its own ("Evacuated:") heads the list itself
        }
        List<Token> t = sentences.get(k).tokens();
        return t.size() <= SUB_LEAD_REACH && TriggerStage.leadsAList(t) && mentions.get(k).places().isEmpty() ? k + 1 : -1;
    }

    /** Where a list line's words begin: after its bullet or dash, if it has one. */
    static int lineStart(List<Token> t) {
        return !t.isEmpty() && !Character.isLetterOrDigit(t.get(0).text().charAt(0)) ? 1 : 0;
    }

    /** The token after "(Varos district)" when one stands at {@code at}, else {@code at}. */
    static int afterBracketedUnit(List<Token> t, int at) {
        if (at >= t.size() || !t.get(at).text().equals("(")) {
            return at;
        }
        for (int i = at + 1; i < Math.min(t.size(), at + NAME_REACH); i++) {
            if (t.get(i).text().equals(")")) {
                return i + 1;
            }
        }
        return at;
    }

    /** "• Kesta: 4,100", "Pellin (Varos district): 1,900" or a bare "• Kesta": the place a list line opens with, or null. */
    private static PlaceMention listedPlace(Sentence s, SentenceMentions m) {
        List<Token> t = s.tokens();
        if (m.places().isEmpty() || t.size() > NAME_REACH + 4) {
            return null;
        }
        PlaceMention first = m.places().get(0);
        if (first.fromToken() != lineStart(t)) {
            return null;
        }
        int after = afterBracketedUnit(t, first.toToken());
        if (after == t.size() || after == t.size() - 1 && !Character.isLetterOrDigit(t.get(t.size() - 1).text().charAt(0))) {
            return first; // "• Kesta", "- Kesta (Varos district);": a line that is only the place's name
        }
        for (int i = first.toToken(); i < Math.min(t.size() - 1, first.toToken() + NAME_REACH); i++) {
            if (t.get(i).text().equals(":")) {
                return t.get(i + 1).isNumber() ? first : null;
            }
        }
        return null;
    }
}
