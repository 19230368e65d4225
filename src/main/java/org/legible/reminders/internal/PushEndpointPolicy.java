package org.legible.reminders.internal;

import com.interaso.webpush.CryptoKt;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.legible.reminders.InvalidPushSubscriptionException;
import org.legible.reminders.PushSubscriptionRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which push subscriptions the server will send to. The endpoint is an address the browser chose, and the server will
 * call it: so only HTTPS addresses of the known push services (LEGIBLE_PUSH_SERVICES), never an address inside the
 * host's own network. The keys must be a P-256 public key and a 16-byte secret, as RFC 8291 requires.
 */
@Component
class PushEndpointPolicy {

    static final int MAX_ENDPOINT = 1000;

    /** A service written as {@code http://host} may be reached without TLS: only for a test's own push server. */
    private final List<String> services;

    PushEndpointPolicy(@Value("${legible.push.services}") String services) {
        this.services = Arrays.stream(services.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(s -> s.toLowerCase(Locale.ROOT))
                .toList();
    }

    /** The subscription as it will be kept, or the reason it is refused. */
    PushSubscriptionRequest check(PushSubscriptionRequest request) {
        if (request == null || request.endpoint() == null || request.p256dh() == null || request.auth() == null) {
            throw new InvalidPushSubscriptionException("reminders.push.invalid");
        }
        String endpoint = request.endpoint().strip();
        if (endpoint.length() > MAX_ENDPOINT || !allowed(endpoint)) {
            throw new InvalidPushSubscriptionException("reminders.push.service");
        }
        byte[] key = decode(request.p256dh());
        byte[] auth = decode(request.auth());
        if (key == null || key.length != 65 || auth == null || auth.length != 16) {
            throw new InvalidPushSubscriptionException("reminders.push.invalid");
        }
        try {
            CryptoKt.generatePublicKeyFromUncompressedBytes(key);
        } catch (RuntimeException e) {
            throw new InvalidPushSubscriptionException("reminders.push.invalid");
        }
        return new PushSubscriptionRequest(
                endpoint, request.p256dh().strip(), request.auth().strip());
    }

    /** Also checked before each send: the list may have changed since the subscription was kept. */
    boolean allowed(String endpoint) {
        URI uri;
        try {
            uri = new URI(endpoint);
        } catch (URISyntaxException e) {
            return false;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (host.isEmpty() || uri.getUserInfo() != null || uri.getFragment() != null) {
            return false;
        }
        for (String service : services) {
            boolean plain = service.startsWith("http://");
            String domain = plain ? service.substring("http://".length()) : service;
            boolean schemeFits = scheme.equals("https") || (plain && scheme.equals("http"));
            if (schemeFits && (host.equals(domain) || host.endsWith("." + domain))) {
                return true;
            }
        }
        return false;
    }

    private static byte[] decode(String base64url) {
        try {
            return Base64.getUrlDecoder().decode(base64url.strip().replace("=", ""));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
