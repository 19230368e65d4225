package org.legible.accounts.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import org.legible.accounts.AccountEvents;
import org.legible.accounts.AccountId;
import org.legible.accounts.Accounts;
import org.legible.accounts.PassphrasePolicy;
import org.legible.accounts.Preferences;
import org.legible.accounts.Registration;
import org.legible.accounts.UnknownAccountException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AccountsService implements Accounts {

    static final Duration INVITATION_LIFETIME = Duration.ofDays(7);

    private final AccountRepository accounts;
    private final InvitationRepository invitations;
    private final PasswordEncoder passwordEncoder;
    private final SignupProperties signup;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    AccountsService(
            AccountRepository accounts,
            InvitationRepository invitations,
            PasswordEncoder passwordEncoder,
            SignupProperties signup,
            ApplicationEventPublisher events,
            Clock clock) {
        this.accounts = accounts;
        this.invitations = invitations;
        this.passwordEncoder = passwordEncoder;
        this.signup = signup;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean signupOpen() {
        return signup.open() || accounts.count() == 0;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean anyAccountExists() {
        return accounts.count() > 0;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean invitationValid(String token) {
        return token != null
                && !token.isBlank()
                && invitations
                        .findUsable(Tokens.sha256Hex(token), clock.instant())
                        .isPresent();
    }

    @Override
    @Transactional
    public Registration register(String email, String passphrase, ZoneId timeZone, String invitationToken) {
        String normalised = normaliseEmail(email);
        if (PassphrasePolicy.problem(passphrase, normalised).isPresent()) {
            throw new IllegalArgumentException("passphrase rejected by policy");
        }
        Instant now = clock.instant();
        boolean first = accounts.count() == 0;
        Optional<String> invitation = Optional.empty();
        if (!first && !signup.open()) {
            if (invitationToken == null || invitationToken.isBlank()) {
                return new Registration.SignupClosed();
            }
            invitation = invitations.findUsable(Tokens.sha256Hex(invitationToken), now);
            if (invitation.isEmpty()) {
                return new Registration.SignupClosed();
            }
        }
        if (accounts.emailExists(normalised)) {
            return new Registration.EmailTaken();
        }
        AccountId id = AccountId.random();
        accounts.insert(
                id,
                normalised,
                passwordEncoder.encode(passphrase),
                first,
                new Preferences(timeZone, Preferences.DEFAULT_DAY_BOUNDARY),
                now);
        invitation.ifPresent(invitationId -> invitations.markUsed(invitationId, now));
        events.publishEvent(new AccountEvents.AccountCreated(id));
        return new Registration.Registered(id);
    }

    @Override
    @Transactional
    public boolean changePassphrase(AccountId id, String current, String replacement) {
        String hash = accounts.passphraseHash(id).orElseThrow(() -> new UnknownAccountException(id));
        if (current == null || !passwordEncoder.matches(current, hash)) {
            return false;
        }
        if (PassphrasePolicy.problem(replacement, email(id)).isPresent()) {
            throw new IllegalArgumentException("passphrase rejected by policy");
        }
        accounts.updatePassphrase(id, passwordEncoder.encode(replacement), clock.instant());
        events.publishEvent(new AccountEvents.PassphraseChanged(id));
        return true;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean passphraseMatches(AccountId id, String passphrase) {
        return passphrase != null
                && accounts.passphraseHash(id)
                        .map(hash -> passwordEncoder.matches(passphrase, hash))
                        .orElse(false);
    }

    @Override
    @Transactional(readOnly = true)
    public Preferences preferences(AccountId id) {
        return accounts.preferences(id).orElseThrow(() -> new UnknownAccountException(id));
    }

    @Override
    @Transactional
    public void updatePreferences(AccountId id, Preferences preferences) {
        accounts.updatePreferences(id, preferences);
    }

    @Override
    @Transactional
    public String invite(AccountId inviter) {
        if (!accounts.isAdmin(inviter)) {
            throw new IllegalStateException("only the administrator invites");
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        invitations.insert(inviter, Tokens.sha256Hex(token), now, now.plus(INVITATION_LIFETIME));
        return token;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isAdmin(AccountId id) {
        return accounts.isAdmin(id);
    }

    @Override
    @Transactional(readOnly = true)
    public String email(AccountId id) {
        return accounts.email(id).orElseThrow(() -> new UnknownAccountException(id));
    }

    @Override
    public Optional<AccountId> findByEmail(String email) {
        return accounts.credentialsByEmail(normaliseEmail(email)).map(AccountRepository.Credentials::id);
    }

    @Override
    @Transactional
    public void delete(AccountId id) {
        events.publishEvent(new AccountEvents.AccountDeleted(id));
        accounts.delete(id);
    }

    static String normaliseEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
