package org.borderwatch.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes reference markers left in copied encyclopaedia and report text: numbered markers
 * ("[12]", "[12][13]", "[a]", "[note 3]") and editorial tags ("[citation needed]", "[clarification
 * needed]"), and a PDF's footnote figure right after a sentence's stop ("pulled back.24"). Bracketed words that belong
 * to a quotation ("[the ceasefire statement]") stay.
 */
public final class DropCitationMarkers implements CleaningStep {
    private static final Pattern MARKERS = Pattern.compile(
            "(?:\\[(?:\\d{1,4}|[a-z]|note \\d{1,3}|nb \\d{1,3}"
                    + "|citation needed|clarification needed|better source needed|failed verification"
                    + "|dubious(?: – discuss)?|according to whom\\?|who\\?|when\\?|which\\?|page needed"
                    + "|not in citation given|verification needed|unreliable source\\?)\\])+",
            Pattern.CASE_INSENSITIVE);

    /**
     * A paper's footnote number set against the end of its sentence, as text taken from a PDF keeps it: "pulled back.24"
     * (a word's letters, the stop, then the figure; "version 2.24" and "at 10.30" have figures before the stop, and
     * "Art.5" or "pp.12" number what they cite).
     */
    private static final Pattern FOOTNOTE_AFTER_STOP = Pattern.compile(
            "(?<=\\p{Ll}{2}[.!?][\"\u201D)]?)(?<!(?i:\\bart|\\bpara|\\bpp|\\bvol|\\bch|\\bsec|\\bnos?)\\.)\\d{1,3}(?=\\s|$)");

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
        Matcher note = FOOTNOTE_AFTER_STOP.matcher(text.text());
        while (note.find()) {
            edits.delete(note.start(), note.end());
        }
        edits.apply();
    }
}
