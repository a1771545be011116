package org.borderwatch.analysis.registers;

import java.util.List;
import org.borderwatch.analysis.corridors.Route;
import org.borderwatch.analysis.parties.ActorLexicon;
import org.borderwatch.analysis.parties.Parties;
import org.borderwatch.analysis.parties.Regions;
import org.borderwatch.analysis.parties.SideList;
import org.borderwatch.domain.Agreement;

/**
 * What the registers know of one conflict: its parties and the names texts use for them, its regions of special
 * status, the routes to follow (features.yaml), the agreements a user names (agreements.yaml), and which side each
 * publisher and claimant speaks for (sources.yaml). Built from the conflict's folder; nothing here is specific to one.
 * {@code scope} says which stored documents are this conflict's.
 */
public record RegisterConfig(String conflict, DocumentScope scope, Parties parties, ActorLexicon lexicon, Regions regions,
                             List<Route> routes, List<Agreement> namedAgreements, SideList publishers, SideList claimants) {
    public RegisterConfig {
        routes = List.copyOf(routes);
        namedAgreements = List.copyOf(namedAgreements);
    }

    /** No conflict configured: no sides, routes or lists; every register is empty or says so. */
    public static RegisterConfig none() {
        return new RegisterConfig("no conflict configured", DocumentScope.ALL, Parties.none(), ActorLexicon.empty(), Regions.none(),
                List.of(), List.of(), SideList.empty(), SideList.empty());
    }
}
