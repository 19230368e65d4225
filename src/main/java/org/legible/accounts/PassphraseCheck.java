package org.legible.accounts;

import java.time.Duration;

/**
 * What typing the passphrase again (to change it, create an API token, delete the account or confirm a page) came
 * to. Wrong tries count with wrong sign-ins against the same account, and a locked account refuses even the right
 * passphrase until the wait is over, so a session left open cannot be used to guess it quickly.
 */
public sealed interface PassphraseCheck {

    /** The passphrase was right (and, for a change, the new one is stored). */
    record Right() implements PassphraseCheck {}

    record Wrong() implements PassphraseCheck {}

    /** Too many wrong tries lately: nothing was checked; try again after {@code retryAfter}. */
    record Locked(Duration retryAfter) implements PassphraseCheck {

        /** Whole minutes to tell a person, at least one. */
        public long minutes() {
            return Math.max(1, (retryAfter.toSeconds() + 59) / 60);
        }
    }

    default boolean right() {
        return this instanceof Right;
    }
}
