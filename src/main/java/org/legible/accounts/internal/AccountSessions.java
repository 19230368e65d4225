package org.legible.accounts.internal;

import org.legible.accounts.AccountId;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/** Ends an account's sessions: the others after a passphrase change, all of them after deletion. */
@Component
public class AccountSessions {

    private final SessionRegistry registry;

    AccountSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    public void endOtherSessions(AccountId account, String keepSessionId) {
        for (Object principal : registry.getAllPrincipals()) {
            if (principal instanceof LegibleUser user && user.accountId().equals(account)) {
                for (SessionInformation session : registry.getAllSessions(principal, false)) {
                    if (!session.getSessionId().equals(keepSessionId)) {
                        session.expireNow();
                    }
                }
            }
        }
    }

    public void endAllSessions(AccountId account) {
        endOtherSessions(account, "");
    }
}
