package org.legible.accounts;

import java.time.ZoneId;
import java.util.Optional;

/**
 * The accounts module's facade: sign-up, passphrases, preferences, invitations, deletion. Implemented in
 * {@code internal}, so the repositories behind it stay package-private.
 */
public interface Accounts {

    /** True when anyone may create an account now: the very first account, or sign-up is configured open. */
    boolean signupOpen();

    /** False only on a new installation, before the first account. */
    boolean anyAccountExists();

    boolean invitationValid(String token);

    /**
     * Creates an account with a passphrase {@link PassphrasePolicy} accepted for this address (refused with an
     * IllegalArgumentException if it was checked for another). The first account becomes the administrator.
     */
    Registration register(String email, CheckedPassphrase passphrase, ZoneId timeZone, String invitationToken);

    /** As above, the passphrase checked here: refused with an IllegalArgumentException when the policy refuses it. */
    default Registration register(String email, String passphrase, ZoneId timeZone, String invitationToken) {
        return register(email, accepted(passphrase, email), timeZone, invitationToken);
    }

    /**
     * True when open sign-up goes through a code mailed to the address (sign-up open to anyone, accounts already
     * exist, and e-mail is configured), so the sign-up page never says whether an address has an account.
     */
    boolean signupByEmail();

    /**
     * Mails a code to the address, or a note when it already has an account, and returns the id of the sign-up now
     * waiting for that code; the same either way. The passphrase must have been accepted for this address.
     */
    String requestSignup(String email, CheckedPassphrase passphrase, ZoneId timeZone, java.util.Locale locale);

    /** The code typed for a waiting sign-up: the new account, a wrong code, or an ended sign-up. */
    SignupConfirmation confirmSignup(String pendingId, String code);

    /**
     * Changes the passphrase when the current one is right, to a replacement the policy accepted for this account's
     * address (refused with an IllegalArgumentException if it was checked for another); {@link
     * PassphraseCheck.Wrong} also when another session changed it meanwhile.
     */
    PassphraseCheck changePassphrase(AccountId id, String current, CheckedPassphrase replacement);

    /** Checks the passphrase typed again by someone already signed in, throttled like sign-in. */
    PassphraseCheck checkPassphrase(AccountId id, String passphrase);

    Preferences preferences(AccountId id);

    void updatePreferences(AccountId id, Preferences preferences);

    /** Issues a one-time sign-up token, valid for seven days; only its hash is stored. Administrator only. */
    String invite(AccountId inviter);

    boolean isAdmin(AccountId id);

    /**
     * True for the only administrator while others use Legible: deleting that account would leave no one who can
     * invite people, so it must not be deleted until another account is made administrator.
     */
    boolean lastAdministrator(AccountId id);

    /** Makes the account an administrator too; for the {@code admin} command run by the host. */
    void makeAdministrator(AccountId id);

    String email(AccountId id);

    /** The account with this e-mail address (compared as sign-in compares it), for commands run by the host. */
    Optional<AccountId> findByEmail(String email);

    /**
     * Deletes the account (refused for the {@link #lastAdministrator last administrator}) and, through the schema's
     * cascades, every row any module keeps for it. Listeners of {@link AccountEvents.AccountDeleted} run inside the
     * same transaction for anything kept outside the database.
     */
    void delete(AccountId id);

    private static CheckedPassphrase accepted(String passphrase, String email) {
        return PassphrasePolicy.check(passphrase, email)
                .accepted()
                .orElseThrow(() -> new IllegalArgumentException("passphrase rejected by policy"));
    }
}
