package org.legible.accounts.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Signs a person in as form login would (a fresh session id, the security context saved in the session, and the
 * session registered so a later passphrase change can end it): right after they created their account, after a
 * one-time code (SecondStep) and after a passkey (PasskeySignIn).
 */
@Component
public class SignIn {

    static final String STRONG = "legible.signedInStrongly";

    private final AccountUserDetailsService users;
    private final SessionRegistry sessions;
    private final RecentPassphrase recentPassphrase;
    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

    SignIn(AccountUserDetailsService users, SessionRegistry sessions, RecentPassphrase recentPassphrase) {
        this.users = users;
        this.sessions = sessions;
        this.recentPassphrase = recentPassphrase;
    }

    /**
     * Signs in after a passkey, or after the passphrase and a one-time code: the session is marked as signed in
     * strongly, which a carer helping someone and the administrator's backup need (SignInSteps#signedInStrongly).
     */
    public void signInStrongly(String email, HttpServletRequest request, HttpServletResponse response) {
        signIn(email, request, response);
        request.getSession().setAttribute(STRONG, Boolean.TRUE);
    }

    /** Whether the session signed in with a passkey or a one-time code; a new session (a kept device) has not. */
    static boolean strong(HttpSession session) {
        return session != null && Boolean.TRUE.equals(session.getAttribute(STRONG));
    }

    public void signIn(String email, HttpServletRequest request, HttpServletResponse response) {
        UserDetails user = users.loadUserByUsername(email);
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        UsernamePasswordAuthenticationToken authentication =
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        repository.saveContext(context, request, response);
        sessions.registerNewSession(request.getSession().getId(), user);
        recentPassphrase.entered(request.getSession());
    }
}
