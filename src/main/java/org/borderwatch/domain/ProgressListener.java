package org.borderwatch.domain;

/** Told how far a long piece of work has come, so a caller can show it (a console bar, a log line). */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener SILENT = (done, total, item) -> { };

    /**
     * @param done  units finished so far
     * @param total units in all, or -1 when unknown
     * @param item  what is being worked on now (a file name), or null
     */
    void progress(long done, long total, String item);
}
