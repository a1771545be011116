package org.borderwatch.store;

/**
 * The store could not do what was asked: it cannot be opened, is not a BorderWatch store, or a
 * write was refused. The message is one line fit to show a user.
 */
public class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
