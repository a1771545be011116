package org.borderwatch.web;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The names a request may address the server by (its Host header, port aside): the loopback names, the
 * address it listens on, for a server listening on every address this machine's own names and addresses,
 * and the names the user allows. A page on another site that points its own name at this machine (DNS
 * rebinding) sends that name, and is turned away.
 */
final class HostNames {
    private static final List<String> LOOPBACK = List.of("localhost", "127.0.0.1", "::1");

    private final Set<String> names;

    private HostNames(Set<String> names) {
        this.names = Set.copyOf(names);
    }

    static HostNames of(String listenAddress, List<String> allowed) {
        Set<String> names = new HashSet<>(LOOPBACK);
        names.add(normalise(listenAddress));
        allowed.forEach(n -> names.add(normalise(n)));
        if (isWildcard(listenAddress)) {
            names.addAll(machineNames());
        }
        return new HostNames(names);
    }

    /** Whether a Host header names this server; a request without one (HTTP/1.0, no browser) is let through. */
    boolean accepts(String hostHeader) {
        if (hostHeader == null || hostHeader.isBlank()) {
            return true;
        }
        return names.contains(normalise(withoutPort(hostHeader.strip())));
    }

    Set<String> names() {
        return names;
    }

    private static String withoutPort(String host) {
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            return end < 0 ? host : host.substring(1, end);
        }
        int colon = host.indexOf(':');
        // more than one colon without brackets is an IPv6 address with no port
        return colon < 0 || host.indexOf(':', colon + 1) >= 0 ? host : host.substring(0, colon);
    }

    private static String normalise(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.startsWith("[") && n.endsWith("]")) {
            n = n.substring(1, n.length() - 1);
        }
        return n.endsWith(".") ? n.substring(0, n.length() - 1) : n;
    }

    private static boolean isWildcard(String address) {
        return address.equals("0.0.0.0") || address.equals("::") || address.equals("[::]") || address.isBlank();
    }

    /** The machine's host name and every address of its interfaces, for a server that listens on all of them. */
    private static Set<String> machineNames() {
        Set<String> out = new HashSet<>();
        try {
            InetAddress local = InetAddress.getLocalHost();
            out.add(normalise(local.getHostName()));
            out.add(normalise(local.getCanonicalHostName()));
        } catch (UnknownHostException e) {
            // no name to add: the addresses still are
        }
        try {
            for (NetworkInterface nif : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                for (InetAddress a : Collections.list(nif.getInetAddresses())) {
                    String address = a.getHostAddress();
                    int zone = address.indexOf('%');
                    out.add(normalise(zone < 0 ? address : address.substring(0, zone)));
                }
            }
        } catch (SocketException e) {
            // the interfaces cannot be listed: loopback and the names allowed remain
        }
        return out;
    }
}
