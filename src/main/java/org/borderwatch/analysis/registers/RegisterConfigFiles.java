package org.borderwatch.analysis.registers;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.borderwatch.analysis.agreements.AgreementIds;
import org.borderwatch.analysis.corridors.Route;
import org.borderwatch.analysis.parties.SideList;
import org.borderwatch.domain.Agreement;
import org.borderwatch.domain.AgreementKind;
import org.borderwatch.domain.DatePrecision;
import org.borderwatch.domain.DateSpan;

/**
 * Reads the registers' own files of a conflict folder, each optional: the routes marked in features.yaml (a feature
 * with a {@code route:} block), agreements.yaml (agreements a user names) and sources.yaml (which side publishers and
 * claimants speak for). A file that is present but wrong is an error naming the file and the entry.
 */
public final class RegisterConfigFiles {
    /** The registers' part of a conflict's configuration. */
    public record Contents(List<Route> routes, List<Agreement> agreements, SideList publishers, SideList claimants) {
        public Contents {
            routes = List.copyOf(routes);
            agreements = List.copyOf(agreements);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record FeaturesFile(List<FeatureEntry> features) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record FeatureEntry(String id, List<String> names, RouteEntry route) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record RouteEntry(List<String> places) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record AgreementsFile(List<AgreementEntry> agreements) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record AgreementEntry(String name, String kind, String date, String end, List<String> parties, String mediator,
                          String area, String ended, String source) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record SourcesFile(List<SideList.Entry> publishers, List<SideList.Entry> claimants) {
    }

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private RegisterConfigFiles() {
    }

    /** The files of a conflict folder on disk. */
    public static Contents fromFolder(Path folder) {
        return read(name -> {
            Path p = folder.resolve(name);
            return Files.isRegularFile(p) ? Files.newInputStream(p) : null;
        }, folder.toString());
    }

    /** The files of a conflict shipped on the class path under /conflicts/{id}/. */
    public static Contents fromClasspath(String conflictId) {
        String base = "/conflicts/" + conflictId + "/";
        return read(name -> RegisterConfigFiles.class.getResourceAsStream(base + name), base);
    }

    private interface Opener {
        InputStream open(String name) throws IOException;
    }

    private static Contents read(Opener opener, String where) {
        FeaturesFile features = parse(opener, "features.yaml", FeaturesFile.class, where);
        AgreementsFile agreements = parse(opener, "agreements.yaml", AgreementsFile.class, where);
        SourcesFile sources = parse(opener, "sources.yaml", SourcesFile.class, where);
        List<Route> routes = new ArrayList<>();
        if (features != null && features.features() != null) {
            for (FeatureEntry f : features.features()) {
                if (f.route() != null) {
                    if (f.names() == null || f.names().isEmpty()) {
                        throw new IllegalArgumentException(where + "features.yaml: route " + f.id() + " has no names");
                    }
                    routes.add(new Route(f.id(), f.names().get(0), f.names(), f.route().places()));
                }
            }
        }
        List<Agreement> named = new ArrayList<>();
        if (agreements != null && agreements.agreements() != null) {
            for (AgreementEntry a : agreements.agreements()) {
                named.add(agreement(a, where + "agreements.yaml"));
            }
        }
        return new Contents(routes, named,
                new SideList(sources == null || sources.publishers() == null ? List.of() : sources.publishers()),
                new SideList(sources == null || sources.claimants() == null ? List.of() : sources.claimants()));
    }

    private static <T> T parse(Opener opener, String name, Class<T> type, String where) {
        try (InputStream in = opener.open(name)) {
            return in == null ? null : YAML.readValue(in, type);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + where + name + ": " + e.getMessage(), e);
        }
    }

    private static Agreement agreement(AgreementEntry a, String file) {
        String what = file + ": agreement '" + a.name() + "'";
        if (a.name() == null || a.name().isBlank() || a.kind() == null || a.date() == null) {
            throw new IllegalArgumentException(what + " needs a name, a kind and a date");
        }
        if (a.parties() == null || a.parties().size() < 2) {
            throw new IllegalArgumentException(what + " needs at least two parties");
        }
        AgreementKind kind;
        try {
            kind = AgreementKind.fromText(a.kind());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + ": " + e.getMessage(), e);
        }
        DateSpan date = date(a.date(), a.end(), what);
        DateSpan ended = a.ended() == null ? null : date(a.ended(), null, what + " (ended)");
        return new Agreement(AgreementIds.namedId(a.name()), a.name(), kind, date, a.parties(), false, a.mediator(), area(a.area()),
                ended, List.of(), List.of());
    }

    private static Agreement.Area area(String area) {
        if (area == null || area.isBlank() || area.equalsIgnoreCase("everywhere")) {
            return Agreement.Area.EVERYWHERE;
        }
        return area.equalsIgnoreCase("border") ? Agreement.Area.BORDER : Agreement.Area.region(area.trim());
    }

    /** "1994", "1994-05" or "1994-05-12", with an optional last day for a span of days. */
    static DateSpan date(String value, String end, String what) {
        String v = value.trim();
        try {
            if (v.matches("\\d{4}")) {
                return DateSpan.of(LocalDate.of(Integer.parseInt(v), 1, 1), DatePrecision.YEAR);
            }
            if (v.matches("\\d{4}-\\d{2}")) {
                return DateSpan.of(LocalDate.parse(v + "-01"), DatePrecision.MONTH);
            }
            LocalDate start = LocalDate.parse(v);
            return new DateSpan(start, end == null ? null : LocalDate.parse(end.trim()), DatePrecision.DAY);
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new IllegalArgumentException(what + ": date '" + value + "'" + (end == null ? "" : " to '" + end + "'")
                    + " is not YYYY, YYYY-MM or YYYY-MM-DD (with an end after the start)", e);
        }
    }
}
