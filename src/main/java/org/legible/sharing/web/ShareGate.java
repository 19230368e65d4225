package org.legible.sharing.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.legible.sharing.Shares;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The way into every page a share's link opens. A link that never was is not found, as any missing page; one
 * revoked or past its end says only that it has ended (410); one that asks for a passcode sends this browser to type
 * it once per session. Nothing behind a link is kept by a browser or a search engine.
 */
@Component
record ShareGate(Shares shares, Clock clock) {

    static final String PATH = "/shared/";

    private static final String UNLOCKED = ShareGate.class.getName() + ".unlocked";

    /** The share a link names, open or ended, with the headers every shared page sends. */
    Shares.Found open(String link, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader("X-Robots-Tag", "noindex, nofollow");
        return shares.find(link).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /**
     * The page to show instead of what was asked for, if any: that the share has ended, or (for any page but the
     * passcode form itself) the way to type its passcode.
     */
    Optional<String> refusal(Shares.Found found, String link, HttpSession session, HttpServletResponse response) {
        if (!found.share().openAt(clock.instant())) {
            response.setStatus(HttpStatus.GONE.value());
            return Optional.of("sharing/ended");
        }
        if (!unlocked(found, session)) {
            return Optional.of("redirect:" + PATH + link);
        }
        return Optional.empty();
    }

    /**
     * Whether this browser may open the share: it asks for no passcode, or its passcode as it is now was typed here
     * (a passcode changed since, because it was passed on too far, must be typed again).
     */
    boolean unlocked(Shares.Found found, HttpSession session) {
        if (!found.share().asksPasscode()) {
            return true;
        }
        return session != null
                && session.getAttribute(UNLOCKED) instanceof Set<?> opened
                && opened.contains(unlockedAs(found));
    }

    void unlock(Shares.Found found, HttpSession session) {
        Set<String> opened = new HashSet<>();
        if (session.getAttribute(UNLOCKED) instanceof Set<?> before) {
            before.forEach(id -> opened.add(id.toString()));
        }
        opened.add(unlockedAs(found));
        session.setAttribute(UNLOCKED, opened);
    }

    private static String unlockedAs(Shares.Found found) {
        return found.share().id() + ":" + found.passcodeStamp();
    }
}
