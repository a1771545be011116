package org.borderwatch.analysis.sources;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.borderwatch.analysis.input.RegisterInput;
import org.borderwatch.analysis.input.ReportedEvent;
import org.borderwatch.analysis.input.SourceDocument;
import org.borderwatch.analysis.parties.ActorLexicon;
import org.borderwatch.analysis.parties.Parties;
import org.borderwatch.analysis.parties.SideList;
import org.borderwatch.analysis.text.PhraseList;
import org.borderwatch.domain.Claim;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.Stance;

/**
 * Derives whose word each event rests on. A report rests on the side of the claimants it quotes as asserting the
 * event, when they speak for one side (a report quoting one side's ministry rests on that side's word whoever
 * publishes it); a report that quotes no claimant of known side rests on its publisher's side, from the publisher
 * list. A report that also quotes a third party (an ally, a mediator, a mission) asserting the event rests on no one
 * side. An event is one-sided when every report of it rests on the same side. Denials do not change whose word the
 * event rests on (they make it contested, another flag).
 */
public final class WhoseWord {
    /**
     * Words that make a publisher the voice of a party's state when the publisher list does not know it and its name
     * names one side only: "a Kyrgyz news agency relaying a Border Service statement", "Tajik state news agency".
     */
    static final PhraseList OFFICIAL_VOICE = PhraseList.of("official voice", "ministry", "ministry of defence",
            "ministry of defense", "defence ministry", "defense ministry", "foreign ministry", "border service",
            "border troops", "border guards", "state committee", "armed forces", "presidential", "president's office",
            "state news agency", "state media", "state television", "state broadcaster", "government press service");

    private final Parties parties;
    private final ActorLexicon lexicon;
    private final SideList publishers;
    private final SideList claimants;

    public WhoseWord(Parties parties, ActorLexicon lexicon, SideList publishers, SideList claimants) {
        this.parties = parties;
        this.lexicon = lexicon;
        this.publishers = publishers;
        this.claimants = claimants;
    }

    public SourceRegister derive(RegisterInput input) {
        List<EventSources> events = new ArrayList<>();
        long oneSided = 0;
        long several = 0;
        long unknown = 0;
        Map<String, Long> bySide = new TreeMap<>();
        for (ReportedEvent e : input.events()) {
            List<ReportSource> reports = e.reports().stream().map(r -> source(r, input.document(r.documentId()))).toList();
            String oneSide = commonSide(reports);
            events.add(new EventSources(e.id(), e.date(), e.representative().eventType().label(),
                    e.subEventType().label(), reports, oneSide));
            if (oneSide != null) {
                oneSided++;
                bySide.merge(oneSide, 1L, Long::sum);
            } else if (reports.stream().allMatch(r -> "none".equals(r.basis()))) {
                unknown++;
            } else {
                several++;
            }
        }
        return new SourceRegister(events, oneSided, bySide, several, unknown);
    }

    private ReportSource source(Event report, SourceDocument doc) {
        List<ReportSource.ClaimantSide> asserting = new ArrayList<>();
        Set<String> claimantSides = new LinkedHashSet<>();
        boolean neutralVoice = false;
        for (Claim c : report.claims()) {
            if (c.stance() == Stance.ASSERTS && c.claimant() != null) {
                String party = partyOfClaimant(c.claimant()).orElse(null);
                String side = parties.isSide(party) ? party : null;
                asserting.add(new ReportSource.ClaimantSide(c.claimant(), side));
                if (side != null) {
                    claimantSides.add(side);
                } else if (party != null) {
                    // a third party (a mediator, an ally, a mission) also says it happened
                    neutralVoice = true;
                }
            }
        }
        Optional<SideList.Entry> publisher = publisherEntry(doc);
        String publisherSide = publisher.map(SideList.Entry::side).orElse(null);
        String publisherKind = publisher.map(SideList.Entry::kind).orElse(null);
        String side;
        String basis;
        if (!claimantSides.isEmpty() || neutralVoice) {
            side = claimantSides.size() == 1 && !neutralVoice ? claimantSides.iterator().next() : null;
            basis = "claimant";
        } else if (publisherSide != null) {
            side = parties.isSide(publisherSide) ? publisherSide : null;
            basis = "publisher";
        } else {
            side = null;
            basis = "none";
        }
        return new ReportSource(report.id(), report.documentId(), doc.publisher(), publisherSide, publisherKind,
                asserting, side, basis);
    }

    /**
     * The side a claimant speaks for: the claimant list's, else a configured actor's, else the one side its name
     * names ("Azerbaijani Defence Ministry"); none when it names none or several ("unspecified reports"), or when it
     * speaks for a party that is no side (an ally, a mediator).
     */
    public Optional<String> sideOfClaimant(String claimant) {
        return partyOfClaimant(claimant).filter(parties::isSide);
    }

    /** The party a claimant speaks for, side or not ("neutral" when the claimant list says so). */
    private Optional<String> partyOfClaimant(String claimant) {
        Optional<SideList.Entry> listed = claimants.find(claimant);
        if (listed.isPresent()) {
            return listed.map(SideList.Entry::side);
        }
        Optional<String> party = parties.partyOf(claimant);
        if (party.isPresent()) {
            return party;
        }
        Set<String> named = new LinkedHashSet<>();
        for (ActorLexicon.Mention m : lexicon.mentions(claimant)) {
            named.add(m.party());
        }
        return named.size() == 1 ? Optional.of(named.iterator().next()) : Optional.empty();
    }

    /** The side a document's publisher speaks for, from the publisher list; none for a neutral or unlisted one. */
    public Optional<String> sideOfPublisher(SourceDocument doc) {
        return publisherEntry(doc).map(SideList.Entry::side).filter(parties::isSide);
    }

    /** The publisher list's entry, else one side's official voice by the words of the publisher's name. */
    private Optional<SideList.Entry> publisherEntry(SourceDocument doc) {
        Optional<SideList.Entry> listed = publishers.find(doc.publisher(), doc.sourceUrl());
        if (listed.isPresent() || doc.publisher() == null || !OFFICIAL_VOICE.foundIn(doc.publisher())) {
            return listed;
        }
        Set<String> named = new LinkedHashSet<>();
        lexicon.mentions(doc.publisher()).stream().map(ActorLexicon.Mention::party).filter(parties::isSide).forEach(named::add);
        return named.size() == 1 ? Optional.of(new SideList.Entry(named.iterator().next(), "official (by its name)",
                List.of())) : Optional.empty();
    }

    private static String commonSide(List<ReportSource> reports) {
        String side = null;
        for (ReportSource r : reports) {
            if (r.side() == null || (side != null && !side.equals(r.side()))) {
                return null;
            }
            side = r.side();
        }
        return side;
    }
}
