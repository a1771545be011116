package org.borderwatch.cli;

import java.util.Iterator;
import org.borderwatch.geo.GeoConfig;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The {@code --conflict ID|DIR} option every command that reads or codes reports shares (a picocli mixin). */
final class ConflictOption {
    @Option(names = "--conflict", paramLabel = "ID|DIR", converter = Parser.class, completionCandidates = Shipped.class,
            description = "The conflict the reports are about: a shipped one (${COMPLETION-CANDIDATES}) or a folder"
                    + " holding conflict.yaml and actors.yaml (places.yaml, features.yaml optional); default: "
                    + GeoConfig.DEFAULT_CONFLICT + ". A document belongs to the conflict it was first ingested for"
                    + " and is always extracted with that conflict's configuration.")
    Conflict conflict;

    /** The conflict given, or the default one. */
    Conflict conflict() {
        return conflict == null ? Conflict.DEFAULT : conflict;
    }

    /** Whether the option was given. */
    boolean given() {
        return conflict != null;
    }

    /** Turns the option's text into a conflict, so a wrong name fails before the command runs. */
    static final class Parser implements ITypeConverter<Conflict> {
        @Override
        public Conflict convert(String value) {
            try {
                return Conflict.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** The shipped conflicts, for the help text and shell completion. */
    static final class Shipped implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Conflict.shippedIds().iterator();
        }
    }
}
