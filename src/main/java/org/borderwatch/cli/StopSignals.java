package org.borderwatch.cli;

import sun.misc.Signal;

/**
 * Turns the signals that ask a process to stop (INT from Ctrl+C, TERM from a service manager or kill, HUP
 * from a closed terminal) into a call, instead of the JVM's immediate shutdown. Uses the JDK's
 * {@code sun.misc.Signal} (module jdk.unsupported), the one way Java offers to handle a signal.
 */
final class StopSignals {
    private StopSignals() {
    }

    static void onStop(Runnable stop) {
        for (String name : new String[] {"INT", "TERM", "HUP"}) {
            try {
                Signal.handle(new Signal(name), signal -> stop.run());
            } catch (IllegalArgumentException e) {
                // a signal this platform does not have, or one the JVM keeps for itself: its default stays
            }
        }
    }
}
