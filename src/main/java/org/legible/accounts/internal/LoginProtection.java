package org.legible.accounts.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.legible.accounts.AccountEvents;
import org.legible.system.throttle.Lockout;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per account and per address and says when either must wait. An address gets more room
 * than an account, since a clinic may sit behind one address. Unknown e-mails count like known ones, so the
 * throttle does not reveal which accounts exist. A passphrase typed again inside the app (to change it, create a token,
 * delete the account) counts against the same account, so a session left open is no faster way to guess.
 */
@Component
class LoginProtection {

    @ConfigurationProperties("legible.login")
    record Limits(
            Integer accountFailures, Integer addressFailures, Duration window, Duration firstLock, Duration maxLock) {
        Limits {
            accountFailures = accountFailures == null ? 5 : accountFailures;
            addressFailures = addressFailures == null ? 20 : addressFailures;
            window = window == null ? Duration.ofMinutes(1) : window;
            firstLock = firstLock == null ? Duration.ofMinutes(1) : firstLock;
            maxLock = maxLock == null ? Duration.ofMinutes(15) : maxLock;
        }
    }

    private final AccountRepository accounts;
    private final Lockout byAccount;
    private final Lockout byAddress;
    private final Clock clock;

    LoginProtection(Limits limits, JdbcClient jdbc, AccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.byAccount = new Lockout(
                jdbc,
                "sign-in-account",
                limits.accountFailures(),
                limits.window(),
                limits.firstLock(),
                limits.maxLock());
        this.byAddress = new Lockout(
                jdbc,
                "sign-in-address",
                limits.addressFailures(),
                limits.window(),
                limits.firstLock(),
                limits.maxLock());
        this.clock = clock;
    }

    /** The longer wait of the account and the address, if either is locked. */
    Optional<Duration> lockedFor(String email, String address) {
        Optional<Duration> account = byAccount.lockedFor(accountKey(email), clock.instant());
        Optional<Duration> ip = byAddress.lockedFor(address, clock.instant());
        if (account.isPresent() && ip.isPresent()) {
            return Optional.of(account.get().compareTo(ip.get()) >= 0 ? account.get() : ip.get());
        }
        return account.isPresent() ? account : ip;
    }

    /** Whether the account is locked, for a passphrase typed again by someone signed in. */
    Optional<Duration> accountLockedFor(String email) {
        return byAccount.lockedFor(accountKey(email), clock.instant());
    }

    /** A wrong passphrase typed again counts like a wrong sign-in: both guess the same secret. */
    void accountFailed(String email) {
        byAccount.failed(accountKey(email), clock.instant());
    }

    void accountSucceeded(String email) {
        byAccount.succeeded(accountKey(email));
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        byAccount.failed(accountKey(event.getAuthentication().getName()), clock.instant());
        if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details) {
            byAddress.failed(details.getRemoteAddress(), clock.instant());
        }
    }

    /** A deleted account's failures go with it: even hashed, its e-mail is kept nowhere. */
    @EventListener
    void onDeleted(AccountEvents.AccountDeleted event) {
        accounts.email(event.accountId()).ifPresent(email -> byAccount.succeeded(accountKey(email)));
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        byAccount.succeeded(accountKey(event.getAuthentication().getName()));
    }

    private static String accountKey(String email) {
        return AccountsService.normaliseEmail(email);
    }
}
