package org.legible.accounts.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.legible.accounts.AccountId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * A person's passkeys, and where they work. A passkey belongs to one site address: the public address the host set
 * (LEGIBLE_PUBLIC_URL), or else {@code http://localhost} on the server's port, which browsers treat as secure. At
 * any other address the pages say where passkeys work instead of offering a button that would fail.
 */
@Service
public class Passkeys {

    /** One passkey as the person sees it: the name they gave, the day it was added and the day it last signed in. */
    public record Passkey(String id, String label, LocalDate addedOn, LocalDate lastUsedOn) {}

    private final PasskeyRepository passkeys;
    private final URI origin;

    Passkeys(
            PasskeyRepository passkeys,
            @Value("${legible.public-url:}") String publicUrl,
            @Value("${server.port:8080}") int port) {
        this.passkeys = passkeys;
        this.origin = origin(publicUrl.strip(), port);
    }

    /** The account's passkeys, oldest first, with days in the person's time zone. */
    public List<Passkey> list(AccountId account, ZoneId zone) {
        return passkeys.list(account).stream()
                .map(p -> new Passkey(
                        p.id(),
                        p.label(),
                        LocalDate.ofInstant(p.createdAt(), zone),
                        p.lastUsedAt() == null ? null : LocalDate.ofInstant(p.lastUsedAt(), zone)))
                .toList();
    }

    public int count(AccountId account) {
        return passkeys.count(account);
    }

    /** Removes one of the account's passkeys; an id that is not theirs removes nothing. */
    public boolean remove(AccountId account, String id) {
        return passkeys.remove(account, id);
    }

    /** A name for a passkey made on this device, for the person to keep or change ("Firefox on Android"). */
    public String suggestedLabel(String userAgent) {
        return DeviceLabel.of(userAgent);
    }

    /** The site address passkeys belong to, as a browser writes it ({@code https://legible.example.org}). */
    public String origin() {
        String port = origin.getPort() == -1 ? "" : ":" + origin.getPort();
        return origin.getScheme() + "://" + origin.getHost() + port;
    }

    /** The relying party id: the host name alone. */
    String relyingPartyId() {
        return origin.getHost();
    }

    /** Whether this page was opened at the address passkeys belong to. */
    public boolean workAt(HttpServletRequest request) {
        int port = request.getServerPort();
        boolean defaultPort = ("https".equals(request.getScheme()) && port == 443)
                || ("http".equals(request.getScheme()) && port == 80);
        String here = request.getScheme() + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
        return here.equalsIgnoreCase(origin());
    }

    /** Scheme, host and port only, the default port left out as a browser leaves it out of an origin. */
    static URI origin(String publicUrl, int port) {
        if (publicUrl.isEmpty()) {
            return URI.create("http://localhost:" + port);
        }
        URI uri;
        try {
            uri = URI.create(publicUrl);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("LEGIBLE_PUBLIC_URL is not an address: " + e.getMessage());
        }
        if (uri.getScheme() == null || uri.getHost() == null) {
            throw new IllegalStateException("LEGIBLE_PUBLIC_URL must be like https://legible.example.org");
        }
        boolean defaultPort = uri.getPort() == -1
                || ("https".equalsIgnoreCase(uri.getScheme()) && uri.getPort() == 443)
                || ("http".equalsIgnoreCase(uri.getScheme()) && uri.getPort() == 80);
        return URI.create(uri.getScheme().toLowerCase(java.util.Locale.ROOT) + "://"
                + uri.getHost().toLowerCase(java.util.Locale.ROOT) + (defaultPort ? "" : ":" + uri.getPort()));
    }
}
