package org.borderwatch.extract;

import java.time.Instant;
import java.util.Arrays;
import org.borderwatch.domain.DateSpan;
import org.borderwatch.domain.Document;
import org.borderwatch.domain.OffsetMap;

/**
 * A stand-in for the ingest package's cleaner, for tests and the dev harness only: joins the lines of a
 * paragraph, undoes end-of-line hyphenation, keeps blank lines as paragraph breaks, and maps offsets.
 */
final class DevCleaner {
    private DevCleaner() {
    }

    static Document document(String id, String raw, DateSpan published) {
        StringBuilder clean = new StringBuilder();
        int[] map = new int[raw.length() + 1];
        int n = 0;
        String[] lines = raw.split("\n", -1);
        int offset = 0;
        boolean paragraphOpen = false;
        boolean pendingBreak = false;
        boolean joinWithoutSpace = false;
        for (String line : lines) {
            int lineStart = offset;
            offset += line.length() + 1;
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                pendingBreak = paragraphOpen;
                continue;
            }
            int lead = line.indexOf(trimmed);
            if (pendingBreak) {
                clean.append("\n\n");
                map[n++] = lineStart - 1;
                map[n++] = lineStart - 1;
                pendingBreak = false;
            } else if (paragraphOpen && !joinWithoutSpace) {
                clean.append(' ');
                map[n++] = lineStart - 1;
            }
            String body = trimmed;
            joinWithoutSpace = false;
            if (body.length() > 1 && body.endsWith("-") && Character.isLetter(body.charAt(body.length() - 2))) {
                body = body.substring(0, body.length() - 1);
                joinWithoutSpace = true;
            }
            for (int i = 0; i < body.length(); i++) {
                if (n >= map.length) {
                    map = Arrays.copyOf(map, map.length * 2);
                }
                clean.append(body.charAt(i));
                map[n++] = lineStart + lead + i;
            }
            paragraphOpen = true;
        }
        OffsetMap offsets = OffsetMap.fromOffsets(Arrays.copyOf(map, n), raw.length());
        return new Document(id, null, id, id, null, null, "en", published, id, raw, clean.toString(), offsets, 1,
                Instant.EPOCH);
    }

    static Document fromClean(String cleanText, DateSpan published) {
        return new Document("test", null, "test", "test", null, null, "en", published, "test", cleanText, cleanText,
                OffsetMap.identity(cleanText.length()), 1, Instant.EPOCH);
    }
}
