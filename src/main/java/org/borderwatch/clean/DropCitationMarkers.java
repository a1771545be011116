package org.borderwatch.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes reference markers left in copied encyclopaedia and report text: numbered markers
 * ("[12]", "[12][13]", "[a]", "[note 3]") and editorial tags ("[citation needed]", "[clarification
 * needed]"). Bracketed words that belong to a quotation ("[the ceasefire statement]") stay.
 */
public final class DropCitationMarkers implements CleaningStep {
    private static final Pattern MARKERS = Pattern.compile(
            "(?:\\[(?:\\d{1,4}|[a-z]|note \\d{1,3}|nb \\d{1,3}"
                    + "|citation needed|clarification needed|better source needed|failed verification"
                    + "|dubious(?: – discuss)?|according to whom\\?|who\\?|when\\?|which\\?|page needed"
                    + "|not in citation given|verification needed|unreliable source\\?)\\])+",
            Pattern.CASE_INSENSITIVE);

    @Override
    public String name() {
        return "drop-citation-markers";
    }

    @Override
    public void apply(TrackedText text) {
        TextEdits edits = text.edit();
        Matcher m = MARKERS.matcher(text.text());
        while (m.find()) {
            edits.delete(m.start(), m.end());
        }
        edits.apply();
    }
}
