package org.borderwatch.cli;

import java.io.PrintStream;
import org.borderwatch.domain.ProgressListener;

/**
 * A one-line progress bar on standard error, redrawn in place. Draws nothing for short work
 * (fewer than {@code minimumTotal} units) so small runs print only their results.
 */
public final class ConsoleProgressBar implements ProgressListener, AutoCloseable {
    private static final int WIDTH = 30;
    private final PrintStream out;
    private final String label;
    private final long minimumTotal;
    private final long startNanos = System.nanoTime();
    /** Redrawing with carriage returns only makes sense on a terminal; logs get the final line alone. */
    private final boolean interactive;
    private boolean drawn;
    private String lastLine;
    private long lastDrawNanos;

    public ConsoleProgressBar(String label, long minimumTotal) {
        this(System.err, label, minimumTotal);
    }

    ConsoleProgressBar(PrintStream out, String label, long minimumTotal) {
        this.out = out;
        this.label = label;
        this.minimumTotal = minimumTotal;
        this.interactive = out == System.err && System.console() != null;
    }

    @Override
    public void progress(long done, long total, String item) {
        if (total >= 0 && total < minimumTotal) {
            return;
        }
        long now = System.nanoTime();
        boolean finished = total > 0 && done >= total;
        if (!finished && drawn && now - lastDrawNanos < 100_000_000L) {
            return; // redrawing more than ten times a second only costs time
        }
        lastDrawNanos = now;
        drawn = true;
        lastLine = render(label, done, total, item, (now - startNanos) / 1e9);
        if (interactive) {
            out.print("\r" + lastLine);
            out.flush();
        }
    }

    static String render(String label, long done, long total, String item, double seconds) {
        StringBuilder line = new StringBuilder(label).append(' ');
        if (total > 0) {
            int filled = (int) Math.min(WIDTH, WIDTH * done / total);
            line.append('[').append("#".repeat(filled)).append(" ".repeat(WIDTH - filled)).append("] ")
                    .append(done).append('/').append(total);
        } else {
            line.append(done);
        }
        line.append(String.format(" %.1fs", seconds));
        if (item != null) {
            String shown = item.length() > 40 ? "…" + item.substring(item.length() - 39) : item;
            line.append(' ').append(shown);
        }
        return String.format("%-100s", line);
    }

    @Override
    public void close() {
        if (!drawn) {
            return;
        }
        if (interactive) {
            out.println();
        } else {
            out.println(lastLine.strip());
        }
    }
}
