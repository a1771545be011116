package org.borderwatch.analysis.agreements;

import java.util.List;
import java.util.Locale;
import org.borderwatch.domain.AgreementKind;
import org.borderwatch.domain.DateSpan;

/** Readable, stable ids for agreements: "2020-11-09-ceasefire-armenia-azerbaijan", so a link to one survives re-extraction. */
public final class AgreementIds {
    private AgreementIds() {
    }

    /** The id of an agreement a user names: from its name, so it stays the same however the reports change. */
    public static String namedId(String name) {
        return slug(name);
    }

    static String idOf(DateSpan date, AgreementKind kind, List<String> parties) {
        String day = switch (date.precision()) {
            case YEAR -> date.start().toString().substring(0, 4);
            case MONTH -> date.start().toString().substring(0, 7);
            default -> date.start().toString();
        };
        StringBuilder id = new StringBuilder(day).append('-').append(slug(kind.name()));
        parties.stream().sorted().forEach(p -> id.append('-').append(slug(p)));
        return id.toString();
    }

    static String slug(String s) {
        String ascii = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
