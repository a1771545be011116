package org.borderwatch.extract.layout;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.borderwatch.extract.config.WordLists;

/**
 * Title lines of entries: a line of its own without a stop right over a paragraph, as a tender names its lot ("Lot 6.
 * School, Kesta village" over "Damage: burned ...") or a log its case. What the paragraph under it tells belongs to
 * the entry the title names.
 */
public final class EntryTitles {

    private EntryTitles() {
    }

    /**
     * The sentence that is the entry title right over sentence {@code s}, which opens its paragraph; -1 when none is. The
     * document's own title is none: a headline restates the story under it, it names no entry.
     */
    public static int titleOver(List<Paragraph> paragraphs, List<Sentence> sentences, int s) {
        if (s < 1) {
            return -1;
        }
        Sentence title = sentences.get(s - 1);
        Token last = title.tokens().get(title.tokens().size() - 1);
        boolean unstopped = !last.isSentenceStop() && !last.text().equals(":");
        return title.paragraph() == sentences.get(s).paragraph() - 1 && unstopped
                && !paragraphs.get(title.paragraph()).title() && namesASite(title) ? s - 1 : -1;
    }

    /** Words that say a title names a site: "Kesta village", "Lorva town", "Vell district". */
    private static final Set<String> SITE_NOUNS = siteNouns();

    private static Set<String> siteNouns() {
        Set<String> nouns = new HashSet<>(WordLists.english().words("settlement-nouns"));
        nouns.addAll(WordLists.english().words("unit-words"));
        nouns.addAll(List.of("town", "city"));
        return Set.copyOf(nouns);
    }

    /**
     * Whether the line names its site by kind, as a lot or a case does ("School, Kesta village, Highlands province"),
     * unlike a byline or a stamp ("Field report | Northport, 10 November 2022").
     */
    private static boolean namesASite(Sentence title) {
        return title.tokens().stream().anyMatch(t -> SITE_NOUNS.contains(t.key()));
    }
}
