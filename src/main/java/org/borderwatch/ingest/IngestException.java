package org.borderwatch.ingest;

/**
 * A file that cannot be ingested, with a reason fit for one line of output ("not valid UTF-8 at
 * byte 812"). The batch goes on without it.
 */
public final class IngestException extends Exception {
    public IngestException(String reason) {
        super(reason);
    }

    public IngestException(String reason, Throwable cause) {
        super(reason, cause);
    }

    public String reason() {
        return getMessage();
    }
}
