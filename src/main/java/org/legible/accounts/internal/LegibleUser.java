package org.legible.accounts.internal;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.legible.accounts.AccountId;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person as Spring Security sees them. Equal by account id, so the session registry finds every
 * session of one account (to end them after a passphrase change or deletion).
 */
public final class LegibleUser implements UserDetails, CredentialsContainer {

    private final AccountId accountId;
    private final String email;
    private String passphraseHash;
    private final boolean admin;

    LegibleUser(AccountId accountId, String email, String passphraseHash, boolean admin) {
        this.accountId = Objects.requireNonNull(accountId);
        this.email = email;
        this.passphraseHash = passphraseHash;
        this.admin = admin;
    }

    /** Equal to every signed-in user of the account, to find its sessions in the session registry. */
    static LegibleUser key(AccountId account) {
        return new LegibleUser(account, null, null, false);
    }

    public AccountId accountId() {
        return accountId;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return admin
                ? List.of(new SimpleGrantedAuthority("ROLE_PERSON"), new SimpleGrantedAuthority("ROLE_ADMIN"))
                : List.of(new SimpleGrantedAuthority("ROLE_PERSON"));
    }

    @Override
    public String getPassword() {
        return passphraseHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public void eraseCredentials() {
        passphraseHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LegibleUser user && user.accountId.equals(accountId);
    }

    @Override
    public int hashCode() {
        return accountId.hashCode();
    }

    /** Never the e-mail address: logs carry ids only. */
    @Override
    public String toString() {
        return "LegibleUser[" + accountId + "]";
    }
}
