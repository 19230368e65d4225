package org.legible.accounts.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Signs a person in right after they created their account, as form login would: a fresh session id, the security
 * context saved in the session, and the session registered so a later passphrase change can end it.
 */
@Component
public class SignIn {

    private final AccountUserDetailsService users;
    private final SessionRegistry sessions;
    private final RecentPassphrase recentPassphrase;
    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

    SignIn(AccountUserDetailsService users, SessionRegistry sessions, RecentPassphrase recentPassphrase) {
        this.users = users;
        this.sessions = sessions;
        this.recentPassphrase = recentPassphrase;
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
