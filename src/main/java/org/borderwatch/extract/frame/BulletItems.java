package org.borderwatch.extract.frame;

import java.util.regex.Pattern;
import org.borderwatch.extract.layout.Paragraph;

/** Whether a paragraph is an item of a bulleted list, judged by the mark it opens with. */
final class BulletItems {
    /** A bullet, a dash or an asterisk and a space: a numbered list counts its own items and is left out. */
    private static final Pattern BULLET = Pattern.compile("^\\s*[\u2022\u25aa\u25e6\u2023*\u2013-]\\s");

    private BulletItems() {
    }

    static boolean opensWithBullet(String text, Paragraph p) {
        int end = Math.min(text.length(), p.span().start() + 8);
        return BULLET.matcher(text.substring(p.span().start(), end)).find();
    }
}
