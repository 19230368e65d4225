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
import org.legible.accounts.CheckedPassphrase;
import org.legible.accounts.PassphraseCheck;
import org.legible.accounts.Preferences;
import org.legible.accounts.Registration;
import org.legible.accounts.SignupConfirmation;
import org.legible.accounts.UnknownAccountException;
import org.legible.system.secrets.SecretLinks;
import org.legible.system.sql.DeletedRows;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

@Service
class AccountsService implements Accounts {

    static final Duration INVITATION_LIFETIME = Duration.ofDays(7);

    private final AccountRepository accounts;
    private final InvitationRepository invitations;
    private final CarerRepository carers;
    private final PasswordEncoder passwordEncoder;
    private final SignupProperties signup;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate writing;
    private final TransactionTemplate reading;
    private final LoginProtection protection;
    private final DeletedRows deletedRows;
    private final PendingSignups pending;
    private final SecureRandom random = new SecureRandom();

    AccountsService(
            AccountRepository accounts,
            LoginProtection protection,
            DeletedRows deletedRows,
            PendingSignups pending,
            InvitationRepository invitations,
            CarerRepository carers,
            PasswordEncoder passwordEncoder,
            SignupProperties signup,
            ApplicationEventPublisher events,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.accounts = accounts;
        this.protection = protection;
        this.carers = carers;
        this.deletedRows = deletedRows;
        this.pending = pending;
        this.invitations = invitations;
        this.passwordEncoder = passwordEncoder;
        this.signup = signup;
        this.events = events;
        this.clock = clock;
        this.writing = new TransactionTemplate(transactions);
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
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
                && (invitations
                                .findUsable(SecretLinks.sha256Hex(token), clock.instant())
                                .isPresent()
                        || carerInvitation(token));
    }

    /*
     * Passphrases are hashed and checked outside any transaction: a hash costs tens of milliseconds of CPU on
     * purpose, and inside a writing transaction SQLite's single write lock would be held for all of it, queueing
     * every other person's save behind it. What a hash was computed for is checked again inside the transaction.
     */

    @Override
    public Registration register(String email, CheckedPassphrase passphrase, ZoneId timeZone, String invitationToken) {
        String normalised = checkedFor(passphrase, email);
        Admission beforeHashing = reading.execute(status -> admission(normalised, invitationToken));
        if (beforeHashing.refusal() != null) {
            return beforeHashing.refusal();
        }
        return insertAdmitted(normalised, passwordEncoder.encode(passphrase.passphrase()), timeZone, invitationToken);
    }

    /** The address, normalised, when the passphrase was accepted for it; no path can store one checked for another. */
    private static String checkedFor(CheckedPassphrase passphrase, String email) {
        String normalised = normaliseEmail(email);
        if (!passphrase.checkedFor(normalised)) {
            throw new IllegalArgumentException("passphrase checked for another address");
        }
        return normalised;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean signupByEmail() {
        return signup.open() && accounts.count() > 0 && pending.available();
    }

    @Override
    public String requestSignup(String email, CheckedPassphrase passphrase, ZoneId timeZone, java.util.Locale locale) {
        String normalised = checkedFor(passphrase, email);
        boolean taken = reading.execute(status -> accounts.emailExists(normalised));
        return pending.request(normalised, passphrase.passphrase(), timeZone, taken, locale);
    }

    @Override
    public SignupConfirmation confirmSignup(String pendingId, String code) {
        PendingSignups.Checked checked = pending.check(pendingId, code);
        if (checked instanceof PendingSignups.Refused refused) {
            return refused.why();
        }
        PendingSignups.Admitted admitted = (PendingSignups.Admitted) checked;
        Registration registration =
                insertAdmitted(admitted.email(), admitted.passphraseHash(), admitted.timeZone(), null);
        return registration instanceof Registration.Registered registered
                ? new SignupConfirmation.Confirmed(registered.accountId(), admitted.email())
                : new SignupConfirmation.Ended(); // taken meanwhile, or sign-up closed meanwhile
    }

    /** Creates the account with a passphrase already hashed, if this e-mail may still sign up. */
    private Registration insertAdmitted(String normalised, String hash, ZoneId timeZone, String invitationToken) {
        return writing.execute(status -> {
            Admission admission = admission(normalised, invitationToken);
            if (admission.refusal() != null) {
                return admission.refusal();
            }
            Instant now = clock.instant();
            AccountId id = AccountId.random();
            accounts.insert(
                    id,
                    normalised,
                    hash,
                    admission.first(),
                    new Preferences(timeZone, Preferences.DEFAULT_DAY_BOUNDARY),
                    now);
            admission.invitation().ifPresent(invitationId -> invitations.markUsed(invitationId, now));
            return new Registration.Registered(id);
        });
    }

    /** Whether this e-mail may sign up now: as the first account, while sign-up is open, or with an invitation. */
    private Admission admission(String normalisedEmail, String invitationToken) {
        boolean first = accounts.count() == 0;
        Optional<String> invitation = Optional.empty();
        if (!first && !signup.open()) {
            if (invitationToken == null || invitationToken.isBlank()) {
                return Admission.refused(new Registration.SignupClosed());
            }
            invitation = invitations.findUsable(SecretLinks.sha256Hex(invitationToken), clock.instant());
            // A carer's invitation also opens sign-up; it is taken when they accept it, signed in.
            if (invitation.isEmpty() && !carerInvitation(invitationToken)) {
                return Admission.refused(new Registration.SignupClosed());
            }
        }
        if (accounts.emailExists(normalisedEmail)) {
            return Admission.refused(new Registration.EmailTaken());
        }
        return new Admission(null, first, invitation);
    }

    private boolean carerInvitation(String token) {
        return carers.openInvitation(SecretLinks.sha256Hex(token), clock.instant())
                .isPresent();
    }

    private record Admission(Registration refusal, boolean first, Optional<String> invitation) {

        static Admission refused(Registration refusal) {
            return new Admission(refusal, false, Optional.empty());
        }
    }

    @Override
    public PassphraseCheck changePassphrase(AccountId id, String current, CheckedPassphrase replacement) {
        String hash = currentHash(id).orElseThrow(() -> new UnknownAccountException(id));
        PassphraseCheck check = checkPassphrase(id, current);
        if (!check.right()) {
            return check;
        }
        checkedFor(replacement, email(id));
        String replacementHash = passwordEncoder.encode(replacement.passphrase());
        return Boolean.TRUE.equals(writing.execute(status -> {
                    if (!currentHash(id).equals(Optional.of(hash))) {
                        return false; // changed meanwhile (another tab): the one just checked is no longer current
                    }
                    accounts.updatePassphrase(id, replacementHash, clock.instant());
                    return true;
                }))
                ? check
                : new PassphraseCheck.Wrong();
    }

    @Override
    public PassphraseCheck checkPassphrase(AccountId id, String passphrase) {
        String email = email(id);
        Optional<Duration> wait = protection.accountLockedFor(email);
        if (wait.isPresent()) {
            return new PassphraseCheck.Locked(wait.get());
        }
        boolean right = passphrase != null
                && currentHash(id)
                        .map(hash -> passwordEncoder.matches(passphrase, hash))
                        .orElse(false);
        if (right) {
            protection.accountSucceeded(email);
            return new PassphraseCheck.Right();
        }
        protection.accountFailed(email);
        return new PassphraseCheck.Wrong();
    }

    private Optional<String> currentHash(AccountId id) {
        return reading.execute(status -> accounts.passphraseHash(id));
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
        invitations.insert(inviter, SecretLinks.sha256Hex(token), now, now.plus(INVITATION_LIFETIME));
        return token;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isAdmin(AccountId id) {
        return accounts.isAdmin(id);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean lastAdministrator(AccountId id) {
        return accounts.isAdmin(id) && accounts.otherAdministrators(id) == 0 && accounts.count() > 1;
    }

    @Override
    @Transactional
    public void makeAdministrator(AccountId id) {
        accounts.makeAdministrator(id);
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

    /** Not {@code @Transactional}: the files are cleaned once the deleting transaction has let go of its connection. */
    @Override
    public void delete(AccountId id) {
        writing.executeWithoutResult(status -> {
            if (lastAdministrator(id)) {
                throw new IllegalStateException("the last administrator cannot be deleted while others use Legible");
            }
            events.publishEvent(new AccountEvents.AccountDeleted(id));
            accounts.delete(id);
        });
        deletedRows.eraseFromFiles();
    }

    static String normaliseEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
