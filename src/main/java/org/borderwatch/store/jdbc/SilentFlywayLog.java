package org.borderwatch.store.jdbc;

import org.flywaydb.core.api.logging.Log;
import org.flywaydb.core.api.logging.LogCreator;

/**
 * Keeps Flyway quiet: migrating is routine on every open, and its notes ("migrating schema…", version
 * advice) would clutter every command's output. Failures still surface as exceptions.
 * Public with a no-argument constructor because Flyway instantiates it by class name.
 */
public final class SilentFlywayLog implements LogCreator, Log {
    @Override
    public Log createLogger(Class<?> clazz) {
        return this;
    }

    @Override
    public boolean isDebugEnabled() {
        return false;
    }

    @Override
    public void debug(String message) {
    }

    @Override
    public void info(String message) {
    }

    @Override
    public void warn(String message) {
    }

    @Override
    public void error(String message) {
    }

    @Override
    public void error(String message, Exception e) {
    }

    @Override
    public void notice(String message) {
    }
}
