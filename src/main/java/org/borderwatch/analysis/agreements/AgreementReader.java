package org.borderwatch.analysis.agreements;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.borderwatch.analysis.input.ReportedEvent;
import org.borderwatch.analysis.parties.ActorLexicon;
import org.borderwatch.analysis.parties.Parties;
import org.borderwatch.analysis.parties.Regions;
import org.borderwatch.analysis.text.PhraseList;
import org.borderwatch.domain.Agreement;
import org.borderwatch.domain.AgreementKind;

/**
 * Reads an agreement from an extracted Agreement event: its kind, mediator and ground from the words of its reports
 * (the extractor codes an agreement's date and actors, not these), its parties from its actors. Each rule is a
 * small named list of phrases.
 */
final class AgreementReader {
    static final PhraseList TRILATERAL = PhraseList.of("trilateral statement", "trilateral statement",
            "trilateral ceasefire statement", "joint statement", "tripartite statement", "trilateral declaration");
    static final PhraseList EXCHANGE = PhraseList.of("exchange of people", "exchange of prisoners",
            "prisoner exchange", "prisoner swap", "exchange of detainees", "exchange of bodies", "POW swap");
    static final PhraseList RELEASE = PhraseList.of("release of people", "handed over", "released", "freed",
            "returned", "repatriated", "in exchange for", "in exchange of", "in return for");
    static final PhraseList PEOPLE = PhraseList.of("people held", "prisoner*", "detainee*", "soldier*", "servicemen",
            "serviceman", "captive*", "POW*", "hostage*", "bodies", "detained persons");
    static final PhraseList PULL_BACK = PhraseList.of("pull-back", "pull back", "pulled back", "withdraw* troops",
            "withdraw* forces", "withdrawal of troops", "withdrawal of forces", "disengag*", "mutual withdrawal",
            "de-escalation");
    static final PhraseList CEASEFIRE = PhraseList.of("ceasefire", "ceasefire*", "cease fire", "truce", "armistice",
            "stop fir*", "clashes stopped", "fighting stopped", "cessation of hostilities", "halt hostilities",
            "end hostilities");
    static final PhraseList BORDER_TREATY = PhraseList.of("signed treaty", "border treaty", "treaty on the border",
            "treaty on the state border", "border delimitation agreement", "delimitation agreement",
            "demarcation agreement", "signed a peace treaty", "signed the peace treaty", "peace treaty was signed",
            "peace agreement was signed", "signed a peace agreement");
    static final PhraseList PEACE_PROCESS = PhraseList.of("agreement to negotiate", "agreed to start", "agreed to draft*",
            "drafting", "step up", "advance on", "commission", "resume talks", "resume negotiations", "continue talks",
            "agreed to meet", "peace treaty", "peace agreement", "normali*ation");
    /** Words before a party that make it the mediator: "mediation of Russia", "under the auspices of". */
    static final PhraseList MEDIATED_BY = PhraseList.of("mediator cue", "mediation of", "mediation by", "auspices of",
            "mediated by", "brokered by", "hosted by", "facilitated by", "with the participation of", "at the initiative of");
    private static final Set<String> MEDIATING_COMPOUNDS = Set.of("mediated", "brokered", "hosted", "sponsored", "facilitated");
    static final PhraseList AT_BORDER = PhraseList.of("border ground", "at the border", "at their border", "on the border",
            "along the border", "border ceasefire", "on their border", "along their border", "border areas");

    private final Parties parties;
    private final ActorLexicon lexicon;
    private final Regions regions;

    AgreementReader(Parties parties, ActorLexicon lexicon, Regions regions) {
        this.parties = parties;
        this.lexicon = lexicon;
        this.regions = regions;
    }

    /** The agreement an Agreement event states. */
    Agreement read(ReportedEvent event) {
        String text = event.text();
        AgreementKind kind = kindOf(text);
        String mediator = mediatorIn(text);
        List<String> named = new ArrayList<>();
        for (String actor : event.actors()) {
            parties.partyOf(actor).filter(p -> !p.equals(mediator)).filter(p -> !named.contains(p)).ifPresent(named::add);
        }
        boolean assumed = named.size() < 2;
        List<String> bound = (assumed ? mergeAssumed(named) : named).stream().sorted().toList();
        return new Agreement(AgreementIds.idOf(event.date(), kind, bound), null, kind, event.date(), bound, assumed,
                mediator, areaOf(text, regions.regionOf(event)), null, event.evidence(),
                event.reports().stream().map(r -> r.id()).toList());
    }

    /** Fewer than two parties named: the conflict's sides are assumed, with any other party named kept. */
    private List<String> mergeAssumed(List<String> named) {
        Set<String> out = new LinkedHashSet<>(parties.sides());
        out.addAll(named);
        return List.copyOf(out);
    }

    static AgreementKind kindOf(String text) {
        // the kinds that can be broken first: a merged event may join a ceasefire's sentence with a later release's,
        // and a ceasefire that includes a pull-back is a ceasefire
        if (TRILATERAL.foundIn(text)) {
            return AgreementKind.TRILATERAL_STATEMENT;
        }
        if (CEASEFIRE.foundIn(text)) {
            return AgreementKind.CEASEFIRE;
        }
        if (PULL_BACK.foundIn(text)) {
            return AgreementKind.PULL_BACK;
        }
        if (EXCHANGE.foundIn(text) || (RELEASE.foundIn(text) && PEOPLE.foundIn(text))) {
            return AgreementKind.PRISONER_EXCHANGE;
        }
        if (BORDER_TREATY.foundIn(text)) {
            return AgreementKind.BORDER_TREATY;
        }
        if (PEACE_PROCESS.foundIn(text)) {
            return AgreementKind.PEACE_PROCESS;
        }
        return AgreementKind.OTHER;
    }

    /**
     * The mediator: a party named in a compound that says so ("Russian-mediated", "EU-hosted"), right after words
     * that say so ("under the auspices of Russia", "mediated by the EU"), or right before "mediation" ("with Russian
     * mediation"). Null when the words name none.
     */
    String mediatorIn(String text) {
        List<PhraseList.Match> cues = MEDIATED_BY.allIn(text);
        String lower = text.toLowerCase(Locale.ROOT);
        for (ActorLexicon.Mention m : lexicon.mentions(text)) {
            if (m.compound() != null && MEDIATING_COMPOUNDS.contains(m.compound())) {
                return m.party();
            }
            for (PhraseList.Match cue : cues) {
                if (cue.end() <= m.start() && m.start() - cue.end() <= 12) {
                    return m.party();
                }
            }
            if (lower.startsWith(" mediation", m.end())) {
                return m.party();
            }
        }
        return null;
    }

    /**
     * The ground: the region of special status its words name, else the region where it was agreed (a local
     * pull-back deal at a village), else the border when its words say so, else everywhere.
     */
    Agreement.Area areaOf(String text, String regionOfPlace) {
        String region = regions.regionNamedIn(text);
        if (region == null) {
            region = regionOfPlace;
        }
        if (region != null) {
            return Agreement.Area.region(region);
        }
        return AT_BORDER.foundIn(text) ? Agreement.Area.BORDER : Agreement.Area.EVERYWHERE;
    }
}
