package io.ledgerlens.adapter.web.access;

import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.jetty.util.InetAddressSet;

/**
 * The address a request comes from, which failed sign-ins are counted by.
 *
 * <p>It is the direct peer, unless the peer is one of the trusted proxies (the
 * load balancers in front of the service). Then {@code X-Forwarded-For} is read
 * from the right: each proxy appends the address it was reached from, so the
 * first entry that is not a trusted proxy is the client, and anything left of
 * it was written by the client itself and proves nothing. A header that cannot
 * be read falls back to the peer. Without trusted proxies (the default) the
 * header is ignored, so no client can choose the address it is counted under.
 */
public final class ClientAddresses {

    static final String FORWARDED_FOR = "X-Forwarded-For";
    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private final InetAddressSet trustedProxies = new InetAddressSet();

    private ClientAddresses() {
    }

    /**
     * No trusted proxies: the peer is the client, and {@code X-Forwarded-For} is ignored.
     *
     * @return addresses for a server that faces its clients itself
     */
    public static ClientAddresses direct() {
        return new ClientAddresses();
    }

    /**
     * Behind {@code trustedProxies}: addresses ({@code 10.0.0.7}, {@code 2001:db8::1}) or CIDR blocks
     * ({@code 10.0.0.0/8}); blank entries are skipped. An entry that is neither is refused with an
     * {@link IllegalArgumentException} naming it (host names are refused too: nothing is looked up).
     *
     * @param trustedProxies the proxies whose {@code X-Forwarded-For} is believed
     * @return addresses that believe {@code X-Forwarded-For} from those proxies only
     */
    public static ClientAddresses behind(List<String> trustedProxies) {
        var addresses = new ClientAddresses();
        for (var entry : trustedProxies) {
            if (!entry.isBlank()) {
                addresses.trustedProxies.add(cidr(entry.strip()));
            }
        }
        return addresses;
    }

    /**
     * The trusted proxies as given, for logs and messages.
     *
     * @return the addresses and CIDR blocks trusted
     */
    public List<String> trustedProxies() {
        return List.copyOf(trustedProxies);
    }

    String of(Context ctx) {
        return of(ctx.req().getRemoteAddr(), Collections.list(ctx.req().getHeaders(FORWARDED_FOR)));
    }

    /** The client's address for a request from {@code peer} carrying these {@code X-Forwarded-For} headers. */
    String of(String peer, List<String> forwardedFor) {
        var peerAddress = literal(peer);
        if (peerAddress.isEmpty()) {
            return peer;
        }
        if (trustedProxies.isEmpty() || !trustedProxies.test(peerAddress.get())) {
            return peerAddress.get().getHostAddress();
        }
        var hops = new ArrayList<String>();
        forwardedFor.forEach(header -> Collections.addAll(hops, header.split(",")));
        // The first hop from the right that is not a trusted proxy; if every hop is one, the furthest of them.
        var client = peerAddress.get();
        for (int i = hops.size() - 1; i >= 0 && trustedProxies.test(client); i--) {
            var hop = literal(hops.get(i).strip());
            if (hop.isEmpty()) {
                return peerAddress.get().getHostAddress();
            }
            client = hop.get();
        }
        return client.getHostAddress();
    }

    private static String cidr(String entry) {
        int slash = entry.indexOf('/');
        var address = literal(slash < 0 ? entry : entry.substring(0, slash));
        if (address.isEmpty()) {
            throw new IllegalArgumentException("not an IP address or CIDR block: " + entry);
        }
        int maxBits = address.get().getAddress().length * 8;
        if (slash < 0) {
            return address.get().getHostAddress() + "/" + maxBits;
        }
        var bits = entry.substring(slash + 1);
        if (!bits.matches("\\d{1,3}") || Integer.parseInt(bits) > maxBits) {
            throw new IllegalArgumentException("not an IP address or CIDR block: " + entry);
        }
        return address.get().getHostAddress() + "/" + bits;
    }

    /**
     * An IP address written as one ({@code 192.0.2.1}, {@code 192.0.2.1:443}, {@code 2001:db8::1},
     * {@code [2001:db8::1]:443}); never a name, so nothing is looked up in DNS.
     */
    static Optional<InetAddress> literal(String text) {
        var candidate = text;
        if (candidate.startsWith("[")) {
            int close = candidate.indexOf(']');
            if (close < 0 || !(close == candidate.length() - 1 || candidate.charAt(close + 1) == ':')) {
                return Optional.empty();
            }
            candidate = candidate.substring(1, close);
        } else if (candidate.indexOf(':') == candidate.lastIndexOf(':') && candidate.indexOf('.') > 0) {
            // one colon after dotted digits: an IPv4 address with its port
            int colon = candidate.indexOf(':');
            candidate = colon < 0 ? candidate : candidate.substring(0, colon);
        }
        var ipv4 = IPV4.matcher(candidate);
        if (ipv4.matches()) {
            var bytes = new byte[4];
            for (int i = 0; i < 4; i++) {
                int octet = Integer.parseInt(ipv4.group(i + 1));
                if (octet > 255) {
                    return Optional.empty();
                }
                bytes[i] = (byte) octet;
            }
            return byAddress(bytes);
        }
        if (!IPV6.matcher(candidate).matches()) {
            return Optional.empty();
        }
        try {
            // In brackets the JDK parses an IPv6 literal or fails; it never asks DNS.
            return Optional.of(InetAddress.getByName("[" + candidate + "]"));
        } catch (UnknownHostException notAnAddress) {
            return Optional.empty();
        }
    }

    private static Optional<InetAddress> byAddress(byte[] bytes) {
        try {
            return Optional.of(InetAddress.getByAddress(bytes));
        } catch (UnknownHostException impossible) {
            return Optional.empty();
        }
    }
}
