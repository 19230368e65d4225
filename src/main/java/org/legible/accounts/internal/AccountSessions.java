package org.legible.accounts.internal;

import org.legible.accounts.AccountId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends an account's sessions: the others after a passphrase change, all of them before deletion. Sessions kept in
 * the database (system.SessionsInDatabase) are deleted there, so no server keeps one and no row keeps the e-mail;
 * sessions kept in this server's memory are expired through the session registry.
 */
@Component
public class AccountSessions {

    private final SessionRegistry registry;
    private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> shared;
    private final AccountRepository accounts;

    AccountSessions(
            SessionRegistry registry,
            ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> shared,
            AccountRepository accounts) {
        this.registry = registry;
        this.shared = shared;
        this.accounts = accounts;
    }

    public void endOtherSessions(AccountId account, String keepSessionId) {
        FindByIndexNameSessionRepository<? extends Session> repository = shared.getIfAvailable();
        if (repository != null) {
            // Indexed by the principal's name, which is the account's e-mail (LegibleUser.getUsername).
            String name = accounts.email(account).orElse(null);
            if (name != null) {
                for (String id : repository.findByPrincipalName(name).keySet()) {
                    if (!id.equals(keepSessionId)) {
                        repository.deleteById(id);
                    }
                }
            }
            return;
        }
        for (SessionInformation session : registry.getAllSessions(LegibleUser.key(account), false)) {
            if (!session.getSessionId().equals(keepSessionId)) {
                session.expireNow();
            }
        }
    }

    /** Call before the account is deleted: the database's sessions are found by its e-mail. */
    public void endAllSessions(AccountId account) {
        endOtherSessions(account, "");
    }
}
