package org.borderwatch.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** ISO 3166-1 codes of countries by any of their usual English names, from a table shipped as a resource. */
public final class CountryCodes {
    /** One country's codes. */
    public record Country(int numeric, String alpha2, String alpha3) {
    }

    private static final String RESOURCE = "iso3166-countries.tsv";
    private static final CountryCodes STANDARD = load();

    private final Map<String, Country> byName;

    private CountryCodes(Map<String, Country> byName) {
        this.byName = byName;
    }

    public static CountryCodes standard() {
        return STANDARD;
    }

    /** The country a name (any case; also an alpha-2 or alpha-3 code) stands for. */
    public Optional<Country> find(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(byName.get(name.trim().toLowerCase(Locale.ROOT)));
    }

    private static CountryCodes load() {
        Map<String, Country> byName = new HashMap<>();
        try (InputStream in = CountryCodes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing from the build");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                Country c = new Country(Integer.parseInt(cols[0]), cols[1], cols[2]);
                byName.put(c.alpha2().toLowerCase(Locale.ROOT), c);
                byName.put(c.alpha3().toLowerCase(Locale.ROOT), c);
                for (String name : cols[3].split("\\|")) {
                    byName.put(name.toLowerCase(Locale.ROOT), c);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return new CountryCodes(Map.copyOf(byName));
    }
}
