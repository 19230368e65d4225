package org.legible.diary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.legible.accounts.AccountId;

/** The diary module's facade. Every call is scoped to one account; another account's ids are simply not found. */
public interface Diary {

    /** Records a new check-in now. Throws {@link FutureDayException} for a diary day after today. */
    default CheckInId record(AccountId account, CheckInDetails details) {
        return record(account, details, null);
    }

    /** As {@link #record(AccountId, CheckInDetails)}, entered by a carer ({@code enteredBy}, their name) or not. */
    CheckInId record(AccountId account, CheckInDetails details, String enteredBy);

    /**
     * Records a check-in made at {@code madeAt} (before now; an offline entry is sent later) under the key its form or
     * device gave it, once: the same key again records nothing and says what it recorded the first time. Throws
     * {@link FutureDayException} for a diary day after today.
     */
    default Submission submit(AccountId account, CheckInDetails details, Instant madeAt, UUID key) {
        return submit(account, details, madeAt, key, null);
    }

    /** As {@link #submit(AccountId, CheckInDetails, Instant, UUID)}, entered by a carer or not. */
    Submission submit(AccountId account, CheckInDetails details, Instant madeAt, UUID key, String enteredBy);

    /**
     * What a submission did: {@code id} is the check-in it made (empty when that check-in has since been deleted), and
     * {@code repeated} says the key had been seen, so nothing new was recorded.
     */
    record Submission(Optional<CheckInId> id, boolean repeated) {}

    /** Replaces the check-in with a corrected version, keeping the previous one; false when not found. */
    boolean correct(AccountId account, CheckInId id, CheckInDetails details);

    /**
     * As {@link #correct(AccountId, CheckInId, CheckInDetails)}, but only over version {@code basedOn}, the one the
     * person (or program) read: when it has been corrected since, nothing is saved and {@link StaleCorrectionException}
     * is thrown, so no correction overwrites another unseen.
     */
    boolean correct(AccountId account, CheckInId id, int basedOn, CheckInDetails details);

    /**
     * Restores a check-in from an export with every version and its own times (versions oldest first, numbered 1..n,
     * only the last one current). When another account already uses the id, a new one is derived from the account and
     * the old id, so restoring the same export twice finds it again. Returns false when this account already has it.
     */
    default boolean restore(AccountId account, CheckInId id, Instant recordedAt, List<CheckInVersion> versions) {
        return restore(account, id, recordedAt, versions, null);
    }

    /** As {@link #restore(AccountId, CheckInId, Instant, List)}, with who entered it when it was a carer. */
    boolean restore(
            AccountId account, CheckInId id, Instant recordedAt, List<CheckInVersion> versions, String enteredBy);

    /** Deletes the check-in and all its versions; false when not found. */
    boolean delete(AccountId account, CheckInId id);

    Optional<CheckIn> find(AccountId account, CheckInId id);

    /** Earlier versions, oldest first; empty when never corrected or not found. */
    List<CheckInVersion> earlierVersions(AccountId account, CheckInId id);

    /** The most recently recorded check-in, for "same as last time". */
    Optional<CheckIn> latest(AccountId account);

    /** Whether the account has any check-in: enough to offer "same as last time" without loading one. */
    boolean hasCheckIns(AccountId account);

    /** Whether anything is recorded for that diary day: a reminder is sent only when nothing is. */
    boolean hasCheckInOn(AccountId account, LocalDate day);

    /** Newest first by diary day, then by the time recorded. */
    DiaryPage page(AccountId account, int page, int size);

    /** The days that hold a check-in or anything brought in, newest first, {@code size} a page. */
    DayPage days(AccountId account, int page, int size);

    List<CheckIn> onDay(AccountId account, LocalDate day);

    /** Check-ins with a diary day from {@code from} to {@code to} inclusive, oldest first. */
    List<CheckIn> between(AccountId account, LocalDate from, LocalDate to);

    /** Every current check-in's numbers, oldest first (by day, then the time recorded): the whole diary, cheaply. */
    List<CheckInScores> scores(AccountId account);

    /** Today's diary day for the account, by its time zone and day boundary. */
    LocalDate today(AccountId account);

    /** A check-in was given a diary day after today. */
    final class FutureDayException extends RuntimeException {
        public FutureDayException() {
            super("diary day is in the future");
        }
    }

    /** The correction was made on a version that is no longer the current one. */
    final class StaleCorrectionException extends RuntimeException {
        private final int currentVersion;

        public StaleCorrectionException(int currentVersion) {
            super("check-in was corrected since that version");
            this.currentVersion = currentVersion;
        }

        public int currentVersion() {
            return currentVersion;
        }
    }

    /** Two corrections of the same check-in crossed; the second is refused rather than lost silently. */
    final class ConcurrentCorrectionException extends RuntimeException {
        public ConcurrentCorrectionException() {
            super("check-in was corrected concurrently");
        }
    }
}
