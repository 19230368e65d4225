package org.legible.reminders;

import java.util.List;
import java.util.Optional;
import org.legible.accounts.AccountId;

/** The reminders module's facade. Every call is scoped to one account. */
public interface Reminders {

    /** The person's choices, or empty when they never chose (then {@link ReminderSettings#offered()} is shown). */
    Optional<ReminderSettings> settings(AccountId account);

    /**
     * Saves the choices. {@code linkOrigin} is the address the person uses Legible at (scheme, host and port), so an
     * e-mail's link leads back there when the host has not set a public address.
     */
    void save(AccountId account, ReminderSettings settings, String linkOrigin);

    /** Whether this server can send e-mail (the host configured SMTP). */
    boolean emailAvailable();

    /** The key browsers need to subscribe to this server's pushes (VAPID, uncompressed P-256, base64url). */
    String pushApplicationServerKey();

    /** Keeps a browser's push subscription, replacing an earlier one with the same endpoint. */
    PushDevice subscribe(AccountId account, PushSubscriptionRequest subscription);

    /** Forgets a push subscription of this person; false when it is not theirs or not known. */
    boolean unsubscribe(AccountId account, String deviceId);

    List<PushDevice> pushDevices(AccountId account);

    /** A new private calendar address, replacing any earlier one: the secret is returned this once only. */
    String newCalendarSecret(AccountId account);

    boolean hasCalendar(AccountId account);

    void revokeCalendar(AccountId account);

    /**
     * The calendar (iCalendar text) of whoever owns this secret, its links leading to {@code origin} unless the host
     * set a public address; empty for an unknown or revoked secret.
     */
    Optional<String> calendarFor(String secret, String origin);

    /** Whether Legible is waiting for the person to say if reminders should pause, after days they were ignored. */
    boolean asksWhetherToPause(AccountId account);

    /** The person's answer: pause reminders, or keep them (and count ignored days afresh from today). */
    void answerPause(AccountId account, boolean pause);
}
