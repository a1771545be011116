package org.borderwatch.ingest;

/**
 * A title for a report that names none: its first paragraph when that is short and no table's row (a page that opens
 * with "02.05.2023 | Shelling of X" opens with a record, not a headline), else the file name.
 */
final class TitleGuess {
    private static final int MAX_WORDS = 15;

    private TitleGuess() {
    }

    static String from(String cleanText, String fileName) {
        int end = cleanText.indexOf("\n\n");
        String first = (end < 0 ? cleanText : cleanText.substring(0, end)).strip();
        if (!first.isEmpty() && first.split("\\s+").length <= MAX_WORDS && first.indexOf('|') < 0) {
            return first;
        }
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
