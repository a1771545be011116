package org.borderwatch.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.borderwatch.analysis.parties.ActorLexicon;
import org.borderwatch.analysis.parties.Parties;
import org.borderwatch.analysis.parties.Regions;
import org.borderwatch.analysis.registers.DocumentScope;
import org.borderwatch.analysis.registers.RegisterConfig;
import org.borderwatch.analysis.registers.RegisterConfigFiles;
import org.borderwatch.domain.ActorKind;
import org.borderwatch.extract.config.ConflictConfig;

/**
 * Builds the registers' configuration of a conflict: the parties, names and regions from the conflict's
 * conflict.yaml and actors.yaml (as extraction reads them), and the registers' own files of the same folder.
 */
final class RegisterSetup {
    private RegisterSetup() {
    }

    /**
     * @param config    the conflict's configuration as extraction reads it
     * @param defaultId the id of the default conflict, which also holds documents stored without one
     */
    static RegisterConfig of(Conflict conflict, ConflictConfig config, String defaultId) {
        RegisterConfigFiles.Contents files = conflict.folder() != null ? RegisterConfigFiles.fromFolder(conflict.folder())
                : RegisterConfigFiles.fromClasspath(conflict.id());
        DocumentScope scope = new DocumentScope(conflict.id(), conflict.id().equals(defaultId));
        return new RegisterConfig(config.name(), scope, parties(config), lexicon(config), regions(config),
                files.routes(), files.agreements(), files.publishers(), files.claimants());
    }

    static Parties parties(ConflictConfig conflict) {
        List<Parties.Actor> actors = new ArrayList<>();
        for (ConflictConfig.ActorEntry a : conflict.actors()) {
            actors.add(new Parties.Actor(a.name(), a.country(), actsFor(conflict, a)));
        }
        return new Parties(conflict.sides(), conflict.countries().stream().map(ConflictConfig.Country::name).toList(), actors);
    }

    /**
     * The side an actor fights for when it is not its country's: the local forces of a region of special status,
     * and the other bodies of that region (a rebel group of the region's country), act for the side that holds it.
     */
    private static String actsFor(ConflictConfig conflict, ConflictConfig.ActorEntry a) {
        for (ConflictConfig.Region r : conflict.regions()) {
            boolean localForces = a.name().equals(r.localForces());
            boolean regionBody = a.kind() == ActorKind.REBEL_GROUP && a.country() != null && a.country().equals(r.country());
            if ((localForces || regionBody) && r.heldBy() != null && !r.heldBy().equals(a.country())) {
                return r.heldBy();
            }
        }
        return null;
    }

    static ActorLexicon lexicon(ConflictConfig conflict) {
        Map<String, List<String>> names = new LinkedHashMap<>();
        for (ConflictConfig.Country c : conflict.countries()) {
            List<String> words = names.computeIfAbsent(c.name(), k -> new ArrayList<>());
            words.add(c.name());
            words.addAll(c.adjectives());
            words.addAll(c.aliases());
        }
        Parties parties = parties(conflict);
        for (ConflictConfig.ActorEntry a : conflict.actors()) {
            String party = parties.partyOf(a.name()).orElse(a.name());
            List<String> words = names.computeIfAbsent(party, k -> new ArrayList<>());
            words.add(a.name());
            words.addAll(a.aliases());
            words.addAll(a.people());
        }
        return new ActorLexicon(names);
    }

    static Regions regions(ConflictConfig conflict) {
        Map<String, String> byPlace = new HashMap<>();
        for (ConflictConfig.Region r : conflict.regions()) {
            byPlace.put(r.name(), r.name());
            r.aliases().forEach(a -> byPlace.put(a, r.name()));
        }
        for (ConflictConfig.PlaceEntry p : conflict.places()) {
            if (p.region() != null) {
                byPlace.put(p.name(), p.region());
                p.aliases().forEach(a -> byPlace.put(a, p.region()));
            }
        }
        return new Regions(byPlace);
    }
}
