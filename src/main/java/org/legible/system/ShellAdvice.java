package org.legible.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
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

    @ModelAttribute("signedIn")
    boolean signedIn() {
        return signedInAs() != null;
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
