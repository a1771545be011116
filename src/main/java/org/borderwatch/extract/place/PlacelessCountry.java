package org.borderwatch.extract.place;

import java.util.Objects;
import java.util.Optional;
import org.borderwatch.domain.EventType;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.config.ConflictConfig;

/**
 * Where an event that names no place and no territorial cue happened, when its actors say so: a strike or
 * an attack on civilians lands where its target is (the target's country); fighting against a region's
 * local forces is in that region's recognised country; a side's own unilateral act (an exercise, a
 * deployment: sub-event "Other" without a counterpart) is at home; what a force or mission deployed abroad
 * does or suffers (peacekeepers evacuating residents, a patrol fired on) is in its configured theatre.
 * Otherwise unknown, as the text is.
 */
public final class PlacelessCountry {
    private final ConflictConfig config;

    public PlacelessCountry(ConflictConfig config) {
        this.config = config;
    }

    public Optional<String> of(SubEventType type, String actor1, String actor2) {
        Optional<String> localRegion = config.regions().stream()
                .filter(r -> r.localForces() != null && (r.localForces().equals(actor1) || r.localForces().equals(actor2)))
                .map(ConflictConfig.Region::country).filter(Objects::nonNull).findFirst();
        if (type.type() == EventType.BATTLES && localRegion.isPresent()) {
            return localRegion;
        }
        Optional<String> theatre = theatreOf(actor1).or(() -> theatreOf(actor2));
        if (theatre.isPresent() && type.type() != EventType.PROTESTS && type != SubEventType.AGREEMENT) {
            return theatre;
        }
        if (type.type() == EventType.EXPLOSIONS_REMOTE_VIOLENCE || type == SubEventType.ATTACK) {
            return actor2 == null ? Optional.empty() : localRegion.or(() -> countryOf(actor2));
        }
        if (type == SubEventType.OTHER && actor2 == null && actor1 != null) {
            return countryOf(actor1).filter(config.sides()::contains);
        }
        return Optional.empty();
    }

    private Optional<String> theatreOf(String actor) {
        return actor == null ? Optional.empty() : config.actorNamed(actor).map(ConflictConfig.ActorEntry::theatre);
    }

    private Optional<String> countryOf(String actor) {
        return config.actorNamed(actor).map(ConflictConfig.ActorEntry::country);
    }
}
