package org.borderwatch.cli;

/**
 * A value from a document or a file name made safe to print as (part of) one line on a terminal: control
 * characters are shown escaped, as \e, \x0a or \u009b, instead of being sent to the terminal, where escape
 * sequences could move the cursor, rewrite the screen or set the window title, a line break could forge a
 * line of output, and bidirectional overrides could show text in another order than it has.
 */
final class TerminalText {
    private TerminalText() {
    }

    static String safe(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = (c < 0x20 && c != '\t') || (c >= 0x7F && c <= 0x9F)
                    || c == '\u2028' || c == '\u2029' || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
            if (control && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (control) {
                    out.append(c == 0x1B ? "\\e" : c < 0x100 ? String.format("\\x%02x", (int) c) : String.format("\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }
}
