package org.legible.checkup;

import java.util.List;
import java.util.Optional;
import org.legible.accounts.AccountId;

/** The check-up facade: every call is scoped to one account. */
public interface CheckUps {

    /** The unfinished check-up, if one was saved to resume. */
    Optional<CheckUp> draft(AccountId account);

    /** Saves the answers so far as the one unfinished check-up, starting it if needed. */
    CheckUpId save(AccountId account, CheckUpAnswers answers);

    /** Finishes the unfinished check-up (or a new one) with these answers and the result's rule version. */
    CheckUpId finish(AccountId account, CheckUpAnswers answers);

    Optional<CheckUp> find(AccountId account, CheckUpId id);

    /** Finished check-ups, newest first. */
    List<CheckUp> finished(AccountId account);

    /**
     * Restores a check-up from an export exactly as it was (answers, times, rule version, mechanisms). False when
     * this account already has it; an id another account uses is replaced by one derived from this account and it,
     * so the same file finds it again. Answers the questions do not allow are refused with an exception.
     */
    boolean restore(AccountId account, CheckUp checkUp);

    /** Deletes one check-up of this account; false when there is none. */
    boolean delete(AccountId account, CheckUpId id);
}
