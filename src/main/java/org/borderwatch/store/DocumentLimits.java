package org.borderwatch.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.borderwatch.domain.Document;

/**
 * The longest value each descriptive field of a document may have in the store (the widths of its columns,
 * migration V1), so that what comes from outside (a manifest, a web page's meta tags, an API request) can be
 * checked before it reaches the database, with a message that names the field.
 */
public final class DocumentLimits {
    public static final int SOURCE_URL = 2000;
    public static final int FILE_NAME = 500;
    public static final int TITLE = 2000;
    public static final int PUBLISHER = 500;
    public static final int AUTHOR = 500;
    public static final int LANGUAGE = 20;

    private DocumentLimits() {
    }

    /** "title is 2,345 characters long; at most 2,000 fit" for each field of {@code d} that is too long. */
    public static List<String> problems(Document d) {
        List<String> out = new ArrayList<>();
        check(out, "source URL", d.sourceUrl(), SOURCE_URL);
        check(out, "file name", d.fileName(), FILE_NAME);
        check(out, "title", d.title(), TITLE);
        check(out, "publisher", d.publisher(), PUBLISHER);
        check(out, "author", d.author(), AUTHOR);
        check(out, "language", d.language(), LANGUAGE);
        return out;
    }

    /** The problem with one value, or null when it fits. */
    public static String problem(String field, String value, int limit) {
        if (value == null || value.length() <= limit) {
            return null;
        }
        return String.format(Locale.ROOT, "%s is %,d characters long; at most %,d fit", field, value.length(), limit);
    }

    private static void check(List<String> out, String field, String value, int limit) {
        String problem = problem(field, value, limit);
        if (problem != null) {
            out.add(problem);
        }
    }
}
