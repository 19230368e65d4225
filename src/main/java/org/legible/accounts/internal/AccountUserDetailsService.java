package org.legible.accounts.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads a person by e-mail for form login, and stores a rehash when the Argon2 parameters grow. */
@Service
class AccountUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

    private final AccountRepository accounts;

    AccountUserDetailsService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return accounts.credentialsByEmail(AccountsService.normaliseEmail(username))
                .map(c -> new LegibleUser(c.id(), c.email(), c.passphraseHash(), c.admin()))
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
    }

    @Override
    @Transactional
    public UserDetails updatePassword(UserDetails user, String newHash) {
        accounts.updateHashByEmail(user.getUsername(), newHash);
        LegibleUser legible = (LegibleUser) user;
        return new LegibleUser(legible.accountId(), user.getUsername(), newHash, isAdmin(user));
    }

    private static boolean isAdmin(UserDetails user) {
        return user.getAuthorities().stream().anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
    }
}
