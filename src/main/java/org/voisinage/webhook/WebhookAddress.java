package org.voisinage.webhook;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import org.voisinage.common.Refusal;

/**
 * Where an endpoint may point: an https URL whose host resolves to public addresses only. A partner's address must
 * not make the server call inside its own network (SSRF): loopback, private, link-local (the cloud's metadata
 * service), carrier-grade NAT, multicast and unspecified addresses are refused, unless
 * {@code voisinage.webhooks.allow-local-addresses} (local development, tests), which allows plain http as well.
 * Checked when staff save it and again before every attempt (a name may resolve elsewhere later).
 */
final class WebhookAddress {

    private WebhookAddress() {}

    /** The URL, checked. @throws Refusal on "url" when it may not be used */
    static URI check(String url, boolean allowLocal) {
        URI uri;
        try {
            uri = new URI(url == null ? "" : url.strip());
        } catch (URISyntaxException e) {
            throw Refusal.invalid("url", "webhook.url.invalid");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || uri.getRawUserInfo() != null
                || !(scheme.equals("https") || (allowLocal && scheme.equals("http")))) {
            throw Refusal.invalid("url", "webhook.url.notHttps");
        }
        if (allowLocal) {
            return uri;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            throw Refusal.invalid("url", "webhook.url.unknownHost");
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                throw Refusal.invalid("url", "webhook.url.private");
            }
        }
        return uri;
    }

    static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet6Address) {
            // unique local fc00::/7, and IPv4 mapped into IPv6 judged as IPv4
            if ((b[0] & 0xfe) == 0xfc) {
                return false;
            }
            boolean mapped = true;
            for (int i = 0; i < 10; i++) {
                mapped &= b[i] == 0;
            }
            if (mapped && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
                try {
                    return isPublic(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
                } catch (UnknownHostException e) {
                    return false;
                }
            }
            return true;
        }
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        // 0.0.0.0/8 "this network", 100.64.0.0/10 carrier-grade NAT, 192.0.0.0/24 protocol assignments,
        // 198.18.0.0/15 benchmarking, 240.0.0.0/4 reserved
        return first != 0 && !(first == 100 && second >= 64 && second < 128)
                && !(first == 192 && second == 0 && (b[2] & 0xff) == 0) && !(first == 198 && (second == 18 || second == 19))
                && first < 240;
    }
}
