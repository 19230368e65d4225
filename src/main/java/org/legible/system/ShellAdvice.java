package org.legible.system;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page's layout needs to know: whether someone is signed in (to show the navigation), and a tag for the
 * person on this device, so check-ins kept offline are sent only for the person who made them.
 */
@ControllerAdvice
class ShellAdvice {

    /** A destination of the navigation bar: its message key under {@code layout.nav.} and its address. */
    record NavItem(String key, String path) {}

    private static final List<NavItem> NAV_ITEMS = List.of(
            new NavItem("today", "/"),
            new NavItem("checkIn", "/check-ins/new"),
            new NavItem("patterns", "/insights"),
            new NavItem("report", "/report"),
            new NavItem("more", MoreController.PATH));

    @ModelAttribute("signedIn")
    boolean signedIn() {
        return signedInAs() != null;
    }

    @ModelAttribute("navItems")
    List<NavItem> navItems() {
        return NAV_ITEMS;
    }

    /** Which destination the page belongs to, marked "you are here"; everything not in the bar is under More. */
    @ModelAttribute("navSection")
    String navSection(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/")) {
            return "today";
        }
        if (path.equals("/check-ins/new") || path.equals("/check-ins")) {
            return "checkIn";
        }
        if (path.startsWith("/insights")) {
            return "patterns";
        }
        if (path.startsWith("/report")) {
            return "report";
        }
        return "more";
    }

    /**
     * A one-way tag of the signed-in person (never their id or e-mail), or null; check-ins kept on the device carry it,
     * so a second person signing in on the same browser never sends the first one's.
     */
    @ModelAttribute("deviceTag")
    String deviceTag() {
        Authentication authentication = signedInAs();
        if (authentication == null) {
            return null;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("legible-device:" + authentication.getName()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Authentication signedInAs() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                        && authentication.isAuthenticated()
                        && !(authentication instanceof AnonymousAuthenticationToken)
                ? authentication
                : null;
    }
}
