package org.borderwatch.analysis.agreements;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.borderwatch.domain.Agreement;
import org.borderwatch.domain.AgreementKind;
import org.borderwatch.domain.DatePrecision;
import org.borderwatch.domain.DateSpan;
import org.borderwatch.domain.Evidence;

/**
 * Puts together the mentions of one agreement that the event merge left apart: the same kind of agreement between
 * the same parties, dated within a day of each other (the 9 and 10 November of an agreement signed at midnight), or
 * a coarser mention ("the 2020 ceasefire") whose period holds exactly one precisely dated agreement of its kind. A
 * user's named agreement absorbs the extracted ones it matches and gives them its name.
 */
final class AgreementMerger {
    private AgreementMerger() {
    }

    /** @param named the user's agreements first, they keep their fields */
    static List<Agreement> merge(List<Agreement> named, List<Agreement> extracted) {
        List<Agreement> groups = new ArrayList<>(named);
        List<Agreement> ordered = new ArrayList<>(extracted);
        // precise dates first, so a coarse mention meets every precise candidate before it is placed
        ordered.sort(Comparator.comparing((Agreement a) -> rank(a.date().precision())).thenComparing(a -> a.date().start()));
        for (Agreement a : ordered) {
            List<Integer> matches = new ArrayList<>();
            for (int i = 0; i < groups.size(); i++) {
                if (sameAgreement(groups.get(i), a)) {
                    matches.add(i);
                }
            }
            if (matches.size() == 1) {
                int i = matches.get(0);
                groups.set(i, absorb(groups.get(i), a));
            } else {
                // no match, or a coarse mention that fits several: it stands on its own
                groups.add(a);
            }
        }
        groups.sort(Comparator.comparing((Agreement a) -> a.date().start()).thenComparing(Agreement::id));
        return groups;
    }

    static boolean sameAgreement(Agreement a, Agreement b) {
        return family(a.kind()) == family(b.kind()) && partiesFit(a, b) && datesFit(a.date(), b.date());
    }

    /** A trilateral statement that ends a war is its ceasefire: the two are one family. */
    private static AgreementKind family(AgreementKind k) {
        return k == AgreementKind.TRILATERAL_STATEMENT ? AgreementKind.CEASEFIRE : k;
    }

    private static boolean partiesFit(Agreement a, Agreement b) {
        if (a.partiesAssumed() || b.partiesAssumed()) {
            return true;
        }
        return a.parties().containsAll(b.parties()) || b.parties().containsAll(a.parties());
    }

    private static boolean datesFit(DateSpan a, DateSpan b) {
        if (a.precision() == DatePrecision.DAY && b.precision() == DatePrecision.DAY) {
            return !a.start().isAfter(b.lastDay().plusDays(1)) && !b.start().isAfter(a.lastDay().plusDays(1));
        }
        DateSpan coarse = rank(a.precision()) >= rank(b.precision()) ? a : b;
        DateSpan fine = coarse == a ? b : a;
        return coarse.contains(fine.start());
    }

    private static int rank(DatePrecision p) {
        return switch (p) {
            case DAY -> 0;
            case WEEK -> 1;
            case MONTH -> 2;
            case YEAR -> 3;
        };
    }

    /**
     * The group with one more mention. A user's named agreement keeps its fields and only gains evidence (and a
     * mediator if it named none); otherwise the most precise date wins (both days when two precise ones differ), the
     * parties named beat assumed ones, a trilateral statement names the ceasefire it is, a narrower ground beats everywhere.
     */
    private static Agreement absorb(Agreement group, Agreement mention) {
        Set<Evidence> evidence = new LinkedHashSet<>(group.evidence());
        evidence.addAll(mention.evidence());
        Set<String> events = new LinkedHashSet<>(group.eventIds());
        events.addAll(mention.eventIds());
        // a party that signed it is not its mediator, whatever a mention says
        String mediator = group.mediator() != null ? group.mediator()
                : mention.mediator() != null && !group.parties().contains(mention.mediator()) ? mention.mediator() : null;
        if (group.name() != null) {
            return new Agreement(group.id(), group.name(), group.kind(), group.date(), group.parties(),
                    group.partiesAssumed(), mediator, group.area(), group.ended(), List.copyOf(evidence), List.copyOf(events));
        }
        DateSpan date = preciser(group.date(), mention.date());
        boolean takeMentionParties = group.partiesAssumed() ? !mention.partiesAssumed()
                : !mention.partiesAssumed() && mention.parties().size() > group.parties().size();
        List<String> parties = takeMentionParties ? mention.parties() : group.parties();
        AgreementKind kind = mention.kind() == AgreementKind.TRILATERAL_STATEMENT ? mention.kind() : group.kind();
        Agreement.Area area = group.area().scope() == Agreement.Area.Scope.EVERYWHERE ? mention.area() : group.area();
        return new Agreement(AgreementIds.idOf(date, kind, parties), null, kind, date, parties,
                group.partiesAssumed() && mention.partiesAssumed(), mediator, area, null, List.copyOf(evidence),
                List.copyOf(events));
    }

    private static DateSpan preciser(DateSpan a, DateSpan b) {
        if (a.precision() == DatePrecision.DAY && b.precision() == DatePrecision.DAY) {
            java.time.LocalDate start = min(a.start(), b.start());
            java.time.LocalDate end = max(a.lastDay(), b.lastDay());
            return new DateSpan(start, end.equals(start) ? null : end, DatePrecision.DAY);
        }
        return rank(b.precision()) < rank(a.precision()) ? b : a;
    }

    private static java.time.LocalDate min(java.time.LocalDate a, java.time.LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static java.time.LocalDate max(java.time.LocalDate a, java.time.LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
